package io.github.newsmodel.html.internal.comments;

import java.util.OptionalInt;
import org.jsoup.nodes.Element;

/**
 * The posts of a NodeBB topic, each an {@code <li component="post" data-index="1" data-pid="415">} in every theme
 * (Persona, and Harmony, the default since NodeBB 3 in 2023). The generic search finds them as comments, named as
 * schema.org {@code Comment}s; what it cannot tell is their number, which no element names: Persona prints none,
 * Harmony a bare "#2" linked to {@code /post/415}. The index counts the topic's posts from 0, the opening post's;
 * the number counts them from 1, as other forums number theirs ("#2" for the first reply).
 */
final class NodeBbPosts {
  /** A topic longer than this is no topic: the index is a page's count, not a number that long. */
  private static final int MAX_DIGITS = 7;

  private NodeBbPosts() {}

  /**
   * The number of a NodeBB post.
   *
   * @param root a comment's element
   * @return the post's index plus one, if the element is a NodeBB post with an index
   */
  static OptionalInt number(Element root) {
    if (!root.hasAttr("data-index") || !root.attr("component").equals("post") || !root.hasAttr("data-pid")) {
      return OptionalInt.empty(); // every comment of other systems: one attribute lookup says so
    }
    String index = root.attr("data-index").strip();
    if (index.isEmpty() || index.length() > MAX_DIGITS) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < index.length(); i++) {
      if (index.charAt(i) < '0' || index.charAt(i) > '9') {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(Integer.parseInt(index) + 1);
  }
}
