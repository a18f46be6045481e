package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.internal.sites.afterdawn.AfterDawnExpected;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticlesTest {
  private static final String GOLDEN = "afterdawn-allofmp3-ifpi-raid.html";
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2012-05-10T08:35:12Z");

  /** A site parser that records the context it was given. */
  private static class Recording implements SiteParser {
    final AtomicReference<PageContext> context = new AtomicReference<>();

    @Override
    public Set<String> hosts() {
      return Set.of("afterdawn.com");
    }

    @Override
    public ZoneId zone() {
      return ZoneId.of("Europe/Helsinki");
    }

    @Override
    public Article parse(Document page, PageContext context) {
      this.context.set(context);
      return Article.builder().title(page.title()).build();
    }
  }

  @Test
  void aPageOfAnInternationalizedDomainHasItsUrlWithTheHostInAscii() {
    String html = "<html><head><title>Bücher</title></head><body><h1>Bücher</h1><p>Text.</p>"
        + "<img src='/b.jpg' alt='B'></body></html>";

    Article direct = HtmlArticles.parse(html, URI.create("https://bücher.de/neu/a"));
    Article archived = HtmlArticles.parse(html,
        URI.create("http://web.archive.org/web/20190501120000/https://bücher.de/neu/a"));

    assertThat(direct.url()).contains(URI.create("https://xn--bcher-kva.de/neu/a"));
    assertThat(direct.source()).isEmpty();
    assertThat(archived.url()).contains(URI.create("https://xn--bcher-kva.de/neu/a"));
    assertThat(archived.source().flatMap(Source::capturedAt)).contains(OffsetDateTime.parse("2019-05-01T12:00Z"));
  }

  @Test
  void anIdWithASpaceBesideAnIdAndAClassOfTheSameNamesIsRead() {
    // "comment list" as one id and as an id joined to a class: the page index once read the first as the second,
    // from a class it has not, and the parse ended in a NullPointerException.
    String html = "<html><head><title>Ferry times</title></head><body><article><h1>Ferry times</h1><p>"
        + "The ferry leaves every hour in winter. ".repeat(12) + "</p><div id='comment list'><p>One.</p></div>"
        + "<div id=comment class=list><p>Two.</p></div></article></body></html>";

    Article article = HtmlArticles.parse(html, URI.create("https://news.example.com/2024/01/02/ferry"));

    assertThat(article.title()).contains("Ferry times");
    assertThat(article.body()).first().isInstanceOf(Paragraph.class)
        .extracting(b -> b.text()).asString().startsWith("The ferry leaves every hour in winter.");
  }

  @Test
  void readsBytesAndStringsAlike() throws IOException {
    assertThat(HtmlArticles.parse(Pages.stream(GOLDEN), Pages.ALLOFMP3)).isEqualTo(AfterDawnExpected.allofmp3());
    assertThat(HtmlArticles.parse(Jsoup.parse(Pages.text(GOLDEN), Pages.ALLOFMP3.toString()), Pages.ALLOFMP3,
        ParseOptions.defaults())).isEqualTo(AfterDawnExpected.allofmp3());
  }

  /** A caller's null names the argument, as the builders do, rather than failing somewhere inside. */
  @Test
  void aNullArgumentIsNamed() {
    URI url = Pages.ALLOFMP3;
    assertThatThrownBy(() -> HtmlArticles.parse((String) null, url)).isInstanceOf(NullPointerException.class)
        .hasMessage("html");
    assertThatThrownBy(() -> HtmlArticles.parse("<p>x</p>", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("url");
    assertThatThrownBy(() -> HtmlArticles.parse("<p>x</p>", url, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("options");
    assertThatThrownBy(() -> HtmlArticles.parse((java.io.InputStream) null, url))
        .isInstanceOf(NullPointerException.class).hasMessage("in");
    assertThatThrownBy(() -> HtmlArticles.parse((java.nio.file.Path) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("file");
    assertThatThrownBy(() -> HtmlArticles.parse((Document) null, url, ParseOptions.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessage("page");
  }

  /**
   * A Japanese page writes its two-digit years first, which settles no order of a date with its year last
   * ("05/06/2007"): the page's other dates settle it, as on a page whose language says nothing.
   */
  @Test
  void aYearFirstPageSettlesADateWithItsYearLastByItsOtherDates() {
    String page = "<!doctype html><html lang=ja><head><title>港の冬ダイヤ</title></head><body><article>"
        + "<h1>港の冬ダイヤ</h1><p class=date>投稿日: 05/06/2007</p><p>"
        + "冬の間、フェリーは一時間ごとに出航します。港の係員によると、新しい時刻表は来週から有効です。".repeat(6)
        + "</p><p>" + "乗客は切符を事前に購入する必要があります。".repeat(6) + "</p><p>前回の改定は 13/06/2006 でした。</p>"
        + "</article></body></html>";

    Article article = HtmlArticles.parse(page, URI.create("https://harbour.example.jp/news/1"));

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDate))
        .hasValue(java.time.LocalDate.of(2007, 6, 5));
  }

  @Test
  void theCallerCanReplaceTheSitesZone() {
    Article article = HtmlArticles.parse(Pages.text(GOLDEN), Pages.ALLOFMP3,
        ParseOptions.builder().assumedZone(ZoneOffset.UTC).build());

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2007-05-24T13:52Z"));
    assertThat(article.assumedZone()).hasValue(ZoneOffset.UTC);
    Comment second = article.comments().get(1);
    assertThat(second.publishedAt()).hasValue(OffsetDateTime.parse("2007-05-25T03:36Z"));
    assertThat(second.edits().get(0).editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2007-05-25T03:38Z"));
    assertThat(second.edits().get(0).assumedZone()).hasValue(ZoneOffset.UTC);
  }

  @Test
  void aSiteParserIsToldTheOriginalUrlTheZoneAndTheCaptureTime() {
    Recording parser = new Recording();
    ParseOptions options = ParseOptions.builder().siteParsers(SiteParsers.of(parser)).build();

    HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid-wayback.html"), Pages.ALLOFMP3_WAYBACK, options);

    assertThat(parser.context.get()).isEqualTo(PageContext.builder()
        .url(Pages.ALLOFMP3)
        .zone(ZoneId.of("Europe/Helsinki"))
        .capturedAt(CAPTURED)
        .build());
  }

  @Test
  void theCallersSourceIsKeptAndCompletedByTheArchive() {
    Source given = Source.builder().uri(URI.create("urn:warc:demo")).recordId("<urn:uuid:1>").build();

    Article article = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid-wayback.html"),
        Pages.ALLOFMP3_WAYBACK, ParseOptions.builder().source(given).build());

    assertThat(article.source()).hasValue(given.withArchiveUrl(Pages.ALLOFMP3_WAYBACK).withCapturedAt(CAPTURED));
  }

  /**
   * A WARC record of the Wayback Machine's replay was fetched when its WARC-Date says, years after the archive
   * captured what the page shows: the archive's capture time is the page's, and its relative dates count from it.
   * A caller's record of another address (the original, or none of the archive's) keeps its own time.
   */
  @Test
  void aRecordOfTheArchivesOwnAddressTakesTheArchivesCaptureTime() {
    Source replay = Source.builder().uri(Pages.ALLOFMP3_WAYBACK).recordId("<urn:uuid:2>")
        .capturedAt(OffsetDateTime.parse("2025-01-01T00:00Z")).build();
    Source other = Source.builder().uri(URI.create("urn:warc:demo"))
        .capturedAt(OffsetDateTime.parse("2025-01-01T00:00Z")).build();

    Article fromReplay = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid-wayback.html"),
        Pages.ALLOFMP3_WAYBACK, ParseOptions.builder().source(replay).build());
    Article fromOther = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid-wayback.html"),
        Pages.ALLOFMP3_WAYBACK, ParseOptions.builder().source(other).build());

    assertThat(fromReplay.source()).hasValue(replay.withArchiveUrl(Pages.ALLOFMP3_WAYBACK).withCapturedAt(CAPTURED));
    assertThat(fromOther.source().flatMap(Source::capturedAt)).hasValue(OffsetDateTime.parse("2025-01-01T00:00Z"));
  }

  /**
   * The archive answers an address whose timestamp is partial, too long or impossible with the capture nearest to
   * it: the page is the archive's copy all the same, with its original URL and its archive URL, but of a capture
   * whose time the address does not tell. A record of that address then has no capture time, rather than the time
   * the replay was fetched, and nor has the page parsed by the address alone.
   */
  /**
   * A replay is read as the page it copies: a link to the writer's handle is one on the page's own host, which is
   * the original's, not the archive's, and a placeholder the archive wrapped ({@code //:0}) stays no image.
   */
  @Test
  void aReplayOfAPageReadsAsThePageItself() {
    String page = """
        <html><head><title>Der Haushalt steht</title></head><body>
        <div class="author"><a href="%1$s/@jroe"><div class="avatar"></div></a>
          <div class="name"><a href="%1$s/@jroe"><strong>Jane Roe</strong></a><p>Writes about city budgets</p></div>
        </div><h1>Der Haushalt steht</h1>
        <p><img src="%2$s" alt="Der Rat"></p>
        <p>Der Rat hat den Haushalt am Donnerstag beschlossen, nach einer Debatte von fast vier Jahren.</p>
        <p>Die Stadt investiert in Schulen, Brücken und den Nahverkehr, und die Opposition stimmte zu.</p>
        </body></html>""";
    URI live = URI.create("https://news.example.com/haushalt");
    URI replay = URI.create("https://web.archive.org/web/20190501120000/" + live);

    Article direct = HtmlArticles.parse(page.formatted("", "//:0"), live);
    Article archived = HtmlArticles.parse(page.formatted("/web/20190501120000/https://news.example.com",
        "https://web.archive.org/web/20190501120000im_/https://:0"), replay);

    assertThat(archived.authors()).containsExactly(Author.builder().name("Jane Roe")
        .url(URI.create("https://news.example.com/@jroe")).build());
    assertThat(archived.authors()).isEqualTo(direct.authors());
    assertThat(archived.body()).isEqualTo(direct.body());
    assertThat(archived.body()).noneMatch(b -> b instanceof Image);
  }

  /**
   * A WARC record of a pywb replay on a host of its own, which only the page's markup tells as an archive's: the
   * record was fetched when it says, the page captured when the archive's timestamp says.
   */
  @Test
  void aRecordOfAPywbReplayTakesTheArchivesCaptureTime() {
    URI address = URI.create("https://webarchive.example.ac.uk/courier-collection/20160218174457mp_/"
        + "https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/");
    Source record = Source.builder().uri(address).recordId("<urn:uuid:4>")
        .capturedAt(OffsetDateTime.parse("2025-01-01T00:00Z")).build();

    Article article = HtmlArticles.parse(Pages.text("pywb-harbour-reopens.html"), address,
        ParseOptions.builder().source(record).build());

    assertThat(article.url()).hasValue(URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/"));
    assertThat(article.source().flatMap(Source::capturedAt)).hasValue(OffsetDateTime.parse("2016-02-18T17:44:57Z"));
    assertThat(article.source().map(Source::uri)).hasValue(address);
    assertThat(article.source().flatMap(Source::recordId)).hasValue("<urn:uuid:4>");
  }

  /**
   * An archive.today snapshot, read at its short address or from a WARC record of it fetched years later: the
   * article is the captured page's, at its original address, captured when the archive says; not dated at the capture
   * nor named after the archive, as the snapshot's head would have it.
   */
  @Test
  void anArchiveTodaySnapshotIsTheCapturedPage() {
    URI address = URI.create("https://archive.ph/Qm7tR");
    URI original = URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/");
    Source record = Source.builder().uri(address).recordId("<urn:uuid:5>")
        .capturedAt(OffsetDateTime.parse("2025-01-01T00:00Z")).build();

    Article served = HtmlArticles.parse(Pages.text("archive-today-harbour-reopens.html"), address);
    Article fromRecord = HtmlArticles.parse(Pages.text("archive-today-harbour-reopens.html"), address,
        ParseOptions.builder().source(record).build());

    for (Article article : List.of(served, fromRecord)) {
      assertThat(article.url()).hasValue(original);
      assertThat(article.siteName()).hasValue("Westhaven Courier");
      assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2016-02-17T00:00Z"));
      assertThat(article.text()).startsWith("The harbour reopened").doesNotContain("Saved from", "archive");
      assertThat(article.comments()).hasSize(2);
    }
    assertThat(served.source()).hasValue(Source.builder().uri(original).archiveUrl(address)
        .capturedAt(OffsetDateTime.parse("2016-02-20T09:12:44Z")).build());
    assertThat(fromRecord.source()).hasValue(Source.builder().uri(address).recordId("<urn:uuid:5>")
        .archiveUrl(address).capturedAt(OffsetDateTime.parse("2016-02-20T09:12:44Z")).build());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2012", "20120510", "201205100835121", "20120599999999"})
  void anArchiveAddressThatDatesNoCaptureGivesNoCaptureTime(String timestamp) {
    URI address = URI.create("https://web.archive.org/web/" + timestamp + "/" + Pages.ALLOFMP3);
    Source replay = Source.builder().uri(address).recordId("<urn:uuid:3>")
        .capturedAt(OffsetDateTime.parse("2025-01-01T00:00Z")).build();

    Article fromReplay = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid-wayback.html"), address,
        ParseOptions.builder().source(replay).build());
    Article byAddress = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid-wayback.html"), address);

    assertThat(fromReplay.url()).hasValue(Pages.ALLOFMP3);
    assertThat(fromReplay.source()).hasValue(Source.builder().uri(address).recordId("<urn:uuid:3>")
        .archiveUrl(address).build());
    assertThat(byAddress.url()).hasValue(Pages.ALLOFMP3);
    assertThat(byAddress.source()).hasValue(Source.builder().uri(Pages.ALLOFMP3).archiveUrl(address).build());
    assertThat(byAddress.title()).isEqualTo(HtmlArticles.parse(Pages.text(GOLDEN), Pages.ALLOFMP3).title());
  }

  @Test
  void theCallersSourceOfALivePageIsKeptAsItIs() {
    Source given = Source.builder().uri(Pages.ALLOFMP3).capturedAt(OffsetDateTime.parse("2013-01-01T00:00Z"))
        .build();

    Article article = HtmlArticles.parse(Pages.text(GOLDEN), Pages.ALLOFMP3,
        ParseOptions.builder().source(given).build());

    assertThat(article.source()).hasValue(given);
  }

  @Test
  void aSavedFileGoesToItsSitesParserByItsCanonicalUrl() {
    URI file = URI.create("file:///data/allofmp3.html");

    Article article = HtmlArticles.parse(Pages.text(GOLDEN), file);

    assertThat(article.comments()).hasSize(5);
    assertThat(article.url()).as("a file: URI is no http URL").isEmpty();
    assertThat(article.source()).hasValue(Source.of(file));
  }

  @Test
  void pagesOfOtherSitesGetTheGenericExtractor() {
    Article article = HtmlArticles.parse("<html lang=fi><head><meta property='og:title' content='Otsikko'>"
        + "<meta property='og:site_name' content='Uutiset'></head><body><p>x</p></body></html>",
        URI.create("https://uutiset.example.fi/a"));

    assertThat(article.title()).hasValue("Otsikko");
    assertThat(article.siteName()).hasValue("Uutiset");
    assertThat(article.url()).hasValue(URI.create("https://uutiset.example.fi/a"));
  }

  @Test
  void aPageAtAHostWithAnUnderscoreKeepsItsUrlsAndItsAuthorsPage() {
    Article article = HtmlArticles.parse("<html><head><title>Otsikko</title>"
        + "<link rel=canonical href='https://my_blog.example.fi/2024/otsikko'></head><body><h1>Otsikko</h1>"
        + "<p class=byline>By <a rel=author href='/author/jane'>Jane Roe</a></p><p>x</p></body></html>",
        URI.create("http://my_blog.example.fi/2024/otsikko?ref=feed"));

    assertThat(article.url()).hasValue(URI.create("http://my_blog.example.fi/2024/otsikko?ref=feed"));
    assertThat(article.canonicalUrl()).hasValue(URI.create("https://my_blog.example.fi/2024/otsikko"));
    assertThat(article.authors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Jane Roe");
      assertThat(a.url()).hasValue(URI.create("http://my_blog.example.fi/author/jane"));
    });
  }

  @Test
  void aValueThatBreaksTheModelIsReportedWithThePageAndTheSiteParser() {
    SiteParser broken = new Recording() {
      @Override
      public Article parse(Document page, PageContext context) {
        Comment c = Comment.builder().id("1").addBody(Paragraph.of("x")).build();
        return Article.builder().title("t").addComments(c, c).build();
      }
    };

    assertThatThrownBy(() -> HtmlArticles.parse("<p>x", Pages.ALLOFMP3,
        ParseOptions.builder().siteParsers(SiteParsers.of(broken)).build()))
        .isInstanceOfSatisfying(PageParseException.class, e -> {
          assertThat(e.page()).isEqualTo(Pages.ALLOFMP3);
          assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
        })
        .hasMessage(Pages.ALLOFMP3 + ": site parser " + broken.getClass().getName() + " built an invalid article:"
            + " comments[1].id: duplicates the id of an earlier comment, '1'");
  }

  /**
   * {@code %c2%b7}, {@code %C2%B7} and {@code ·} are one character: a page read with any spelling, as a WARC reader, a
   * scraper or a browser's saved file writes it, has one URL, as RFC 3986 writes it.
   */
  @Test
  void thePageUrlWritesItsEscapesInUpperCase() {
    String html = "<html><head><title>Garden</title></head><body><h1>Garden</h1><p>The garden opens in May, and the"
        + " gardeners will show the beds that survived the winter frost to every visitor who asks.</p></body></html>";

    Article lower = HtmlArticles.parse(html, URI.create("https://x.test/2014/jarman-%c2%b7-garden/?q=%e2%80%93"));
    Article upper = HtmlArticles.parse(html, URI.create("https://x.test/2014/jarman-%C2%B7-garden/?q=%E2%80%93"));

    assertThat(lower.url()).contains(URI.create("https://x.test/2014/jarman-%C2%B7-garden/?q=%E2%80%93"));
    assertThat(lower).isEqualTo(upper);
    assertThat(HtmlArticles.parse(html, URI.create("https://x.test/a%2fb/cafe")).url())
        .as("only the escapes' digits").contains(URI.create("https://x.test/a%2Fb/cafe"));
    assertThat(HtmlArticles.parse(html, URI.create("https://x.test/news/تحلیل-روز?q=é")).url())
        .as("a path in Unicode, as a browser sends it")
        .contains(URI.create("https://x.test/news/%D8%AA%D8%AD%D9%84%DB%8C%D9%84-%D8%B1%D9%88%D8%B2?q=%C3%A9"));
  }

  /**
   * A scraper that follows a link to a comment ({@code #comments}) or fetches with credentials in the URL used to
   * get them back in {@code url()}, in the links resolved against it ({@code og:image}) and in the messages of
   * exceptions: a password in every record of a dataset, and two articles for one page.
   */
  @Test
  void thePageUrlIsTheAddressServedWithoutFragmentOrCredentials() {
    String html = "<html><head><title>Ferry</title><meta property=og:image content=/og.jpg></head><body><h1>Ferry"
        + "</h1><p>The ferry company said on Monday that the winter timetable would start a week earlier this year."
        + " Passengers can change their tickets free of charge at the harbour office.</p></body></html>";
    URI plain = URI.create("https://x.test/news/a.html?id=5");

    Article withBoth = HtmlArticles.parse(html, URI.create("https://ann:secret@x.test/news/a.html?id=5#comments"));
    Article archived = HtmlArticles.parse(html,
        URI.create("https://web.archive.org/web/20160218174457/http://x.test/news/a.html#comments"));

    assertThat(withBoth).isEqualTo(HtmlArticles.parse(html, plain));
    assertThat(withBoth.url()).contains(plain);
    assertThat(withBoth.images()).extracting(Image::url).containsExactly(URI.create("https://x.test/og.jpg"));
    assertThat(archived.url()).contains(URI.create("http://x.test/news/a.html"));
    assertThat(archived.source().flatMap(Source::archiveUrl))
        .contains(URI.create("https://web.archive.org/web/20160218174457/http://x.test/news/a.html"));
    Document parsed = Jsoup.parse(html, "https://ann:secret@x.test/news/a.html?id=5#comments");
    assertThat(HtmlArticles.parse(parsed, URI.create(parsed.location()), ParseOptions.defaults()))
        .as("a document the caller parsed with that URL").isEqualTo(withBoth);
    assertThat(parsed.baseUri()).isEqualTo("https://ann:secret@x.test/news/a.html?id=5#comments");
    assertThatThrownBy(() -> HtmlArticles.parse("", URI.create("https://ann:secret@x.test/a#c")))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageStartingWith("https://x.test/a at ")
        .satisfies(e -> assertThat(((PageParseException) e).page()).isEqualTo(URI.create("https://x.test/a")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTPS://X.Test/News/a.html", "https://x.test:443/News/a.html",
      "https://web.archive.org/web/20160218174457/https://x.test:443/News/a.html"})
  void onePageHasOneUrlHoweverItsSchemeAndHostAreSpelled(String url) {
    String html = "<title>Ferry</title><h1>Ferry</h1>";

    assertThat(HtmlArticles.parse(html, URI.create(url)).url()).contains(URI.create("https://x.test/News/a.html"));
  }

  /**
   * Archive-It's collections, which researchers cite, replay captures at its own Wayback addresses: such a page was
   * taken for a page of wayback.archive-it.org, its url() the archive's, with no capture time and no site parser.
   */
  @Test
  void anArchiveItCopyIsTheLivePageWithItsCapture() {
    URI archived = URI.create("https://wayback.archive-it.org/1068/20120510083512/" + Pages.ALLOFMP3);

    Article article = HtmlArticles.parse(Pages.text(GOLDEN), archived);

    assertThat(article.withSource(Source.of(Pages.ALLOFMP3))).isEqualTo(HtmlArticles.parse(Pages.text(GOLDEN),
        Pages.ALLOFMP3).withSource(Source.of(Pages.ALLOFMP3)));
    assertThat(article.url()).contains(Pages.ALLOFMP3);
    assertThat(article.source()).contains(Source.builder().uri(Pages.ALLOFMP3).capturedAt(CAPTURED)
        .archiveUrl(archived).build());
  }

  @Test
  void thePageUrlMustBeAbsolute() {
    assertThatThrownBy(() -> HtmlArticles.parse("<title>t</title>", URI.create("/news/a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/news/a'");
  }

  @Test
  void aTransportCharsetOutranksThePagesOwn() throws IOException {
    // In windows-1251, the page's own label, 0xE9 would be the Cyrillic \u0439.
    byte[] bytes = "<meta charset=windows-1251><title>caf\u00e9</title>"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    Article article = HtmlArticles.parse(new java.io.ByteArrayInputStream(bytes), URI.create("https://x.test/"),
        ParseOptions.builder().charset("ISO-8859-1").build());

    assertThat(article.title()).hasValue("caf\u00e9");
  }

  /**
   * A scraper holds the response's {@code Content-Type} header whole; passed as it is, it used to be an unknown
   * label, ignored without a word, and a windows-1251 page without a meta of its own came out in windows-1252.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text/html; charset=windows-1251", "text/html;charset=\"CP1251\"",
      "TEXT/HTML; Charset=Windows-1251; foo=bar"})
  void aWholeContentTypeHeaderDeclaresItsCharset(String contentType) throws IOException {
    byte[] bytes = "<title>\u041f\u0430\u0440\u043e\u043c</title>"
        .getBytes(java.nio.charset.Charset.forName("windows-1251"));

    Article article = HtmlArticles.parse(new java.io.ByteArrayInputStream(bytes), URI.create("https://x.test/"),
        ParseOptions.builder().charset(contentType).build());

    assertThat(article.title()).hasValue("\u041f\u0430\u0440\u043e\u043c");
  }

  @Test
  void aContentTypeWithoutACharsetDeclaresNone() throws IOException {
    byte[] bytes = "<meta charset=windows-1251><title>\u041f\u0430\u0440\u043e\u043c</title>"
        .getBytes(java.nio.charset.Charset.forName("windows-1251"));

    Article article = HtmlArticles.parse(new java.io.ByteArrayInputStream(bytes), URI.create("https://x.test/"),
        ParseOptions.builder().charset("text/html").build());

    assertThat(article.title()).hasValue("\u041f\u0430\u0440\u043e\u043c");
  }

  @Test
  void aDescriptionThatMentionsACharsetDoesNotDeclareOne() throws IOException {
    byte[] bytes = ("<meta name=description content=\"How to set charset=windows-1251 in PHP\">"
        + "<title>Gr\u00f6\u00dfe</title>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Article article = HtmlArticles.parse(new java.io.ByteArrayInputStream(bytes), URI.create("https://x.test/"));

    assertThat(article.title()).hasValue("Gr\u00f6\u00dfe");
  }

  @Test
  void aTransportUtf16IsLittleEndianAsInBrowsers() throws IOException {
    byte[] bytes = "<title>Gr\u00f6\u00dfe \u6771\u4eac</title>".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

    Article article = HtmlArticles.parse(new java.io.ByteArrayInputStream(bytes), URI.create("https://x.test/"),
        ParseOptions.builder().charset("utf-16").build());

    assertThat(article.title()).hasValue("Gr\u00f6\u00dfe \u6771\u4eac");
  }
}
