package io.github.newsmodel.html.internal.content;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The columns that stand beside the article's within the element chosen for its text: a layout of {@code #col_1}
 * (navigation), {@code #col_2} (the article) and {@code #col_3} (a sidebar) inside {@code #content}. A sidebar's
 * boxes often hold a paragraph or two of running text (a partner's advertisement, a call to join a forum, a
 * teaser of the previous post), which the wrapper of the columns adds to the article's, so that the wrapper
 * outscores the article's column and its reading takes the sidebar in.
 *
 * <p>The article's column is the wrapper's child that holds most of its running text; the columns beside it
 * are the children after it with running text that would not join the article as its {@link Siblings}. The
 * children before it are left alone: they are the article's header (its headline, standfirst and picture), which
 * no more joins the text as a sibling than a sidebar does. A wrapper with running text of its own, outside its
 * children, or whose text is in paragraphs rather than in columns, or that the page names as the article's text,
 * has no columns.
 */
final class Columns {
  /**
   * The least share of the wrapper's running text that the article's column holds: a sidebar's box or two of text
   * beside a short article is a third of it.
   */
  static final double DOMINANT = 0.7;
  /** The elements that make a column; a paragraph, a list or a table row does not. */
  private static final Set<String> COLUMNS = Set.of("div", "section", "article", "main", "td");

  /** The headings of boxes, below the article's headline. */
  private static final Set<String> BOX_TITLES = Set.of("h2", "h3", "h4", "h5", "h6");
  /** The most text a column of box titles holds: a few headings. */
  private static final int BOX_HEADINGS = 200;

  private Columns() {}

  /**
   * The columns beside the article's among the children of the chosen element, which the reading leaves out.
   *
   * @param measures the page's measures
   * @param chosen the index of the element chosen for its text
   * @return the columns after the article's that are not the article's; empty if there are none, or the element
   *     is the article's as a whole
   */
  static Set<Element> besideArticle(PageMeasures measures, int chosen) {
    int good = measures.good(chosen);
    if (good == 0 || measures.named(chosen)) {
      return Set.of();
    }
    Element wrapper = measures.element(chosen);
    // The children with running text, by index; found by index() in document order, each a few steps after the last.
    int[] texts = new int[Math.min(wrapper.childNodeSize(), 16)];
    int count = 0;
    int column = -1;
    int inChildren = 0;
    // By index: children() copies the list of the wrapper's child elements.
    for (int k = 0, n = wrapper.childNodeSize(); k < n; k++) {
      if (wrapper.childNode(k) instanceof Element child) {
        int c = measures.index(child);
        if (measures.measured(c) && measures.good(c) > 0) {
          if (count == texts.length) {
            texts = Arrays.copyOf(texts, count * 2);
          }
          texts[count++] = c;
          inChildren += measures.good(c);
          if (column < 0 || measures.good(c) > measures.good(column)) {
            column = c;
          }
        }
      }
    }
    if (column < 0 || inChildren < good || measures.good(column) < DOMINANT * good
        || !COLUMNS.contains(measures.element(column).normalName())) {
      return Set.of(); // no column holds nearly all, or the wrapper's own run is running text
    }
    Element article = measures.element(column);
    Set<Element> beside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int k = 0; k < count; k++) {
      int c = texts[k];
      Element other = measures.element(c);
      if (c > column && !Siblings.joins(measures, c, other, article)) {
        beside.add(other);
      }
    }
    if (beside.isEmpty()) {
      return beside;
    }
    // A page of columns: one before the article's that holds nothing but the headings of its boxes is a column of
    // boxes whose content is pictures and forms ("Kommende Events" over a slideshow of logos), not its header. The
    // children before the column are found in the order of the page's elements: each where the last one's ends.
    for (int c = chosen + 1; c < column; c = measures.end(c)) {
      if (measures.measured(c) && COLUMNS.contains(measures.element(c).normalName()) && onlyBoxHeadings(measures, c)) {
        beside.add(measures.element(c));
      }
    }
    return beside;
  }

  /**
   * Whether all the text of an element is in headings below the first level: the titles of boxes without text.
   * The article's header holds its headline, a byline or a date.
   */
  private static boolean onlyBoxHeadings(PageMeasures measures, int c) {
    int chars = measures.chars(c);
    if (chars == 0 || chars > BOX_HEADINGS || measures.good(c) > 0 || measures.junk(c) > 0) {
      return false;
    }
    int inHeadings = 0;
    for (int i = c + 1, end = measures.end(c); i < end && inHeadings < chars; i++) {
      if (measures.measured(i)) {
        String tag = measures.element(i).normalName();
        if (tag.equals("h1")) {
          return false;
        }
        if (BOX_TITLES.contains(tag)) {
          inHeadings += measures.chars(i);
          i = measures.end(i) - 1; // what is inside a heading is its text, counted
        }
      }
    }
    return inHeadings == chars;
  }
}
