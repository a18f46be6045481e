package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * One post of a forum's table layout ({@link TableLayout}), read the way its template lays it out: the generic
 * searches for a comment's author, time and text do not know where such a template puts them, so a post's reader
 * says.
 */
interface TablePost {

  /**
   * The reader of a post that a table layout's finder found.
   *
   * @param unit a comment
   * @return its reader, if it is the post of a layout that reads its posts itself
   */
  static Optional<TablePost> of(Unit unit) {
    if (!unit.forumPost) {
      return Optional.empty(); // every comment that no table layout found
    }
    return PhpBbTwoPost.of(unit).<TablePost>map(p -> p).or(() -> SmfOnePost.of(unit))
        .or(() -> InvisionTwoPost.of(unit)).or(() -> SubsilverTwoPost.of(unit)).or(() -> YabbPost.of(unit))
        .or(() -> FudForumPost.of(unit));
  }

  /**
   * The poster, with the profile where a member's post links one.
   *
   * @return the author, if the post names one that the model takes
   */
  Optional<Author> author();

  /**
   * The time of the post.
   *
   * @param times how the page's times are read
   * @return the time, if the post gives one
   */
  Optional<ResolvedTime> time(CommentTimes times);

  /**
   * The post's text, with its quotes, without its signature.
   *
   * @param skipped the elements to leave out: other posts' and the edit notices
   * @return the blocks
   */
  List<Block> body(Predicate<Element> skipped);

  /**
   * The post's number in its topic, where the template prints one.
   *
   * @return the number, if any
   */
  default OptionalInt number() {
    return OptionalInt.empty();
  }

  /**
   * The post's edit notices, given those that the generic rule found in it ({@link EditNotices#isNotice}).
   *
   * @param found the notices found
   * @return the notices to read; those found, unless the template sets its notice apart
   */
  default Set<Element> editNotices(Set<Element> found) {
    return found;
  }
}
