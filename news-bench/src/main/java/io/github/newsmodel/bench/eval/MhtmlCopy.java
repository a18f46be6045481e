package io.github.newsmodel.bench.eval;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A page as Chrome saves it "as a single file": an MHTML message whose first part is the page in UTF-8,
 * quoted-printable, with the address it was saved from and the time, followed by a part of another type.
 */
final class MhtmlCopy {
  private static final String BOUNDARY = "----MultipartBoundary--n3wsm0d3lCh3ck----";

  private MhtmlCopy() {}

  /**
   * Writes the message.
   *
   * @param html the page's text
   * @param url where it was saved from
   * @param date when, as the message's {@code Date} writes it ({@code Mon, 1 Dec 2025 12:00:00 -0000})
   * @return the message's bytes
   */
  static byte[] of(String html, URI url, String date) {
    String address = ascii(url);
    String head = "From: <Saved by Blink>\r\n"
        + "Snapshot-Content-Location: " + address + "\r\n"
        + "Subject: a page\r\n"
        + "Date: " + date + "\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + BOUNDARY + "\"\r\n\r\n\r\n"
        + "--" + BOUNDARY + "\r\n"
        + "Content-Type: text/html; charset=utf-8\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n"
        + "Content-Location: " + address + "\r\n\r\n";
    String tail = "\r\n--" + BOUNDARY + "\r\n"
        + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        + "Content-Location: " + address.replaceFirst("^(https?://[^/]+).*", "$1/logo.png") + "\r\n\r\n"
        + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n"
        + "--" + BOUNDARY + "--\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(quotedPrintable(html.getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** The address as a browser writes it in the message: its host in ASCII (IDNA), the rest percent-encoded. */
  static String ascii(URI url) {
    String s = url.toString();
    int hostStart = s.indexOf("://") + 3;
    int hostEnd = s.indexOf('/', hostStart);
    String host = s.substring(hostStart, hostEnd < 0 ? s.length() : hostEnd);
    String rest = hostEnd < 0 ? "" : s.substring(hostEnd);
    return URI.create(s.substring(0, hostStart) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + rest).toASCIIString();
  }

  /** Quoted-printable as RFC 2045 writes it: lines of at most 76 characters, soft breaks, '=' and bytes beyond ASCII escaped. */
  static byte[] quotedPrintable(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 11 / 10);
    int column = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == '\n') {
        out.write('\r');
        out.write('\n');
        column = 0;
        continue;
      }
      boolean plain = b >= 32 && b <= 126 && b != '=' || b == '\t';
      String piece = plain ? String.valueOf((char) b) : String.format("=%02X", b);
      if (column + piece.length() > 75) {
        out.writeBytes("=\r\n".getBytes(StandardCharsets.US_ASCII));
        column = 0;
      }
      out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
      column += piece.length();
    }
    return out.toByteArray();
  }
}
