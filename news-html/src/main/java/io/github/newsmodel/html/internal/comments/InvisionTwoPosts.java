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
 * The posts of an Invision Power Board 2.x topic ({@code index.php?showtopic=12}, 2004 to 2009, and IPB 1.3
 * before it), which names no element as a post: each is a table of its own, {@code <table class="ipbtable">}, whose
 * first row holds the poster's cell ({@code <a name="entry12345"></a><span class="normalname"><a
 * href="...showuser=5">ann</a></span>}) and the cell of the time and the post's number ("Mar 6 2006, 10:05 PM",
 * "#2"), and whose second row holds the member's details ("Group: Members", "Posts: 57") and the text in
 * {@code div.postcolor}, with the signature after it. A post is read by {@link InvisionTwoPost}.
 */
final class InvisionTwoPosts {
  /** The prefix of the name of the anchor before each post: {@code <a name="entry12345">}. */
  private static final String ENTRY = "entry";

  private InvisionTwoPosts() {}

  /**
   * Finds the posts of a page in IPB 2's layout.
   *
   * @param elements the page's elements
   * @return the posts in page order, each with its table as its element; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    return find(NamedAnchors.of(elements));
  }

  /**
   * Finds the posts of a page in IPB 2's layout by their anchors.
   *
   * @param anchors the page's links that have a name ({@link NamedAnchors})
   * @return the posts in page order, each with its table as its element; none on other pages
   */
  static List<Unit> find(List<Element> anchors) {
    List<Unit> units = new ArrayList<>();
    for (Element a : anchors) {
      String name = a.attr("name");
      if (!name.startsWith(ENTRY) || !TableLayout.isPostNumber(name.substring(ENTRY.length()))) {
        continue;
      }
      Element table = InvisionTwoPost.tableOf(a);
      if (table == null) {
        continue;
      }
      units.add(Unit.forumPost(table, null, name.substring(ENTRY.length())));
    }
    return units;
  }

  /**
   * What the article's text leaves out around the posts: the box that holds them, with the topic's title bar and
   * its "Options" menu, and everything after it on the page, which on a topic's page is the board's furniture:
   * the page links and buttons, the "Fast Reply" form, the users reading the topic, the "Topic Options", the forum
   * jump and the footer, in whatever language the board speaks.
   *
   * @param units the posts found by {@link #find}
   * @return the elements to leave out
   */
  static Set<Element> regions(List<Unit> units) {
    Set<Element> out = new LinkedHashSet<>();
    if (units.isEmpty()) {
      return out;
    }
    Element first = units.get(0).root;
    // the box around the posts' tables, though a topic without replies has one table only
    Element box = around(first.parent() == null ? first : first.parent(), units.get(units.size() - 1).root);
    out.add(box);
    for (Element next = box.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      out.add(next);
    }
    return out;
  }

  /** The innermost element from {@code start} up that holds the last post. */
  private static Element around(Element start, Element last) {
    Element box = start;
    while (!isInside(last, box) && box.parent() != null) {
      box = box.parent();
    }
    return box;
  }

  private static boolean isInside(Element e, Element box) {
    for (@Nullable Element p = e; p != null; p = p.parent()) {
      if (p == box) {
        return true;
      }
    }
    return false;
  }
}
