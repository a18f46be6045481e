package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The page's links with their {@code rel} and {@code href}, read once for the page. Three rules read them from
 * every link: the tag links ({@link PageTags}), the bylines marked {@code rel=author} and the links to authors'
 * pages ({@link PageAuthors}). Each read them in a pass of its own over a page's hundreds of links, whose
 * attributes were out of the processor's cache again by then; the attributes are read when first asked for.
 */
final class PageLinks {
  private final List<Element> links;
  private String[] rels = {};
  private String[] hrefs = {};
  private boolean read;

  private PageLinks(List<Element> links) {
    this.links = links;
  }

  /**
   * The links of a page.
   *
   * @param elements the page's elements
   * @return its {@code <a>} elements, their attributes not yet read
   */
  static PageLinks of(PageElements elements) {
    return new PageLinks(elements.byTag("a"));
  }

  /** The {@code <a>} elements, in document order. */
  List<Element> all() {
    return links;
  }

  /** What {@code all().get(index).attr("rel")} gives. */
  String rel(int index) {
    read();
    return rels[index];
  }

  /** What {@code all().get(index).attr("href")} gives. */
  String href(int index) {
    read();
    return hrefs[index];
  }

  private void read() {
    if (read) {
      return;
    }
    int n = links.size();
    rels = new String[n];
    hrefs = new String[n];
    for (int i = 0; i < n; i++) {
      Element a = links.get(i);
      rels[i] = a.attr("rel");
      hrefs[i] = a.attr("href");
    }
    read = true;
  }
}
