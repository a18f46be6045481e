package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The posts of a phpBB 2 topic (2002 to 2008, and its many subSilver-based styles), which names no element as a
 * post: each is a table row of two cells, the poster's ({@code <span class="name"><a name="1187"></a><b>ann</b>
 * </span>} and the rank, join date and post count) and the message's, whose inner table holds the line "Posted: Mon
 * Mar 06, 2006 10:05 pm Post subject: ..." ({@code span.postdetails}) and the text ({@code span.postbody}). The
 * row after it holds "Back to top" and the poster's profile link. Forums of those years are common in the
 * Wayback Machine, and a post is read by {@link PhpBbTwoPost}.
 */
final class PhpBbTwoPosts {
  private PhpBbTwoPosts() {}

  /**
   * Finds the posts of a page in phpBB 2's layout.
   *
   * @param elements the page's elements
   * @return the posts in page order, each with its message cell as its element and the poster's cell as its
   *     header; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    List<Unit> units = new ArrayList<>();
    if (!TableLayout.hasCells(elements)) {
      return units; // a poster's name stands in the poster's cell
    }
    for (Element span : elements.byTag("span")) {
      Element anchor = span.firstElementChild();
      if (anchor == null || !anchor.normalName().equals("a") || !span.hasClass("name")) {
        continue; // nearly every span
      }
      String id = anchor.attr("name").strip();
      Element posterCell = span.parent();
      if (!TableLayout.isPostNumber(id) || posterCell == null || !posterCell.normalName().equals("td")) {
        continue;
      }
      Element messageCell = posterCell.nextElementSibling();
      if (messageCell == null || !messageCell.normalName().equals("td") || PhpBbTwoPost.postedLine(messageCell) == null
          || PhpBbTwoPost.textCell(messageCell) == null) {
        continue;
      }
      units.add(Unit.forumPost(messageCell, posterCell, id));
    }
    return units;
  }

  /**
   * What the article's text leaves out around the posts: the table that holds their rows, with its header ("Author
   * Message") and its "Display posts from previous" form.
   *
   * @param units the posts found by {@link #find}
   * @return the tables
   */
  static Set<Element> regions(List<Unit> units) {
    Set<Element> out = new LinkedHashSet<>();
    for (Unit u : units) {
      Element table = TableLayout.tableAround(u.root);
      out.add(table == null ? u.root : table);
    }
    return out;
  }
}
