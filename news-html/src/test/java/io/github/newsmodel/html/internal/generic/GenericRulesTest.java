package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The documented rules by which the generic extractor weighs its evidence. */
class GenericRulesTest {
  private static final URI URL = URI.create("https://news.example.com/story");

  private static Article extract(String html) {
    return GenericExtractor.extract(Jsoup.parse(html, URL.toString()), URL, Optional.empty(), Optional.empty());
  }

  /** A Croatian page's "15. listopada 2024." is 15 October, not the 15 November of Czech and Polish. */
  @Test
  void aCroatianPagesDateLineIsReadInCroatian() {
    String page = """
        <html lang="%s"><title>Sabor je izglasao proračun</title><h1>Sabor je izglasao proračun</h1>
        <p class="date">15. listopada 2024. u 14:30</p>
        <p>Hrvatski sabor izglasao je u utorak državni proračun za iduću godinu, nakon duge rasprave.</p>
        <p>Oporba je glasala protiv i najavila da će odluku osporiti pred Ustavnim sudom.</p>""";

    assertThat(extract(page.formatted("hr")).publishedAt()).hasValueSatisfying(t -> assertThat(t.toLocalDateTime())
        .isEqualTo(LocalDateTime.parse("2024-10-15T14:30")));
    assertThat(extract(page.formatted("pl")).publishedAt()).as("the same words on a Polish page")
        .hasValueSatisfying(t -> assertThat(t.getMonthValue()).isEqualTo(11));
  }

  @Test
  void aTimeInUtcTakesTheOffsetThePagePrintsForTheSameMoment() {
    Article sameInstant = extract("""
        <title>t</title>
        <meta property="article:published_time" content="2023-11-09T02:11:03+00:00">
        <script type="application/ld+json">{"@type": "Article", "datePublished": "2023-11-08T21:11:03-05:00"}
        </script>""");
    Article localTwin = extract("""
        <title>t</title>
        <script type="application/ld+json">{"@type": "Article", "datePublished": "2023-11-09T01:49:09Z"}</script>
        <body><h1>t</h1><time datetime="2023-11-08 17:49:09">November 8, 2023 at 5:49 p.m.</time></body>""");

    assertThat(sameInstant.publishedAt()).hasValue(OffsetDateTime.parse("2023-11-08T21:11:03-05:00"));
    assertThat(localTwin.publishedAt()).hasValue(OffsetDateTime.parse("2023-11-08T17:49:09-08:00"));
    assertThat(localTwin.assumedZone()).as("both offsets came from the page").isEmpty();
  }

  /**
   * The publisher's legal name gives way to the site name the page declares; a name read off the title does not
   * overrule it.
   */
  @Test
  void aPublishersLegalNameGivesWayToTheDeclaredSiteName() {
    String ld = """
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "t",
          "publisher": {"@type": "Organization", "name": "Harbour Verlag GmbH"}}</script>""";

    assertThat(extract("<title>t | Harbour Gazette</title>" + ld
        + "<meta property=og:site_name content='Harbour Gazette'>").siteName()).hasValue("Harbour Gazette");
    assertThat(extract("<title>t | Harbour Gazette</title>" + ld).siteName()).hasValue("Harbour Verlag GmbH");
  }

  /**
   * A site name that cannot spell its host (another script, another name) is the part of the title that the link
   * to the home page shows; not the home link's "Home", nor a link to another site's home page.
   */
  @Test
  void theTitlesPartThatTheHomeLinkShowsNamesTheSite() {
    String page = """
        <title>הספרייה החדשה נפתחה - חדשות המפרץ</title>
        <body><header><a href="%s">חדשות המפרץ</a></header><h1>הספרייה החדשה נפתחה</h1><p>טקסט</p></body>""";

    assertThat(extract(page.formatted("/")).siteName()).hasValue("חדשות המפרץ");
    assertThat(extract(page.formatted("https://www.news.example.com/")).siteName()).hasValue("חדשות המפרץ");
    assertThat(extract(page.formatted("https://other.example.org/")).siteName()).isEmpty();
    assertThat(extract(page.formatted("/section/")).siteName()).isEmpty();
    assertThat(extract("<title>Contact - Home</title><body><a href=/>Home</a><h1>Contact</h1></body>").siteName())
        .isEmpty();
    assertThat(extract("""
        <title>Rakennus valmistui | Lahden Sanomat</title><body><a href=/about>Lahden Sanomat</a><a href=/>Etusivu</a>
        <a href=https://news.example.com>Lahden Sanomat</a><h1>Rakennus valmistui</h1></body>""").siteName())
        .as("the same text shown first by another link").hasValue("Lahden Sanomat");
    assertThat(extract("<title> | Rakennus valmistui</title><body><a href=/></a><h1>Rakennus</h1></body>").siteName())
        .as("an empty part and an empty home link").isEmpty();
  }

  /** The modification time takes the page's offset as the publication time does, from any local twin. */
  @Test
  void aModificationTimeInUtcTakesTheOffsetThePagePrintsForTheSameMoment() {
    Article article = extract("""
        <title>t</title>
        <meta property="article:published_time" content="2019-10-18T12:17:42+00:00">
        <meta property="article:modified_time" content="2019-10-18T15:02:10+00:00">
        <body><h1>t</h1><time class="published" datetime="2019-10-18 14:17:42">18. Oktober 2019</time>
        <time class="updated" datetime="2019-10-18 17:02:10">18. Oktober 2019</time></body>""");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2019-10-18T14:17:42+02:00"));
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse("2019-10-18T17:02:10+02:00"));
  }

  @Test
  void theDateThePageShowsWinsWhenItsMarkupConfirmsIt() {
    String republished = """
        <title>t</title>
        <script type="application/ld+json">{"@type": "Article", "datePublished": "2019-06-17T00:00:00Z",
          "dateModified": "2020-06-04T16:41:46Z"}</script>
        <body><h1>t</h1><p class="post-date">Last updated 04 Jun 2020</p></body>""";
    String unconfirmed = republished.replace("\"dateModified\": \"2020-06-04T16:41:46Z\"",
        "\"dateModified\": \"2019-06-18T00:00:00Z\"");

    assertThat(extract(republished).publishedAt()).hasValue(OffsetDateTime.parse("2020-06-04T16:41:46Z"));
    assertThat(extract(unconfirmed).publishedAt()).hasValue(OffsetDateTime.parse("2019-06-17T00:00Z"));
  }

  @Test
  void theDateInTheUrlServesWhenNothingElseDoesAndGivesWayToAPreciseTimeOfTheSameDay() {
    URI url = URI.create("https://www.example.com/2019/08/02/story");
    String html = "<title>t</title><body><h1>t</h1></body>";

    Article fromUrl = GenericExtractor.extract(Jsoup.parse(html, url.toString()), url, Optional.empty(),
        Optional.empty());
    Article refined = GenericExtractor.extract(Jsoup.parse(html.replace("</h1>",
        "</h1><span class='date'>2. August 2019, 14:05</span>"), url.toString()), url, Optional.empty(),
        Optional.empty());

    assertThat(fromUrl.publishedAt()).hasValue(OffsetDateTime.parse("2019-08-02T00:00Z"));
    assertThat(fromUrl.publishedAtDateOnly()).isTrue();
    assertThat(refined.publishedAt()).hasValue(OffsetDateTime.parse("2019-08-02T14:05Z"));
    assertThat(refined.publishedAtDateOnly()).isFalse();
  }

  @Test
  void bylinesAndDatesOfCommentsAndOtherArticlesAreNotTheArticles() {
    Article article = extract("""
        <title>t</title>
        <body>
          <article><h1>t</h1><p>Text.</p></article>
          <ol class="commentlist"><li class="comment"><span class="comment-author byline">By Troll</span>
            <span class="comment-date">12 March 2021</span></li></ol>
          <div class="related-posts"><p class="byline">By Other Writer</p><time datetime="2020-01-01">x</time></div>
        </body>""");

    assertThat(article.authors()).isEmpty();
    assertThat(article.publishedAt()).isEmpty();
  }

  @Test
  void aTemplateThatCallsTheArticlesPartsTeasersStillGivesItsDateLine() {
    String page = """
        <title>Harbour Road gets its bike lane</title>
        <body><div class="story">
          <h1><span class="teaser__kicker">Traffic</span> <span>Harbour Road gets its bike lane</span></h1>
          <div class="teaser__meta"><p class="byline">By Jane Roe on 21 April 2020</p></div>
          <p class="lead">The council voted on Tuesday.</p>
        </div>
        <div class="teaser-list"><div class="teaser__meta">By Other Writer, 2 May 2020</div></div>
        </body>""";
    String plain = page.replace("teaser__kicker", "kicker");

    assertThat(extract(page).publishedAt()).hasValue(OffsetDateTime.parse("2020-04-21T00:00Z"));
    assertThat(extract(plain).publishedAt()).as("elsewhere a teaser is another article's").isEmpty();
  }

  /**
   * TYPO3's news plugin sets a single article's date line and text in a block it calls a teaser, right under the
   * headline, with an empty paragraph between them; the block is the article's own.
   */
  @Test
  void aTeaserBlockRightUnderTheHeadlineIsTheArticlesOwn() {
    String page = """
        <title>Harbour Road gets its bike lane</title>
        <body><div class="csc-default"><h2>Harbour Road gets its bike lane</h2><p></p>
          <div class="teaserTyp3 newsSingle"><div class="newsSingleHeader"><b>Traffic</b><br>21.04.2020</div>
          <p>The council voted on Tuesday to give Harbour Road a bike lane along its whole length, from the ferry
          terminal to the station. Work starts in June and should be done before the schools open again.</p>
          <p>The lane will be two metres wide and painted red. Parking on the road's north side goes, and the
          forty spaces it had are to be made up for in the new car park behind the market hall.</p>
          <p>Traders had asked for the car park to open before the lane is built, and the council agreed.</p>
          </div></div>
        </body>""";

    assertThat(extract(page).publishedAt()).hasValue(OffsetDateTime.parse("2020-04-21T00:00Z"));
    assertThat(extract(page.replace("<p></p>", "<p>Traffic</p>")).publishedAt()).as("a block after another")
        .isEmpty();
    assertThat(extract(page.replaceAll("(?s)<p>The council.*market hall.</p>", "")).publishedAt())
        .as("a teaser's date line and summary alone").isEmpty();
  }

  @Test
  void aDateThatOpensTheFirstParagraphWithADashIsTheReportsDateline() {
    String report = """
        <title>Stolpersteine in Köln</title>
        <body><h2>Stolpersteine in Köln</h2><p>Von Jane Roe</p>
        <p>27.1.2022 – Bei der Erinnerung an die Verfolgten waren viele Opfer lange unsichtbar. Erst in letzter
        Zeit findet ein Umdenken statt, und Initiativen in vielen Städten erinnern an ihre Geschichten, mit
        Steinen, Führungen und Lesungen, die Schulen und Vereine gemeinsam planen.</p></body>""";
    String dateInside = report.replace("<p>27.1.2022 – Bei", "<p>Bei der Feier am 27.1.2022 – und danach – bei");

    assertThat(extract(report).publishedAt()).hasValue(OffsetDateTime.parse("2022-01-27T00:00Z"));
    assertThat(extract(dateInside).publishedAt()).as("a date further in is what the text is about").isEmpty();
  }

  @Test
  void aDateInBracketsThatOpensTheFirstParagraphIsTheReportsDateline() {
    String release = """
        <title>Neue Sorten im Test</title>
        <body><h1>Neue Sorten im Test</h1>
        <p><strong>(18.01.2018) Die Landwirte der Region prüfen in diesem Jahr drei neue Sorten auf ihren Feldern.
        Die Versuche laufen bis zum Herbst, und die Ergebnisse sollen im Winter in einem Bericht für alle Betriebe
        erscheinen, die an dem Programm teilnehmen.</strong></p></body>""";
    String unclosed = release.replace("(18.01.2018)", "(18.01.2018 bis Herbst:");

    assertThat(extract(release).publishedAt()).hasValue(OffsetDateTime.parse("2018-01-18T00:00Z"));
    assertThat(extract(unclosed).publishedAt()).as("a bracket that says more than the date").isEmpty();
  }

  /** Movable Type's later templates print a post's byline and date in the footer of its {@code div.entry-asset}. */
  @Test
  void aMovableTypePostsAssetFooterIsItsOwn() {
    String post = """
        <title>Strom sparen im Büro</title>
        <body><div id="alpha"><div class="entry-asset asset"><div class="asset-header"><h1 class="asset-name">Strom
        sparen im Büro</h1></div>
        <div class="asset-content"><div class="asset-body"><p>Wer im Büro den Rechner am Abend ganz ausschaltet,
        spart im Jahr mehr Strom, als die meisten denken, und die Kollegen sparen mit, wenn alle mitmachen.</p>
        </div></div>
        <div class="asset-footer"><div class="asset-meta">Von Christian am 03.05.2013, 11:51 | 0 Meinungen</div>
        </div></div></div>
        <div id="beta"><div class="widget-footer">Zuletzt aktualisiert am 01.01.2020</div></div></body>""";

    assertThat(extract(post).publishedAt()).hasValue(OffsetDateTime.parse("2013-05-03T11:51Z"));
    assertThat(extract(post.replace("entry-asset asset", "asset-wrapper")).publishedAt())
        .as("the footer of a container that is not named as a post is the page's").isEmpty();
  }

  /** WordPress's Kubrick theme starts a long line under the post with its date, then its categories. */
  @Test
  void theDateThatOpensAKubrickPostsLongMetadataLine() {
    String post = """
        <title>Harbour lights</title>
        <body><div class="post" id="post-12"><h2>Harbour lights</h2>
        <div class="entry"><p>The new lights on the harbour wall were switched on last night, and the ferry crews say
        the crossing in the dark is much easier now, above all in the fog of the early winter mornings.</p></div>
        <p class="postmetadata alt"><small>This entry was posted on Saturday, December 3rd, 2011 at 10:00 am and is
        filed under <a href="/category/harbour/">Harbour</a>. You can follow any responses to this entry through the
        RSS 2.0 feed. You can leave a response, or trackback from your own site.</small></p></div></body>""";

    assertThat(extract(post).publishedAt()).hasValue(OffsetDateTime.parse("2011-12-03T10:00Z"));
  }

  /** A date line that prints an age gives the date its tooltip holds, where no capture time dates the age. */
  @Test
  void anAgeWhoseTooltipGivesTheDate() {
    String page = """
        <title>Harbour lights</title>
        <body><h1>Harbour lights</h1><div class="post-meta"><span class="date" title="%s">%s</span></div>
        <p>The new lights on the harbour wall were switched on last night, and the ferry crews say the crossing in
        the dark is much easier now, above all in the fog of the early winter mornings.</p></body>""";

    assertThat(extract(page.formatted("03 Dec 2011 10:00", "1 week 3 days ago")).publishedAt())
        .hasValue(OffsetDateTime.parse("2011-12-03T10:00Z"));
    assertThat(extract(page.formatted("Show the exact time", "1 week 3 days ago")).publishedAt())
        .as("a tooltip that is no date").isEmpty();
    assertThat(extract(page.formatted("03 Dec 2011 10:00", "Harbour news")).publishedAt())
        .as("the tooltip of a line that prints no age is not read").isEmpty();
  }

  @Test
  void aLowerHeadingThatShowsTheTitleWholeIsTheHeadlineWhoseDateLineCounts() {
    String release = """
        <title>Effiziente Hybridbatterie</title>
        <body><div class="top"><h2>Pressemitteilungen</h2><h3>Suche</h3></div>
        <div><p><em>01.11.2023 11:35</em></p><h4>Effiziente Hybridbatterie</h4>
        <p>Eine schnell ladende Brennstoffzelle speichert Strom aus Sonne und Wind.</p></div></body>""";

    assertThat(extract(release).publishedAt()).hasValue(OffsetDateTime.parse("2023-11-01T11:35Z"));
    assertThat(extract(release.replace("<h4>Effiziente Hybridbatterie</h4>", "<h4>Pressestelle</h4>")).publishedAt())
        .as("without a headline, an undated line is no date line").isEmpty();
  }

  @Test
  void aLabelBeforeTheHeadlineInItsOwnElementIsNotPartOfTheTitle() {
    Article article = extract("<title>Protected bike lanes on Harbour Road</title><body><h1>Thread: <span"
        + " class=threadtitle><a href=showthread.php>Protected bike lanes on Harbour Road</a></span></h1></body>");

    assertThat(article.title()).hasValue("Protected bike lanes on Harbour Road");
  }

  @Test
  void aBylineWithoutAClassIsReadNextToTheHeadline() {
    Article article = extract("<title>t</title><body><h1>t</h1><p><i>von Daniela Obers</i></p>"
        + "<p>Von Anfang an war klar, dass niemand kommt.</p></body>");

    assertThat(article.authors()).containsExactly(Author.of("Daniela Obers"));
  }

  /** São Paulo began daylight saving time at midnight until 2019: 4 November 2018 had no 00:00, yet a date. */
  @Test
  void aDateOnADayWhoseMidnightTheZoneSkippedIsKept() {
    String html = "<head><title>t</title><meta property='article:published_time' content='2018-11-04'></head>"
        + "<body><h1>t</h1></body>";

    Article article = HtmlArticles.parse(html, URI.create("https://www.example.com.br/noticia/t"),
        ParseOptions.builder().assumedZone(ZoneId.of("America/Sao_Paulo")).build());

    assertThat(article.assumedZone()).hasValue(ZoneId.of("America/Sao_Paulo"));
    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2018-11-04T00:00-03:00"));
    assertThat(article.publishedAtDateOnly()).isTrue();
  }

  @Test
  void relativeDatesCountFromTheCaptureOfAnArchivedCopy() {
    String html = "<title>t</title><body><h1>t</h1><span class='date'>vor 2 Tagen</span></body>";
    URI archived = URI.create("https://web.archive.org/web/20200301120000/https://www.example.de/story");

    Article article = HtmlArticles.parse(html, archived);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2020-02-28T00:00+01:00"));
    assertThat(article.publishedAtDateOnly()).isTrue();
    assertThat(article.assumedZone()).hasValue(ZoneId.of("Europe/Berlin"));
    assertThat(HtmlArticles.parse(html, URI.create("https://www.example.de/story")).publishedAt())
        .as("without a capture time, 'two days ago' means nothing").isEmpty();
  }

  @Test
  void theCallersZoneAndCaptureTimeComeThroughTheOptions() {
    String html = "<title>t</title><meta name='pubdate' content='2021-05-03 10:00'>"
        + "<body><h1>t</h1><span class='date'>3 hours ago</span></body>";
    ParseOptions options = ParseOptions.builder()
        .assumedZone(ZoneId.of("America/New_York"))
        .source(Source.builder().uri(URL).capturedAt(OffsetDateTime.parse("2021-05-03T20:00Z")).build())
        .build();

    Article article = HtmlArticles.parse(html, URL, options);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2021-05-03T10:00-04:00"));
    assertThat(article.assumedZone()).hasValue(ZoneId.of("America/New_York"));
  }

  @Test
  void theTagAndCategoryLinksThePageShowsAreItsTagsAndSectionWhenNoSourceDeclaresThem() {
    Article a = extract("""
        <title>Lightroom ist schnell</title>
        <body><div class="sidebar"><a href="/tag/linux/" rel="tag">Linux</a></div>
        <article><h1>Lightroom ist schnell</h1><p>Der iMac rechnet wieder flott.</p></article>
        <div class="blogpost_footer"><a href="/category/mac/" rel="category tag">Mac</a>
          <a href="/tag/imac/" rel="tag">iMac</a> <a href="/tag/lightroom/" rel="TAG">Lightroom</a>
          <a href="/tag/imac/" rel="tag">imac</a></div>
        <ul class="related-posts"><li><a href="/tag/windows/" rel="tag">Windows</a></li></ul></body>""");

    assertThat(a.tags()).as("not the sidebar's or another article's").containsExactly("iMac", "Lightroom");
    assertThat(a.section()).contains("Mac");
  }

  @Test
  void declaredTagsAndSectionOutrankTheLinks() {
    Article a = extract("""
        <title>t</title><meta property="article:tag" content="Apple"><meta property="article:section" content="Tech">
        <body><article><h1>t</h1><a href="/category/mac/" rel="category tag">Mac</a>
        <a href="/tag/imac/" rel="tag">iMac</a></article></body>""");

    assertThat(a.tags()).containsExactly("Apple");
    assertThat(a.section()).contains("Tech");
  }

  @Test
  void aBreadcrumbListNamesTheSectionAboveTheArticle() {
    String page = """
        <title>Was bringen Alternativen?</title>
        <script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [
          {"@type": "ListItem", "position": 3, "item": {"@id": "%s", "name": "%s"}},
          {"@type": "ListItem", "position": 1, "item": {"@id": "https://news.example.com/", "name": "Home"}},
          {"@type": "ListItem", "position": 2, "item": {"@id": "https://news.example.com/gesundheit",
            "name": "Gesundheit"}}]}</script>
        <body><h1>Was bringen Alternativen?</h1><p>Text.</p></body>""";

    assertThat(extract(page.formatted("http://news.example.com/story/", "Lesen")).section())
        .as("the last item links to the page").contains("Gesundheit");
    assertThat(extract(page.formatted("https://news.example.com/x", "Was bringen Alternativen?")).section())
        .as("the last item is the title").contains("Gesundheit");
    assertThat(extract(page.formatted("https://news.example.com/x", "Was bringen...")).section())
        .as("the last item is the title cut short").contains("Gesundheit");
    assertThat(extract(page.formatted("https://news.example.com/x", "Heilkräuter")).section())
        .as("a deeper section").contains("Heilkräuter");
  }
}
