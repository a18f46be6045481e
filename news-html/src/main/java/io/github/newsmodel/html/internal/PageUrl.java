package io.github.newsmodel.html.internal;

import io.github.newsmodel.html.internal.dom.Texts;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The address a page was served from, as a caller's URL gives it. A fragment ({@code #comments}) never reaches the
 * server, so the page at {@code a.html#comments} is the one at {@code a.html}; and the user and password of
 * {@code https://user:secret@host/} are the caller's credentials, not part of the page's address, which the
 * article, the page's resolved links and the messages of exceptions would otherwise carry into logs and datasets.
 * Its scheme and host are written in lower case, a default port ({@code :80}, {@code :443}) is left out, a path or
 * query in Unicode is percent-encoded in UTF-8 and percent escapes are written in upper case, as a browser sends the
 * address and a web archive gives it, so that one page has one URL however the caller spelled it.
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
    String path = url.getRawPath();
    String query = url.getRawQuery();
    if (s.equals(scheme) && host.equals(authority) && url.getRawFragment() == null && !hasLowerCaseEscape(path)
        && !hasLowerCaseEscape(query) && isAscii(path) && isAscii(query)) {
      return url;
    }
    StringBuilder served = new StringBuilder(s).append("://").append(host);
    if (path != null) {
      appendEscapesInUpperCase(served, path);
    }
    if (query != null) {
      appendEscapesInUpperCase(served.append('?'), query);
    }
    URI address = URI.create(served.toString());
    // A path or query written in Unicode ("/news/تحلیل") is the one a browser sends percent-encoded in UTF-8.
    return isAscii(path) && isAscii(query) ? address : URI.create(address.toASCIIString());
  }

  private static boolean isAscii(@Nullable String part) {
    return part == null || Texts.isAscii(part);
  }

  /** Whether a part of a URL writes a percent escape in lower case, {@code %c2%b7}. */
  private static boolean hasLowerCaseEscape(@Nullable String part) {
    if (part == null) {
      return false;
    }
    for (int i = part.indexOf('%'); i >= 0 && i + 2 < part.length(); i = part.indexOf('%', i + 1)) {
      if (isLowerHex(part.charAt(i + 1)) || isLowerHex(part.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends a part of a URL with its percent escapes in upper case: {@code %c2%b7} and {@code %C2%B7} are the same
   * character, and RFC 3986 (6.2.2.1) writes it the second way, as a WARC reader or a browser gives it.
   */
  private static void appendEscapesInUpperCase(StringBuilder out, String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean inEscape = i > 0 && part.charAt(i - 1) == '%' || i > 1 && part.charAt(i - 2) == '%';
      out.append(inEscape && isLowerHex(c) ? (char) (c - 'a' + 'A') : c);
    }
  }

  private static boolean isLowerHex(char c) {
    return c >= 'a' && c <= 'f';
  }
}
