package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The comments of a Slash page in its table layout, before 2006, which names no element as a comment: each is a
 * header row ({@link SlashTableHeader}), the row of its text and a row of links ("[ Reply to This | Parent ]").
 * Slash's {@code displayThread} prints a thread's top comments as rows of one table and the replies below them in
 * a {@code <UL>} (its {@code indentbegin}), in a row of their own ({@code cagebegin}) or right after the table of
 * the comment they answer; a reply shown in full has a table of its own, one shown as a line, "<LI><A>Re:...</A>
 * by ann (Score:1) Tuesday March 04, @02:10PM", has no text and is no comment here.
 *
 * <p>A reply's "Parent" link names the comment it answers ({@code cid=5432101}), which Slash prints above the reply;
 * where there is none (an archived page's), or it names no comment above, the comment before its list is the
 * parent.
 */
final class SlashTables {
  private static final Pattern PARENT_CID = Pattern.compile("[?&;]cid=(\\d{1,12})");
  /** The row of links under a comment: "[ Reply to This | Parent ]". */
  private static final Pattern LINKS = Pattern.compile("^\\s*\\[.*]\\s*$");

  private SlashTables() {}

  /**
   * Finds the comments of a page in Slash's table layout.
   *
   * @param elements the page's elements
   * @return the comments in page order, each with its parent if the page shows it; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    return find(NamedAnchors.of(elements));
  }

  /**
   * Finds the comments of a page in Slash's table layout by their anchors.
   *
   * @param anchors the page's links that have a name ({@link NamedAnchors})
   * @return the comments in page order, each with its parent if the page shows it; none on other pages
   */
  static List<Unit> find(List<Element> anchors) {
    List<Unit> units = new ArrayList<>();
    if (anchors.isEmpty()) {
      return units; // most pages: the maps below are not built for them
    }
    Map<Element, Unit> byRow = new IdentityHashMap<>();
    Map<Unit, String> parentCid = new IdentityHashMap<>();
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a : anchors) {
      if (!SlashTableHeader.cidName(a)) {
        continue;
      }
      Element row = rowOf(a);
      if (row == null || !seen.add(row)) {
        continue; // a row is read once, however many anchors its cell holds
      }
      Optional<SlashTableHeader> header = SlashTableHeader.of(row);
      Element text = row == null ? null : row.nextElementSibling();
      if (header.isEmpty() || text == null || !text.normalName().equals("tr")
          || SlashTableHeader.of(text).isPresent()) {
        continue;
      }
      Unit u = new Unit(text);
      u.header = row;
      u.givenId = header.get().cid();
      byRow.put(row, u);
      byRow.put(text, u);
      Element links = text.nextElementSibling();
      if (links != null && links.normalName().equals("tr") && LINKS.matcher(links.text()).matches()) {
        u.footer.add(links);
        byRow.put(links, u);
        for (Element link : links.getElementsByTag("a")) {
          Matcher m = PARENT_CID.matcher(link.attr("href"));
          if (link.text().strip().equalsIgnoreCase("parent") && m.find()) {
            parentCid.put(u, m.group(1));
          }
        }
      }
      units.add(u);
    }
    // the last comment of each table a list follows, looked up once however many replies the list holds
    Map<Element, Optional<Unit>> lastInTable = new IdentityHashMap<>();
    // A "Parent" link counts only where it names a comment above: a mangled page can give two comments links to
    // each other, and parents that name each other turn in a circle, the kind that hung the walk to a reply's
    // parent in CommentThread (HtmlArticlesFuzzTest).
    Map<String, Unit> above = new HashMap<>();
    for (Unit u : units) {
      Unit named = parentCid.containsKey(u) ? above.get(parentCid.get(u)) : null;
      u.parent = named != null ? named : beforeList(u, byRow, lastInTable);
      if (u.givenId != null) {
        above.put(u.givenId, u); // the nearest above, should a mangled page repeat a number
      }
    }
    return units;
  }

  /**
   * Whether a form is Slash's display options of a discussion, "Threshold: [select] [Change]", without its "Reply"
   * button, which Slash leaves out once the discussion is archived ({@code printCommentsMain}): such a form is no
   * sign that comments are open.
   *
   * @param form a form of the page
   * @return whether it is the display options without a way to reply
   */
  static boolean displayOptionsWithoutReply(Element form) {
    if (form.getElementsByAttributeValue("name", "threshold").isEmpty()
        || !form.getElementsByTag("textarea").isEmpty()) {
      return false;
    }
    for (Element input : form.getElementsByTag("input")) {
      if (input.attr("value").equalsIgnoreCase("reply")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The elements that hold the comments: the table of the top comments and of the rows of their replies, for the
   * article's text to leave out.
   *
   * @param units the comments found by {@link #find}
   * @return the tables around the comments
   */
  static Set<Element> regions(List<Unit> units) {
    Set<Element> out = new LinkedHashSet<>();
    for (Unit u : units) {
      Element table = outermostTable(u);
      if (table != null) {
        out.add(table);
      }
    }
    return out;
  }

  /** The table of a comment's rows: the thread's table for a top comment, its own for a reply shown in full. */
  private static @Nullable Element outermostTable(Unit u) {
    for (Element p = u.root.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("table")) {
        return p;
      }
    }
    return null;
  }

  /** The row of the cell that holds an element. */
  private static @Nullable Element rowOf(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("td")) {
        Element row = p.parent();
        return row != null && row.normalName().equals("tr") ? row : null;
      }
    }
    return null;
  }

  /**
   * The comment whose rows or table come right before the nearest list around a comment: Slash's {@code <UL>}
   * after the table of the comment it answers, or first in the row after the rows of that comment.
   */
  private static @Nullable Unit beforeList(Unit u, Map<Element, Unit> byRow,
      Map<Element, Optional<Unit>> lastInTable) {
    Element list = null;
    for (Element p = u.root.parent(); p != null && list == null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("ul") || tag.equals("ol") || tag.equals("blockquote") || tag.equals("dl")) {
        list = p;
      }
    }
    for (Element e = list; e != null; e = e.parent()) {
      Element prev = e.previousElementSibling();
      if (prev != null) {
        Unit before = byRow.get(prev);
        if (before == null && prev.normalName().equals("table")) {
          before = lastInTable.computeIfAbsent(prev, t -> Optional.ofNullable(lastUnitIn(t, byRow))).orElse(null);
        }
        return before == u ? null : before;
      }
    }
    return null;
  }

  private static @Nullable Unit lastUnitIn(Element table, Map<Element, Unit> byRow) {
    List<Element> rows = table.getElementsByTag("tr");
    for (int i = rows.size() - 1; i >= 0; i--) {
      Unit u = byRow.get(rows.get(i));
      if (u != null) {
        return u;
      }
    }
    return null;
  }
}
