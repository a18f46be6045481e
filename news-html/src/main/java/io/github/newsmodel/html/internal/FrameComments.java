package io.github.newsmodel.html.internal;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.ParseOptions;

/**
 * Joins to an article the comments of a comment frame that a saved copy of its page kept beside it: a page whose
 * comments a script loaded into a frame (Disqus's) holds none of them itself, and the frame's page, read as its own
 * article, holds them all.
 */
public final class FrameComments {
  private FrameComments() {}

  /**
   * The article with the frame's comments, where it read none of its own; the comment count is the larger of the
   * two. An article with comments of its own keeps them: they are what its page shows.
   *
   * @param article the article of the page
   * @param frame the article the frame's page gives
   * @param options the options the page was parsed with, whose comment limit the joined comments keep to
   * @return the article with the frame's comments, or the article as it was
   */
  public static Article joined(Article article, Article frame, ParseOptions options) {
    if (!article.comments().isEmpty() || frame.comments().isEmpty()) {
      return article;
    }
    int count = Math.max(frame.commentCount().orElse(0), Math.max(frame.comments().size(),
        article.commentCount().orElse(0)));
    return CommentLimit.apply(Article.builder().from(article).comments(frame.comments()).commentCount(count).build(),
        options.maxComments());
  }
}
