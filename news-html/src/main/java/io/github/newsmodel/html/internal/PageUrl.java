package io.github.newsmodel.html.internal;

import java.net.URI;
import java.util.Locale;

/**
 * The address a page was served from, as a caller's URL gives it. A fragment ({@code #comments}) never reaches the
 * server, so the page at {@code a.html#comments} is the one at {@code a.html}; and the user and password of
 * {@code https://user:secret@host/} are the caller's credentials, not part of the page's address, which the
 * article, the page's resolved links and the messages of exceptions would otherwise carry into logs and datasets.
 */
public final class PageUrl {
  private PageUrl() {}

  /**
   * The page's address without a fragment or credentials, for an http or https URL.
   *
   * @param url the URL the caller gave
   * @return the URL without them; {@code url} itself if it has neither or is of another scheme
   */
  public static URI served(URI url) {
    String scheme = url.getScheme();
    String authority = url.getRawAuthority();
    if (scheme == null || authority == null || url.isOpaque()) {
      return url;
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    int at = authority.lastIndexOf('@');
    if (!s.equals("http") && !s.equals("https") || at < 0 && url.getRawFragment() == null) {
      return url;
    }
    StringBuilder served = new StringBuilder(scheme).append("://").append(authority, at + 1, authority.length());
    if (url.getRawPath() != null) {
      served.append(url.getRawPath());
    }
    if (url.getRawQuery() != null) {
      served.append('?').append(url.getRawQuery());
    }
    return URI.create(served.toString());
  }
}
