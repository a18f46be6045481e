package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether a heading heads running text: whether, after it and before the next heading of its rank or a higher one,
 * the page holds a run of prose. An article's headline does, though an {@code <h2>} standfirst or the text's own
 * subheadings may stand between them; the heading of a box of links, logos or a search form in a sidebar does not,
 * and the next box's heading of the same rank ends it ("Quicklinks", "Our partners", "Book a hotel").
 */
final class HeadedText {
  /**
   * A run of text this long, in characters other than white space and outside links, reads like a paragraph
   * wherever it stands: the measure of the main content's {@code PageMeasures}.
   */
  private static final int RUN = 60;
  /**
   * The most elements read after a heading: the text of an article follows its headline within a few dozen, and a
   * heading followed by hundreds of elements without prose (a gallery, a table of results) heads none.
   */
  private static final int MAX_ELEMENTS = 400;
  /** Elements whose text is no running text of the page: links, and what is not shown as text. */
  private static final Set<String> NOT_TEXT = Set.of("a", "script", "style", "noscript", "template", "button",
      "select", "textarea", "option");
  /**
   * How deep inline elements are read into for a run ({@code <p><b><i>...</i></b></p>}): a paragraph's markup nests a
   * few deep, and a page of spans nested thousands deep must not take the thread's stack.
   */
  private static final int INLINE_DEPTH = 4;
  private static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HeadedText() {}

  /**
   * Whether a heading heads running text.
   *
   * @param heading a heading of the page, {@code <h1>} to {@code <h6>}
   * @param elements the page's elements
   * @return whether a run of prose follows it before the next heading of its rank or a higher one
   */
  static boolean follows(Element heading, PageElements elements) {
    int rank = HEADINGS.indexOf(heading.normalName());
    if (rank < 0) {
      return false;
    }
    List<Element> all = elements.all();
    int start = elements.start(heading);
    int last = Math.min(all.size(), start + MAX_ELEMENTS);
    for (int i = elements.end(start); i < last; i++) {
      Element e = all.get(i);
      String tag = e.normalName();
      int other = HEADINGS.indexOf(tag);
      if (other >= 0 && other <= rank) {
        return false; // the next section, or the next box, starts
      }
      if (NOT_TEXT.contains(tag)) {
        i = elements.end(i) - 1; // its subtree is skipped
        continue;
      }
      if (other < 0 && holdsARun(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the element's own run of text, its text nodes and those of its inline elements other than links, holds
   * {@link #RUN} characters other than white space: a paragraph whose words are set in bold or italics in places
   * reads as one run.
   */
  private static boolean holdsARun(Element e) {
    return runChars(e, 0, 0) >= RUN;
  }

  /** {@code counted} and the run's characters in the element, read down to {@link #INLINE_DEPTH}. */
  private static int runChars(Element e, int counted, int depth) {
    int count = counted;
    for (int i = 0, n = e.childNodeSize(); i < n && count < RUN; i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode t) {
        count += visibleChars(t.getWholeText(), RUN - count);
      } else if (depth < INLINE_DEPTH && child instanceof Element inline && !inline.isBlock()
          && !NOT_TEXT.contains(inline.normalName())) {
        count = runChars(inline, count, depth + 1);
      }
    }
    return count;
  }

  /** The characters other than white space in a text, counted up to {@code most}. */
  private static int visibleChars(String text, int most) {
    int count = 0;
    for (int i = 0, n = text.length(); i < n && count < most; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
