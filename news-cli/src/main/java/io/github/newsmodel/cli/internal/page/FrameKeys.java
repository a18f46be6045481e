package io.github.newsmodel.cli.internal.page;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys that match a comment frame's thread to its article by address. A thread names its article as the page's
 * script told the frame ({@code t_u}), which may differ from the address the crawler fetched in its scheme, a
 * {@code www.}, a default port, a trailing slash, a fragment or the escaping of its path: none of these tells two
 * articles apart. Its query does ({@code ?p=123} is a WordPress article), and so does a {@code #!} route, so they
 * are kept.
 */
public final class FrameKeys {
  private FrameKeys() {}

  /**
   * The key of a web address.
   *
   * @param url any URI
   * @return the key; empty for an address that is not http or https, or has no host
   */
  public static Optional<String> of(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || url.isOpaque()) {
      return Optional.empty();
    }
    Optional<String> host = host(url);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder(host.get());
    String path = url.getPath() == null ? "" : url.getPath();
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    key.append(path, 0, end).append('/');
    if (url.getQuery() != null && !url.getQuery().isEmpty()) {
      key.append('?').append(url.getQuery());
    }
    // A fragment is a place in the page, but "#!" is a route of a page of scripts: the article itself.
    if (url.getFragment() != null && url.getFragment().startsWith("!")) {
      key.append('#').append(url.getFragment());
    }
    return Optional.of(key.toString());
  }

  /**
   * The host, lower-cased in ASCII, without a trailing dot or a {@code www.}, with its port unless a default one.
   * java.net.URI names no host that holds an underscore or a letter beyond ASCII, nor its port, which the
   * authority still holds.
   */
  private static Optional<String> host(URI url) {
    String host = url.getHost();
    int port = url.getPort();
    if (host == null) {
      String authority = url.getAuthority();
      if (authority == null) {
        return Optional.empty();
      }
      host = authority.substring(authority.lastIndexOf('@') + 1);
      int colon = host.lastIndexOf(':');
      if (colon >= 0 && !host.endsWith("]")) {
        try {
          port = Integer.parseInt(host.substring(colon + 1));
        } catch (NumberFormatException e) {
          port = -1; // none, or no number: no port
        }
        host = host.substring(0, colon);
      }
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        // a name IDNA refuses, such as one with an underscore: compared as it is written
      }
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.")) {
      host = host.substring("www.".length());
    }
    if (host.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(port != -1 && port != 80 && port != 443 ? host + ":" + port : host);
  }

  /**
   * The keys of the addresses an article is known by, the strongest first, each once: its source's URI (the address
   * its page was fetched at), its url, its canonical url. A copy of a page (its AMP version) may name the page as
   * its canonical url; the page itself names it as its own address.
   *
   * @param article the article
   * @return the keys, perhaps none
   */
  public static List<String> of(Article article) {
    List<String> keys = new ArrayList<>(3);
    for (Optional<URI> url : List.of(article.source().map(Source::uri), article.url(), article.canonicalUrl())) {
      url.flatMap(FrameKeys::of).filter(k -> !keys.contains(k)).ifPresent(keys::add);
    }
    return keys;
  }
}
