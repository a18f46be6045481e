package io.github.newsmodel.html.internal.content;

/**
 * Text spelled with Greek and Cyrillic letters that look like Latin ones, mixed into Latin words ("Аdvеrtіѕе wіth
 * uѕ", its А, е, і and ѕ Cyrillic): a site's own advertisement, disguised so that ad blockers and filters do not
 * find its words. An article's writer never mixes the scripts within a word; a Russian text that names a Latin brand
 * writes each word in one script.
 */
final class DisguisedText {
  /** The fewest words of mixed scripts: one may be a slip of the keyboard. */
  private static final int MIN_MIXED = 3;
  /** The least share of the paragraph's words that mix the scripts. */
  private static final double MIN_SHARE = 0.2;

  private DisguisedText() {}

  /**
   * Whether a paragraph is disguised: at least {@link #MIN_MIXED} of its words, and {@link #MIN_SHARE} of them, mix
   * Latin letters with Greek or Cyrillic ones.
   *
   * @param text the paragraph's text
   * @return true if it mixes the scripts within its words
   */
  static boolean is(String text) {
    int words = 0;
    int mixed = 0;
    boolean latin = false;
    boolean other = false;
    boolean inWord = false;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        inWord = true;
        latin |= c < 0x80;
        other |= c >= 0x370 && c < 0x530; // Greek, Cyrillic and its supplement
      } else if (inWord) {
        words++;
        mixed += latin && other ? 1 : 0;
        latin = false;
        other = false;
        inWord = false;
      }
    }
    return mixed >= MIN_MIXED && mixed >= MIN_SHARE * words;
  }
}
