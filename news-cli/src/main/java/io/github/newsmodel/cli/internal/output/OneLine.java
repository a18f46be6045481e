package io.github.newsmodel.cli.internal.output;

/**
 * Keeps a message on one line of a terminal or a log. The names in a message come from the input (a file's name,
 * a WARC record's id, words of a page): a line break in one splits the message in two, and a terminal's escape
 * sequence in a hostile web archive acts on the terminal. They are written as JSON writes them.
 */
public final class OneLine {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private OneLine() {}

  /**
   * The text with its control characters (C0 but the tab, DEL, C1) and Unicode's line and paragraph separators
   * written as escapes: {@code \n}, {@code \r}, {@code \u001b}.
   *
   * @param text the text
   * @return the text on one line, the same object if nothing needed escaping
   */
  public static String escape(String text) {
    int first = firstToEscape(text);
    if (first < 0) {
      return text;
    }
    StringBuilder line = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        line.append(c);
      } else if (c == '\n') {
        line.append("\\n");
      } else if (c == '\r') {
        line.append("\\r");
      } else {
        line.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return line.toString();
  }

  private static int firstToEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (needsEscape(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean needsEscape(char c) {
    return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
  }
}
