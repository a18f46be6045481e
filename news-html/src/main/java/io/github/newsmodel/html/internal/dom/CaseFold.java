package io.github.newsmodel.html.internal.dom;

/**
 * Letter case read as a case-blind Unicode regex ({@code (?iu)}) reads it, one character at a time: for the cheap
 * tests that look for a regex's words before the regex runs, and must find every text the regex would match.
 */
public final class CaseFold {
  private CaseFold() {}

  /**
   * A character as a case-blind Unicode regex compares it: the lower case of its upper case, so that "ſ" is an
   * "s", the Kelvin sign a "k" and a dotless "ı" an "i".
   *
   * @param c the character
   * @return its fold
   */
  public static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Whether a word, folded already, stands in a text from an index on, each of the text's characters {@link #fold
   * folded}.
   *
   * @param text the text
   * @param i where the word would start
   * @param word the word, each of its characters its own fold (lower case)
   * @return true if the text holds the word there
   */
  public static boolean foldedAt(String text, int i, String word) {
    if (i + word.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (fold(text.charAt(i + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
