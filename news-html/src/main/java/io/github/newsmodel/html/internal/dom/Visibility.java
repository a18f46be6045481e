package io.github.newsmodel.html.internal.dom;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether a page hides an element from sighted readers: the {@code hidden} attribute, {@code aria-hidden=true},
 * a class that hides ({@code hidden}, {@code d-none}, {@code sr-only}, {@code visually-hidden}) or an inline style
 * ({@code display: none}, {@code visibility: hidden}). Sites keep such elements for screen readers, search engines
 * and scripts; what they hold is not what a reader sees.
 */
public final class Visibility {
  /** Classes that hide their element, each a class of its own; also one of the {@link PageWords}. */
  static final String[] HIDING_CLASSES = {"hidden", "hide", "d-none", "is-hidden", "sr-only", "screen-reader-text",
      "screenreader", "visually-hidden", "visuallyhidden", "invisible", "offscreen", "element-invisible"};
  private static final NamePattern HIDDEN_CLASSES = NamePattern.delimited(NamePattern.Edge.SPACE,
      NamePattern.Edge.SPACE, HIDING_CLASSES);
  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private Visibility() {}

  /**
   * Whether a {@code class} attribute holds a class that hides its element.
   *
   * @param classes the attribute as written
   * @return true if one of its classes hides
   */
  public static boolean hidingClass(String classes) {
    return !classes.isEmpty() && HIDDEN_CLASSES.findIgnoringCase(classes);
  }

  /**
   * Whether the element's attributes other than its class hide it: {@code hidden}, {@code aria-hidden=true} or
   * an inline style. For callers that have already judged the class, once for many elements of that class.
   *
   * @param e the element
   * @return true if one of them hides it
   */
  public static boolean hiddenByAttributes(Element e) {
    // Each lookup answers at once for an element without attributes; counting the attributes first, as jsoup
    // does anew each time it is asked, would read those of the others, most of a page's elements, once more.
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /**
   * Whether the page hides the element itself, by any of the means above.
   *
   * @param e the element
   * @return true if hidden
   */
  public static boolean hidden(Element e) {
    return hidingClass(e.className()) || hiddenByAttributes(e);
  }

  /**
   * Whether the page hides the element or one of its ancestors below {@code <body>}, and with it the element.
   *
   * @param e the element
   * @return true if the element is out of sight
   */
  public static boolean outOfSight(Element e) {
    for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
      if (hidden(p)) {
        return true;
      }
    }
    return false;
  }
}
