package io.github.newsmodel.html.internal.content;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The parts of an article that stand beside the chosen container rather than inside it: a recipe's ingredients
 * box next to its method, the second page-section of a long story, a lone paragraph that a layout put outside the
 * article's element.
 *
 * <p>A sibling joins when it is of the container's own kind (same tag and a class in common, as boxes of one
 * layout are) and holds text that is not mostly links, or when it is a paragraph of running text by itself. A
 * sibling that is furniture, a teaser or a list of links never joins.
 */
final class Siblings {
  /** A sibling of another kind joins only with this much running text and few links. */
  private static final int LONE_PARAGRAPH = 80;
  private static final double FEW_LINKS = 0.25;
  /** Text shorter than this is a label, not a part of the article. */
  private static final int SOME_TEXT = 20;

  private Siblings() {}

  /**
   * The siblings of the container that belong to the article.
   *
   * @param measures the page's measures
   * @param container the chosen container
   * @return the siblings to read with it; empty if none, or if the container is the measured root
   */
  static Set<Element> of(PageMeasures measures, Element container) {
    Element parent = container.parent();
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (parent == null || container == measures.root() || !measures.measured(measures.index(parent))) {
      return out;
    }
    // By index: children() copies the list of the parent's child elements, often the body's, for each page.
    for (int k = 0, n = parent.childNodeSize(); k < n; k++) {
      if (!(parent.childNode(k) instanceof Element sibling) || sibling == container) {
        continue;
      }
      if (joins(measures, measures.index(sibling), sibling, container)) {
        out.add(sibling);
      }
    }
    return out;
  }

  /**
   * Whether a sibling of the container belongs to the article: of the container's own kind with some text, or a
   * paragraph of running text by itself; never furniture, a teaser or a list of links.
   *
   * @param measures the page's measures
   * @param s the sibling's index
   * @param sibling the sibling
   * @param container the container
   */
  static boolean joins(PageMeasures measures, int s, Element sibling, Element container) {
    if (!measures.measured(s) || measures.excluded(s) || measures.teaser(s) || measures.chars(s) == 0
        || measures.linkDensity(s) > FEW_LINKS) {
      return false;
    }
    int good = measures.good(s);
    int neutral = measures.neutral(s);
    boolean sameKind = sameKind(sibling, container) && good + neutral >= SOME_TEXT;
    boolean paragraph = good >= LONE_PARAGRAPH && measures.junk(s) == 0 && measures.furniture(s) == 0
        && neutral < good;
    return sameKind || paragraph;
  }

  /** Same tag and at least one class in common. */
  private static boolean sameKind(Element a, Element b) {
    if (!a.normalName().equals(b.normalName())) {
      return false;
    }
    for (String c : a.classNames()) {
      if (b.hasClass(c)) {
        return true;
      }
    }
    return false;
  }
}
