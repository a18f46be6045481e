package io.github.newsmodel.cli.internal.input;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an HTTP response holds HTML: by its Content-Type, or when the server sent none or a generic one
 * such as {@code application/octet-stream}, by its first bytes, as browsers do (the HTML patterns of the WHATWG
 * MIME Sniffing standard).
 */
final class HtmlSniffer {
  /** What the Content-Type says. */
  enum Verdict {
    HTML,
    NOT_HTML,
    SNIFF
  }

  private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");
  private static final List<String> UNKNOWN_TYPES =
      List.of("application/octet-stream", "application/unknown", "unknown/unknown", "*/*");

  /** Tags that start an HTML document, each to be followed by a space or {@code >}. */
  private static final List<byte[]> TAGS = List.of("<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1",
      "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P").stream()
      .map(t -> t.getBytes(StandardCharsets.US_ASCII)).toList();
  private static final byte[] COMMENT = "<!--".getBytes(StandardCharsets.US_ASCII);
  static final int SNIFF_LENGTH = 1445; // as in the standard: enough for a long doctype after whitespace

  private HtmlSniffer() {}

  /**
   * Reads the Content-Type header.
   *
   * @param contentType the header's media type without parameters, in lower case, if the response has one
   * @return whether the response is HTML, is not, or must be sniffed
   */
  static Verdict byType(Optional<String> contentType) {
    if (contentType.isEmpty() || contentType.get().isBlank()) {
      return Verdict.SNIFF;
    }
    String type = contentType.get().trim().toLowerCase(Locale.ROOT);
    if (HTML_TYPES.contains(type)) {
      return Verdict.HTML;
    }
    return UNKNOWN_TYPES.contains(type) ? Verdict.SNIFF : Verdict.NOT_HTML;
  }

  /**
   * Whether bytes start like an HTML document, after a UTF-8 byte order mark and whitespace.
   *
   * @param bytes the body
   * @return true if they do
   */
  static boolean looksLikeHtml(byte[] bytes) {
    int limit = Math.min(bytes.length, SNIFF_LENGTH);
    int i = 0;
    if (limit >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < limit && isWhitespace(bytes[i])) {
      i++;
    }
    if (startsWith(bytes, i, limit, COMMENT)) {
      return true;
    }
    for (byte[] tag : TAGS) {
      int end = i + tag.length;
      if (startsWith(bytes, i, limit, tag) && end < limit && (bytes[end] == ' ' || bytes[end] == '>')) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int from, int limit, byte[] pattern) {
    if (limit - from < pattern.length) {
      return false;
    }
    for (int j = 0; j < pattern.length; j++) {
      byte b = bytes[from + j];
      byte upper = b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
      if (upper != pattern[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  }
}
