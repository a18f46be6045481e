package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Replies listed right after the comment they answer, beside it rather than inside it: Lobsters' {@code
 * li.comments_subtree} holds the comment's {@code div#c_k2w8ab} and then an {@code ol.comments} of its replies, and
 * Slash's {@code li#tree_33111111} the comment's {@code div#comment_33111111} and then its {@code ul#group_33111111}.
 * A comment without a parent whose nearest list is such a list replies to the comment before the list; empty
 * elements between the two, such as the lines that draw the tree, do not count.
 */
final class FollowingReplies {
  private FollowingReplies() {}

  /**
   * Sets the parent of each comment without one whose nearest list follows another comment.
   *
   * @param units the comments, in page order
   */
  static void thread(List<Unit> units) {
    Map<Element, Unit> byRoot = new IdentityHashMap<>();
    for (Unit u : units) {
      byRoot.put(u.root, u);
    }
    for (Unit u : units) {
      if (u.parent != null) {
        continue;
      }
      for (Element p = u.root.parent(); p != null && !byRoot.containsKey(p); p = p.parent()) {
        String tag = p.normalName();
        if (tag.equals("ol") || tag.equals("ul")) {
          Unit before = commentBefore(p, byRoot);
          if (before != null && before != u) {
            u.parent = before;
          }
          break; // only the nearest list says whose replies these are
        }
      }
    }
  }

  /** The comment right before a list, past empty elements, if one is. */
  private static @Nullable Unit commentBefore(Element list, Map<Element, Unit> byRoot) {
    for (Element prev = list.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
      Unit u = byRoot.get(prev);
      if (u != null) {
        return u;
      }
      if (prev.childrenSize() > 0 || !prev.text().isBlank()) {
        return null;
      }
    }
    return null;
  }
}
