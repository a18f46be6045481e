package io.github.newsmodel.html.internal.archive;

import io.github.newsmodel.html.internal.PageUrl;
import io.github.newsmodel.html.internal.dom.DocumentOrder;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageLocation;
import io.github.newsmodel.html.internal.dom.SourceSet;
import io.github.newsmodel.html.internal.dom.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The Wayback Machine's copies of pages.
 *
 * <p>The archive serves a capture at {@code https://web.archive.org/web/<timestamp><flavour>/<original URL>}, where
 * the timestamp is {@code yyyyMMddHHmmss} in UTC and the optional flavour says what was asked for: {@code im_}
 * an image, {@code js_} a script, {@code cs_} a style sheet, {@code if_} a frame, {@code id_} the original bytes.
 * It answers a timestamp of other digits too, a partial one ({@code /web/2007/}) or an impossible one, with the
 * capture nearest to it: such an address is a copy of the page all the same, but of a capture it does not date.
 * In a served page it rewrites every link to such a URL, absolute or relative ({@code /web/...}), and injects a
 * toolbar, scripts and style sheets. {@link #restore} undoes all of it.
 *
 * <p>Other archives that run the Wayback software serve their captures at addresses of the same form under a path
 * of their own, and rewrite their pages' links the same way: Archive-It
 * ({@code https://wayback.archive-it.org/<collection>/<timestamp>/<original URL>}), Arquivo.pt
 * ({@code /wayback/}), the UK Government Web Archive ({@code /ukgwa/}) and the Library of Congress
 * ({@code webarchive.loc.gov/all/}). Their addresses are recognised too.
 */
public final class Wayback {
  private static final Pattern ARCHIVE_URL = Pattern.compile(
      "^\\s*(?:(?:https?:)?//(?:web\\.|wayback\\.)?archive\\.org(?::(?:80|443))?)?/web/(\\d+)(?:[a-z]{2}_)?/(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ABSOLUTE_ARCHIVE_URL = Pattern.compile(
      "^(?:https?:)?//(?:web\\.|wayback\\.)?archive\\.org(?::(?:80|443))?/web/.*", Pattern.CASE_INSENSITIVE);
  /** The other archives' replay addresses: host, and the path before the timestamp. */
  private static final List<Replay> OTHER_ARCHIVES = List.of(
      Replay.of("wayback\\.archive-it\\.org", "/\\d{1,9}/"),
      Replay.of("arquivo\\.pt", "/wayback/"),
      Replay.of("webarchive\\.nationalarchives\\.gov\\.uk", "/ukgwa/"),
      Replay.of("webarchive\\.loc\\.gov", "/all/"));
  private static final Pattern WOMBAT = Pattern.compile(
      "__wm\\.wombat\\(\\s*[\"']([^\"']+)[\"']\\s*,\\s*[\"'](\\d{1,14})[\"']");
  /**
   * A field of pywb's {@code wbinfo}, which every page it replays carries in a script of its own:
   * {@code wbinfo.url = "http://..."}, {@code wbinfo.prefix = decodeURI("http://host/coll/")}.
   */
  private static final Pattern WBINFO_FIELD = Pattern.compile(
      "wbinfo\\.(url|timestamp|top_url|prefix)\\s*=\\s*(?:decodeURI\\(\\s*)?[\"']([^\"'\\n]*)[\"']");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,17}");
  /** The longest script searched for pywb's {@code wbinfo}: its own is under a kilobyte. */
  private static final int WBINFO_SCRIPT = 8192;
  private static final Pattern FILE_ARCHIVED = Pattern.compile(
      "FILE ARCHIVED ON (\\d{1,2}:\\d{2}:\\d{2} [A-Z][a-z]{2} \\d{1,2}, \\d{4})");
  private static final DateTimeFormatter FILE_ARCHIVED_TIME =
      DateTimeFormatter.ofPattern("H:mm:ss MMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Pattern SCHEME = Pattern.compile("^(https?):/+", Pattern.CASE_INSENSITIVE);
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "cite",
      "poster", "background", "longdesc", "data", "codebase", "usemap", "manifest", "profile", "lowsrc");
  /** Markers of the archive's own scripts, inline or linked. */
  private static final List<String> INJECTED_SCRIPT_MARKERS = List.of("__wm", "archive_analytics", "wbhack",
      "WB_wombat", "_wb_", "RufflePlayer", "/_static/", "archive.org/includes", "web-static.archive.org",
      "wbinfo", "wombat.js", "banner_info", "default_banner.js", "vueui.js");
  /** Markers of the archive's own style sheets: the Internet Archive's, and pywb's banners. */
  private static final List<String> INJECTED_STYLE_MARKERS = List.of("/_static/", "archive.org/includes",
      "web-static.archive.org", "default_banner.css", "vue_banner.css");

  private Wayback() {}

  /**
   * Recognises an archive URL.
   *
   * @param url a URL such as {@code https://web.archive.org/web/20120510083512/http://www.afterdawn.com/...}
   * @return the capture it names, with {@code url} as its archive URL; empty for any other URL
   */
  public static Optional<Capture> capture(URI url) {
    String s = url.toString();
    if (!ABSOLUTE_ARCHIVE_URL.matcher(s).matches()) {
      return otherArchive(url);
    }
    Matcher m = ARCHIVE_URL.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<URI> archive = Urls.http(url);
    return original(m.group(2)).map(o -> new Capture(o, m.group(1), archive.orElse(Capture.of(o, m.group(1))
        .archiveUrl())));
  }

  /** The capture that another archive's replay address names. */
  private static Optional<Capture> otherArchive(URI url) {
    Optional<URI> archive = Urls.http(url);
    if (archive.isEmpty()) {
      return Optional.empty();
    }
    String s = url.toString();
    for (Replay replay : OTHER_ARCHIVES) {
      Matcher m = replay.absolute().matcher(s);
      if (m.matches()) {
        return original(m.group(2)).map(o -> new Capture(o, m.group(1), archive.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Recognises a saved copy of an archived page by the markup the archive injected: its {@code __wm.wombat}
   * call, or its toolbar's URL field together with its "FILE ARCHIVED ON" note.
   *
   * @param page the page
   * @return the capture, with the archive's URL for it; empty if the page carries no archive markup
   */
  public static Optional<Capture> captureInMarkup(Document page) {
    return captureInMarkup(page, PageElements.of(page));
  }

  /**
   * Recognises a saved copy of an archived page whose elements are listed already.
   *
   * @param page the page
   * @param elements its elements
   * @return the capture, with the archive's URL for it; empty if the page carries no archive markup
   */
  public static Optional<Capture> captureInMarkup(Document page, PageElements elements) {
    // A wombat call, or pywb's wbinfo, wins over the toolbar; only the page's scripts and inputs are read.
    for (Element script : elements.byTag("script")) {
      Optional<Capture> capture = wombatCapture(script).or(() -> pywbCapture(script));
      if (capture.isPresent()) {
        return capture;
      }
    }
    Element field = null;
    for (Element input : elements.byTag("input")) {
      if (input.id().equals("wmtbURL") && input.hasAttr("value")) {
        field = input;
        break;
      }
    }
    if (field == null) {
      return Optional.empty();
    }
    Element toolbarField = field;
    Optional<String> timestamp = page.root().nodeStream(Comment.class)
        .map(c -> FILE_ARCHIVED.matcher(c.getData()))
        .filter(Matcher::find)
        .map(m -> timestamp(m.group(1)))
        .flatMap(Optional::stream)
        .findFirst();
    return timestamp.flatMap(ts -> original(toolbarField.attr("value")).map(PageUrl::served)
        .map(o -> Capture.of(o, ts)));
  }

  /** The capture a script's {@code __wm.wombat} call names, looked for only in scripts that hold the call. */
  private static Optional<Capture> wombatCapture(Element script) {
    String data = scriptText(script);
    if (!data.contains("__wm.wombat")) {
      return Optional.empty();
    }
    Matcher m = WOMBAT.matcher(data);
    // As the address a caller gives: a fragment, or credentials, are no part of the page the archive copied.
    return m.find() ? original(m.group(1)).map(PageUrl::served).map(o -> Capture.of(o, m.group(2)))
        : Optional.empty();
  }

  /**
   * The capture that the {@code wbinfo} of pywb names, the replay software of Webrecorder, Archive-It and many
   * institutions' archives, served from any host: its original URL, its timestamp, and its archive address, from
   * {@code top_url} or else {@code prefix}, whichever is absolute. A replay in a frame ({@code mp_}) names its frame's
   * address; the page is the same.
   */
  private static Optional<Capture> pywbCapture(Element script) {
    String data = scriptText(script);
    // pywb's script of wbinfo is a short one of its own: the long scripts of a page are not searched again.
    if (data.length() > WBINFO_SCRIPT || !data.contains("wbinfo.url")) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    Matcher m = WBINFO_FIELD.matcher(data);
    while (m.find()) {
      fields.putIfAbsent(m.group(1), m.group(2).strip());
    }
    String url = fields.getOrDefault("url", "");
    String timestamp = fields.getOrDefault("timestamp", "");
    if (url.isEmpty() || !DIGITS.matcher(timestamp).matches()) {
      return Optional.empty();
    }
    Optional<URI> original = original(url).map(PageUrl::served);
    Optional<URI> address = Urls.http(fields.getOrDefault("top_url", "")).filter(u -> u.toString().contains(timestamp))
        .or(() -> Urls.http(fields.getOrDefault("prefix", "")).flatMap(prefix -> original.flatMap(o ->
            Urls.http(prefix.toString().replaceAll("/*$", "/") + timestamp + "/" + o))));
    return original.flatMap(o -> address.map(a -> new Capture(o, timestamp, a)));
  }

  private static String scriptText(Element script) {
    return script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode d ? d.getWholeData()
        : script.data();
  }

  /**
   * Turns an archived page back into the live page: removes the archive's toolbar, scripts, style sheets and
   * notes, restores every rewritten URL to the original, and makes the original URL the document's base.
   *
   * @param page the archived page, changed in place
   * @param capture the capture the page is
   */
  public static void restore(Document page, Capture capture) {
    // The links the archive rewrote are to its own replay addresses, absolute or relative to its host.
    String address = capture.archiveUrl().toString();
    Pattern rewritten = OTHER_ARCHIVES.stream().filter(r -> r.absolute().matcher(address).matches())
        .map(Replay::any).findFirst()
        .orElseGet(() -> ABSOLUTE_ARCHIVE_URL.matcher(address).matches() ? ARCHIVE_URL : Replay.servedAt(capture));
    removeInjected(page);
    for (Element e : DocumentOrder.of(page)) {
      for (Attribute attribute : new ArrayList<>(e.attributes().asList())) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        boolean url = URL_ATTRIBUTES.contains(key) || key.startsWith("data-")
            || (key.equals("content") && e.normalName().equals("meta"));
        if (url) {
          e.attr(attribute.getKey(), key.equals("srcset") ? restoreSrcset(attribute.getValue(), rewritten)
              : restoreUrl(attribute.getValue(), rewritten));
        }
      }
    }
    Urls.rebase(page, capture.original());
    PageLocation.set(page, capture.original());
  }

  /**
   * The original URL behind an archive URL, absolute ({@code https://web.archive.org/web/...}) or relative to the
   * archive ({@code /web/...}).
   *
   * @param value an attribute value
   * @return the original URL, or the value itself if it is not an archive URL
   */
  public static String restoreUrl(String value) {
    return restoreUrl(value, ARCHIVE_URL);
  }

  /**
   * The original URL behind a replay address of the archive whose addresses {@code rewritten} matches, the original
   * its second group (archive.today's links out of a snapshot too). An original
   * that is no usable URL (a placeholder such as {@code //:0}, a host of dots) comes back as the archive embeds it,
   * for the reader to refuse as it refuses it in the live page: left as the replay address, it would be a working
   * link to the archive where the page had none.
   */
  static String restoreUrl(String value, Pattern rewritten) {
    Matcher m = rewritten.matcher(value);
    if (!m.matches()) {
      return value;
    }
    return original(m.group(2)).map(URI::toString).orElse(m.group(2).strip());
  }

  /** A {@code srcset} with each candidate's URL restored; a comma inside a URL ({@code w_800,h_450}) stays. */
  static String restoreSrcset(String value, Pattern rewritten) {
    StringBuilder out = new StringBuilder();
    for (SourceSet.Candidate candidate : SourceSet.candidates(value)) {
      if (out.length() > 0) {
        out.append(", ");
      }
      String descriptors = candidate.descriptors().strip();
      out.append(restoreUrl(candidate.url(), rewritten)).append(descriptors.isEmpty() ? "" : " " + descriptors);
    }
    return out.toString();
  }

  /**
   * The original URL as the archive embeds it: the archive collapses {@code http://} to {@code http:/} at times,
   * drops the scheme of scheme-less links and keeps default ports, so all three are normalised. archive.today embeds
   * its originals alike.
   */
  static Optional<URI> original(String embedded) {
    String s = embedded.trim();
    Matcher scheme = SCHEME.matcher(s);
    if (scheme.find()) {
      s = scheme.group(1).toLowerCase(Locale.ROOT) + "://" + s.substring(scheme.end());
    } else if (s.startsWith("//")) {
      s = "http:" + s;
    } else if (!s.contains("://")) {
      s = "http://" + s;
    }
    s = withHostDecoded(s);
    try {
      URI uri = new URI(s.replace(" ", "%20"));
      if (Urls.http(uri).isEmpty()) {
        return Optional.empty();
      }
      int port = uri.getPort();
      boolean defaultPort = (port == 80 && uri.getScheme().equalsIgnoreCase("http"))
          || (port == 443 && uri.getScheme().equalsIgnoreCase("https"));
      if (defaultPort) {
        uri = new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), -1, uri.getPath(), uri.getQuery(),
            uri.getFragment());
      } else if (uri.getHost() == null) {
        // A host with an underscore, whose port java.net.URI does not read, and which it cannot rebuild from parts.
        String authority = uri.getRawAuthority();
        String usual = uri.getScheme().equalsIgnoreCase("https") ? ":443" : ":80";
        if (authority.endsWith(usual)) {
          String rest = uri.toString().substring(uri.getScheme().length() + 3 + authority.length());
          uri = new URI(uri.getScheme() + "://" + authority.substring(0, authority.length() - usual.length()) + rest);
        }
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The URL with its host's percent escapes decoded: an archive address written in ASCII, as a browser sends it,
   * holds an original's host of another script so ({@code https://b%C3%BCcher.de/}), which is no host until decoded.
   */
  private static String withHostDecoded(String url) {
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(0, start) + Urls.percentDecoded(url.substring(start, end)) + url.substring(end);
  }

  private static Optional<String> timestamp(String fileArchivedOn) {
    try {
      return Optional.of(LocalDateTime.parse(fileArchivedOn, FILE_ARCHIVED_TIME).format(TIMESTAMP));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static void removeInjected(Document page) {
    removeToolbarInserts(page);
    page.select("[id^=wm-], #donato, #playback").remove();
    for (Element script : page.select("script")) {
      String code = script.attr("src") + " " + script.data();
      if (INJECTED_SCRIPT_MARKERS.stream().anyMatch(code::contains)) {
        script.remove();
      }
    }
    for (Element style : page.select("link[rel~=(?i)stylesheet]")) {
      if (INJECTED_STYLE_MARKERS.stream().anyMatch(style.attr("href")::contains)) {
        style.remove();
      }
    }
    page.root().nodeStream(Comment.class).filter(Wayback::isArchiveNote).toList().forEach(Node::remove);
  }

  /** Removes everything between the archive's BEGIN and END WAYBACK TOOLBAR INSERT comments. */
  private static void removeToolbarInserts(Document page) {
    for (Comment begin : page.root().nodeStream(Comment.class).toList()) {
      if (!begin.getData().contains("BEGIN WAYBACK TOOLBAR INSERT") || begin.parent() == null) {
        continue;
      }
      Node n = begin.nextSibling();
      while (n != null && !(n instanceof Comment c && c.getData().contains("END WAYBACK TOOLBAR INSERT"))) {
        Node next = n.nextSibling();
        n.remove();
        n = next;
      }
    }
  }

  private static boolean isArchiveNote(Comment comment) {
    String data = comment.getData();
    return data.contains("WAYBACK") || data.contains("FILE ARCHIVED ON") || data.contains("playback timings")
        || data.contains("Wayback Rewrite JS Include") || data.contains("WB Insert");
  }

  /**
   * The replay addresses of an archive that runs the Wayback software.
   *
   * @param absolute an absolute address, with the timestamp and the original URL as its groups
   * @param any an address absolute, scheme-relative or relative to the archive's host, with the same groups
   */
  private record Replay(Pattern absolute, Pattern any) {
    /**
     * The replay addresses of the archive that serves a capture at its address, a pywb archive on a host of its own:
     * its host, and the path before the timestamp ({@code /my-archive/}); the Internet Archive's pattern if the
     * address does not hold the timestamp.
     */
    static Pattern servedAt(Capture capture) {
      URI address = capture.archiveUrl();
      String path = address.getRawPath() == null ? "" : address.getRawPath();
      int at = path.indexOf("/" + capture.timestamp());
      if (address.getRawAuthority() == null || at < 0) {
        return ARCHIVE_URL;
      }
      return of(Pattern.quote(address.getRawAuthority()), Pattern.quote(path.substring(0, at + 1))).any();
    }

    static Replay of(String host, String path) {
      String tail = path + "(\\d+)(?:[a-z]{2}_)?/(.+)$";
      String authority = "//" + host + "(?::(?:80|443))?";
      return new Replay(Pattern.compile("^(?:https?:)?" + authority + tail, Pattern.CASE_INSENSITIVE),
          Pattern.compile("^\\s*(?:(?:https?:)?" + authority + ")?" + tail, Pattern.CASE_INSENSITIVE));
    }
  }
}
