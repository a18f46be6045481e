package io.github.newsmodel.html.internal;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.ParseOptions;

/**
 * Holds an article to {@link ParseOptions#maxComments()}, whichever parser read it: the first comments in page
 * order are kept, and the comment count says how many there are, so that the article shows it holds only some.
 */
final class CommentLimit {
  private CommentLimit() {}

  static Article apply(Article article, int maxComments) {
    int found = article.comments().size();
    if (found <= maxComments) {
      return article;
    }
    // Replies name earlier comments only, so the first comments keep every parent they name.
    int count = Math.max(found, article.commentCount().orElse(0));
    return Article.builder().from(article)
        .comments(article.comments().subList(0, maxComments))
        .commentCount(count)
        .build();
  }
}
