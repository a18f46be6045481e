package io.github.newsmodel.html.internal.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page saved as MHTML ({@code .mhtml}, {@code .mht}; RFC 2557), as Chrome and Edge save a page "as a single file":
 * a MIME message of type {@code multipart/related} whose first {@code text/html} part is the page, encoded
 * quoted-printable or base64, followed by its images and styles. The message's headers say where the page was
 * saved from ({@code Snapshot-Content-Location}, or the part's {@code Content-Location}) and when ({@code Date}).
 *
 * @param html the page's bytes, decoded from their transfer encoding
 * @param contentType the page part's {@code Content-Type}, with its charset if it declares one
 * @param location where the page was saved from, as the message writes it
 * @param savedAt when it was saved
 */
public record Mhtml(byte[] html, Optional<String> contentType, Optional<String> location,
    Optional<OffsetDateTime> savedAt) {
  /** How far into the bytes the message's headers and the page part's headers are looked for. */
  private static final int HEADER_LIMIT = 64 * 1024;
  private static final Pattern BOUNDARY = Pattern.compile("(?i)\\bboundary\\s*=\\s*(?:\"([^\"]+)\"|([^\\s;]+))");

  /**
   * Reads the page out of an MHTML message.
   *
   * @param bytes the file's bytes
   * @return the page, if the bytes are a multipart MIME message that holds an HTML part
   */
  public static Optional<Mhtml> read(byte[] bytes) {
    if (!looksLikeMime(bytes)) {
      return Optional.empty();
    }
    int headersEnd = blankLine(bytes, 0, Math.min(bytes.length, HEADER_LIMIT));
    if (headersEnd < 0) {
      return Optional.empty();
    }
    Map<String, String> message = headers(bytes, 0, headersEnd);
    String type = message.getOrDefault("content-type", "");
    Matcher b = BOUNDARY.matcher(type);
    if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/") || !b.find()) {
      return Optional.empty();
    }
    byte[] delimiter = ("--" + (b.group(1) != null ? b.group(1) : b.group(2))).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(bytes, delimiter, headersEnd);
    while (at >= 0) {
      int partStart = lineEnd(bytes, at);
      if (partStart < 0 || startsWith(bytes, at + delimiter.length, "--")) {
        return Optional.empty(); // the closing delimiter, or a message cut off: no HTML part
      }
      int partHeadersEnd = blankLine(bytes, partStart, Math.min(bytes.length, partStart + HEADER_LIMIT));
      if (partHeadersEnd < 0) {
        return Optional.empty();
      }
      int next = indexOf(bytes, delimiter, partHeadersEnd);
      Map<String, String> part = headers(bytes, partStart, partHeadersEnd);
      String partType = part.getOrDefault("content-type", "text/plain");
      if (partType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
        int bodyEnd = next < 0 ? bytes.length : trimLineBreak(bytes, partHeadersEnd, next);
        byte[] html = decode(bytes, partHeadersEnd, bodyEnd,
            part.getOrDefault("content-transfer-encoding", "8bit"));
        Optional<String> location = Optional.ofNullable(message.get("snapshot-content-location"))
            .or(() -> Optional.ofNullable(part.get("content-location")));
        return Optional.of(new Mhtml(html, Optional.of(partType), location, date(message.get("date"))));
      }
      at = next;
    }
    return Optional.empty();
  }

  /**
   * Whether a text may be a MIME message, by its first character other than a line break or a space: a letter, where
   * a page's is {@code <}. A cheap test before {@link #read}, which looks further.
   *
   * @param text the text
   * @return false if it cannot be one
   */
  public static boolean mayBeMessage(String text) {
    for (int i = 0; i < Math.min(16, text.length()); i++) {
      char c = text.charAt(i);
      if (c != '\r' && c != '\n' && c != ' ') {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      }
    }
    return false;
  }

  /** Whether the bytes open with a MIME header line: {@code From:}, {@code MIME-Version:} and the like. */
  private static boolean looksLikeMime(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && i < 16 && (bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == ' ')) {
      i++;
    }
    int colon = i;
    while (colon < bytes.length && colon < i + 40 && isTokenChar(bytes[colon])) {
      colon++;
    }
    if (colon == i || colon >= bytes.length || bytes[colon] != ':') {
      return false;
    }
    // A page's text cannot open with "Name:", and a multipart message names its type in its first headers.
    String head = new String(bytes, 0, Math.min(bytes.length, HEADER_LIMIT), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int end = head.indexOf("\n\n") < 0 ? head.indexOf("\r\n\r\n") : head.indexOf("\n\n");
    return head.substring(0, end < 0 ? head.length() : end).contains("multipart/related");
  }

  private static boolean isTokenChar(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
  }

  /** The header fields between two offsets, by lower-cased name, their folded lines joined; the first of a name. */
  private static Map<String, String> headers(byte[] bytes, int from, int to) {
    String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    Map<String, String> fields = new LinkedHashMap<>();
    String name = null;
    StringBuilder value = new StringBuilder();
    for (String line : text.split("\r?\n")) {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
        value.append(' ').append(line.strip());
        continue;
      }
      if (name != null) {
        fields.putIfAbsent(name, value.toString().strip());
      }
      int colon = line.indexOf(':');
      name = colon > 0 ? line.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
      value.setLength(0);
      if (colon > 0) {
        value.append(line.substring(colon + 1));
      }
    }
    if (name != null) {
      fields.putIfAbsent(name, value.toString().strip());
    }
    return fields;
  }

  private static byte[] decode(byte[] bytes, int from, int to, String encoding) {
    String e = encoding.strip().toLowerCase(Locale.ROOT);
    if (e.equals("quoted-printable")) {
      return quotedPrintable(bytes, from, to);
    }
    if (e.equals("base64")) {
      // Line breaks, padding and stray characters dropped; a last lone character, which encodes no byte, too.
      String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9+/]", "");
      return Base64.getDecoder().decode(text.substring(0, text.length() - (text.length() % 4 == 1 ? 1 : 0)));
    }
    byte[] out = new byte[to - from];
    System.arraycopy(bytes, from, out, 0, out.length);
    return out;
  }

  /**
   * Quoted-printable: {@code =} and two hex digits is a byte, {@code =} at the end of a line joins it to the next, and
   * a line break, which the encoding writes CRLF, is a line feed, as a browser's parser reads one in a page; an
   * {@code =} followed by anything else is kept as it is, as decoders do with the broken encodings of old tools.
   */
  static byte[] quotedPrintable(byte[] bytes, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
    int i = from;
    while (i < to) {
      byte c = bytes[i];
      if (c == '\r' && i + 1 < to && bytes[i + 1] == '\n') {
        out.write('\n'); // a line break of the encoding's, written CRLF: the page's own is a line feed
        i += 2;
      } else if (c != '=') {
        out.write(c);
        i++;
      } else if (i + 1 < to && bytes[i + 1] == '\n') {
        i += 2;
      } else if (i + 2 < to && bytes[i + 1] == '\r' && bytes[i + 2] == '\n') {
        i += 3;
      } else if (i + 2 < to && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) << 4 | hex(bytes[i + 2]));
        i += 3;
      } else {
        out.write(c);
        i++;
      }
    }
    return out.toByteArray();
  }

  /** A hex digit's value, -1 for any other byte (one above 127 is no digit, as it is no ASCII character). */
  private static int hex(byte c) {
    return c < 0 ? -1 : Character.digit((char) c, 16);
  }

  private static Optional<OffsetDateTime> date(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.strip().replaceFirst("-0000$", "+0000"),
          DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Where the blank line that ends a block of headers ends, from {@code from}; -1 if none before {@code limit}. */
  private static int blankLine(byte[] bytes, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (bytes[i] == '\n') {
        if (i + 1 < limit && bytes[i + 1] == '\n') {
          return i + 2;
        }
        if (i + 2 < limit && bytes[i + 1] == '\r' && bytes[i + 2] == '\n') {
          return i + 3;
        }
      }
    }
    return -1;
  }

  /** Where the line that starts at {@code at} ends, after its line break; -1 if it does not end. */
  private static int lineEnd(byte[] bytes, int at) {
    for (int i = at; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /** The end of a part's body: before the line break that precedes the next delimiter. */
  private static int trimLineBreak(byte[] bytes, int from, int delimiter) {
    int end = delimiter;
    if (end > from && bytes[end - 1] == '\n') {
      end--;
    }
    if (end > from && bytes[end - 1] == '\r') {
      end--;
    }
    return end;
  }

  private static boolean startsWith(byte[] bytes, int at, String s) {
    if (at + s.length() > bytes.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (bytes[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where a delimiter next starts a line, from {@code from}; -1 if it does not. */
  private static int indexOf(byte[] bytes, byte[] delimiter, int from) {
    outer:
    for (int i = from; i <= bytes.length - delimiter.length; i++) {
      if (i > 0 && bytes[i - 1] != '\n') {
        continue;
      }
      for (int k = 0; k < delimiter.length; k++) {
        if (bytes[i + k] != delimiter[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
