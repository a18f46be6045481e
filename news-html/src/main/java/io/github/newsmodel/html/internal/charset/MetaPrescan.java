package io.github.newsmodel.html.internal.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the charset a page's {@code <meta>} declares, by the HTML standard's "prescan a byte stream to determine
 * its encoding": the bytes are read as ASCII, comments and other tags are stepped over whole, and of each
 * {@code <meta>} only a {@code charset} attribute, or the {@code charset=} of a {@code content} attribute beside
 * {@code http-equiv="Content-Type"}, counts. A {@code charset=} in any other meta, such as a description that
 * explains how to set one, does not. The first meta that names a supported charset wins.
 *
 * <p>Browsers prescan the first 1,024 bytes and later take a {@code <meta>} the parser meets anywhere; this scans
 * the head instead, up to its end or {@code <body>}, within the first 64 KiB, since heads longer than 1,024 bytes
 * are common and a declaration in the body is rare.
 */
final class MetaPrescan {
  /** How far into the page to look for a declaration; heads longer than this are rare. */
  static final int PRESCAN_BYTES = 64 * 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final byte[] bytes;
  private final int end;
  private int pos;

  private MetaPrescan(byte[] bytes) {
    this.bytes = bytes;
    this.end = Math.min(bytes.length, PRESCAN_BYTES);
  }

  /**
   * The charset that a {@code <meta>} in the head of a page declares.
   *
   * @param bytes the page's bytes, which have no byte order mark
   * @return the charset; empty if no meta declares a supported one
   */
  static Optional<Charset> charset(byte[] bytes) {
    return new MetaPrescan(bytes).scan();
  }

  private Optional<Charset> scan() {
    while (pos < end) {
      if (bytes[pos] != '<') {
        pos++;
      } else if (matches(pos, "<!--")) {
        skipComment();
      } else if (matches(pos, "<meta") && isSpaceOrSlash(at(pos + 5))) {
        pos += 6;
        Optional<Charset> declared = meta();
        if (declared.isPresent()) {
          return declared;
        }
      } else if (isAsciiLetter(at(pos + 1)) || at(pos + 1) == '/' && isAsciiLetter(at(pos + 2))) {
        if (endsHead()) {
          return Optional.empty();
        }
        skipTag();
      } else if (at(pos + 1) == '!' || at(pos + 1) == '/' || at(pos + 1) == '?') {
        pos = indexOf('>', pos + 1) + 1;
      } else {
        pos++;
      }
    }
    return Optional.empty();
  }

  /** Steps past a comment, which ends at the first {@code >} after two dashes, those of {@code <!--} included. */
  private void skipComment() {
    int i = pos + 4;
    while (i < end && !(bytes[i] == '>' && bytes[i - 1] == '-' && bytes[i - 2] == '-')) {
      i++;
    }
    pos = i + 1;
  }

  /** Whether the tag at {@code pos} is {@code <body>} or {@code </head>}, past which the scan does not look. */
  private boolean endsHead() {
    boolean endTag = at(pos + 1) == '/';
    int start = pos + (endTag ? 2 : 1);
    int i = start;
    while (isAsciiLetter(at(i))) {
      i++;
    }
    String name = new String(bytes, start, i - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return name.equals(endTag ? "head" : "body") && !isAsciiLetterOrDigit(at(i));
  }

  /** Steps past a tag other than a meta, its attributes whole, so that a {@code >} in a quoted value is skipped. */
  private void skipTag() {
    while (pos < end && !isSpace(bytes[pos]) && bytes[pos] != '>') {
      pos++;
    }
    while (attribute() != null) {
      // Only stepped over.
    }
    pos++;
  }

  /** The charset of the meta whose attributes start at {@code pos}, if it declares a supported one. */
  private Optional<Charset> meta() {
    Set<String> names = new HashSet<>();
    boolean gotPragma = false;
    @Nullable Boolean needPragma = null;
    boolean charsetSeen = false;
    @Nullable Charset charset = null;
    Attribute attribute;
    while ((attribute = attribute()) != null) {
      String name = attribute.name();
      String value = attribute.value();
      if (!names.add(name)) {
        continue; // as in HTML, the first of two attributes of one name counts
      }
      switch (name) {
        case "http-equiv" -> gotPragma |= value.equals("content-type");
        case "content" -> {
          Optional<Charset> inContent = fromContent(value);
          if (inContent.isPresent() && !charsetSeen) {
            charsetSeen = true;
            charset = inContent.get();
            needPragma = true;
          }
        }
        case "charset" -> {
          charsetSeen = true;
          charset = forMetaLabel(value).orElse(null);
          needPragma = false;
        }
        default -> {
          // Other attributes declare nothing.
        }
      }
    }
    pos++;
    if (needPragma == null || needPragma && !gotPragma || charset == null || pos > end) {
      return Optional.empty();
    }
    return Optional.of(charset);
  }

  /**
   * The next attribute of a tag as name and value, lowercased; null at the tag's {@code >}, or with {@code pos} at
   * the end if the bytes ran out first.
   */
  private @Nullable Attribute attribute() {
    while (pos < end && (isSpace(bytes[pos]) || bytes[pos] == '/')) {
      pos++;
    }
    if (pos >= end || bytes[pos] == '>') {
      return null;
    }
    StringBuilder name = new StringBuilder();
    while (true) {
      if (pos >= end) {
        return null;
      }
      int b = bytes[pos] & 0xFF;
      if (b == '=' && name.length() > 0) {
        pos++;
        return valueOf(name.toString());
      } else if (isSpace(b)) {
        break;
      } else if (b == '/' || b == '>') {
        return new Attribute(name.toString(), "");
      }
      name.append(lower(b));
      pos++;
    }
    while (pos < end && isSpace(bytes[pos])) {
      pos++;
    }
    if (pos >= end) {
      return null;
    }
    if (bytes[pos] != '=') {
      return new Attribute(name.toString(), "");
    }
    pos++;
    return valueOf(name.toString());
  }

  /** The attribute {@code name} with the value that starts at {@code pos}, just past its {@code =}. */
  private @Nullable Attribute valueOf(String name) {
    while (pos < end && isSpace(bytes[pos])) {
      pos++;
    }
    if (pos >= end) {
      return null;
    }
    StringBuilder value = new StringBuilder();
    int quote = bytes[pos] & 0xFF;
    if (quote == '"' || quote == '\'') {
      int close = indexOf(quote, pos + 1);
      if (close >= end) {
        pos = end;
        return null;
      }
      appendLower(value, pos + 1, close);
      pos = close + 1;
      return new Attribute(name, value.toString());
    }
    if (quote == '>') {
      return new Attribute(name, "");
    }
    int start = pos;
    while (pos < end && !isSpace(bytes[pos]) && bytes[pos] != '>') {
      pos++;
    }
    if (pos >= end) {
      return null;
    }
    appendLower(value, start, pos);
    return new Attribute(name, value.toString());
  }

  /**
   * The charset named by the {@code charset=} in the {@code content} of a {@code <meta http-equiv>}, by the HTML
   * standard's "extracting a character encoding from a meta element".
   */
  static Optional<Charset> fromContent(String content) {
    return labelInContent(content).flatMap(MetaPrescan::forMetaLabel);
  }

  /**
   * The label after the {@code charset=} of a content type, such as {@code text/html; charset="koi8-r"}, by the
   * HTML standard's "extracting a character encoding from a meta element", which reads an HTTP header's value too.
   *
   * @param content the content type
   * @return the label, lowercased; empty if there is none
   */
  static Optional<String> labelInContent(String content) {
    String s = content.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = s.indexOf("charset", from);
      if (at < 0) {
        return Optional.empty();
      }
      int i = skipSpaces(s, at + 7);
      if (i >= s.length() || s.charAt(i) != '=') {
        from = i; // "charsetcharset=x" still names x
        continue;
      }
      i = skipSpaces(s, i + 1);
      if (i >= s.length()) {
        return Optional.empty();
      }
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int close = s.indexOf(c, i + 1);
        return close < 0 ? Optional.empty() : Optional.of(s.substring(i + 1, close));
      }
      int stop = i;
      while (stop < s.length() && !isSpace(s.charAt(stop)) && s.charAt(stop) != ';') {
        stop++;
      }
      return Optional.of(s.substring(i, stop));
    }
  }

  /**
   * The charset a meta's label means. A page read as ASCII this far is not UTF-16, so a UTF-16 label means UTF-8;
   * x-user-defined means windows-1252.
   */
  private static Optional<Charset> forMetaLabel(String label) {
    if (label.trim().equalsIgnoreCase("x-user-defined")) {
      return Optional.of(WINDOWS_1252);
    }
    return HtmlCharsets.forLabel(label).map(charset -> charset.equals(StandardCharsets.UTF_16LE)
        || charset.equals(StandardCharsets.UTF_16BE) ? StandardCharsets.UTF_8 : charset);
  }

  private void appendLower(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      out.append(lower(bytes[i] & 0xFF));
    }
  }

  private int indexOf(int b, int from) {
    for (int i = from; i < end; i++) {
      if ((bytes[i] & 0xFF) == b) {
        return i;
      }
    }
    return end;
  }

  private boolean matches(int from, String ascii) {
    if (from + ascii.length() > end) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (lower(bytes[from + i] & 0xFF) != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The byte at {@code i}, or -1 past the end. */
  private int at(int i) {
    return i < end ? bytes[i] & 0xFF : -1;
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static char lower(int b) {
    return (char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
  }

  /** ASCII whitespace as HTML has it: tab, line feed, form feed, carriage return and space. */
  private static boolean isSpace(int b) {
    return b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
  }

  private static boolean isSpaceOrSlash(int b) {
    return isSpace(b) || b == '/';
  }

  private static boolean isAsciiLetter(int b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }

  private static boolean isAsciiLetterOrDigit(int b) {
    return isAsciiLetter(b) || b >= '0' && b <= '9';
  }

  /** An attribute of a tag, its name and value lowercased in ASCII. */
  private record Attribute(String name, String value) {}
}
