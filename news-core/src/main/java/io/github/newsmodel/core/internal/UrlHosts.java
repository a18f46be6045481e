package io.github.newsmodel.core.internal;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host of a URL, as a browser finds it. {@link URI#getHost()} gives none for a name with an underscore in a
 * label ({@code my_blog.example.com}): RFC 2396 allows only letters, digits and hyphens there and reads such an
 * authority as "registry-based". DNS stores such names, browsers open them, and pages at them are archived; a check
 * that asks {@code getHost()} alone refused their URLs, and a page's own address was lost from its article.
 */
public final class UrlHosts {
  /** DNS labels of letters, digits, hyphens and underscores, with an optional port: what a browser accepts. */
  private static final Pattern UNDERSCORED =
      Pattern.compile("(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?\\.)*[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
          + "\\.?");
  private static final Pattern PORT = Pattern.compile(":[0-9]{0,5}$");
  /** The highest TCP port: a browser refuses a URL with a higher one as invalid. */
  private static final int MAX_PORT = 65_535;

  private UrlHosts() {}

  /**
   * The host of a URL: {@link URI#getHost()}, or else a host name with underscores in its labels.
   *
   * @param url the URL
   * @return the host, as the URL writes it; empty when the URL has none (a {@code mailto:} or relative URL), when
   *     its authority names no host that a browser would look up, or when its port is above 65535, which makes a
   *     browser refuse the whole URL
   */
  public static Optional<String> of(URI url) {
    String host = url.getHost();
    if (host != null) {
      return url.getPort() > MAX_PORT ? Optional.empty() : Optional.of(host);
    }
    String authority = url.getRawAuthority();
    if (authority == null || authority.indexOf('_') < 0) {
      return Optional.empty();
    }
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    String name = hostAndPort;
    Matcher port = PORT.matcher(hostAndPort);
    if (port.find()) {
      String digits = hostAndPort.substring(port.start() + 1);
      if (!digits.isEmpty() && Integer.parseInt(digits) > MAX_PORT) {
        return Optional.empty();
      }
      name = hostAndPort.substring(0, port.start());
    }
    return UNDERSCORED.matcher(name).matches() ? Optional.of(name) : Optional.empty();
  }
}
