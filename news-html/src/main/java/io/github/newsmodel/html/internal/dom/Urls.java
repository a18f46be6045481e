package io.github.newsmodel.html.internal.dom;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** URLs read from attributes, kept only when they are absolute http or https URLs. */
public final class Urls {
  private Urls() {}

  /**
   * The absolute http or https URL in an attribute, resolved against the document's base URI.
   *
   * @param element the element, or null
   * @param attribute the attribute, such as {@code href} or {@code src}
   * @return the URL; empty if the element is null, or the attribute is missing, malformed or not http(s)
   */
  public static Optional<URI> http(Element element, String attribute) {
    if (element == null || !element.hasAttr(attribute)) {
      return Optional.empty();
    }
    return http(element.absUrl(attribute));
  }

  /**
   * An absolute http or https URL.
   *
   * @param url the URL text
   * @return the URL; empty if the text is not an absolute http or https URL with a host
   */
  public static Optional<URI> http(String url) {
    String u = url.trim().replace(" ", "%20");
    if (u.isEmpty()) {
      return Optional.empty();
    }
    try {
      return http(new URI(u));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The URI itself if it is an absolute http or https URL with a host.
   *
   * @param uri the URI
   * @return the URI, or empty if it is of another kind
   */
  public static Optional<URI> http(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.getHost() == null) {
      return Optional.empty();
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https") ? Optional.of(uri) : Optional.empty();
  }
}
