package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The links of a page that have a name, {@code <a name="1187">}: the comments of Slash's and PHP-Nuke's tables,
 * Invision Power Board 2's posts and django-comments-xtd's media objects each open with such an anchor, and their
 * finders read only these. Few pages have any: the page's links are read once for all the finders, not by each.
 */
final class NamedAnchors {
  private NamedAnchors() {}

  /**
   * Lists the page's links that have a name.
   *
   * @param elements the page's elements
   * @return the links whose {@code name} is not empty, in document order
   */
  static List<Element> of(PageElements elements) {
    List<Element> out = new ArrayList<>();
    for (Element a : elements.byTag("a")) {
      if (!a.attr("name").isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }
}
