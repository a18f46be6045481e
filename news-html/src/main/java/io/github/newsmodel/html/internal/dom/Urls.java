package io.github.newsmodel.html.internal.dom;

import io.github.newsmodel.core.internal.UrlHosts;
import java.net.IDN;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** URLs read from attributes, kept only when they are absolute http or https URLs. */
public final class Urls {
  /** What jsoup's resolver takes off the start of a resolved path: dot segments that climb above the root. */
  private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
  /**
   * The base URI last parsed by {@link #resolved}, with its parse: the links of a page share one base, and parsing
   * it again for each of them cost as much as resolving the link. An immutable pair in one field, so that threads
   * reading other pages at the same time only replace it, and never see a base with another's parse.
   */
  private static volatile @Nullable ParsedBase lastBase;

  /**
   * A base URI and its parse, with the start that a link from its root resolves to, for an http or https base with a
   * plain host: {@code https://example.com}, or with its port, {@code https://example.com:8443}; null for others.
   */
  private record ParsedBase(String baseUri, URL url, @Nullable String origin) {
    static ParsedBase of(String baseUri, URL url) {
      String protocol = url.getProtocol();
      String host = url.getHost();
      boolean plainHost = !host.isEmpty();
      for (int i = 0; i < host.length() && plainHost; i++) {
        plainHost = isHostChar(host.charAt(i));
      }
      String origin = plainHost && (protocol.equals("http") || protocol.equals("https"))
          ? protocol + "://" + host + (url.getPort() == -1 ? "" : ":" + url.getPort()) : null;
      return new ParsedBase(baseUri, url, origin);
    }
  }

  private Urls() {}

  /**
   * The absolute http or https URL in an attribute, resolved against the document's base URI.
   *
   * @param element the element, or null
   * @param attribute the attribute, such as {@code href} or {@code src}
   * @return the URL; empty if the element is null, or the attribute is missing, blank, malformed or not http(s)
   */
  public static Optional<URI> http(@Nullable Element element, String attribute) {
    if (element == null || !element.hasAttr(attribute)) {
      return Optional.empty();
    }
    // Stripped, as browsers strip it: a lazy loading script's "    https://…" is that URL. An empty value names no
    // URL, where resolving it would give the page's own: an image with src="" is no picture of the page.
    String value = element.attr(attribute).strip();
    if (value.isEmpty() || otherScheme(value)) {
      return Optional.empty();
    }
    return http(plainAbsolute(value) ? value : resolved(element, attribute, value));
  }

  /**
   * What {@code element.absUrl(attribute)} gives for the attribute's value, resolved as jsoup resolves it, with the
   * base URI parsed once for all the links of a page rather than once per link, and control characters taken out
   * without jsoup's regex, which matches the empty string at every character of both URLs and cost more than the
   * parses themselves. Whatever jsoup's resolver does otherwise (a base that is no URL, a link that does not
   * resolve against it) is left to jsoup itself.
   */
  static String resolved(Element element, String attribute, String value) {
    String baseUri = element.baseUri();
    ParsedBase base = lastBase;
    if (base == null || !base.baseUri().equals(baseUri)) {
      try {
        @SuppressWarnings("deprecation") // jsoup's resolver parses the base so, and this must give what it gives
        URL url = new URL(withoutControlChars(baseUri));
        base = ParsedBase.of(baseUri, url);
        lastBase = base;
      } catch (MalformedURLException e) {
        return element.absUrl(attribute); // not a URL: jsoup falls back to the link alone
      }
    }
    String link = withoutControlChars(value);
    String origin = base.origin();
    if (origin != null && plainRooted(link)) {
      // A third of a page's links, such as "/news/2024/story.html?page=2": java.net.URL takes such a link as the path
      // and query it is, and jsoup's resolver builds the URL again from the base's scheme, host and port and them.
      return origin.concat(link);
    }
    try {
      return resolve(base.url(), link);
    } catch (MalformedURLException e) {
      return element.absUrl(attribute);
    }
  }

  /**
   * A link resolved against a base URL, step for step as jsoup's {@code StringUtil.resolve(URL, String)} (which its
   * module does not export) resolves it: a link of only a query keeps the base's path, dot segments above the root
   * are dropped, and an http URL without a host is refused.
   */
  @SuppressWarnings("deprecation") // the URL constructors jsoup's resolver uses, for the same results
  private static String resolve(URL base, String link) throws MalformedURLException {
    String rel = link.startsWith("?") ? base.getPath() + link : link;
    URL url = new URL(base, rel);
    String file = url.getFile();
    if (file.startsWith("/.")) { // what the pattern needs to match at all, and few URLs have: no matcher for the rest
      file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
    }
    if (url.getRef() != null) {
      file = file + "#" + url.getRef();
    }
    URL out = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
    String protocol = out.getProtocol();
    if ((protocol.equalsIgnoreCase("http") || protocol.equalsIgnoreCase("https")) && out.getHost().isEmpty()) {
      throw new MalformedURLException("Invalid URL: host is missing");
    }
    return out.toExternalForm();
  }

  /**
   * A URL without the control characters U+0000 to U+001F, as jsoup takes them out before it resolves one: the URL
   * itself when it holds none, as nearly every one does.
   */
  static String withoutControlChars(String url) {
    int n = url.length();
    int i = 0;
    while (i < n && url.charAt(i) >= ' ') {
      i++;
    }
    if (i == n) {
      return url;
    }
    StringBuilder out = new StringBuilder(n).append(url, 0, i);
    for (; i < n; i++) {
      char c = url.charAt(i);
      if (c >= ' ') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether a URL is absolute and plain enough that jsoup's {@code absUrl} would give it back unchanged: a
   * lower-case http or https scheme, a host of letters, digits, dots and hyphens, and no port, user, fragment,
   * white space, control or non-ASCII character, dot segment or empty segment. Most URLs of images and canonical
   * links are such, and resolving one costs two regex passes and three {@link java.net.URL} parses for nothing.
   * What {@link #http(Element, String)} gives for such a value, if anything, is the value itself as a URI.
   *
   * @param url an attribute's value as written
   * @return true if it is a plain absolute http or https URL
   */
  public static boolean plainAbsolute(String url) {
    int authority = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
    if (authority < 0) {
      return false;
    }
    int n = url.length();
    int i = authority;
    while (i < n && isHostChar(url.charAt(i))) {
      i++;
    }
    if (i == authority || i < n && url.charAt(i) != '/' && url.charAt(i) != '?') {
      return false; // no host, or a port, a user or another character after it
    }
    int query = url.indexOf('?', i);
    int pathEnd = query < 0 ? n : query;
    for (int k = i; k < n; k++) {
      if (!isPlainChar(url.charAt(k))) {
        return false;
      }
    }
    String path = url.substring(i, pathEnd);
    return !path.contains("//") && !path.contains("/./") && !path.contains("/../") && !path.endsWith("/.")
        && !path.endsWith("/..");
  }

  /**
   * Whether a link is a path from the root of its site, with or without a query, that resolving gives back as it is
   * written: the same characters as {@link #plainAbsolute} allows, and no dot segment or empty segment for the
   * resolver to take out.
   */
  static boolean plainRooted(String link) {
    int n = link.length();
    if (n == 0 || link.charAt(0) != '/' || n > 1 && link.charAt(1) == '/') {
      return false;
    }
    for (int k = 1; k < n; k++) {
      if (!isPlainChar(link.charAt(k))) {
        return false;
      }
    }
    int query = link.indexOf('?');
    String path = query < 0 ? link : link.substring(0, query);
    return !path.contains("//") && !path.contains("/./") && !path.contains("/../") && !path.endsWith("/.")
        && !path.endsWith("/..");
  }

  private static boolean isHostChar(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '-';
  }

  /** The characters a URL's path and query may hold unescaped, and '%', but not the fragment's '#'. */
  private static boolean isPlainChar(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9' || "-._~:/?[]@!$&'()*+,;=%".indexOf(c) >= 0;
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
   * A host as a site's pages share it: lower-cased, without a leading {@code www.}, so that
   * {@code www.example.com} and {@code Example.com} are one site.
   *
   * @param host the host, as a URL gives it
   * @return the site's host
   */
  public static String siteHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /**
   * A part of an address with its percent escapes decoded as UTF-8 ({@code b%C3%BCcher}: "bücher"), and a plus sign
   * kept as it is; a part with an escape that is no pair of hex digits comes back as it was.
   *
   * @param part a host, a path segment or a file's name
   * @return the part decoded
   */
  public static String percentDecoded(String part) {
    if (part.indexOf('%') < 0) {
      return part;
    }
    try {
      return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return part;
    }
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
   * The absolute http or https URL that a URL written among others in one attribute gives, such as a candidate of
   * a {@code srcset}, resolved against the page's base URI as {@link #http(Element, String)} resolves an attribute.
   *
   * @param url the URL as written
   * @param base the element's base URI
   * @return the URL; empty if it is malformed or not http(s)
   */
  static Optional<URI> http(String url, String base) {
    if (otherScheme(url)) {
      return Optional.empty();
    }
    if (plainAbsolute(url)) {
      return http(url);
    }
    try {
      return http(withoutUser(URI.create(base)).resolve(url.trim().replace(" ", "%20")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A base URL without the user and password it may carry, as jsoup's resolver leaves them behind for the links of a
   * page: a page fetched as {@code https://ann:secret@example.com/} must not hand the password on in its images'
   * URLs, which {@code java.net.URI}'s resolver would.
   */
  private static URI withoutUser(URI base) {
    String user = base.getRawUserInfo();
    if (user == null) {
      return base;
    }
    String text = base.toString();
    int at = text.indexOf(user + "@"); // the authority's, which comes first after the scheme
    return URI.create(text.substring(0, at) + text.substring(at + user.length() + 1));
  }

  /**
   * The URI itself if it is an absolute http or https URL with a host.
   *
   * @param uri the URI
   * @return the URI, or empty if it is of another kind
   */
  public static Optional<URI> http(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.empty();
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    if (!s.equals("http") && !s.equals("https")) {
      return Optional.empty();
    }
    return UrlHosts.of(uri).isPresent() ? Optional.of(uri) : withAsciiHost(uri);
  }

  /**
   * The URI with its internationalized host name in ASCII, "bücher.de" as "xn--bcher-kva.de": {@code java.net.URI}
   * finds no host in a name with other letters, which a browser's address bar and a page's links may hold.
   */
  private static Optional<URI> withAsciiHost(URI uri) {
    String authority = uri.getRawAuthority();
    if (authority == null || Texts.isAscii(authority)) {
      return Optional.empty();
    }
    int at = authority.lastIndexOf('@');
    int colon = authority.indexOf(':', at + 1);
    String host = authority.substring(at + 1, colon < 0 ? authority.length() : colon);
    try {
      String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      String rest = uri.toString().substring(uri.getScheme().length() + 3 + authority.length());
      URI rebuilt = new URI(uri.getScheme() + "://" + authority.substring(0, at + 1) + ascii
          + (colon < 0 ? "" : authority.substring(colon)) + rest);
      return UrlHosts.of(rebuilt).isPresent() ? Optional.of(rebuilt) : Optional.empty();
    } catch (IllegalArgumentException | URISyntaxException e) {
      return Optional.empty(); // not a name that IDNA can write in ASCII
    }
  }

  /**
   * Makes a page's links relative to the address it was served from, where its parse did not know that address (a
   * web archive's copy, a saved file): that address, or the page's {@code <base href>} read relative to it, as a
   * browser reads it. An unusable {@code <base href>} is ignored, as browsers ignore it.
   *
   * @param page the page, changed in place
   * @param servedFrom the address the page was served from
   */
  public static void rebase(Document page, URI servedFrom) {
    String base = servedFrom.toString();
    Element baseElement = page.selectFirst("base[href]");
    if (baseElement != null) {
      try {
        base = servedFrom.resolve(new URI(baseElement.attr("href").trim())).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        // an unusable <base> is ignored, as browsers do
      }
    }
    page.setBaseUri(base);
  }
}
