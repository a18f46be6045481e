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
   * The texts of all comments, one after another.
   *
   * @return the comment texts joined by a blank line, or empty
   */
  public String commentText() {
    return article.map(a -> a.comments().stream().map(Comment::text).collect(Collectors.joining("\n\n")))
        .orElse("");
  }
}
