package io.github.newsmodel.html.internal.sites.reddit;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.nodes.Element;

/** A thread as one of Reddit's interfaces marks it up: the post's element, what it says, and the comments. */
interface ThreadMarkup {
  /**
   * The post, the element that heads the thread.
   *
   * @return the post's element; empty if the page is not of this interface
   */
  Optional<Element> post();

  /**
   * The post's title as the thread shows it.
   *
   * @param post the post's element
   * @return the title, if shown
   */
  Optional<String> title(Element post);

  /**
   * The post's author, with their profile page; empty for a deleted account.
   *
   * @param post the post's element
   * @return the author, if named
   */
  Optional<Author> author(Element post);

  /**
   * When the post was made.
   *
   * @param post the post's element
   * @return the time, if readable
   */
  Optional<ResolvedTime> published(Element post);

  /**
   * The community the thread is in, as Reddit names it: "r/learnjava".
   *
   * @param post the post's element
   * @return the name, if given
   */
  Optional<String> community(Element post);

  /**
   * The number of comments the post declares.
   *
   * @param post the post's element
   * @return the count, if declared
   */
  OptionalInt commentCount(Element post);

  /**
   * The comments, in page order, each reply after the comment it answers.
   *
   * @return the comments; empty if the page shows none
   */
  List<Comment> comments();

  /**
   * A count that an attribute of the markup gives.
   *
   * @param attribute the attribute's value
   * @return the count, if the value is a whole number that an {@code int} holds
   */
  static OptionalInt count(String attribute) {
    String count = attribute.trim();
    return count.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(count)) : OptionalInt.empty();
  }
}
