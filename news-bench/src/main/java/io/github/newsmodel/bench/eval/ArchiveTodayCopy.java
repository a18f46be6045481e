package io.github.newsmodel.bench.eval;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A page as archive.today serves its snapshot: a page of the archive's own, whose head describes the snapshot
 * ({@code og:site_name} the archive, {@code og:url} and the canonical link its short address,
 * {@code article:published_time} the capture's time, a {@code rel=bookmark} to its long address) and keeps only the
 * page's title; whose body holds the archive's header ("Saved from", the original address in a search field, the
 * capture time), its share box with the long address, and the page inside {@code #CONTENT > div.html1 > div.html},
 * the page's {@code <meta name=description>} beside its body in a {@code div.body}; with the page's scripts gone,
 * its links out of the page sent through the archive ({@code https://archive.ph/o/<id>/<url>}), and its images the
 * archive's copies. The markup follows snapshots of 2018 saved in public code.
 *
 * <p>The snapshot keeps what the page shows and loses its head and scripts, so the article it gives is compared with
 * the article of the page that archive.today keeps ({@link #kept}): the same body, with the same images, and of the
 * head only the title and the description; neither the page's {@code <html>} nor its {@code <body>} attributes.
 */
final class ArchiveTodayCopy {
  /** The snapshot's short name. */
  static final String ID = "Nw5mD";
  private static final String HOST = "https://archive.ph";
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmmss");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'",
      Locale.ENGLISH);

  private ArchiveTodayCopy() {}

  /** The snapshot's short address. */
  static URI address() {
    return URI.create(HOST + "/" + ID);
  }

  /**
   * The page as archive.today keeps it, the page the snapshot's article is compared with: its body without scripts,
   * its images the archive's copies, and of its head the title and the description. Changes the document in place.
   *
   * @param page the page, parsed at its own URL
   * @return the page that archive.today keeps
   */
  static Document kept(Document page) {
    page.select("script, noscript, template").remove();
    for (Element img : page.select("img")) {
      img.removeAttr("srcset").removeAttr("sizes");
      if (img.hasAttr("src")) {
        img.attr("src", HOST + "/" + ID + "/" + sha1(img.absUrl("src")) + ".jpg");
      }
    }
    page.select("picture > source").remove();
    // the archive's <html> and <body> are its own: the page's language and classes are not kept
    page.root().select("html").forEach(e -> e.clearAttributes());
    page.body().clearAttributes();
    for (Element e : page.head().children()) {
      boolean description = e.normalName().equals("meta") && e.attr("name").equalsIgnoreCase("description");
      if (!e.normalName().equals("title") && !description) {
        e.remove();
      }
    }
    return page;
  }

  /**
   * The snapshot of a page that archive.today kept ({@link #kept}).
   *
   * @param kept the page that archive.today kept, parsed at its own URL; its links are changed in place
   * @param original the page's own URL
   * @param capturedAt when the archive captured it
   * @return the snapshot's text
   */
  static String of(Document kept, URI original, OffsetDateTime capturedAt) {
    OffsetDateTime utc = capturedAt.withOffsetSameInstant(ZoneOffset.UTC);
    String iso = utc.format(DateTimeFormatter.ISO_INSTANT);
    String longAddress = HOST + "/" + utc.format(LONG) + "/" + original;
    // the title a browser shows: the document's first, also one that the page left in its body
    Element titled = kept.selectFirst("title");
    String title = Entities.escape(titled == null ? "" : titled.text());
    String at = Entities.escape(original.toString());
    for (Element a : kept.select("a[href], area[href], form[action]")) {
      String key = a.hasAttr("href") ? "href" : "action";
      String url = a.absUrl(key);
      if ((url.startsWith("http://") || url.startsWith("https://")) && !a.attr(key).startsWith("#")) {
        a.attr(key, HOST + "/o/" + ID + "/" + url);
      }
    }
    StringBuilder content = new StringBuilder();
    for (Element meta : kept.head().select("meta[name=description]")) {
      content.append(meta.outerHtml()).append('\n');
    }
    content.append("<div class=\"body\" style=\"margin:8px\">").append(kept.body().html()).append("</div>");
    return "<!DOCTYPE html><html style=\"background-color:#EEEEEE\" prefix=\"og: http://ogp.me/ns# article: "
        + "http://ogp.me/ns/article#\" itemscope itemtype=\"http://schema.org/Article\"><head>"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>"
        + "<meta name=\"robots\" content=\"index,noarchive\"/><meta property=\"og:type\" content=\"article\"/>"
        + "<meta property=\"og:site_name\" content=\"archive.ph\"/>"
        + "<meta property=\"og:url\" content=\"" + HOST + "/" + ID + "\" itemprop=\"url\"/>"
        + "<meta property=\"og:title\" content=\"" + title + "\"/>"
        + "<meta property=\"twitter:description\" content=\"archived " + utc.format(SHOWN)
        + "\" itemprop=\"description\"/>"
        + "<meta property=\"article:published_time\" content=\"" + iso + "\" itemprop=\"dateCreated\"/>"
        + "<meta property=\"article:modified_time\" content=\"" + iso + "\" itemprop=\"dateModified\"/>"
        + "<meta property=\"og:image\" content=\"" + HOST + "/" + ID + "/" + sha1(at) + "/scr.png\" itemprop=\"image\"/>"
        + "<link rel=\"canonical\" href=\"" + HOST + "/" + ID + "\"/>"
        + "<link rel=\"bookmark\" href=\"http://archive.today/" + utc.format(DateTimeFormatter.ofPattern(
            "yyyyMMddHHmmss")) + "/" + at + "\"/>"
        + "<title>" + title + "</title></head><body style=\"margin:0\"><center>"
        + "<div id=\"HEADER\"><table><tr><td><a href=\"https://archive.ph/\"><div>archive.today</div>"
        + "<div>webpage capture</div></a></td><td>Saved from</td><td><form action=\"https://archive.ph/search/\" "
        + "method=\"get\"><input type=\"text\" name=\"q\" value=\"" + at + "\"/><input type=\"hidden\" name=\"t\" "
        + "value=\"" + utc.toInstant().toEpochMilli() + "\"/><input type=\"hidden\" name=\"id\" value=\"" + ID
        + "\"/><a href=\"" + HOST + "/" + at + "\">history</a></form></td><td><time itemprop=\"pubdate\" "
        + "datetime=\"" + iso + "\">" + utc.format(SHOWN) + "</time></td></tr><tr><td>All snapshots</td><td><b>from "
        + "host </b><a href=\"" + HOST + "/" + Entities.escape(original.getHost()) + "\">"
        + Entities.escape(original.getHost()) + "</a></td></tr><tr><td><a href=\"" + HOST + "/" + ID
        + "\">Webpage</a><a href=\"" + HOST + "/" + ID + "/image\">Screenshot</a></td><td><a href=\"" + HOST + "/"
        + ID + "/share\">share</a><a href=\"" + HOST + "/download/" + ID + ".zip\">download .zip</a><a href=\""
        + HOST + "/" + ID + "/abuse\">report bug or abuse</a><div id=\"DIVSHARE\" style=\"display:none\">"
        + "<input id=\"SHARE_SHORTLINK\" value=\"" + HOST + "/" + ID + "\"/><input id=\"SHARE_LONGLINK\" value=\""
        + Entities.escape(longAddress) + "\"/></div></td></tr></table></div>"
        + "<div id=\"SOLID\"><div id=\"SHARER\" style=\"display:none\"><a href=\"" + HOST + "/" + ID
        + "/share\">share</a></div><div id=\"CONTENT\"><div class=\"html1\"><div class=\"html\">\n" + content
        + "</div></div><div><table id=\"hashtags\"><tr><td id=\"0%\"><a href=\"#0%\">0%</a></td></tr>"
        + "<tr><td id=\"100%\"><a href=\"#100%\">100%</a></td></tr></table></div>"
        + "<script>function showDivShare() { return false; }</script></div></div>"
        + "<img width=\"1\" height=\"1\" src=\"https://pixel.archive.ph/x/pixel.gif\"/></center></body></html>";
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
