package io.github.newsmodel.html.internal.archive;

import io.github.newsmodel.html.internal.PageUrl;
import io.github.newsmodel.html.internal.dom.DocumentOrder;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageLocation;
import io.github.newsmodel.html.internal.dom.Urls;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * archive.today's copies of pages (archive.ph, archive.is and its other hosts).
 *
 * <p>Unlike the Wayback Machine, archive.today does not serve the page it fetched: it serves a page of its own. Its
 * {@code <head>} describes the snapshot, not the article: {@code og:site_name} is the archive, {@code og:url} and the
 * canonical link are the snapshot's short address ({@code https://archive.ph/XvEff}), and
 * {@code article:published_time} is the time of the capture. Its body holds the archive's header ({@code #HEADER}:
 * "Saved from", the original address in a search field, the capture time in a {@code <time itemprop=pubdate>}, links
 * to all snapshots), and the page it captured, without its scripts, as it was rendered, inside {@code #CONTENT}. Links
 * out of the page go through the archive ({@code https://archive.ph/o/XvEff/https://example.com/}), and images are
 * the archive's copies. {@link #restore} makes a page of the captured page alone, at its original address: read as
 * served, the article would be dated at its capture, named after the archive, and open with the archive's header.
 */
public final class ArchiveToday {
  private static final String HOST = "(?:[a-z0-9-]+\\.)*archive\\.(?:today|ph|is|li|vn|md|fo)";
  private static final Pattern ARCHIVE_HOST = Pattern.compile(HOST, Pattern.CASE_INSENSITIVE);
  /**
   * A snapshot's long address, whose path gives its capture time and the original URL:
   * {@code /2018.05.05-222855/https://example.com/} or {@code /20180505222855/https://example.com/}.
   */
  private static final Pattern LONG_ADDRESS = Pattern.compile(
      "^\\s*(?:https?:)?//" + HOST + "(?::\\d+)?/(\\d{4}\\.\\d{2}\\.\\d{2}-\\d{6}|\\d{14})/(.+)$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A link out of the captured page, through the archive: {@code /o/XvEff/https://example.com/page}, the snapshot's
   * name and the original as its groups, as {@link Wayback#restoreUrl(String, Pattern)} reads a replay address.
   */
  private static final Pattern OUTLINK = Pattern.compile(
      "^\\s*(?:(?:https?:)?//" + HOST + "(?::\\d+)?)?/o/([A-Za-z0-9]+)/(.+)$", Pattern.CASE_INSENSITIVE);
  /** What separates the tokens of a {@code rel}: the white space of a regex's {@code \\s}. */
  private static final String RELATION_SPACE = " \t\n\u000B\f\r";
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "cite",
      "poster", "background", "longdesc");
  /** The archive's own {@code <head>} elements that the original's metadata is kept in, which stay. */
  private static final Set<String> KEPT_IN_HEAD = Set.of("title", "style");

  private ArchiveToday() {}

  /**
   * Whether a host is one of archive.today's.
   *
   * @param host a host name, or null
   * @return true for archive.today, archive.ph, archive.is, archive.li, archive.vn, archive.md, archive.fo and
   *     their subdomains
   */
  public static boolean isArchiveHost(@Nullable String host) {
    return host != null && ARCHIVE_HOST.matcher(host).matches();
  }

  /**
   * Recognises a snapshot's long address, which names its original and its capture time.
   *
   * @param url a URL such as {@code https://archive.ph/2018.05.05-222855/https://txt.gigawatt.io/}
   * @return the capture, with {@code url} as its archive URL; empty for any other URL, among them a snapshot's
   *     short address ({@code https://archive.ph/XvEff}), which only the page's markup tells
   */
  public static Optional<Capture> capture(URI url) {
    Matcher m = LONG_ADDRESS.matcher(url.toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Urls.http(url).flatMap(archive -> Wayback.original(m.group(2)).map(PageUrl::served)
        .map(o -> new Capture(o, m.group(1).replace(".", "").replace("-", ""), archive)));
  }

  /**
   * Recognises a snapshot page of archive.today, served or saved, by its markup: a canonical, {@code rel=bookmark} or
   * {@code og:url} address on the archive's hosts, the archive's {@code #CONTENT} inside the body, and the original
   * address in the header's search field, the share box's long address or the {@code rel=bookmark} link.
   *
   * @param page the page
   * @param elements its elements
   * @return the capture, with the snapshot's address; empty for any other page
   */
  public static Optional<Capture> captureInMarkup(Document page, PageElements elements) {
    Optional<URI> address = archiveAddress(elements);
    if (address.isEmpty()) {
      return Optional.empty();
    }
    Element content = page.getElementById("CONTENT");
    if (content == null || !insideBody(content, page)) {
      return Optional.empty();
    }
    Element header = page.getElementById("HEADER");
    Optional<Capture> longForm = Optional.ofNullable(page.getElementById("SHARE_LONGLINK")).map(e -> e.attr("value"))
        .or(() -> elements.byTag("link").stream().filter(l -> hasRel(l, "bookmark")).map(l -> l.attr("href"))
            .filter(h -> LONG_ADDRESS.matcher(h).matches()).findFirst())
        .flatMap(Urls::http).flatMap(ArchiveToday::capture);
    Optional<URI> original = Optional.ofNullable(header).map(h -> h.selectFirst("input[name=q]"))
        .flatMap(q -> Wayback.original(q.attr("value"))).map(PageUrl::served)
        .or(() -> longForm.map(Capture::original));
    Optional<String> timestamp = Optional.ofNullable(header)
        .map(h -> h.selectFirst("time[itemprop=pubdate][datetime]"))
        .flatMap(t -> timestamp(t.attr("datetime")))
        .or(() -> longForm.map(Capture::timestamp));
    if (original.isEmpty() || timestamp.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Capture(original.get(), timestamp.get(), address.get()));
  }

  /** Whether the archive's content box stands inside the body, as the snapshot sets it, not as the body itself. */
  private static boolean insideBody(Element content, Document page) {
    for (Element p = content.parent(); p != null; p = p.parent()) {
      if (p == page.body()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The snapshot's address that the page declares in its canonical link, its {@code rel=bookmark} link or its
   * {@code og:url}, if on an archive.today host; a page that declares none is no snapshot of archive.today.
   */
  private static Optional<URI> archiveAddress(PageElements elements) {
    for (Element link : elements.byTag("link")) {
      if (hasRel(link, "canonical") || hasRel(link, "bookmark")) {
        Optional<URI> url = Urls.http(link.attr("href")).filter(u -> isArchiveHost(u.getHost()));
        if (url.isPresent()) {
          return url;
        }
      }
    }
    for (Element meta : elements.byTag("meta")) {
      if (meta.attr("property").equalsIgnoreCase("og:url")) {
        Optional<URI> url = Urls.http(meta.attr("content")).filter(u -> isArchiveHost(u.getHost()));
        if (url.isPresent()) {
          return url;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a link's {@code rel} holds a token, in any case: read in place, as every page's links are asked, where
   * splitting each value would make strings of them all.
   */
  private static boolean hasRel(Element link, String rel) {
    String value = link.attr("rel");
    int n = value.length();
    for (int start = 0; start < n; ) {
      int end = start;
      while (end < n && RELATION_SPACE.indexOf(value.charAt(end)) < 0) {
        end++;
      }
      if (end - start == rel.length() && value.regionMatches(true, start, rel, 0, rel.length())) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** The capture time, which archive.today gives in UTC ({@code 2018-05-05T22:28:55Z}), as a Wayback timestamp. */
  private static Optional<String> timestamp(String datetime) {
    try {
      return Optional.of(OffsetDateTime.parse(datetime.strip()).atZoneSameInstant(ZoneOffset.UTC).format(TIMESTAMP));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Makes the snapshot page the page it captured: the captured page's elements become the body, the metadata
   * that the archive moved into its content ({@code <meta name=description>}) goes back to the head, and the
   * archive's own metadata of the snapshot is taken out of the head, as its header, share box and scripts are out of
   * the body; the links out of the page are restored to their originals, and the original URL becomes the base.
   * The images stay the archive's copies: the snapshot keeps no other address for them.
   *
   * @param page the snapshot page, changed in place
   * @param capture the capture the page is
   */
  public static void restore(Document page, Capture capture) {
    Element content = page.getElementById("CONTENT");
    if (content != null) {
      Element html = content.selectFirst("div.html");
      Element captured = html == null ? content : html;
      Element body = captured.selectFirst("> div.body");
      List<Element> metadata = new ArrayList<>();
      for (Element child : captured.children()) {
        if (child != body && (child.normalName().equals("meta") || child.normalName().equals("link"))) {
          metadata.add(child);
        }
      }
      for (Element e : new ArrayList<>(page.head().children())) {
        if (!KEPT_IN_HEAD.contains(e.normalName())) {
          e.remove();
        }
      }
      metadata.forEach(page.head()::appendChild);
      List<Node> nodes = new ArrayList<>((body == null ? captured : body).childNodes());
      page.body().empty();
      page.body().clearAttributes();
      page.body().appendChildren(nodes);
      // the archive declares its snapshot a schema.org Article on <html>, whose properties were its own
      page.root().select("html").forEach(e -> e.removeAttr("itemscope").removeAttr("itemtype"));
    }
    for (Element e : DocumentOrder.of(page)) {
      for (Attribute attribute : new ArrayList<>(e.attributes().asList())) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (URL_ATTRIBUTES.contains(key) || key.startsWith("data-")) {
          e.attr(attribute.getKey(), Wayback.restoreUrl(attribute.getValue(), OUTLINK));
        } else if (key.equals("srcset")) {
          e.attr(attribute.getKey(), Wayback.restoreSrcset(attribute.getValue(), OUTLINK));
        }
      }
    }
    Urls.rebase(page, capture.original());
    PageLocation.set(page, capture.original());
  }
}
