package io.github.newsmodel.html.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageLocation;
import java.net.URI;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveTodayTest {
  private static final String SNAPSHOT = "archive-today-harbour-reopens.html";
  private static final URI ORIGINAL =
      URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/");
  private static final URI SHORT = URI.create("https://archive.ph/Qm7tR");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://archive.ph/2018.05.05-222855/https://txt.gigawatt.io/        | https://txt.gigawatt.io/         | 20180505222855
      http://archive.today/20180505222855/https://txt.gigawatt.io/         | https://txt.gigawatt.io/         | 20180505222855
      https://archive.is/2018.05.05-222855/http://www.example.com:80/a?b=1 | http://www.example.com/a?b=1     | 20180505222855
      https://archive.md/2018.05.05-222855/www.example.com/a               | http://www.example.com/a         | 20180505222855
      """)
  void recognisesLongAddresses(String address, String original, String timestamp) {
    assertThat(ArchiveToday.capture(URI.create(address))).hasValueSatisfying(c -> {
      assertThat(c.original()).isEqualTo(URI.create(original));
      assertThat(c.timestamp()).isEqualTo(timestamp);
      assertThat(c.archiveUrl()).isEqualTo(URI.create(address));
      assertThat(c.capturedAt()).hasValue(OffsetDateTime.parse("2018-05-05T22:28:55Z"));
    });
  }

  /** A short address, the list of a page's snapshots and other archives' addresses name no capture by themselves. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://archive.ph/Qm7tR", "https://archive.ph/https://txt.gigawatt.io/",
      "https://archive.ph/newest/https://txt.gigawatt.io/", "https://notarchive.ph/20180505222855/https://a.example/",
      "https://archive.org/20180505222855/https://a.example/", "https://archive.ph/2018.05.05/https://a.example/"})
  void recognisesNoOtherAddress(String address) {
    assertThat(ArchiveToday.capture(URI.create(address))).isEmpty();
  }

  @Test
  void recognisesASnapshotByItsMarkup() {
    Document page = Jsoup.parse(Pages.text(SNAPSHOT), "file:///saved/snapshot.html");

    assertThat(ArchiveToday.captureInMarkup(page, PageElements.of(page))).hasValue(
        new Capture(ORIGINAL, "20160220091244", SHORT));
    assertThat(Archives.captureInMarkup(page)).hasValue(new Capture(ORIGINAL, "20160220091244", SHORT));
  }

  /** The header's search field and time may be gone, as in a snapshot whose header a script builds: the head's tell. */
  @Test
  void aSnapshotWithoutItsHeaderIsToldByItsLongAddress() {
    Document page = Jsoup.parse(Pages.text(SNAPSHOT), "file:///saved/snapshot.html");
    page.getElementById("HEADER").remove();

    assertThat(Archives.captureInMarkup(page)).hasValue(new Capture(ORIGINAL, "20160220091244", SHORT));
  }

  /** A {@code rel} is a list of tokens in any case: "Canonical" among others names the snapshot's address too. */
  @Test
  void theRelationsAreTokensInAnyCase() {
    Document page = Jsoup.parse(Pages.text(SNAPSHOT).replace("<link rel=\"canonical\"", "<link rel=\"nofollow\t Canonical\"")
        .replace("<meta property=\"og:url\" content=\"https://archive.ph/Qm7tR\" itemprop=\"url\"/>", ""),
        "file:///saved/snapshot.html");
    page.getElementById("HEADER").remove();

    assertThat(Archives.captureInMarkup(page)).hasValue(new Capture(ORIGINAL, "20160220091244", SHORT));
  }

  /** A page that links to a snapshot, or that has a #CONTENT of its own, is no snapshot. */
  @Test
  void aPageThatOnlyLinksToTheArchiveIsNoSnapshot() {
    Document cites = Jsoup.parse("""
        <html><head><title>Sources</title><link rel="canonical" href="https://news.example.com/sources"></head>
        <body><div id="CONTENT"><p>See <a href="https://archive.ph/Qm7tR">the copy</a> of
        <a rel="bookmark" href="https://archive.ph/2016.02.20-091244/https://a.example/">the story</a>.</p>
        </div></body></html>""", "https://news.example.com/sources");
    Document noContent = Jsoup.parse(Pages.text(SNAPSHOT), "file:///saved/snapshot.html");
    noContent.getElementById("CONTENT").remove();

    assertThat(Archives.captureInMarkup(cites)).isEmpty();
    assertThat(Archives.captureInMarkup(noContent)).isEmpty();
  }

  /** The archive's content box is inside the body: a page whose <html> or <body> has its id is none. */
  @Test
  void aContentBoxOutsideTheBodyIsNoSnapshot() {
    String head = "<head><meta property=\"og:url\" content=\"https://archive.ph/abcde\"></head>";
    String share = "<input id=\"SHARE_LONGLINK\" value=\"https://archive.ph/2018.05.05-222855/https://a.example/s\">";
    Document html = Jsoup.parse("<html id=\"CONTENT\">" + head + "<body>" + share + "<p>Story.</p></body></html>",
        "file:///saved/a.html");
    Document body = Jsoup.parse("<html>" + head + "<body id=\"CONTENT\">" + share + "<p>Story.</p></body></html>",
        "file:///saved/b.html");

    assertThat(Archives.captureInMarkup(html)).isEmpty();
    assertThat(Archives.captureInMarkup(body)).isEmpty();
  }

  @Test
  void restoringLeavesTheCapturedPageAtItsOriginalAddress() {
    Document page = Jsoup.parse(Pages.text(SNAPSHOT), "file:///saved/snapshot.html");

    Archives.restore(page, new Capture(ORIGINAL, "20160220091244", SHORT));

    assertThat(page.body().text()).startsWith("Westhaven Courier Home Harbour Contact Harbour reopens")
        .endsWith("© 2016 Westhaven Courier · Privacy")
        .doesNotContain("Saved from", "archive.today", "All snapshots", "0%", "share");
    assertThat(page.getElementById("HEADER")).isNull();
    assertThat(page.select("script")).isEmpty();
    // the snapshot's metadata is the archive's; the captured page's description, which it moved, is the page's
    assertThat(page.head().select("meta").eachAttr("name")).containsExactly("description");
    assertThat(page.head().select("meta, link").eachAttr("property")).isEmpty();
    assertThat(page.select("link[rel=canonical], link[rel=bookmark]")).isEmpty();
    assertThat(page.title()).isEqualTo("Harbour reopens after pier repairs | Westhaven Courier");
    assertThat(page.root().child(0).hasAttr("itemscope")).isFalse();
    assertThat(page.select("a[href]").eachAttr("abs:href")).contains(
        "https://westhaven-courier.example.co.uk/author/mairi/",
        "https://westhaven-courier.example.co.uk/2016/01/council-harbour-budget/",
        "https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/#comment-311")
        .noneMatch(h -> h.contains("archive.ph"));
    // the images are the archive's copies: the snapshot keeps no other address for them
    assertThat(page.select("img").eachAttr("src"))
        .containsExactly("https://archive.ph/Qm7tR/9a1b2c3d4e5f60718293a4b5c6d7e8f901234567.jpg");
    assertThat(page.location()).isEqualTo("file:///saved/snapshot.html");
    assertThat(PageLocation.of(page)).isEqualTo(ORIGINAL.toString());
    assertThat(page.baseUri()).isEqualTo(ORIGINAL.toString());
  }

  @Test
  void aSchemelessOutlinkIsRestoredAsTheArchiveEmbedsIt() {
    Document page = Jsoup.parse(Pages.text(SNAPSHOT).replace(
        "https://archive.ph/o/Qm7tR/https://westhaven-courier.example.co.uk/privacy/", "/o/Qm7tR/pastebin.com/x1"),
        "https://archive.ph/Qm7tR");

    Archives.restore(page, new Capture(ORIGINAL, "20160220091244", SHORT));

    Element privacy = page.selectFirst("footer a");
    assertThat(privacy.attr("href")).isEqualTo("http://pastebin.com/x1");
  }

  @Test
  void anArchiveTodayAddressIsTheArchivesOwn() {
    Capture capture = new Capture(ORIGINAL, "20160220091244", SHORT);

    assertThat(Archives.isArchiveAddress(SHORT, capture)).isTrue();
    assertThat(Archives.isArchiveAddress(URI.create("https://archive.is/Qm7tR"), capture)).isTrue();
    assertThat(Archives.isArchiveAddress(ORIGINAL, capture)).isFalse();
  }
}
