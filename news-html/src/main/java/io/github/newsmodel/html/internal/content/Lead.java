package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.html.internal.content.PageMeasures.Stat;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The article's lead when it stands before the chosen container: the standfirst that many pages set in the
 * article's header, beside the headline, rather than in the element that holds the text. It is an element named
 * as a lead ({@code intro}, {@code standfirst}, {@code article-excerpt}, {@code subheadline}) close above the
 * container, of a paragraph's length, and not furniture, a teaser or a list of links.
 */
final class Lead {
  /** How many levels above the container the lead may stand. */
  private static final int LEVELS = 3;
  private static final int MIN_CHARS = 30;
  private static final int MAX_CHARS = 1500;
  private static final double FEW_LINKS = 0.3;
  /** An ancestor this much larger than the container is the page, not the article's header. */
  private static final int MAX_GROWTH = 3;
  private static final int MAX_EXTRA = 2000;

  private Lead() {}

  /**
   * Finds the lead.
   *
   * @param measures the page's measures
   * @param container the chosen container
   * @return the lead element, outside and before the container, if there is one
   */
  static Optional<Element> of(PageMeasures measures, Element container) {
    Stat inner = measures.stat(container);
    Element around = container;
    for (int level = 0; level < LEVELS && around != measures.root() && around.parent() != null; level++) {
      around = around.parent();
      Stat s = measures.stat(around);
      if (s == null || s.excluded || s.chars > MAX_GROWTH * inner.chars + MAX_EXTRA) {
        break;
      }
      // The measured elements from the ancestor on, in document order, are its own up to the container: those
      // that were not measured hold no text and could not be the lead.
      List<Element> order = measures.documentOrder();
      for (int i = order.indexOf(around); i >= 0 && i < order.size(); i++) {
        Element e = order.get(i);
        if (e == container) {
          break; // only what comes before the article's text
        }
        Stat es = measures.stat(e);
        if (es != null && es.words.lead() && !es.excluded && !es.insideExcluded && !es.teaser && !es.insideTeaser
            && es.chars >= MIN_CHARS && es.chars <= MAX_CHARS && es.linkDensity() < FEW_LINKS) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
