package io.github.newsmodel.html.internal.content;

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
    int inside = measures.index(container);
    int innerChars = measures.chars(inside);
    int around = inside;
    // The root's parent is no measured element: the walk up stops at the root.
    for (int level = 0; level < LEVELS && around > 0; level++) {
      around = measures.parent(around);
      if (!measures.measured(around) || measures.excluded(around)
          || measures.chars(around) > MAX_GROWTH * innerChars + MAX_EXTRA) {
        break;
      }
      // The elements from the ancestor on, in document order, are its own up to the container: those that were
      // not measured hold no text and could not be the lead.
      for (int i = around; i < inside; i++) {
        if (measures.measured(i) && measures.words(i).lead() && !measures.excluded(i) && !measures.insideExcluded(i)
            && !measures.teaser(i) && !measures.insideTeaser(i) && measures.chars(i) >= MIN_CHARS
            && measures.chars(i) <= MAX_CHARS && measures.linkDensity(i) < FEW_LINKS) {
          return Optional.of(measures.element(i));
        }
      }
    }
    return Optional.empty();
  }
}
