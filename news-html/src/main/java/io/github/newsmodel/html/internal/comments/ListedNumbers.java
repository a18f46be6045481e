package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The numbers a browser prints before the items of an ordered list, where a page's comments are those items and
 * print no number of their own: WordPress's flat {@code ol.comment-list}, whose readers answer "@#7" or "#3 – ..."
 * by the number they see. {@link CommentThread} reads them only to find the comment such a reply names, not as the
 * comments' {@link io.github.newsmodel.core.Comment#number() numbers}: many themes hide the list's numbers, and a
 * number the page may not show is no number it shows.
 *
 * <p>The list numbers from its {@code start} (a later page of comments goes on from the last one's count), and an
 * item's {@code value} sets its own number and those after it, as a browser counts. Every comment must be an item
 * of the same list, each its own: in a threaded list the replies are items of their parents' lists, whose numbers
 * start again at 1 and name no comment of the page alone. A {@code reversed} list, newest first, is left alone, as
 * a reply would come above the comment it answers.
 */
final class ListedNumbers {
  /** How far above a comment's element its item may be: the theme's {@code li} around its {@code article}. */
  private static final int MAX_LEVELS = 3;

  private ListedNumbers() {}

  /**
   * The number the list shows before each comment.
   *
   * @param units the page's comments, in page order
   * @return each comment's number; empty if the comments are not the items of one ordered list
   */
  static Map<Unit, Integer> of(List<Unit> units) {
    if (units.size() < 2) {
      return Map.of(); // a single comment answers no other
    }
    Map<Element, Unit> byRoot = Unit.byRoot(units);
    Map<Element, Unit> byItem = new IdentityHashMap<>();
    Element list = null;
    for (Unit u : units) {
      Element item = item(u, byRoot);
      if (item == null || list != null && item.parent() != list || byItem.put(item, u) != null) {
        return Map.of();
      }
      list = item.parent();
    }
    if (list == null || list.hasAttr("reversed")) {
      return Map.of();
    }
    Map<Unit, Integer> numbers = new IdentityHashMap<>();
    int n = integer(list.attr("start"), 1);
    for (Element child : list.children()) {
      if (child.normalName().equals("li")) {
        n = integer(child.attr("value"), n);
        Unit u = byItem.get(child);
        if (u != null) {
          numbers.put(u, n);
        }
        n++;
      }
    }
    return numbers;
  }

  /**
   * The item of an ordered list that is the comment's element or holds it, a few levels up at most and below any
   * other comment's element.
   */
  private static @Nullable Element item(Unit u, Map<Element, Unit> byRoot) {
    Element e = u.root;
    for (int level = 0; e != null && level <= MAX_LEVELS; e = e.parent(), level++) {
      if (e != u.root && byRoot.containsKey(e)) {
        return null; // inside another comment: a reply nested in its parent
      }
      Element parent = e.parent();
      if (e.normalName().equals("li") && parent != null && parent.normalName().equals("ol")) {
        return e;
      }
    }
    return null;
  }

  /** An attribute's whole number as a browser reads it, or the fallback where it holds none. */
  private static int integer(String value, int fallback) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > 9) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
