package io.github.newsmodel.html.internal.dom;

import io.github.newsmodel.core.internal.UrlHosts;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Whether an image is a banner that promotes another site: it is a link, or the whole of one, to another host
 * whose address carries the parameters of an advertising campaign ({@code utm_source}, {@code utm_medium},
 * {@code utm_campaign}), as a shop's banner below a recipe does ({@code <a
 * href="https://shop.example.net/?utm_medium=teaser&utm_campaign=wine"><img …></a>}). A site's own pictures link
 * to a larger copy, to a gallery on the site (with such parameters at times), or nowhere.
 */
final class Promotion {
  /** How far up from the image its link may be: the link may wrap a {@code picture} or a box of its own. */
  private static final int MAX_LEVELS = 3;

  private Promotion() {}

  /**
   * Whether an image is a banner for another site.
   *
   * @param img the image element
   * @return true if a link around it, a few levels up at most, leads to another host with campaign parameters
   */
  static boolean banner(Element img) {
    Element a = img.parent();
    for (int up = 0; a != null && up < MAX_LEVELS && !a.normalName().equals("a"); up++) {
      a = a.parent();
    }
    if (a == null || !a.normalName().equals("a")) {
      return false;
    }
    String href = a.attr("href");
    if (!href.contains("utm_source=") && !href.contains("utm_medium=") && !href.contains("utm_campaign=")) {
      return false; // nearly every link
    }
    Optional<URI> target = Urls.http(a, "href");
    Optional<URI> page = Urls.http(img.baseUri());
    return target.isPresent() && page.isPresent() && !host(target.get()).equals(host(page.get()));
  }

  private static String host(URI uri) {
    return Urls.siteHost(UrlHosts.of(uri).orElse(""));
  }
}
