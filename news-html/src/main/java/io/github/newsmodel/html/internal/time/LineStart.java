package io.github.newsmodel.html.internal.time;

/**
 * Where the words of a line start: the quick tests of a footer's or header's line ({@link StatedZone#mayOpen},
 * {@link StatedClock#mayOpen}) look at its first letters before any regex does.
 */
final class LineStart {
  private LineStart() {}

  /**
   * The index of a text's first character that is neither white space nor a no-break space.
   *
   * @param text the text
   * @return the index; the text's length if it holds only spaces
   */
  static int of(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }
}
