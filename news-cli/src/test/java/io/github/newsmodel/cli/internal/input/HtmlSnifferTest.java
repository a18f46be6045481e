package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlSnifferTest {
  @Test
  void theContentTypeDecidesWhenItIsKnown() {
    assertThat(HtmlSniffer.byType(Optional.of("text/html"))).isEqualTo(HtmlSniffer.Verdict.HTML);
    assertThat(HtmlSniffer.byType(Optional.of(" Application/XHTML+XML "))).isEqualTo(HtmlSniffer.Verdict.HTML);
    assertThat(HtmlSniffer.byType(Optional.of("image/png"))).isEqualTo(HtmlSniffer.Verdict.NOT_HTML);
    assertThat(HtmlSniffer.byType(Optional.of("text/plain"))).isEqualTo(HtmlSniffer.Verdict.NOT_HTML);
  }

  @Test
  void aMissingOrGenericContentTypeIsSniffed() {
    assertThat(HtmlSniffer.byType(Optional.empty())).isEqualTo(HtmlSniffer.Verdict.SNIFF);
    assertThat(HtmlSniffer.byType(Optional.of("application/octet-stream"))).isEqualTo(HtmlSniffer.Verdict.SNIFF);
    assertThat(HtmlSniffer.byType(Optional.of("unknown/unknown"))).isEqualTo(HtmlSniffer.Verdict.SNIFF);
    assertThat(HtmlSniffer.byType(Optional.of("*/*"))).isEqualTo(HtmlSniffer.Verdict.SNIFF);
  }

  @Test
  void htmlIsRecognisedByItsFirstTagAfterWhitespaceAndAByteOrderMark() {
    assertThat(sniff("<!DOCTYPE html><html>")).isTrue();
    assertThat(sniff("\n\t  <HTML lang=en>")).isTrue();
    assertThat(sniff("\ufeff<html>")).isTrue();
    assertThat(sniff("<!-- a comment --><p>")).isTrue();
    assertThat(sniff("<p>Hello</p>")).isTrue();
    assertThat(sniff("<body>")).isTrue();
  }

  @Test
  void otherBytesAreNotHtml() {
    assertThat(sniff("")).isFalse();
    assertThat(sniff("{\"json\": true}")).isFalse();
    assertThat(sniff("<?xml version=\"1.0\"?><rss>")).isFalse();
    assertThat(sniff("<pre>")).isFalse(); // a tag that only starts with a known one
    assertThat(sniff("<html")).isFalse(); // cut off before the tag ends
    assertThat(HtmlSniffer.looksLikeHtml(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isFalse();
  }

  private static boolean sniff(String start) {
    return HtmlSniffer.looksLikeHtml(start.getBytes(StandardCharsets.UTF_8));
  }
}
