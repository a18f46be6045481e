package io.github.newsmodel.html.internal.comments;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * A comment's id that stands in no attribute of the comment but in the link by which it links to itself, the anchor
 * its permalink targets: Kunena's {@code <a href="#2207" id="2207">#2207</a>} in a post's header, K2's
 * {@code <a href="/item/418#comment1201" id="comment1201">Comment Link</a>} before each comment.
 */
final class SelfLinks {
  /** How many elements of a comment are read for its permalink, which stands in its header. */
  private static final int MAX_BEFORE_PERMALINK = 64;

  private SelfLinks() {}

  /**
   * The id of the first link among the comment's first {@link #MAX_BEFORE_PERMALINK} elements whose address ends
   * with {@code #} and its own id (or name): those of the comment's header, rather than of its text and replies.
   *
   * @param root the comment's element
   * @return the anchor's id (or name), if the comment has such a link
   */
  static Optional<String> id(Element root) {
    String[] found = {null};
    int[] seen = {0};
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (++seen[0] > MAX_BEFORE_PERMALINK) {
        return FilterResult.STOP;
      }
      if (e.normalName().equals("a") && e.hasAttr("href")) {
        String id = e.id().isEmpty() ? e.attr("name").strip() : e.id().strip();
        if (!id.isEmpty() && e.attr("href").strip().endsWith("#" + id)) {
          found[0] = id;
          return FilterResult.STOP;
        }
      }
      return FilterResult.CONTINUE;
    }, root);
    return Optional.ofNullable(found[0]);
  }
}
