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
    if (element == null || !element.hasAttr(attribute) || otherScheme(element.attr(attribute))) {
      return Optional.empty();
    }
    return http(element.absUrl(attribute));
  }

  /**
   * Whether a URL names a scheme of its own other than http and https, such as the {@code data:} of an image's
   * placeholder or a {@code javascript:} or {@code mailto:} link: whatever it resolves to is no http URL. Such URLs
   * are told before they are resolved, which for a scheme that {@link java.net.URL} has no handler for costs a
   * failed class lookup and two exceptions each time. Only a run of letters before the colon is taken for a
   * scheme here; anything else is left to the resolver.
   */
  static boolean otherScheme(String url) {
    int start = 0;
    int n = url.length();
    while (start < n && url.charAt(start) <= ' ') {
      start++;
    }
    int i = start;
    while (i < n && isAsciiLetter(url.charAt(i))) {
      i++;
    }
    if (i == start || i >= n || url.charAt(i) != ':') {
      return false;
    }
    String scheme = url.substring(start, i);
    return !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("url");
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
