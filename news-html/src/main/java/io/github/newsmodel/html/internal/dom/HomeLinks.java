package io.github.newsmodel.html.internal.dom;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Links to a site's home page, which a site's logo and name make: a heading that holds one names the site, and a
 * page header that holds one is the site's masthead.
 */
public final class HomeLinks {
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^https?://[^/]+");

  private HomeLinks() {}

  /**
   * Whether a link ({@code a[href]}) inside an element, the element not counted, leads to the home page: its rel
   * says so, or its address has no path beyond "/". The elements are walked in place, in the order a query would
   * list them: a query's collector costs more than the few elements a heading holds.
   *
   * @param container the element, such as a heading or a page header
   * @return whether one of its links leads home
   */
  public static boolean within(Element container) {
    Element e = container.firstElementChild();
    while (e != null) {
      if (e.normalName().equals("a") && e.hasAttr("href")) {
        String path = SCHEME_AND_HOST.matcher(e.attr("href")).replaceFirst("");
        if (e.attr("rel").equalsIgnoreCase("home") || path.isEmpty() || path.equals("/")) {
          return true;
        }
      }
      Element next = e.firstElementChild();
      while (next == null && e != container) {
        next = e.nextElementSibling();
        if (next == null) {
          e = e.parent();
        }
      }
      e = next;
    }
    return false;
  }
}
