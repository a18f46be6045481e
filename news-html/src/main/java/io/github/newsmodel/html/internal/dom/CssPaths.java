package io.github.newsmodel.html.internal.dom;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * The CSS path that an error message gives to say where on a page something went wrong. jsoup's
 * {@link Element#cssSelector()} checks the path it builds by running it as a query, and that query fails to parse for
 * a tag name that broken markup made up ({@code <met?`\ufffdquiv=...>}, found by fuzzing); a report about the page
 * must not fail on the page it reports about.
 */
public final class CssPaths {
  private CssPaths() {}

  /**
   * The element's CSS path: jsoup's unique selector, else a path of tag names and positions from the root.
   *
   * @param element the element
   * @return a path that names it, such as {@code html > body > div:nth-child(2)}
   */
  public static String of(Element element) {
    try {
      return element.cssSelector();
    } catch (Selector.SelectorParseException e) {
      return byPosition(element);
    }
  }

  private static String byPosition(Element element) {
    StringBuilder path = new StringBuilder();
    for (Element e = element; e != null && !(e instanceof Document); e = e.parent()) {
      String step = e.parent() == null || e.parent().childrenSize() == 1 ? e.normalName()
          : e.normalName() + ":nth-child(" + (e.elementSiblingIndex() + 1) + ")";
      path.insert(0, path.length() == 0 ? step : step + " > ");
    }
    return path.toString();
  }
}
