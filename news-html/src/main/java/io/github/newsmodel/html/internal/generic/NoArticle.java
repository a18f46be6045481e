package io.github.newsmodel.html.internal.generic;

import org.jsoup.nodes.Document;

/**
 * Why a page gave no article, in words that fit the page: "neither a title nor any running text" says little
 * about an empty file, or about a binary file that jsoup read as text and wrapped in a body of its own.
 */
final class NoArticle {
  /** How much of the text to look at: a binary file shows itself in its first bytes. */
  private static final int SAMPLE = 4096;

  private NoArticle() {}

  /**
   * Tells why a page without a title or running text is no article.
   *
   * @param page the page
   * @return the reason, for a {@code NotAnArticleException} at the page's {@code body}
   */
  static String reason(Document page) {
    String text = page.wholeText();
    if (text.isBlank() && page.head().childrenSize() == 0 && page.body().childrenSize() == 0) {
      return "the page is empty: it has no markup and no text";
    }
    int sampled = Math.min(text.length(), SAMPLE);
    int unreadable = 0;
    for (int i = 0; i < sampled; i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || c < ' ' && c != '\t' && c != '\n' && c != '\r') {
        unreadable++;
      }
    }
    // Text in any charset holds few control characters; a binary file read as text holds many.
    if (sampled > 0 && unreadable * 10 >= sampled) {
      return "the page is not text: " + unreadable + " of its first " + sampled + " characters are control"
          + " characters or bytes its charset cannot decode, as in a binary file";
    }
    return "the page has neither a title (no headline, og:title, <title> or <h1>) nor any running text";
  }
}
