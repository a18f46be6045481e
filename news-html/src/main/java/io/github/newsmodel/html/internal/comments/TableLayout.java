package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The table layouts of the comments and posts of the early 2000s, which name no element as a comment or a post, so
 * that the rules of {@link CommentUnits} find none of them, or not all: each has a finder of its own, and the
 * elements around its comments that the article's text leaves out. A layout's comments replace those the names
 * found where they are more; SMF 1's where they are as many, since a moderator's copy names each text
 * {@code div.post#msg_5506}, which the names find as a comment without its poster.
 */
enum TableLayout {
  /** Slash before 2006 ({@link SlashTables}): its boxes are classed {@code commentBox}, but are no comments. */
  SLASH((elements, anchors) -> SlashTables.find(anchors), (units, elements) -> SlashTables.regions(units), false),
  /** PHP-Nuke's and PostNuke's copy of Slash's layout, a table after each anchor ({@link NukeTables}). */
  NUKE((elements, anchors) -> NukeTables.find(anchors), NukeTables::regions, false),
  /** phpBB 2's rows of a poster's and a message's cell ({@link PhpBbTwoPosts}). */
  PHPBB_2(PhpBbTwoPosts::find, (units, elements) -> PhpBbTwoPosts.regions(units), false),
  /** Invision Power Board 2's tables of a post each ({@link InvisionTwoPosts}). */
  INVISION_2((elements, anchors) -> InvisionTwoPosts.find(anchors), (units, elements) -> InvisionTwoPosts.regions(units),
      false),
  /** phpBB 3.0 subsilver2's tables of a post each ({@link SubsilverTwoPosts}). */
  SUBSILVER_2(SubsilverTwoPosts::find, (units, elements) -> SubsilverTwoPosts.regions(units), false),
  /** SMF 1's tables of a poster's and a message's cell ({@link SmfOneTables}). */
  SMF_1(SmfOneTables::find, (units, elements) -> SmfOneTables.regions(units), true),
  /** YaBB 2's tables of a poster's and a message's cell ({@link YabbPosts}). */
  YABB_2(YabbPosts::find, (units, elements) -> YabbPosts.regions(units), false),
  /** FUDforum's tables of a message each ({@link FudForumPosts}). */
  FUDFORUM(FudForumPosts::find, (units, elements) -> FudForumPosts.regions(units), false);

  /** The finder, given the page's elements and its {@link NamedAnchors}, which some layouts' comments open with. */
  private final BiFunction<PageElements, List<Element>, List<Unit>> finder;
  private final BiFunction<List<Unit>, PageElements, Set<Element>> around;
  private final boolean winsTies;

  TableLayout(Function<PageElements, List<Unit>> finder, BiFunction<List<Unit>, PageElements, Set<Element>> around,
      boolean winsTies) {
    this((elements, anchors) -> finder.apply(elements), around, winsTies);
  }

  TableLayout(BiFunction<PageElements, List<Element>, List<Unit>> finder,
      BiFunction<List<Unit>, PageElements, Set<Element>> around, boolean winsTies) {
    this.finder = finder;
    this.around = around;
    this.winsTies = winsTies;
  }

  /**
   * Finds the layout's comments.
   *
   * @param elements the page's elements
   * @param anchors the page's links that have a name, listed once for all layouts ({@link NamedAnchors})
   * @return the comments in page order; none on a page of another layout
   */
  List<Unit> find(PageElements elements, List<Element> anchors) {
    return finder.apply(elements, anchors);
  }

  /**
   * What the article's text leaves out around the comments.
   *
   * @param units the comments that {@link #find} found
   * @param elements the page's elements
   * @return the elements to leave out
   */
  Set<Element> regions(List<Unit> units, PageElements elements) {
    return around.apply(units, elements);
  }

  /**
   * Whether the layout's comments replace those found so far: where they are more, or as many for SMF 1's.
   *
   * @param rows how many the layout found
   * @param found how many were found so far
   * @return whether they replace them
   */
  boolean replaces(int rows, int found) {
    return rows > found || winsTies && rows > 0 && rows == found;
  }

  /**
   * Whether the layout's story prints its count beside its links, "| <B>5</B> comments", in no heading
   * ({@link SlashCount}).
   *
   * @return true for Slash and PHP-Nuke
   */
  boolean countsBesideLinks() {
    return this == SLASH || this == NUKE;
  }

  /**
   * Whether the page has a table cell: the finders that read a post's cells walk all the page's divs or spans for
   * one inside a cell, and most pages of today have no cell at all.
   *
   * @param elements the page's elements
   * @return whether it has a {@code td}
   */
  static boolean hasCells(PageElements elements) {
    return !elements.byTag("td").isEmpty();
  }

  /**
   * Whether an element holds exactly one element of a class: the table of one post holds one poster's name or one
   * text. The walk stops at the second, so that asking it of each post's table of a page whose posts all stand in
   * one table costs no walk through all of it for each.
   *
   * @param e the element
   * @param className the class
   * @return true if one element inside it, or it, has the class
   */
  static boolean holdsOne(Element e, String className) {
    int[] found = {0};
    NodeTraversor.filter((n, depth) -> n instanceof Element x && x.hasClass(className) && ++found[0] > 1
        ? FilterResult.STOP : FilterResult.CONTINUE, e);
    return found[0] == 1;
  }

  /**
   * The nearest table around an element, which holds a post's rows or the posts' list.
   *
   * @param e the element
   * @return the table, if one holds it
   */
  static @Nullable Element tableAround(Element e) {
    Element p = e.parent();
    while (p != null && !p.normalName().equals("table")) {
      p = p.parent();
    }
    return p;
  }

  /**
   * Whether a text is a post's number as forums name their anchors ("1187" of {@code <a name="1187">}): digits, and
   * no more than a board holds posts.
   *
   * @param s the text
   * @return whether it is one
   */
  static boolean isPostNumber(String s) {
    if (s.isEmpty() || s.length() > 12) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
