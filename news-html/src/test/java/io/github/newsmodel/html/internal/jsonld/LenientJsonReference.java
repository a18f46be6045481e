package io.github.newsmodel.html.internal.jsonld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link LenientJson} as it read strings before their fast path: every string copied through a builder. Kept for
 * the test that the fast path reads every text alike ({@link LenientJsonStringsTest}).
 */
final class LenientJsonReference {
  static final int MAX_DEPTH = 64;
  /** A number that a {@code long} holds, compiled once rather than for each number read. */
  private static final Pattern LONG = Pattern.compile("-?\\d{1,18}");

  private final String s;
  private int i;

  private LenientJsonReference(String text) {
    this.s = text;
  }

  /**
   * Reads a text that holds one JSON value, or several in a row.
   *
   * @param text the text, such as the content of a {@code <script type="application/ld+json">}
   * @return the value; a list if the text holds more than one value; empty if it holds none
   */
  public static Optional<Object> read(String text) {
    LenientJsonReference reader = new LenientJsonReference(text);
    List<Object> values = new ArrayList<>();
    while (true) {
      reader.skipNoise();
      if (reader.i >= reader.s.length()) {
        break;
      }
      char c = reader.s.charAt(reader.i);
      if (c == '{' || c == '[') {
        Object value = reader.value(0);
        if (value != null) {
          values.add(value);
        }
      } else {
        reader.i++; // stray text between values, such as "var data =" or a semicolon
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(values.size() == 1 ? values.get(0) : values);
  }

  /** Reads one value at the cursor; null for JSON null and anything unreadable. */
  private Object value(int depth) {
    skipNoise();
    if (i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    if (c == '{' || c == '[') {
      if (depth >= MAX_DEPTH) {
        skipContainer();
        return null;
      }
      return c == '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c == '"' || c == '\'') {
      return string(c);
    }
    return bare();
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    i++; // {
    while (true) {
      skipNoise();
      if (i >= s.length()) {
        return map; // cut off: keep what was read
      }
      char c = s.charAt(i);
      if (c == '}') {
        i++;
        return map;
      }
      if (c == ',' || c == ';') {
        i++;
        continue;
      }
      if (c == ']') {
        i++; // a stray closer of the wrong kind: treat as the end of this object
        return map;
      }
      String key = c == '"' || c == '\'' ? string(c) : bareWord();
      if (key.isEmpty()) {
        i++; // nothing that can start a key: skip one character
        continue;
      }
      skipNoise();
      if (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '=')) {
        i++;
      }
      Object value = value(depth);
      if (value != null) {
        map.putIfAbsent(key, value);
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    i++; // [
    while (true) {
      skipNoise();
      if (i >= s.length()) {
        return list;
      }
      char c = s.charAt(i);
      if (c == ']') {
        i++;
        return list;
      }
      if (c == ',') {
        i++;
        continue;
      }
      if (c == '}') {
        i++;
        return list;
      }
      int before = i;
      Object value = value(depth);
      if (value != null) {
        list.add(value);
      }
      if (i == before) {
        i++; // a character that starts no value: skip it
      }
    }
  }

  private String string(char quote) {
    StringBuilder out = new StringBuilder();
    i++;
    while (i < s.length()) {
      // The characters up to the next quote or escape stand for themselves: copied in one run, not one by one.
      int run = i;
      while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\\') {
        i++;
      }
      out.append(s, run, i);
      if (i >= s.length()) {
        break;
      }
      char c = s.charAt(i++);
      if (c == quote && endsString()) {
        return out.toString();
      }
      if (c != '\\' || i >= s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> out.append(unicodeEscape());
        default -> out.append(e); // \" \\ \/ and unknown escapes such as \' stand for the character itself
      }
    }
    return out.toString(); // cut off inside the string
  }

  /**
   * Whether the quote just read closes the string: it does when a delimiter, the end, or a value on a later line
   * follows. Any other quote is one that the page forgot to escape, as in {@code "the "best" phone"}.
   */
  private boolean endsString() {
    boolean newline = false;
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\n' || c == '\r') {
        newline = true;
      } else if (!Character.isWhitespace(c)) {
        return c == ',' || c == ':' || c == '}' || c == ']' || c == ';' || (newline && (c == '"' || c == '\''));
      }
    }
    return true;
  }

  private String unicodeEscape() {
    if (i + 4 <= s.length()) {
      try {
        char c = (char) Integer.parseInt(s.substring(i, i + 4), 16);
        i += 4;
        return String.valueOf(c);
      } catch (NumberFormatException e) {
        // not four hex digits: keep the text as it stands
      }
    }
    return "u";
  }

  /** A number, true, false, null, or an unquoted word; null for JSON null and what is not a value. */
  private Object bare() {
    String word = bareWord();
    if (word.isEmpty()) {
      return null;
    }
    switch (word) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null", "undefined", "NaN":
        return null;
      default:
        break;
    }
    try {
      if (LONG.matcher(word).matches()) {
        return Long.parseLong(word);
      }
      return Double.parseDouble(word);
    } catch (NumberFormatException e) {
      return word;
    }
  }

  private String bareWord() {
    int start = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-' || c == '+' || c == '.' || c == '@') {
        i++;
      } else {
        break;
      }
    }
    return s.substring(start, i);
  }

  /** Skips a container without reading it, honouring strings; used past the depth limit. */
  private void skipContainer() {
    int open = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        string(c);
        continue;
      }
      i++;
      if (c == '{' || c == '[') {
        open++;
      } else if ((c == '}' || c == ']') && --open == 0) {
        return;
      }
    }
  }

  /** Skips white space, comments and CDATA markers. */
  private void skipNoise() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end + 1;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("<!--", i)) {
        i += 4;
      } else if (s.startsWith("-->", i)) {
        i += 3;
      } else if (s.startsWith("<![CDATA[", i)) {
        i += 9;
      } else if (s.startsWith("]]>", i)) {
        i += 3;
      } else {
        return;
      }
    }
  }
}
