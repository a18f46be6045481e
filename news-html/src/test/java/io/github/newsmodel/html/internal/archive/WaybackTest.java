package io.github.newsmodel.html.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.VisibleText;
import io.github.newsmodel.html.internal.dom.PageLocation;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WaybackTest {
  private static final String LIVE = "afterdawn-allofmp3-ifpi-raid.html";
  private static final String ARCHIVED = "afterdawn-allofmp3-ifpi-raid-wayback.html";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://web.archive.org/web/20120510083512/http://www.afterdawn.com/a       | http://www.afterdawn.com/a         | 20120510083512
      http://web.archive.org/web/20120510083512id_/http://www.afterdawn.com:80/a?x=1 | http://www.afterdawn.com/a?x=1  | 20120510083512
      https://web.archive.org/web/20120510083512im_/https://cdn.example.com:443/i.jpg | https://cdn.example.com/i.jpg  | 20120510083512
      https://web.archive.org/web/20120510083512/www.afterdawn.com/a              | http://www.afterdawn.com/a         | 20120510083512
      https://web.archive.org/web/20120510083512/http:/www.afterdawn.com/a        | http://www.afterdawn.com/a         | 20120510083512
      https://web.archive.org/web/2012/http://www.afterdawn.com/a                 | http://www.afterdawn.com/a         | 2012
      https://web.archive.org/web/201205100835121/http://www.afterdawn.com/a      | http://www.afterdawn.com/a         | 201205100835121
      https://web.archive.org/web/20121399999999id_/http://www.afterdawn.com/a    | http://www.afterdawn.com/a         | 20121399999999
      http://web.archive.org:80/web/20120510083512/http://www.afterdawn.com/a     | http://www.afterdawn.com/a         | 20120510083512
      https://web.archive.org:443/web/20120510083512/http://www.afterdawn.com/a   | http://www.afterdawn.com/a         | 20120510083512
      https://web.archive.org/web/20120510083512/http://my_blog.example.com:80/a  | http://my_blog.example.com/a       | 20120510083512
      https://web.archive.org/web/20120510083512/https://my_blog.example.com:443/ | https://my_blog.example.com/       | 20120510083512
      https://web.archive.org/web/20120510083512/http://my_blog.example.com:8080/ | http://my_blog.example.com:8080/   | 20120510083512
      """)
  void recognisesArchiveUrls(String archive, String original, String timestamp) {
    assertThat(Wayback.capture(URI.create(archive))).hasValueSatisfying(c -> {
      assertThat(c.original()).isEqualTo(URI.create(original));
      assertThat(c.timestamp()).isEqualTo(timestamp);
      assertThat(c.archiveUrl()).isEqualTo(URI.create(archive));
    });
  }

  /** Archives that run the Wayback software serve their captures at addresses of the same form. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://wayback.archive-it.org/1068/20160218174457/http://www.afterdawn.com/a     | http://www.afterdawn.com/a | 20160218174457
      https://wayback.archive-it.org/1068/20160218174457mp_/http://www.afterdawn.com/a  | http://www.afterdawn.com/a | 20160218174457
      https://arquivo.pt/wayback/20160218174457/http://www.publico.pt/a                 | http://www.publico.pt/a    | 20160218174457
      https://webarchive.nationalarchives.gov.uk/ukgwa/20160218174457/https://www.gov.uk/a | https://www.gov.uk/a    | 20160218174457
      https://webarchive.loc.gov/all/20160218174457/http://www.example.com:80/a         | http://www.example.com/a   | 20160218174457
      """)
  void recognisesOtherWaybackArchives(String archive, String original, String timestamp) {
    assertThat(Wayback.capture(URI.create(archive))).hasValueSatisfying(c -> {
      assertThat(c.original()).isEqualTo(URI.create(original));
      assertThat(c.timestamp()).isEqualTo(timestamp);
      assertThat(c.archiveUrl()).isEqualTo(URI.create(archive));
      assertThat(c.capturedAt()).hasValue(OffsetDateTime.parse("2016-02-18T17:44:57Z"));
    });
  }

  @Test
  void restoresTheLinksAnotherArchiveRewrote() {
    URI archive = URI.create("https://wayback.archive-it.org/1068/20160218174457/http://news.example.com/a.html");
    Document page = Jsoup.parse("<html><head><script src='/static/wombat.js'></script>"
        + "<script>var wbinfo = {}; wbinfo.prefix = '/1068/';</script></head><body>"
        + "<a href='/1068/20160218174457/http://news.example.com/b.html'>b</a>"
        + "<img src='https://wayback.archive-it.org/1068/20160218174457im_/http://news.example.com/i.jpg'"
        + " srcset='/1068/20160218174457im_/http://news.example.com/i2.jpg 2x'>"
        + "<a href='/web/20160218174457/http://news.example.com/c.html'>c</a></body></html>", archive.toString());

    Wayback.restore(page, Wayback.capture(archive).orElseThrow());

    assertThat(page.select("a").eachAttr("abs:href")).containsExactly("http://news.example.com/b.html",
        "http://news.example.com/web/20160218174457/http://news.example.com/c.html");
    assertThat(page.selectFirst("img").attr("src")).isEqualTo("http://news.example.com/i.jpg");
    assertThat(page.selectFirst("img").attr("srcset")).isEqualTo("http://news.example.com/i2.jpg 2x");
    assertThat(page.select("script")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://www.afterdawn.com/web/20120510083512/http://x.com/",
      "https://web.archive.org/web/*/http://www.afterdawn.com/a", "https://web.archive.org/web/",
      "https://web.archive.org/web/20120510083512/javascript:alert(1)", "file:///web/20120510083512/http://x.com/",
      "https://web.archive.org:8443/web/20120510083512/http://x.com/",
      "https://wayback.archive-it.org/static/wombat.js", "https://arquivo.pt/wayback/*/http://x.com/",
      "https://www.example.com/1068/20160218174457/http://x.com/"})
  void otherUrlsAreNoCaptures(String url) {
    assertThat(Wayback.capture(URI.create(url))).isEmpty();
  }

  @Test
  void theCaptureTimeIsTheTimestampInUtc() {
    Capture capture = Wayback.capture(Pages.ALLOFMP3_WAYBACK).orElseThrow();

    assertThat(capture.capturedAt()).hasValue(OffsetDateTime.parse("2012-05-10T08:35:12Z"));
  }

  /**
   * The archive answers a timestamp that is partial, too long or of an impossible date with the capture nearest to
   * it, whose time the address does not tell.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2012", "20120510", "2012051008351", "201205100835121", "20121399999999",
      "20120230083512"})
  void aPartialOrImpossibleTimestampGivesNoCaptureTime(String timestamp) {
    assertThat(Wayback.capture(URI.create("https://web.archive.org/web/" + timestamp + "/http://x.com/"))
        .orElseThrow().capturedAt()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      /web/20120510083512/http://www.afterdawn.com/news/                      | http://www.afterdawn.com/news/
      /web/20120510083512im_/http://www.afterdawn.com/i.jpg                   | http://www.afterdawn.com/i.jpg
      /web/20120510083512js_/http://ajax.googleapis.com/jquery.min.js         | http://ajax.googleapis.com/jquery.min.js
      /web/20120510083512cs_/http://www.afterdawn.com/a.css                   | http://www.afterdawn.com/a.css
      /web/20120510083512if_/http://www.facebook.com/plugins/like.php?a=1&b=2 | http://www.facebook.com/plugins/like.php?a=1&b=2
      /web/2012/http://www.afterdawn.com/news/                                | http://www.afterdawn.com/news/
      /web/201205100835121/http://www.afterdawn.com/news/                     | http://www.afterdawn.com/news/
      //web.archive.org/web/20120510083512/https://plus.google.com/1          | https://plus.google.com/1
      https://web.archive.org/web/20120510083512/https://plus.google.com/1    | https://plus.google.com/1
      /news/unrewritten.cfm                                                   | /news/unrewritten.cfm
      #comments                                                               | #comments
      https://web.archive.org/web/20120510083512im_/https://:0                | https://:0
      /web/20120510083512/https://.cdn.example.com                            | https://.cdn.example.com
      """)
  void restoresRewrittenLinks(String rewritten, String original) {
    assertThat(Wayback.restoreUrl(rewritten)).isEqualTo(original);
  }

  @Test
  void theRestoredPageReadsLikeTheLivePage() {
    Document live = Jsoup.parse(Pages.text(LIVE), Pages.ALLOFMP3.toString());
    Document archived = Jsoup.parse(Pages.text(ARCHIVED), Pages.ALLOFMP3_WAYBACK.toString());

    Wayback.restore(archived, Wayback.capture(Pages.ALLOFMP3_WAYBACK).orElseThrow());

    assertThat(VisibleText.lines(archived.body())).containsExactlyElementsOf(VisibleText.lines(live.body()));
    assertThat(links(archived)).containsExactlyElementsOf(links(live));
    assertThat(archived.select("script")).hasSameSizeAs(live.select("script"));
    assertThat(archived.select("link")).hasSameSizeAs(live.select("link"));
    assertThat(archived.html()).doesNotContain("archive.org", "/web/2012", "__wm", "FILE ARCHIVED", "wm-ipp");
  }

  /**
   * jsoup's {@code location()} stays the archive's address, which the readers that look at the page's own address
   * (a handle on its host, a story's {@code sid}, a topic's later page) must not see.
   */
  @Test
  void theRestoredPageIsAtTheOriginalsAddress() {
    Document archived = Jsoup.parse(Pages.text(ARCHIVED), Pages.ALLOFMP3_WAYBACK.toString());

    Wayback.restore(archived, Wayback.capture(Pages.ALLOFMP3_WAYBACK).orElseThrow());

    assertThat(PageLocation.of(archived)).isEqualTo(Pages.ALLOFMP3.toString());
    assertThat(archived.location()).isEqualTo(Pages.ALLOFMP3_WAYBACK.toString());
    assertThat(archived.html()).doesNotContain("newsmodel.location");
  }

  @Test
  void findsTheCaptureInTheArchivesScript() {
    Document archived = Jsoup.parse(Pages.text(ARCHIVED), "file:///saved.html");

    assertThat(Wayback.captureInMarkup(archived)).hasValue(Wayback.capture(Pages.ALLOFMP3_WAYBACK).orElseThrow());
  }

  @Test
  void findsTheCaptureInTheToolbarAndItsNoteWithoutTheScript() {
    Document archived = Jsoup.parse(Pages.text(ARCHIVED), "file:///saved.html");
    archived.select("script").remove();

    assertThat(Wayback.captureInMarkup(archived)).hasValue(Wayback.capture(Pages.ALLOFMP3_WAYBACK).orElseThrow());
  }

  /** The page the archive copied is the one at its address without a fragment, as a caller's URL is read. */
  @Test
  void theCaptureInTheMarkupIsOfThePageWithoutAFragment() {
    String saved = Pages.text(ARCHIVED).replace("__wm.wombat(\"" + Pages.ALLOFMP3,
        "__wm.wombat(\"" + Pages.ALLOFMP3 + "#comments");
    assertThat(saved).contains("stunt#comments");

    assertThat(Wayback.captureInMarkup(Jsoup.parse(saved, "file:///saved.html")).map(Capture::original))
        .hasValue(Pages.ALLOFMP3);
  }

  /**
   * A page that pywb replays, on any host: Webrecorder's, Archive-It's, an institution's own. Its {@code wbinfo}
   * names the capture, and its links are rewritten under the archive's own path.
   */
  @Test
  void findsAndUndoesAPywbReplayOnAnyHost() {
    Document saved = Jsoup.parse("""
        <html><head>
        <!-- WB Insert -->
        <script>
          wbinfo = {};
          wbinfo.top_url = "http://archive.example.org:8080/news-2016/20160218174457/http://news.example.com/a.html";
          wbinfo.url = "http://news.example.com/a.html";
          wbinfo.timestamp = "20160218174457";
          wbinfo.prefix = decodeURI("http://archive.example.org:8080/news-2016/");
          wbinfo.mod = "mp_";
        </script>
        <script src='http://archive.example.org:8080/static/wombat.js'> </script>
        <script>window.banner_info = { prefix: "http://archive.example.org:8080/news-2016/" };</script>
        <link rel='stylesheet' href='http://archive.example.org:8080/static/default_banner.css'/>
        <!-- End WB Insert -->
        <link rel="canonical" href="http://archive.example.org:8080/news-2016/20160218174457/http://news.example.com/a.html">
        </head><body>
        <a href="/news-2016/20160218174457mp_/http://news.example.com/b.html">b</a>
        <img src="http://archive.example.org:8080/news-2016/20160218174457im_/http://cdn.example.com/i.jpg">
        <a href="/other-collection/20160218174457/http://news.example.com/c.html">c</a>
        </body></html>""", "file:///saved.html");

    Capture capture = Wayback.captureInMarkup(saved).orElseThrow();
    Wayback.restore(saved, capture);

    assertThat(capture.original()).isEqualTo(URI.create("http://news.example.com/a.html"));
    assertThat(capture.capturedAt()).hasValue(OffsetDateTime.parse("2016-02-18T17:44:57Z"));
    assertThat(capture.archiveUrl()).isEqualTo(URI.create(
        "http://archive.example.org:8080/news-2016/20160218174457/http://news.example.com/a.html"));
    assertThat(saved.select("a").eachAttr("abs:href")).containsExactly("http://news.example.com/b.html",
        "http://news.example.com/other-collection/20160218174457/http://news.example.com/c.html");
    assertThat(saved.expectFirst("img").attr("src")).isEqualTo("http://cdn.example.com/i.jpg");
    assertThat(saved.expectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://news.example.com/a.html");
    assertThat(saved.select("script, link[rel=stylesheet]")).isEmpty();
    assertThat(saved.html()).doesNotContain("WB Insert", "wbinfo");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"wbinfo.url = \"http://news.example.com/a.html\"; wbinfo.timestamp = \"\";",
      "wbinfo.url = \"http://news.example.com/a.html\"; wbinfo.timestamp = \"20160218174457\";"
          + " wbinfo.prefix = \"/news-2016/\";",
      "wbinfo.url = \"\"; wbinfo.timestamp = \"20160218174457\";"
          + " wbinfo.top_url = \"http://archive.example.org/20160218174457/http://x.com/\";"})
  void aPywbInfoWithoutAnOriginalATimestampOrAnAbsoluteAddressIsNoCapture(String wbinfo) {
    Document page = Jsoup.parse("<script>wbinfo = {}; " + wbinfo + "</script><p>Text</p>", "file:///saved.html");

    assertThat(Wayback.captureInMarkup(page)).isEmpty();
  }

  @Test
  void aLivePageHasNoCapture() {
    assertThat(Wayback.captureInMarkup(Jsoup.parse(Pages.text(LIVE), Pages.ALLOFMP3.toString()))).isEmpty();
  }

  private static List<String> links(Document page) {
    return page.select("[href], [src], meta[content]").stream()
        .map(e -> e.hasAttr("href") ? e.absUrl("href") : e.hasAttr("src") ? e.absUrl("src") : e.attr("content"))
        .toList();
  }

  @Test
  void aSrcsetKeepsTheCommasInsideItsUrlsWhenRestored() {
    Document archived = Jsoup.parse("<img srcset=\"/web/20120510083512im_/https://cdn.example.com/w_800,h_450/a.jpg"
        + " 800w, /web/20120510083512im_/https://cdn.example.com/w_400,h_225/a.jpg 400w\">",
        Pages.ALLOFMP3_WAYBACK.toString());

    Wayback.restore(archived, Wayback.capture(Pages.ALLOFMP3_WAYBACK).orElseThrow());

    assertThat(archived.expectFirst("img").attr("srcset")).isEqualTo(
        "https://cdn.example.com/w_800,h_450/a.jpg 800w, https://cdn.example.com/w_400,h_225/a.jpg 400w");
  }
}
