package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replies that a page lists flat after the comment they answer and names by that comment's id and their own number:
 * {@code article#comment-1-2} is the second reply to {@code article#comment-1}, as the threaded Staticman templates
 * of Jekyll blogs (Made Mistakes') print them. The id of the comment replied to ends with a digit, so that
 * {@code comment-5} is no reply to a {@code comment}.
 */
final class SuffixedIds {
  private SuffixedIds() {}

  /**
   * Gives each comment without a parent whose id is an earlier comment's id, a hyphen and a number that comment as
   * its parent.
   *
   * @param units the comments in page order
   */
  static void thread(List<Unit> units) {
    Map<String, Unit> byId = new HashMap<>();
    for (Unit u : units) {
      Optional<String> id = u.pageId();
      if (id.isEmpty()) {
        continue;
      }
      if (u.parent == null) {
        String parentId = parentId(id.get());
        Unit parent = parentId.isEmpty() ? null : byId.get(parentId);
        if (parent != null) {
          u.parent = parent;
        }
      }
      byId.putIfAbsent(id.get(), u);
    }
  }

  /** The id before the last hyphen of an id that ends with a hyphen and digits, if it ends with a digit too. */
  private static String parentId(String id) {
    int cut = id.lastIndexOf('-');
    if (cut <= 0 || cut == id.length() - 1 || !Character.isDigit(id.charAt(cut - 1))) {
      return "";
    }
    for (int i = cut + 1; i < id.length(); i++) {
      if (!Character.isDigit(id.charAt(i))) {
        return "";
      }
    }
    return id.substring(0, cut);
  }
}
