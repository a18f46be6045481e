package io.github.newsmodel.cli.internal.page;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys that match a comment frame's thread to its article by address. A thread names its article as the page's
 * script told the frame ({@code t_u}), which may differ from the address the crawler fetched in its scheme, a
 * {@code www.}, a default port, a trailing slash, a fragment or the escaping of its path: none of these tells two
 * articles apart. Its query does ({@code ?p=123} is a WordPress article), so it is kept.
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
    String host = url.getHost();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || host == null
        || url.isOpaque()) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.")) {
      host = host.substring("www.".length());
    }
    StringBuilder key = new StringBuilder(host);
    int port = url.getPort();
    if (port != -1 && port != 80 && port != 443) {
      key.append(':').append(port);
    }
    String path = url.getPath() == null ? "" : url.getPath();
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    key.append(path, 0, end).append('/');
    if (url.getQuery() != null && !url.getQuery().isEmpty()) {
      key.append('?').append(url.getQuery());
    }
    return Optional.of(key.toString());
  }

  /**
   * The keys of the addresses an article is known by: its url, its canonical url and its source's URI, each once.
   *
   * @param article the article
   * @return the keys, perhaps none
   */
  public static List<String> of(Article article) {
    List<String> keys = new ArrayList<>(3);
    article.url().flatMap(FrameKeys::of).ifPresent(keys::add);
    article.canonicalUrl().flatMap(FrameKeys::of).filter(k -> !keys.contains(k)).ifPresent(keys::add);
    article.source().map(Source::uri).flatMap(FrameKeys::of).filter(k -> !keys.contains(k)).ifPresent(keys::add);
    return keys;
  }
}
