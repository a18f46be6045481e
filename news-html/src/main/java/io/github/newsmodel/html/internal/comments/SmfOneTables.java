package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.Ancestry;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The posts of a topic of Simple Machines Forum 1.0 and 1.1 (2004 to 2011) in the default theme's table layout and
 * the many themes copied from it, which names no element as a post. Each post is a table of two rows: the first
 * holds the poster's cell ({@code <b>} around the name, then a {@code div.smalltext} of member group, stars, post
 * count and avatar) and the message cell (a small table of the subject and "« Reply #1 on: date »", then the text,
 * {@code div.post}); the second holds the "« Last Edit: date by ann »" line, "Logged" and the signature. The post's
 * {@code <a name="msg5506">} anchor stands two tables out, and the first post's at the top of the page, so the post
 * is known by its subject's link to itself, {@code ?topic=431.msg5506#msg5506}: not by the ids that SMF 1.1 added
 * for its quick modify ({@code div#subject_5506}, {@code td#modified_5506}), which 1.0 did not print. A post is read
 * by {@link SmfOnePost}.
 */
final class SmfOneTables {
  /** The fragment of a post's link to itself, which names the post as its anchor does. */
  private static final Pattern SELF_LINK = Pattern.compile("#msg(\\d{1,12})$");
  /** How many links of the message cell's header are looked at for the link to the post: the icon's, the subject's. */
  private static final int MAX_LINKS = 4;
  /** How many tables out of a post the table of all posts stands: the post's frame, then the list's. */
  private static final int LIST_LEVELS = 2;

  /**
   * The parts of SMF 1's page header that its button folds away, by their ids: the guest's greeting and login form,
   * and the forum's news line beside the search box ("News: The litter pick meets on Saturday"), whose sentences
   * would otherwise be the page's text.
   */
  private static final List<String> PAGE_HEADER = List.of("upshrinkHeader", "upshrinkHeader2");

  private SmfOneTables() {}

  /**
   * Finds the posts of a page in SMF 1's table layout.
   *
   * @param elements the page's elements
   * @return the posts in page order, each with its table as its element and the poster's cell as its header; none
   *     on other pages
   */
  static List<Unit> find(PageElements elements) {
    List<Unit> units = new ArrayList<>();
    if (!TableLayout.hasCells(elements)) {
      return units; // a post's text stands in its message cell
    }
    for (Element post : elements.byTag("div")) {
      Element messageCell = post.parent();
      // the cell first, which rules out nearly every div of a page without reading its classes
      if (messageCell == null || !messageCell.normalName().equals("td") || !post.hasClass("post")) {
        continue; // SMF 2's div.post stands in a div, phpBB 3's is the whole post
      }
      Element posterCell = messageCell.previousElementSibling();
      Element name = posterCell == null ? null : posterCell.firstElementChild();
      String id = name == null ? null : postId(messageCell, post);
      Element table = TableLayout.tableAround(messageCell);
      if (posterCell == null || !posterCell.normalName().equals("td") || name == null
          || !name.normalName().equals("b") || id == null || table == null) {
        continue;
      }
      units.add(Unit.forumPost(table, posterCell, "msg" + id));
    }
    return units;
  }

  /**
   * What the article's text leaves out around the posts: the table that lists them, whose rows hold nothing else,
   * and the parts of the page's header that SMF folds away ({@link #PAGE_HEADER}).
   *
   * @param units the posts found by {@link #find}
   * @return the elements
   */
  static Set<Element> regions(List<Unit> units) {
    Set<Element> out = new LinkedHashSet<>();
    for (Unit u : units) {
      Element list = u.root;
      for (int i = 0; i < LIST_LEVELS; i++) {
        Element above = TableLayout.tableAround(list);
        if (above == null) {
          break;
        }
        list = above;
      }
      out.add(list);
    }
    if (!units.isEmpty()) {
      Document page = units.get(0).root.ownerDocument();
      for (String id : PAGE_HEADER) {
        Element e = page == null ? null : page.getElementById(id);
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * The number of the post's link to itself in the header before its text: 5506 of
   * {@code ?topic=431.msg5506#msg5506}. The text's links are no header's: a quote links the post it quotes.
   */
  private static @Nullable String postId(Element messageCell, Element text) {
    int seen = 0;
    for (Element a : messageCell.getElementsByTag("a")) {
      if (++seen > MAX_LINKS || Ancestry.isInside(a, text)) {
        return null;
      }
      Matcher m = SELF_LINK.matcher(a.attr("href"));
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
