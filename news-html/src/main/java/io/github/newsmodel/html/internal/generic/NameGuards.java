package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;

/**
 * Tests far cheaper than the clean-up regexes of {@link AuthorNames} that tell where one of them cannot match: each
 * names, or takes part of, a text a page has to offer as a name several times, and most names are plain ("Jane
 * Roe") and hold nothing these regexes take out. A test that says no is a proof that the regex finds nothing, and the
 * text is left as the regex would leave it; one that says yes leaves the text to the regex.
 */
final class NameGuards {
  /** The characters of {@link AuthorNames#EDGE_PUNCTUATION} beyond ASCII. */
  private static final String EDGE_BEYOND_ASCII = "–—«»“”„→←›‹•·";
  /** The connectors of {@link AuthorNames#TRAILING_CONNECTOR}. */
  private static final String[] CONNECTORS = {"am", "on", "le", "el", "il", "um", "at", "den", "vom", "in", "op",
      "på", "under"};

  /** The most runs of white space that {@link AuthorNames#LABEL_ALONE} matches: {@link #mayBeLabelAlone}. */
  private static final int MAX_LABEL_SPACES = 4;

  private NameGuards() {}

  /**
   * Whether {@link AuthorNames#EDGE_PUNCTUATION} may match the text. Its first part matches only at the start
   * ({@code ^}, without flags); its second ends at the end or before a line terminator that ends the text
   * ({@code $}). Either way the text starts or ends with one of its characters, or ends with a line terminator.
   *
   * @param text the text
   * @return false if the regex finds nothing in it
   */
  static boolean mayHaveEdgePunctuation(String text) {
    int n = text.length();
    if (n == 0) {
      return false;
    }
    char last = text.charAt(n - 1);
    return isEdge(text.charAt(0)) || isEdge(last) || isLineTerminator(last);
  }

  /**
   * Whether a character is of the class {@code [\p{Punct}\s–—«»“”„"'→←›‹•·]} without flags: {@code \p{Punct}} is
   * the punctuation of ASCII, and {@code \s} its white space.
   */
  static boolean isEdge(char c) {
    if (c < 0x80) {
      return c <= ' ' ? Texts.isRegexSpace(c)
          : c < 0x7f && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }
    return EDGE_BEYOND_ASCII.indexOf(c) >= 0;
  }

  /**
   * Whether {@link AuthorNames#TRAILING_CONNECTOR} may match the text: it ends with white space and a connector
   * ("am", "on", ..., "under", "på"), at the end or before a line terminator that ends the text. Its letters are
   * compared as the regex compares them with {@code CASE_INSENSITIVE | UNICODE_CASE}: the lower case of the upper
   * case, under which DOTLESS I and CAPITAL I WITH DOT ABOVE are an "i" and ANGSTROM SIGN an "å".
   *
   * @param text the text
   * @return false if the regex finds nothing in it
   */
  static boolean mayEndWithConnector(String text) {
    int n = text.length();
    if (n == 0) {
      return false;
    }
    if (isLineTerminator(text.charAt(n - 1))) {
      return true;
    }
    for (String connector : CONNECTORS) {
      int start = n - connector.length();
      if (start >= 1 && Texts.isRegexSpace(text.charAt(start - 1)) && foldedEquals(text, start, connector)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds the lower-case word at {@code start}, compared as {@link #mayEndWithConnector} says. */
  private static boolean foldedEquals(String text, int start, String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(start + i);
      if (c != word.charAt(i) && Character.toLowerCase(Character.toUpperCase(c)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@link AuthorNames#FOR_PUBLICATION} may match the text: it holds "for" in any ASCII case, which its
   * {@code (?i:for)} matches (case-insensitive for ASCII alone, without {@code UNICODE_CASE}).
   *
   * @param text the text
   * @return false if the regex finds nothing in it
   */
  static boolean mayNameAPublication(String text) {
    for (int i = 0, last = text.length() - 3; i <= last; i++) {
      // c | 0x20 is the lower case of an ASCII letter, and no other character's
      if ((text.charAt(i) | 0x20) == 'f' && (text.charAt(i + 1) | 0x20) == 'o' && (text.charAt(i + 2) | 0x20) == 'r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link AuthorNames#MAIL_OR_URL} may match the text: each of its forms holds an "@", a "://" or a
   * "www." ({@code CASE_INSENSITIVE} without {@code UNICODE_CASE} matches "w" and "W" alone).
   *
   * @param text the text
   * @return false if the regex finds nothing in it
   */
  static boolean mayHoldMailOrUrl(String text) {
    if (text.indexOf('@') >= 0 || text.contains("://")) {
      return true;
    }
    for (int i = text.indexOf('.', 3); i >= 0; i = text.indexOf('.', i + 1)) {
      if ((text.charAt(i - 3) | 0x20) == 'w' && (text.charAt(i - 2) | 0x20) == 'w' && (text.charAt(i - 1) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link AuthorNames#TIME_OF_DAY} may match the text: it holds a digit, a colon, full stop or "h" (in
   * either case: {@code CASE_INSENSITIVE}), and a digit, as {@code \d{1,2}[:.h]\d{2}} needs; {@code \d} is an
   * ASCII digit.
   *
   * @param text the text
   * @return false if the regex finds nothing in it
   */
  static boolean mayHoldTimeOfDay(String text) {
    for (int i = 1, last = text.length() - 1; i < last; i++) {
      char c = text.charAt(i);
      if ((c == ':' || c == '.' || c == 'h' || c == 'H') && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text may hold a date of numbers, "03/03/2019": a digit, a separator and a digit, twice.
   *
   * @param text the text
   * @return false if the text surely holds none
   */
  static boolean mayHoldNumericDate(String text) {
    int pairs = 0;
    for (int i = 1, last = text.length() - 1; i < last; i++) {
      char c = text.charAt(i);
      if ((c == '/' || c == '.' || c == '-') && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))
          && ++pairs == 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link AuthorNames#LABEL_ALONE} may match the whole text. Its words hold no white space, and it allows
   * white space in four places at most: after each of three leading words, and before the colon. A text with more
   * runs of white space ({@code \s}, ASCII's without flags) is no label alone: most texts asked, lines of prose and
   * of several words, whose first word would be compared with each of the pattern's many words.
   *
   * @param text the text
   * @return false if the regex does not match it
   */
  static boolean mayBeLabelAlone(String text) {
    int runs = 0;
    boolean inRun = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      boolean space = Texts.isRegexSpace(text.charAt(i));
      if (space && !inRun && ++runs > MAX_LABEL_SPACES) {
        return false;
      }
      inRun = space;
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
