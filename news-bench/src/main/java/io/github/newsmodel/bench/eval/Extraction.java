package io.github.newsmodel.bench.eval;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the extractor made of one corpus page: an article, or the error it threw. A failure scores like an
 * empty result; it never stops the evaluation.
 *
 * @param page the page
 * @param article the article, if extraction succeeded
 * @param error the error message, if it failed
 */
public record Extraction(CorpusPage page, Optional<Article> article, Optional<String> error) {

  /**
   * The body's plain text.
   *
   * @return the text, or empty if there is no article
   */
  public String bodyText() {
    return article.map(Article::text).orElse("");
  }

  /**
   * All comments as a reader sees them, one after another: each one's author on a line of its own, when it has
   * one, then its text. The corpus's comment snippets are taken from the comments as pages show them, and some
   * are the commenter's name: the extractor finds that name, in the comment's author rather than in its text.
   *
   * @return the comments joined by a blank line, or empty
   */
  public String commentText() {
    return article.map(a -> a.comments().stream().map(Extraction::asShown).collect(Collectors.joining("\n\n")))
        .orElse("");
  }

  private static String asShown(Comment c) {
    return c.author().map(author -> author.name() + "\n" + c.text()).orElse(c.text());
  }
}
