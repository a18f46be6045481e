package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The comments of a PHP-Nuke story (versions 5 to 7, 2001 to 2006, and PostNuke's News, which kept them), whose
 * {@code modules/News/comments.php} copied Slash's table layout and names no element as a comment: each is
 * {@code <a name="95"></a>} and a table of two rows, the header ({@link NukeHeader}) and the text, then "[ Reply to
 * This ]" after the table. In the default "thread" mode a top comment's replies are only a list of their subjects,
 * "<li><a>Re: ...</a> by ann on ...", with no text: no comments here, though the navigation bar's count holds them.
 * In "nested" mode each reply is a table of its own in a {@code <ul>} after the comment it answers, opened by an
 * {@code <a name>} that PHP-Nuke leaves unclosed around it; in "flat" mode a {@code <hr>} comes before each table.
 */
final class NukeTables {
  private NukeTables() {}

  /**
   * Finds the comments of a page in PHP-Nuke's layout.
   *
   * @param elements the page's elements
   * @return the comments in page order, each reply with the comment it answers; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    return find(NamedAnchors.of(elements));
  }

  /**
   * Finds the comments of a page in PHP-Nuke's layout by their anchors.
   *
   * @param anchors the page's links that have a name ({@link NamedAnchors})
   * @return the comments in page order, each reply with the comment it answers; none on other pages
   */
  static List<Unit> find(List<Element> anchors) {
    List<Unit> units = new ArrayList<>();
    for (Element a : anchors) {
      if (!SlashTableHeader.cidName(a)) {
        continue;
      }
      Element table = tableOf(a);
      Element header = table == null ? null : firstRow(table);
      Element text = header == null ? null : header.nextElementSibling();
      if (text == null || !text.normalName().equals("tr") || NukeHeader.of(header).isEmpty()) {
        continue;
      }
      Unit u = new Unit(text);
      u.header = header;
      u.givenId = a.attr("name").strip();
      units.add(u);
    }
    if (!units.isEmpty()) {
      threads(units); // on other pages, as most are, its lists and map are not built
    }
    return units;
  }

  /**
   * What the article's text leaves out around the comments: each comment's table and what follows it up to the
   * next comment, its "[ Reply to This ]" and the list of its replies' subjects, and the navigation bar above them
   * ({@link NukeNavbar}).
   *
   * @param units the comments found by {@link #find}
   * @param elements the page's elements
   * @return the elements around the comments
   */
  static Set<Element> regions(List<Unit> units, PageElements elements) {
    // the elements that hold a comment's table, marked once each: a walk along what follows a comment stops there
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> tables = new ArrayList<>();
    for (Unit u : units) {
      Element table = TableLayout.tableAround(u.root);
      if (table != null) {
        tables.add(table);
        for (Element p = table; p != null && holders.add(p); p = p.parent()) {
          // marked
        }
      }
    }
    Set<Element> out = new LinkedHashSet<>();
    for (Element table : tables) {
      out.add(table);
      Element anchor = table.parent();
      Element start = anchor != null && anchor.normalName().equals("a") && SlashTableHeader.cidName(anchor) ? anchor
          : table; // nested mode's anchor left open around the table and what follows it
      for (Element next = start.nextElementSibling(); next != null && !holders.contains(next);
          next = next.nextElementSibling()) {
        out.add(next);
      }
    }
    NukeNavbar.find(elements).ifPresent(out::add);
    return out;
  }

  /**
   * The replies' parents: a comment's tables in one more {@code <ul>} than the comment before them answer it, in
   * nested mode; the other comments answer none.
   */
  private static void threads(List<Unit> units) {
    Deque<Unit> open = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    Map<Element, Integer> known = new IdentityHashMap<>();
    for (Unit u : units) {
      int depth = listDepth(u.root, known);
      while (!depths.isEmpty() && depths.peek() >= depth) {
        depths.pop();
        open.pop();
      }
      if (!open.isEmpty() && depths.peek() == depth - 1) {
        u.parent = open.peek();
      }
      open.push(u);
      depths.push(depth);
    }
  }

  /**
   * How many {@code <ul>} hold an element. Replies share their ancestors, so each ancestor's answer is kept: the
   * walks up cost no more than the page has elements, however deep the thread.
   */
  private static int listDepth(Element e, Map<Element, Integer> known) {
    List<Element> chain = new ArrayList<>();
    int depth = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      Integer above = known.get(p);
      if (above != null) {
        depth = above;
        break;
      }
      chain.add(p);
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      Element p = chain.get(i);
      depth += p.normalName().equals("ul") ? 1 : 0;
      known.put(p, depth);
    }
    return depth;
  }

  /**
   * The table of a comment's anchor: right after it ({@code DisplayTopic}), or inside it where the anchor is left
   * open ({@code DisplayKids}), after the {@code <hr>} of flat mode.
   */
  private static @Nullable Element tableOf(Element anchor) {
    Element inside = afterRules(anchor.firstElementChild());
    return inside != null ? inside : afterRules(anchor.nextElementSibling());
  }

  private static @Nullable Element afterRules(@Nullable Element e) {
    while (e != null && e.normalName().equals("hr")) {
      e = e.nextElementSibling();
    }
    return e != null && e.normalName().equals("table") ? e : null;
  }

  private static @Nullable Element firstRow(Element table) {
    Element first = table.firstElementChild();
    if (first != null && first.normalName().equals("tbody")) {
      first = first.firstElementChild();
    }
    return first != null && first.normalName().equals("tr") ? first : null;
  }
}
