package io.github.newsmodel.html.internal;

import java.net.URI;
import java.util.Locale;

/**
 * The address a page was served from, as a caller's URL gives it. A fragment ({@code #comments}) never reaches the
 * server, so the page at {@code a.html#comments} is the one at {@code a.html}; and the user and password of
 * {@code https://user:secret@host/} are the caller's credentials, not part of the page's address, which the
 * article, the page's resolved links and the messages of exceptions would otherwise carry into logs and datasets.
 * Its scheme and host are written in lower case and a default port ({@code :80}, {@code :443}) is left out, as a
 * web archive's address of the page gives it, so that one page has one URL however the caller spelled it.
 */
public final class PageUrl {
  private PageUrl() {}

  /**
   * The page's address without a fragment, credentials or default port, its scheme and host in lower case, for
   * an http or https URL.
   *
   * @param url the URL the caller gave
   * @return the address; {@code url} itself if it is so already or is of another scheme
   */
  public static URI served(URI url) {
    String scheme = url.getScheme();
    String authority = url.getRawAuthority();
    if (scheme == null || authority == null || url.isOpaque()) {
      return url;
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    if (!s.equals("http") && !s.equals("https")) {
      return url;
    }
    String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    String defaultPort = s.equals("http") ? ":80" : ":443";
    if (host.endsWith(defaultPort)) {
      host = host.substring(0, host.length() - defaultPort.length());
    }
    if (s.equals(scheme) && host.equals(authority) && url.getRawFragment() == null) {
      return url;
    }
    StringBuilder served = new StringBuilder(s).append("://").append(host);
    if (url.getRawPath() != null) {
      served.append(url.getRawPath());
    }
    if (url.getRawQuery() != null) {
      served.append('?').append(url.getRawQuery());
    }
    return URI.create(served.toString());
  }
}
