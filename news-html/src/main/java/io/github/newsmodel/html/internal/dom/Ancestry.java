package io.github.newsmodel.html.internal.dom;

import org.jsoup.nodes.Element;

/** Where an element stands among its ancestors, told by their tags alone, without a selector to parse. */
public final class Ancestry {
  private Ancestry() {}

  /**
   * Whether an element is, or is inside, an element of a tag: a word in a paragraph, a headline inside a link.
   *
   * @param e the element
   * @param tag the tag's normal (lower-case) name, such as {@code "p"}
   * @return whether the element or one of its ancestors has that tag
   */
  public static boolean isOrIsIn(Element e, String tag) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.normalName().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element stands inside another: a headline inside the block before a footer, a link inside a post's
   * text. An element is not inside itself.
   *
   * @param e the element
   * @param ancestor another element
   * @return whether the other is one of the element's ancestors
   */
  public static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
