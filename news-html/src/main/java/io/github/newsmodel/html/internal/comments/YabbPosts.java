package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The posts of a topic of YaBB 2 (Yet another Bulletin Board, 2005 to 2015) in the table layout of its
 * {@code Display.template} that sets the poster's cell beside the message cell (the {@code yabb21} template and the
 * themes copied from it), which names no element as a post. Each post is a table of two rows in a
 * {@code div.displaycontainer}: the first holds the poster's cell, opened by the post's anchor
 * {@code <a name="1"></a>} (the opening post's is 0) and the name, and the message cell, whose header holds the
 * subject and "Reply #1 - 14.03.2019 at 11:02:00" and whose {@code div.message} is the text; the second holds the
 * "« Last Edit: ... by ann »" line, the signature and the contact icons. YaBB 2.6's {@code default} template keeps
 * the poster's cell, now opened by {@code <span class="anchor" id="1">}, but spans it down the rows of the post:
 * the header is a cell of the first row, beside it, and the text, the edit line and the signature rows of their
 * own under the header. A post is read by {@link YabbPost}.
 */
final class YabbPosts {
  private YabbPosts() {}

  /**
   * Finds the posts of a page in YaBB 2's table layout.
   *
   * @param elements the page's elements
   * @return the posts in page order, each with its table as its element, the poster's cell as its header and its
   *     anchor's number as its id; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    List<Unit> units = new ArrayList<>();
    if (!TableLayout.hasCells(elements)) {
      return units; // a post's text stands in its message cell
    }
    for (Element text : elements.byTag("div")) {
      Element messageCell = text.parent();
      // the cell first, which rules out nearly every div of a page without reading its classes
      if (messageCell == null || !messageCell.normalName().equals("td") || !text.hasClass("message")) {
        continue;
      }
      Element posterCell = posterCell(messageCell);
      String id = posterCell == null ? null : anchor(posterCell);
      Element table = id == null ? null : TableLayout.tableAround(messageCell);
      if (table == null || YabbPost.read(posterCell).filter(p -> p.text() == text).isEmpty()) {
        continue;
      }
      units.add(Unit.forumPost(table, posterCell, id));
    }
    return units;
  }

  /**
   * The poster's cell of a message cell: the cell before it, or, where the message cell opens its row (2.6's
   * {@code default}), the first cell of the row above, which spans the rows of the post.
   */
  private static @Nullable Element posterCell(Element messageCell) {
    Element before = messageCell.previousElementSibling();
    if (before == null) {
      Element row = messageCell.parent();
      Element above = row == null ? null : row.previousElementSibling();
      before = above == null ? null : above.firstElementChild();
    }
    return before != null && before.normalName().equals("td") ? before : null;
  }

  /**
   * What the article's text leaves out around the posts: each post's {@code div.displaycontainer}, or its table
   * where a theme drops the box.
   *
   * @param units the posts found by {@link #find}
   * @return the elements
   */
  static Set<Element> regions(List<Unit> units) {
    Set<Element> out = new LinkedHashSet<>();
    for (Unit u : units) {
      Element box = u.root.parent();
      if (box != null && box.hasClass("postcontainer")) { // 2.6's default: a box in the box
        box = box.parent();
      }
      out.add(box != null && box.normalName().equals("div") && box.hasClass("displaycontainer") ? box : u.root);
    }
    return out;
  }

  /**
   * The name of the post's anchor, the poster cell's first element: "1" of {@code <a name="1"></a>}, of 2.5's
   * {@code <a id="1"></a>} or of 2.6's {@code <span class="anchor" id="1"></span>}. YaBB numbers a topic's posts
   * from 0, the opening post, and links each as {@code ?num=1552557720/1#1}.
   */
  private static @Nullable String anchor(Element posterCell) {
    Element a = posterCell.firstElementChild();
    String name = a == null ? "" : YabbPost.anchorName(a);
    return TableLayout.isPostNumber(name) ? name : null;
  }
}
