package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Comment;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a page holds of its reader comments.
 *
 * @param comments the comments found, in page order
 * @param count the number of comments the page declares, which may exceed those present
 * @param open whether readers can comment: true if the page has a comment form, false if it says comments are
 *     closed; empty if it shows neither
 * @param regions the elements that hold comments or the comment form, which are not part of the article's text,
 *     in document order
 * @param opening the post that opens the thread, if the page is a forum thread that shows one; when it is
 *     {@linkplain OpeningPost#listed() listed}, it is also the first of the comments
 * @param replies the elements of the comments read from the page, in page order, a listed opening post's first:
 *     what they show, their dates and edit notices among it, is the readers', never the article's, but for the
 *     opening post's when it is the thread's article ({@link #readers})
 * @param laterPage whether the page is a later page of a forum's topic ({@link LaterPage}), whose posts are all
 *     replies: their posters' bylines name no author of the page
 */
public record CommentSection(List<Comment> comments, OptionalInt count, Optional<Boolean> open,
    Set<Element> regions, Optional<OpeningPost> opening, Set<Element> replies, boolean laterPage) {

  /** Copies the lists, so that the section is immutable. */
  public CommentSection {
    comments = List.copyOf(comments);
    regions = Collections.unmodifiableSet(new LinkedHashSet<>(regions));
    replies = Collections.unmodifiableSet(new LinkedHashSet<>(replies));
  }

  /**
   * The elements whose dates are the readers' and not the article's: the comments', and a listed opening post's
   * only when it is the first reader comment and not the thread's article. Before, a first post that the article
   * turned out not to be stayed out of both, and its date could be taken for the article's.
   *
   * @param openingIsArticle whether the opening post is the thread's article
   * @return the elements, in page order
   */
  public Set<Element> readers(boolean openingIsArticle) {
    if (!openingIsArticle || opening.filter(OpeningPost::listed).isEmpty() || replies.isEmpty()) {
      return replies;
    }
    Set<Element> rest = new LinkedHashSet<>(replies);
    rest.remove(replies.iterator().next());
    return Collections.unmodifiableSet(rest);
  }

  /**
   * A section of a page that shows no thread's opening post.
   *
   * @param comments the comments found, in page order
   * @param count the number of comments the page declares, which may exceed those present
   * @param open whether readers can comment, if the page shows it
   * @param regions the elements that hold comments or the comment form, in document order
   */
  public CommentSection(List<Comment> comments, OptionalInt count, Optional<Boolean> open, Set<Element> regions) {
    this(comments, count, open, regions, Optional.empty(), Set.of(), false);
  }
}
