package io.github.newsmodel.html.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MhtmlTest {
  private static final String HEAD = "From: <Saved by Blink>\r\n"
      + "Snapshot-Content-Location: https://news.example.org/a\r\n"
      + "Subject: =?utf-8?Q?Caf=C3=A9?=\r\n"
      + "Date: Thu, 18 Feb 2016 17:44:57 -0000\r\n"
      + "MIME-Version: 1.0\r\n"
      + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--1----\"\r\n\r\n\r\n";

  @Test
  void readsTheHtmlPartWithItsAddressAndTime() {
    String message = HEAD
        + "------B--1----\r\nContent-Type: text/css\r\nContent-Location: https://news.example.org/s.css\r\n\r\n"
        + "p { margin: 0 }\r\n"
        + "------B--1----\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        + "Content-Location: https://news.example.org/a\r\n\r\n"
        + "<p class=3D\"lead\">Caf=C3=A9 on the quay, open from seven in the morning un=\r\ntil dusk.</p>=\r\n\r\n"
        + "------B--1------\r\n";

    Mhtml page = Mhtml.read(message.getBytes(StandardCharsets.US_ASCII)).orElseThrow();

    assertThat(new String(page.html(), StandardCharsets.UTF_8))
        .isEqualTo("<p class=\"lead\">Café on the quay, open from seven in the morning until dusk.</p>");
    assertThat(page.contentType()).hasValue("text/html; charset=utf-8");
    assertThat(page.location()).hasValue("https://news.example.org/a");
    assertThat(page.savedAt()).hasValue(OffsetDateTime.parse("2016-02-18T17:44:57Z"));
  }

  @Test
  void readsABase64PartWithLineBreaksOfEitherKind() {
    String html = "<html><body><p>Ferry times</p></body></html>";
    String encoded = Base64.getMimeEncoder(20, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(html.getBytes(StandardCharsets.UTF_8));
    String message = HEAD.replace("\r\n", "\n")
        + "------B--1----\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n"
        + "------B--1------\n";

    assertThat(Mhtml.read(message.getBytes(StandardCharsets.US_ASCII)).orElseThrow().html())
        .isEqualTo(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void brokenBase64GivesWhatItEncodes() {
    String message = HEAD + "------B--1----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + "PHA+SGk8L3A+=*X\r\n------B--1------\r\n";

    assertThat(new String(Mhtml.read(message.getBytes(StandardCharsets.US_ASCII)).orElseThrow().html(),
        StandardCharsets.US_ASCII)).isEqualTo("<p>Hi</p>");
  }

  /** The encoding's hard line breaks are CRLF; a page's are line feeds, as a browser's parser makes them. */
  @Test
  void aLineBreakIsALineFeedAndAnEncodedCarriageReturnStays() {
    byte[] text = "<pre>one\r\ntwo=0D\r\nthree</pre>".getBytes(StandardCharsets.US_ASCII);

    assertThat(new String(Mhtml.quotedPrintable(text, 0, text.length), StandardCharsets.US_ASCII))
        .isEqualTo("<pre>one\ntwo\r\nthree</pre>");
  }

  @Test
  void anEqualsSignThatEncodesNothingIsKept() {
    byte[] text = "a=b =3D c=\nd =zz".getBytes(StandardCharsets.US_ASCII);

    assertThat(new String(Mhtml.quotedPrintable(text, 0, text.length), StandardCharsets.US_ASCII))
        .isEqualTo("a=b = cd =zz");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE html><html><body><p>Content-Type: multipart/related</p></body></html>",
      "Subject: notes\r\n\r\nContent-Type: multipart/related; boundary=x\r\n",
      "From: someone\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>",
      "From: <Saved by Blink>\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: image/png"
          + "\r\n\r\nAAAA\r\n--x--\r\n",
      "From: <Saved by Blink>\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/ht"})
  void whatHoldsNoHtmlPartIsNoMhtmlPage(String text) {
    assertThat(Mhtml.read(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
