package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The count that a comment widget rendered by script prints above its thread, in no heading and in its own words:
 * Valine's "<span class=vnum>2</span> 评论", Waline's {@code div.wl-count} "3 评论", Twikoo's
 * {@code span.tk-comments-count} "3 条评论", Gitalk's {@code span.gt-counts} "3 条评论" or "3 comments", Artalk's
 * {@code span.atk-comment-count-num}, HashOver's {@code span.hashover-count} "Showing 3 Comments". The widget is told
 * by the class of its first comment, and its count is looked for only around the thread, in the few levels up to
 * the widget's box: no walk of the page. (Waline's box is the element its script was given, {@code div[data-waline]},
 * or {@code div.wl-comment} in older copies: the levels are counted rather than the box named.)
 *
 * <p>Valine counts the threads, not their replies: its count may be lower than the comments shown, though never
 * lower than the threads.
 */
final class WidgetCounts {
  /** How far above a thread's first comment a widget's box stands: Gitalk's, three levels. */
  private static final int MAX_LEVELS = 3;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");

  /** One widget: the class of its comment, and where its box prints the count. */
  private enum Widget {
    VALINE("vcard", ".vnum"),
    WALINE("wl-card-item", ".wl-count"),
    TWIKOO("tk-comment", ".tk-comments-count"),
    GITALK("gt-comment", ".gt-counts"),
    ARTALK("atk-comment-wrap", ".atk-comment-count-num"),
    HASHOVER("hashover-comment", ".hashover-count");

    final String comment;
    final Evaluator count;

    Widget(String comment, String count) {
      this.comment = comment;
      this.count = QueryParser.parse(count);
    }
  }

  private WidgetCounts() {}

  /**
   * The count a widget prints above the comments found.
   *
   * @param units the comments, in page order
   * @return the count, if the first comment is a widget's and its box prints one
   */
  static OptionalInt find(List<Unit> units) {
    if (units.isEmpty()) {
      return OptionalInt.empty();
    }
    Element first = units.get(0).root;
    for (Widget w : Widget.values()) {
      if (!first.hasClass(w.comment)) {
        continue;
      }
      Element box = first.parent();
      for (int level = 1; box != null && level <= MAX_LEVELS && !box.normalName().equals("body"); level++) {
        Element count = box.selectFirst(w.count);
        if (count != null) {
          Matcher m = NUMBER.matcher(count.text());
          return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
        }
        box = box.parent();
      }
      return OptionalInt.empty();
    }
    return OptionalInt.empty();
  }

  /**
   * How many of the comments the count counts at least: the threads for Valine's, all for the others'.
   *
   * @param units the comments, in page order
   * @param shown how many comments were read
   * @return the least count that is the page's
   */
  static int least(List<Unit> units, int shown) {
    if (units.isEmpty() || !units.get(0).root.hasClass(Widget.VALINE.comment)) {
      return shown;
    }
    int threads = 0;
    for (Unit u : units) {
      threads += u.parent == null ? 1 : 0;
    }
    return Math.min(threads, shown);
  }
}
