package io.github.newsmodel.bench.eval;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A page as the Wayback Machine, or pywb, would serve it: its links and the URLs of its images, scripts, style
 * sheets and frames rewritten to archive addresses, the archive's scripts and style sheets injected at the top of
 * the {@code head}, and for the Wayback Machine its toolbar at the top of the {@code body} and its "FILE ARCHIVED ON"
 * note after the page.
 *
 * <p>It copies what the archive's server does to a page, as a saved replay shows it (the bundled
 * {@code afterdawn-allofmp3-ifpi-raid-wayback.html} fixture is one): an absolute URL becomes
 * {@code https://web.archive.org/web/<timestamp><flavour>/<url>}, a URL from the site's root
 * {@code /web/<timestamp><flavour>/<scheme>://<host>/<path>}, and a meta tag's URL content is rewritten as a link
 * is. Relative paths, fragments and other schemes stay as they are, as does the text of inline scripts: the
 * archive rewrites those in the browser, which a saved copy does not run.
 */
final class WaybackReplay {
  /** Attributes that hold one URL, and the flavour the archive gives each by element. */
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "poster", "cite", "background");

  /** The replay software whose copy is made. */
  enum Archive {
    /** The Internet Archive's Wayback Machine, with its toolbar and notes. */
    INTERNET_ARCHIVE("https://web.archive.org", "/web/"),
    /**
     * pywb, the replay software of Webrecorder and of many institutions' archives, here on a host of its own, serving
     * the page in its frame ({@code mp_}): its {@code wbinfo} script and banner, no toolbar.
     */
    PYWB("http://localhost:8080", "/my-web-archive/");

    private final String host;
    private final String path;

    Archive(String host, String path) {
      this.host = host;
      this.path = path;
    }

    /** The archive's address of a capture of a page. */
    URI address(URI original, String timestamp) {
      return URI.create(host + path + timestamp + (this == PYWB ? "mp_" : "") + "/" + original);
    }
  }

  private WaybackReplay() {}

  /**
   * Makes the replay of a page, changing the document in place.
   *
   * @param page the page, parsed
   * @param original the page's own URL
   * @param timestamp the capture's timestamp, {@code yyyyMMddHHmmss}
   * @param archive the software whose replay is made
   */
  static void rewrite(Document page, URI original, String timestamp, Archive archive) {
    for (Element e : page.getAllElements()) {
      List<Attribute> attributes = new ArrayList<>();
      e.attributes().forEach(attributes::add);
      for (Attribute a : attributes) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue();
        if (URL_ATTRIBUTES.contains(key)) {
          e.attr(a.getKey(), archived(value, original, timestamp, flavour(e, key), archive));
        } else if (key.equals("srcset")) {
          e.attr(a.getKey(), archivedSourceSet(value, original, timestamp, archive));
        } else if (key.equals("content") && e.normalName().equals("meta") && isAbsolute(value)) {
          boolean image = e.attr("property").toLowerCase(Locale.ROOT).contains("image")
              || e.attr("name").toLowerCase(Locale.ROOT).contains("image");
          e.attr(a.getKey(), archived(value, original, timestamp, image ? "im_" : "", archive));
        }
      }
    }
    if (archive == Archive.PYWB) {
      page.head().prepend(pywbInsert(original, timestamp));
      return;
    }
    page.head().prepend(headInsert(original, timestamp));
    page.body().prepend(toolbar(original, timestamp));
    page.appendChild(new Comment("\n     FILE ARCHIVED ON " + Timestamps.fileArchived(timestamp)
        + " AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 14:02:33 Mar 03, 2026.\n"
        + "     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n"));
    page.appendChild(new Comment("\nplayback timings (ms):\n  captures_list: 0.613\n  load_resource: 158.811\n"));
  }

  private static String flavour(Element e, String key) {
    if (!key.equals("src") && !key.equals("href")) {
      return "";
    }
    return switch (e.normalName()) {
      case "img", "source", "input", "video", "audio" -> key.equals("src") ? "im_" : "";
      case "script" -> "js_";
      case "iframe", "frame" -> "if_";
      case "link" -> e.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet") ? "cs_"
          : e.attr("rel").toLowerCase(Locale.ROOT).contains("icon") ? "im_" : "";
      default -> "";
    };
  }

  private static boolean isAbsolute(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.startsWith("http://") || v.startsWith("https://");
  }

  /** A URL as the archive rewrites it; what it leaves alone, unchanged. */
  static String archived(String value, URI original, String timestamp, String flavour, Archive archive) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    String prefix = archive.path + timestamp + flavour + "/";
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return archive.host + prefix + v;
    }
    if (v.startsWith("//")) {
      return archive.host + prefix + original.getScheme() + ":" + v;
    }
    if (v.startsWith("/")) {
      return prefix + original.getScheme() + "://" + original.getRawAuthority() + v;
    }
    return value;
  }

  private static String archivedSourceSet(String value, URI original, String timestamp, Archive archive) {
    List<String> parts = new ArrayList<>();
    for (String candidate : value.split(",(?=\\s)|,$|^,")) {
      String c = candidate.strip();
      if (c.isEmpty()) {
        continue;
      }
      int space = c.indexOf(' ');
      String url = space < 0 ? c : c.substring(0, space);
      String descriptor = space < 0 ? "" : c.substring(space);
      parts.add(archived(url, original, timestamp, "im_", archive) + descriptor);
    }
    return String.join(", ", parts);
  }

  /** pywb's insert at the top of the {@code head}: its {@code wbinfo}, its wombat script and its banner's. */
  private static String pywbInsert(URI original, String timestamp) {
    String prefix = Archive.PYWB.host + Archive.PYWB.path;
    return "\n<!-- WB Insert -->\n<script>\n  wbinfo = {};\n"
        + "  wbinfo.top_url = \"" + prefix + timestamp + "/" + original + "\";\n"
        + "  wbinfo.url = \"" + original + "\";\n"
        + "  wbinfo.timestamp = \"" + timestamp + "\";\n"
        + "  wbinfo.request_ts = \"" + timestamp + "\";\n"
        + "  wbinfo.prefix = decodeURI(\"" + prefix + "\");\n"
        + "  wbinfo.mod = \"mp_\";\n  wbinfo.is_framed = true;\n  wbinfo.is_live = false;\n"
        + "  wbinfo.coll = \"my-web-archive\";\n  wbinfo.proxy_magic = \"\";\n"
        + "  wbinfo.static_prefix = \"" + Archive.PYWB.host + "/static/\";\n"
        + "  wbinfo.enable_auto_fetch = true;\n  wbinfo.target_frame = \"___wb_replay_top_frame\";\n</script>\n"
        + "<script src='" + Archive.PYWB.host + "/static/wombat.js'> </script>\n"
        + "<script>\n  wbinfo.wombat_ts = \"" + timestamp + "\";\n  wbinfo.wombat_sec = \"1764590400\";\n"
        + "  wbinfo.wombat_scheme = \"" + original.getScheme() + "\";\n"
        + "  wbinfo.wombat_host = \"" + original.getRawAuthority() + "\";\n  wbinfo.wombat_opts = {};\n"
        + "  if (window && window._WBWombatInit) {\n    window._WBWombatInit(wbinfo);\n  }\n</script>\n"
        + "<script>\nwindow.banner_info = {\n    is_gmt: true,\n    liveMsg: decodeURIComponent(\"Live on\"),\n"
        + "    calendarLabel: decodeURIComponent(\"View All Captures\"),\n    locale: \"en\",\n"
        + "    prefix: \"" + prefix + "\",\n    staticPrefix: \"" + Archive.PYWB.host + "/static\"\n};\n</script>\n"
        + "<link rel='stylesheet' href='" + Archive.PYWB.host + "/static/default_banner.css'/>\n"
        + "<script src='" + Archive.PYWB.host + "/static/default_banner.js'> </script>\n"
        + "<!-- End WB Insert -->\n";
  }

  private static String headInsert(URI original, String timestamp) {
    return "<script src=\"//archive.org/includes/athena.js\" type=\"text/javascript\"></script>\n"
        + "<script type=\"text/javascript\">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics"
        + ".values;v.service='wb';v.server_name='wwwb-app220.us.archive.org';v.server_ms=306;archive_analytics"
        + ".send_pageview({});});</script>\n"
        + "<script type=\"text/javascript\" src=\"https://web-static.archive.org/_static/js/bundle-playback.js?v=1WaXNDFE\""
        + " charset=\"utf-8\"></script>\n"
        + "<script type=\"text/javascript\" src=\"https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC\""
        + " charset=\"utf-8\"></script>\n"
        + "<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={\"autoplay\":\"on\","
        + "\"unmuteOverlay\":\"hidden\"};</script>\n"
        + "<script type=\"text/javascript\" src=\"https://web-static.archive.org/_static/js/ruffle/ruffle.js\"></script>\n"
        + "<script type=\"text/javascript\">\n  __wm.init(\"https://web.archive.org/web\");\n  __wm.wombat(\""
        + original + "\",\"" + timestamp + "\",\"https://web.archive.org/\",\"web\","
        + "\"https://web-static.archive.org/_static/\",\n\t      \"1764547200\");\n</script>\n"
        + "<link rel=\"stylesheet\" type=\"text/css\" href=\"https://web-static.archive.org/_static/css/"
        + "banner-styles.css?v=S1zqJCYt\" />\n"
        + "<link rel=\"stylesheet\" type=\"text/css\" href=\"https://web-static.archive.org/_static/css/"
        + "iconochive.css?v=3PDvdIFv\" />\n"
        + "<!-- End Wayback Rewrite JS Include -->\n";
  }

  /** The archive's toolbar, as it serves it: hidden until its script shows it, with dates of other captures. */
  private static String toolbar(URI original, String timestamp) {
    String here = Timestamps.fileArchived(timestamp);
    String self = Archive.INTERNET_ARCHIVE.address(original, timestamp).toString();
    String escaped = Entities.escape(original.toString());
    return "<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n"
        + "<div id=\"wm-ipp-base\" lang=\"en\" style=\"display:none;direction:ltr;\">\n"
        + "<div id=\"wm-ipp\" style=\"position:fixed;left:0;top:0;right:0;\">\n"
        + "<div id=\"wm-ipp-inside\">\n"
        + "  <div id=\"wm-toolbar\" style=\"position:relative;display:flex;flex-flow:row nowrap;\">\n"
        + "    <div id=\"wm-logo\" style=\"padding-top:12px;\"><a href=\"/web/\" title=\"Wayback Machine home page\">"
        + "<img src=\"https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png\""
        + " alt=\"Wayback Machine\" style=\"width:100px\" border=\"0\" /></a></div>\n"
        + "    <div class=\"c\" style=\"display:flex;flex-flow:column nowrap;\">\n"
        + "      <form class=\"u\" target=\"_top\" method=\"get\" action=\"/web/submit\" name=\"wmtb\" id=\"wmtb\">"
        + "<input type=\"text\" name=\"url\" id=\"wmtbURL\" value=\"" + escaped + "\" style=\"flex:1;\"/>"
        + "<input type=\"hidden\" name=\"type\" value=\"replay\" /><input type=\"hidden\" name=\"date\" value=\""
        + timestamp + "\" /><input type=\"submit\" value=\"Go\" /></form>\n"
        + "      <div style=\"display:flex;flex-flow:row nowrap;align-items:flex-end;\">\n"
        + "        <div class=\"s\" id=\"wm-nav-captures\" style=\"flex:1;\">\n"
        + "          <a class=\"t\" href=\"/web/" + timestamp + "*/" + escaped + "\" title=\"See a list of every "
        + "capture for this URL\">27 captures</a>\n"
        + "          <div class=\"r\" title=\"Timespan for captures of this URL\">02 Jan 2015 - 14 Feb 2026</div>\n"
        + "        </div>\n"
        + "      </div>\n"
        + "    </div>\n"
        + "    <div class=\"n\">\n      <table>\n        <tbody>\n"
        + "          <tr class=\"m\"><td class=\"b\" nowrap=\"nowrap\"><a href=\"" + self + "\" title=\"01 Nov 2025\">"
        + "NOV</a></td><td class=\"c\" id=\"displayMonthEl\" title=\"You are here: " + here + "\">"
        + Timestamps.month(timestamp) + "</td><td class=\"f\" nowrap=\"nowrap\">JAN</td></tr>\n"
        + "          <tr class=\"d\"><td class=\"b\" nowrap=\"nowrap\"><a href=\"" + self + "\" title=\"08:12:27 Nov"
        + " 01, 2025\"><img src=\"https://web-static.archive.org/_static/images/toolbar/wm_tb_prv_on.png\""
        + " alt=\"Previous capture\" width=\"14\" height=\"16\" border=\"0\" /></a></td>"
        + "<td class=\"c\" id=\"displayDayEl\" title=\"You are here: " + here + "\">"
        + Integer.parseInt(timestamp.substring(6, 8)) + "</td><td class=\"f\" nowrap=\"nowrap\">"
        + "<img src=\"https://web-static.archive.org/_static/images/toolbar/wm_tb_nxt_off.png\" alt=\"Next capture\""
        + " width=\"14\" height=\"16\" border=\"0\" /></td></tr>\n"
        + "          <tr class=\"y\"><td class=\"b\" nowrap=\"nowrap\">" + (Integer.parseInt(timestamp.substring(0, 4)) - 1)
        + "</td><td class=\"c\" id=\"displayYearEl\" title=\"You are here: " + here + "\">"
        + timestamp.substring(0, 4) + "</td><td class=\"f\" nowrap=\"nowrap\">"
        + (Integer.parseInt(timestamp.substring(0, 4)) + 1) + "</td></tr>\n"
        + "        </tbody>\n      </table>\n    </div>\n"
        + "    <div class=\"r\"><div id=\"wm-btns\" style=\"text-align:right;white-space:nowrap;\">"
        + "<span class=\"xxs\"><a href=\"#close\" onclick=\"__wm.h(event);return false;\" title=\"Close the toolbar\">"
        + "close</a></span> <span class=\"xxs\"><a href=\"https://help.archive.org/help/category/the-wayback-machine/\""
        + " title=\"Get some help using the Wayback Machine\">help</a></span></div>"
        + "<div id=\"wm-share\" class=\"xxs\">About this capture</div></div>\n"
        + "  </div>\n</div>\n"
        + "<div id=\"wm-capinfo\" style=\"border-top:1px solid #777;display:none; overflow:hidden\">\n"
        + "  <div id=\"wm-capinfo-collected-by\"><div style=\"background-color:#666;color:#fff;font-weight:bold;"
        + "text-align:center\">COLLECTED BY</div><div style=\"padding:3px;position:relative\" "
        + "id=\"wm-collected-by-content\"><div style=\"display:inline-block;vertical-align:top;width:50%;\">"
        + "Organization: <a style=\"color:#33f;\" href=\"https://archive.org/details/alexacrawls\" target=\"_new\">"
        + "<span class=\"wm-title\">Alexa Crawls</span></a></div></div></div>\n"
        + "  <div id=\"wm-capinfo-timestamps\"><div style=\"background-color:#666;color:#fff;font-weight:bold;"
        + "text-align:center\" title=\"Timestamps for the elements of this page\">TIMESTAMPS</div></div>\n"
        + "</div>\n</div>\n</div>\n"
        + "<div id=\"wm-ipp-print\">The Wayback Machine - " + self + "</div>\n"
        + "<script type=\"text/javascript\">__wm.bt(700,27,25,2,\"web\",\"" + escaped + "\",\"" + timestamp
        + "\",1996,\"https://web-static.archive.org/_static/\",[\"https://web-static.archive.org/_static/css/"
        + "banner-styles.css?v=S1zqJCYt\"], false);</script>\n"
        + "<!-- END WAYBACK TOOLBAR INSERT -->\n";
  }

  /** The timestamp written as the archive writes it in its notes. */
  private static final class Timestamps {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static String fileArchived(String t) {
      return t.substring(8, 10) + ":" + t.substring(10, 12) + ":" + t.substring(12, 14) + " "
          + MONTHS[Integer.parseInt(t.substring(4, 6)) - 1] + " " + t.substring(6, 8) + ", " + t.substring(0, 4);
    }

    static String month(String t) {
      return MONTHS[Integer.parseInt(t.substring(4, 6)) - 1].toUpperCase(Locale.ROOT);
    }
  }

  /**
   * Whether a URL can be the original of a capture: an absolute http or https URL, and not the address of a capture
   * itself, since a page that is already an archive's copy is not archived again.
   */
  static Optional<URI> original(Optional<URI> url) {
    return url.filter(u -> "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
        .filter(u -> u.getRawAuthority() != null && !u.getRawAuthority().toLowerCase(Locale.ROOT).endsWith("archive.org"));
  }
}
