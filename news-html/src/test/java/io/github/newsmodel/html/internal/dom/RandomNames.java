package io.github.newsmodel.html.internal.dom;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Random class-and-id strings built from pieces of the words the extractor looks for, separators, digits and the
 * odd characters that the edges of a word depend on, for tests that compare a hand-written matcher with the regex
 * it stands in for.
 */
public final class RandomNames {
  private static final List<String> PIECES = List.of("ad", "ads", "nav", "meta", "share", "comment", "comments",
      "article", "entry", "post", "td-post", "content", "body", "text", "wrap", "wrapper", "holder", "area",
      "hidden", "hide", "sr-only", "d-none", "is-", "has-", "no-", "with", "without-", "-on", "-off", "-open",
      "-active", "-enabled", "lead", "intro", "teaser", "teaser-text", "teaser__text", "related", "sidebar",
      "social", "credit", "credits", "sources", "byline", "author", "autor", "main", "story", "x", "ö", "İ",
      "-", "_", "--", "__", "-_", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029",
      "\u00a0", "\u2007", "\u202f", "\u200b", "\u3000", "\u3001", "\ufeff", "\u00ad", "한국", "0", "7", "42");

  private RandomNames() {}

  /**
   * Calls the consumer with many random strings, the same ones on every run.
   *
   * @param count how many
   * @param test what to do with each
   */
  public static void forEach(int count, Consumer<String> test) {
    Random random = new Random(20260108L);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.setLength(0);
      int pieces = 1 + random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        s.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      test.accept(s.toString());
    }
  }
}
