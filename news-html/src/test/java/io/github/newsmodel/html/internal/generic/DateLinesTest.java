package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the date lines that a page shows its readers give the article's times. */
class DateLinesTest {
  private static final URI URL = URI.create("https://news.example.com/politics/council-bridge");

  private static Article parse(String dateLines) {
    return parse("", dateLines, URL);
  }

  private static Article parse(String lang, String dateLines, URI url) {
    return HtmlArticles.parse("""
        <html%s><head><title>Council approves new bridge | Example News</title></head><body><article>
        <h1>Council approves new bridge</h1>
        %s
        <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
        debate that lasted almost four years.</p>
        </article></body></html>""".formatted(lang, dateLines), url);
  }

  /**
   * The zone's abbreviation after the time gives its offset, which the page states and nobody assumes; the US zones'
   * generic names take their daylight offset in May.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Friday 3 May 2024 09.15 BST   | 2024-05-03T09:15+01:00
      May 3, 2024 at 9:15 a.m. EDT  | 2024-05-03T09:15-04:00
      03 May 2024, 09:15 CEST       | 2024-05-03T09:15+02:00
      May 3, 2024 9:15 a.m. ET      | 2024-05-03T09:15-04:00
      May 3, 2024 9:15 p.m. PT      | 2024-05-03T21:15-07:00
      """)
  void aZoneAbbreviationAfterTheTimeGivesItsOffset(String line, String expected) {
    Article article = parse("<p class=\"date\">" + line + "</p>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(expected));
    assertThat(article.assumedZone()).isEmpty();
  }

  /**
   * A date line of a relative day with a zone after its time gives that zone's offset, counted from the capture on
   * the day there: at 03:00 UTC on 4 May it is still 3 May in Los Angeles. The page states the offset, and nobody
   * assumes a zone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Today 7:30 p.m. PT            | 2024-05-03T19:30-07:00
      Yesterday at 14:30 CET        | 2024-05-03T14:30+01:00
      heute, 01:15 Uhr MESZ         | 2024-05-04T01:15+02:00
      """)
  void aZoneAfterTheTimeOfARelativeDayGivesItsOffset(String line, String expected) {
    ParseOptions options = ParseOptions.builder()
        .source(Source.builder().uri(URL).capturedAt(OffsetDateTime.parse("2024-05-04T03:00Z")).build()).build();
    Article article = HtmlArticles.parse("""
        <html><head><title>Council approves new bridge | Example News</title></head><body><article>
        <h1>Council approves new bridge</h1>
        <p class="date">%s</p>
        <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
        debate that lasted almost four years.</p>
        </article></body></html>""".formatted(line), URL, options);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(expected));
    assertThat(article.assumedZone()).isEmpty();
  }

  /**
   * An update printed above the publication is the modification time, and the publication time is the one below;
   * where the page shows no other time, its update's stands for the publication, as readers cite it.
   */
  @Test
  void anUpdateIsThePublicationTimeOnlyWhereThePageShowsNoOther() {
    Article lines = parse("<p class=\"date\">Updated May 4, 2024 2:30 PM</p>"
        + "<p class=\"date\">Published May 3, 2024 9:15 AM</p>");
    Article times = parse("<span>Updated <time datetime=\"2024-05-04T14:30:00-04:00\">May 4</time></span> "
        + "<span>Published <time datetime=\"2024-05-03T09:15:00-04:00\">May 3</time></span>");
    Article shown = parse("<div class=\"meta\"><span>Updated <time datetime=\"2024-05-04T14:30:00-04:00\">"
        + "May 4, 2024 2:30 PM</time></span> <span>Published <time datetime=\"2024-05-03T09:15:00-04:00\">"
        + "May 3, 2024 9:15 AM</time></span></div>");
    Article onlyLine = parse("<p class=\"date\">Updated May 4, 2024 2:30 PM</p>");
    Article onlyTime = parse("<span>Updated <time datetime=\"2024-05-04T14:30:00-04:00\">May 4</time></span>");

    assertThat(lines.publishedAt().map(OffsetDateTime::toLocalDateTime)).hasValue(LocalDateTime.parse("2024-05-03T09:15"));
    assertThat(lines.modifiedAt().map(OffsetDateTime::toLocalDateTime)).hasValue(LocalDateTime.parse("2024-05-04T14:30"));
    assertThat(times.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15-04:00"));
    assertThat(times.modifiedAt()).hasValue(OffsetDateTime.parse("2024-05-04T14:30-04:00"));
    assertThat(shown.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15-04:00"));
    assertThat(shown.modifiedAt()).hasValue(OffsetDateTime.parse("2024-05-04T14:30-04:00"));
    assertThat(onlyLine.publishedAt().map(OffsetDateTime::toLocalDateTime))
        .hasValue(LocalDateTime.parse("2024-05-04T14:30"));
    assertThat(onlyTime.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-04T14:30-04:00"));
  }

  /**
   * The update that a page shows above its publication line does not overrule the declared publication time, though
   * the declared modification time confirms the update's day, as a republished article's date would be.
   */
  @Test
  void aShownUpdateDoesNotOverruleTheDeclaredPublicationThePageShowsToo() {
    Article article = parse("""
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-03T09:15:00-04:00",
          "dateModified": "2024-05-04T14:30:00-04:00"}</script>
        <p class="date">Updated May 4, 2024 2:30 PM</p><p class="date">Published May 3, 2024 9:15 AM</p>""");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15-04:00"));
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse("2024-05-04T14:30-04:00"));
  }

  /**
   * Only the text right before a time labels it, and not a block: a subheading that ends in "updated" makes no
   * update of the time below it.
   */
  @Test
  void aHeadingThatEndsInUpdatedIsNoLabel() {
    Article article = parse("<span>Updated <time datetime=\"2024-05-04T14:30:00-04:00\"></time></span>"
        + "<h2>Bridge plan updated</h2><time datetime=\"2024-05-03T09:15:00-04:00\"></time>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15-04:00"));
  }

  /** Russian and Ukrainian dates with the year's full word keep the time after it. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | 3 мая 2024 года, 09:15
      ru | Опубликовано: 3 мая 2024 года в 09:15
      uk | 3 травня 2024 року о 09:15
      """)
  void theYearsWordKeepsTheTimeAfterIt(String lang, String line) {
    Article article = parse(" lang=\"" + lang + "\"", "<p class=\"date\">" + line + "</p>",
        URI.create("https://novosti.example.ru/politika/most"));

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15+03:00"));
    assertThat(article.publishedAtDateOnly()).isFalse();
  }

  /**
   * Drupal's default date, "Fri, 05/03/2024 - 10:15", on a page in English of no country: the day of the week
   * settles the order, 3 May (a Friday), not 5 March (a Tuesday). Without it the date is not read at all.
   */
  @Test
  void aDayOfTheWeekBeforeANumericDateSettlesItsOrder() {
    Article article = parse(" lang=\"en\"", "<div class=\"submitted\">Submitted by ann on Fri, 05/03/2024 - 10:15</div>",
        URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDateTime))
        .hasValue(LocalDateTime.parse("2024-05-03T10:15"));
    assertThat(parse(" lang=\"en\"", "<div class=\"submitted\">Submitted by ann on 05/03/2024 - 10:15</div>", URL)
        .publishedAt()).as("no day of the week: either order").isEmpty();
  }

  /** The labels of a change in Dutch, Portuguese, Polish and Italian make the date after them the modification. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      nl | Gepubliceerd: 3 mei 2024, 09:15 · Gewijzigd: 4 mei 2024, 08:02
      pt | Publicado em 03/05/2024 às 09h15 Atualizado em 04/05/2024 às 08h02
      pl | Opublikowano: 03.05.2024, 09:15 · Aktualizacja: 04.05.2024, 08:02
      it | Pubblicato il 3 maggio 2024 alle 09:15 · Modificato il 4 maggio 2024 alle 08:02
      """)
  void aChangesLabelInMoreLanguagesGivesTheModification(String lang, String line) {
    Article article = parse(" lang=\"" + lang + "\"", "<p class=\"date\">" + line + "</p>", URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDateTime))
        .hasValue(LocalDateTime.parse("2024-05-03T09:15"));
    assertThat(article.modifiedAt().map(OffsetDateTime::toLocalDateTime))
        .hasValue(LocalDateTime.parse("2024-05-04T08:02"));
  }

  /** AP's and CNN's date lines print the time, with its zone, before the date. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Updated 2:34 PM EDT, May 3, 2024       | 2024-05-03T14:34-04:00
      Updated 10:15 AM EDT, Fri May 3, 2024  | 2024-05-03T10:15-04:00
      Published 2:15 PM ET May 3, 2024       | 2024-05-03T14:15-04:00
      """)
  void aTimeBeforeItsDateLineGivesThePublicationItsTime(String line, String expected) {
    Article article = parse("<p class=\"timestamp\">" + line + "</p>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(expected));
    assertThat(article.publishedAtDateOnly()).isFalse();
  }

  /**
   * A social network's post embedded in the text shows its own date, in a {@code <time>} that is no date of the
   * article's, however much a {@code <time datetime>} weighs beside a date line.
   */
  @Test
  void anEmbeddedPostsTimeIsItsPosters() {
    Article article = parse("""
        <p class="date">Tuesday, January 29, 2019</p>
        <blockquote class="instagram-media"><p><a>A post shared by Ann</a> on
        <time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018 at 12:30 PDT</time></p></blockquote>""");

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDate))
        .hasValue(java.time.LocalDate.parse("2019-01-29"));
  }

  /** The latest posts that a site's mega-menu lists, each marked as a post, give no date of the article's. */
  @Test
  void aMenusPostsGiveNoDate() {
    Article article = HtmlArticles.parse("""
        <html><head><title>Council approves new bridge | Example News</title>
        <meta property="article:published_time" content="2024-05-03T09:15:00-07:00"></head><body>
        <nav><ul><li class="menu-item"><ul><li class="post type-post"><a>Strike over</a>
        <div class="meta"><time class="entry-date updated">May 5, 2024</time></div></li></ul></li></ul></nav>
        <article><h1>Council approves new bridge</h1>
        <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
        debate that lasted almost four years.</p>
        </article></body></html>""", URL);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15-07:00"));
  }

  /**
   * A declared publication on a later day than the page's shown last change is the time the page was built: the
   * shown change's time stands for the publication. One of the same day stays, as does one that is the shown day
   * read in the other numeric order.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-05-04T11:52:23 | Stand: 03.05.2024 18:00 Uhr  | 2024-05-03T18:00
      2024-05-03T19:10:00 | Stand: 03.05.2024 18:00 Uhr  | 2024-05-03T19:10
      2024-05-03T11:52:23 | Stand: 03.05.2024 18:00 Uhr  | 2024-05-03T11:52:23
      2021-11-01T05:00:14 | Stand: 11/01/2021, 05:00     | 2021-11-01T05:00:14
      """)
  void aDeclaredPublicationAfterTheShownChangeIsThePagesBuild(String declared, String line, String expected) {
    Article article = HtmlArticles.parse("""
        <html lang="de"><head><title>Stadtrat beschließt neue Brücke</title>
        <meta name="date" content="%s"></head><body><article>
        <h1>Stadtrat beschließt neue Brücke</h1><p class="meldungHead"><span class="stand">%s</span></p>
        <p>Der Stadtrat hat am Donnerstagabend den Bau einer neuen Fußgängerbrücke über den Fluss beschlossen und
        damit eine Debatte beendet, die fast vier Jahre gedauert hat.</p>
        </article></body></html>""".formatted(declared, line), URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDateTime))
        .hasValue(LocalDateTime.parse(expected));
  }

  /**
   * The site's masthead, a header that links to the home page, shows the day's edition or a clock, which is no
   * article's date: the article's own date line below the headline gives it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <a class="logo" href="/"><img alt="Example News"><span class="date-edition">Mon 5 Aug 2019, morning edition</span></a>
      <a href="https://news.example.com/">Example News</a><span class="mod_datetime"><time datetime="2019-08-05T13:56:20+02:00">Monday, 5 August 2019</time></span>
      """)
  void theMastheadsDateIsTheSites(String masthead) {
    Article article = HtmlArticles.parse("""
        <html><head><title>Council approves new bridge | Example News</title></head><body>
        <header class="header">%s</header>
        <main><h1>Council approves new bridge</h1>
        <ul class="info"><li>27 June 2019</li><li>By Ann Smith</li></ul>
        <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
        debate that lasted almost four years.</p>
        </main></body></html>""".formatted(masthead), URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.of(2019, 6, 27));
  }

  /**
   * The entries of a list of dated items, each in its own block with a line of the same tag and class, are the
   * items': a list of earlier press releases whose links' class holds a date line's stem ("Publication"), a strip of
   * other articles' teasers above the article. The article's own date is the one shown once.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <main><h1>Council approves new bridge</h1><p><em>10 November 2021</em></p>%s<ul>%s</ul></main>
      <div class=strip>%s</div><main><h1>Council approves new bridge</h1><p class=date>10 November 2021</p>%s</main>
      """)
  void aListsDatesAreItsItems(String layout) {
    String text = "<p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river,"
        + " ending a debate that lasted almost four years.</p>";
    String releases = """
        <li><a class="RichTextIntLink Publication" href="/pm34">No. 34 of 8 November 2021</a></li>
        <li><a class="RichTextIntLink Publication" href="/pm32">No. 32 of 5 November 2021</a></li>
        <li><a class="RichTextIntLink Publication" href="/pm31">No. 31 of 3 November 2021</a></li>""";
    String teasers = """
        <div class=card><a href="/a">Library reopens</a><span class=date>8 November 2021</span></div>
        <div class=card><a href="/b">Market moves</a><span class=date>5 November 2021</span></div>
        <div class=card><a href="/c">Park extended</a><span class=date>3 November 2021</span></div>""";
    String body = layout.startsWith("<main>") ? layout.formatted(text, releases) : layout.formatted(teasers, text);
    Article article = HtmlArticles.parse("<html><head><title>Council approves new bridge</title></head><body>"
        + body + "</body></html>", URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.of(2021, 11, 10));
  }

  /** A page that shows no date but those of a list of dated items, an index, takes the first item's. */
  @Test
  void anIndexTakesItsFirstItemsDate() {
    Article article = HtmlArticles.parse("""
        <html><head><title>Forests | Example Campaigns</title></head><body><main><h1>Forests</h1>
        <p>Our campaign to protect the last great forests of the world, and the people and animals that live in
        them.</p>
        <div class=entry><h3><a href="/blog/1">Fires return</a></h3><span class=date>Blog entry by Ann | 28 April, 2017</span></div>
        <div class=entry><h3><a href="/blog/2">Palm oil</a></h3><span class=date>Blog entry by Ann | 21 February, 2017</span></div>
        <div class=entry><h3><a href="/blog/3">Paper mills</a></h3><span class=date>Blog entry by Bo | 13 February, 2017</span></div>
        </main></body></html>""", URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.of(2017, 4, 28));
  }

  /**
   * A {@code <time>} that shows a date days away from its {@code datetime} contradicts itself, and the date readers
   * see wins; not a day apart, which another offset makes, nor the same day read in the other numeric order, nor a
   * text that labels its date an update's.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      en    | <time datetime="2019-07-03T10:18:46Z">Published on 29 June 2019</time>               | 2019-06-29
      en    | <time class="entry-date published" datetime="2019-07-03T10:18:46Z">29 June 2019</time> | 2019-06-29
      en    | <time datetime="2019-06-29T23:30:00Z">30 June 2019</time>                              | 2019-06-29
      en    | <time datetime="2019-06-29T10:00:00Z">Updated 3 July 2019</time>                       | 2019-06-29
      en-GB | <time datetime="2021-11-01T05:00:00Z">11/01/2021</time>                                | 2021-11-01
      """)
  void aTimeThatShowsAnotherDayIsReadAsItShows(String lang, String time, String expected) {
    Article article = parse(" lang=\"" + lang + "\"", "<div class=\"time\">" + time + "</div>", URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.parse(expected));
  }

  /**
   * A declared publication that is the declared modification's very time, on a later day than the publication the
   * date line shows, is the update's: the line's date wins. Not where the two declared times differ, nor for a date
   * that a paragraph beside the headline names.
   */
  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2020-01-20T09:49:32Z | div class="article-date" | 2020-01-19
      2020-01-21T08:00:00Z | div class="article-date" | 2020-01-20
      2020-01-20T09:49:32Z | p                        | 2020-01-20
      """)
  void aDeclaredPublicationThatIsTheModificationGivesWayToTheDateLine(String modified, String line,
      String expected) {
    Article article = HtmlArticles.parse("""
        <html><head><title>Council approves new bridge</title>
        <meta property="article:published_time" content="2020-01-20T09:49:32Z">
        <meta property="article:modified_time" content="%s"></head><body><article>
        <h1>Council approves new bridge</h1><%s>January 19, 2020 / 12:25 PM / Updated 8 hours ago</%s>
        <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
        debate that lasted almost four years.</p>
        </article></body></html>""".formatted(modified, line, line.split(" ")[0]), URL);

    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.parse(expected));
  }
  /**
   * A caption's date is its picture's: a figure's {@code figcaption}, inside it or set after it, or a caption that
   * opens with a figure's label, gives the article none. A figcaption that holds the headline is a header, and its
   * date the article's.
   */
  @Test
  void aCaptionsDateIsThePicturesNotTheArticles() {
    Article figure = parse("<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>The old bridge, photographed on 31"
        + " May 2021.</figcaption></figure>");
    Article labelled = parse("<div><img src=\"/b.jpg\" alt=\"\"><span>Figure: the river on 12 March 2020</span></div>");
    Article after = parse("<div><figure><img src=\"/c.jpg\" alt=\"\"></figure><figcaption>FILE PHOTO: the bridge on"
        + " November 18, 2019.</figcaption></div>");
    Article header = HtmlArticles.parse("""
        <html><head><title>Council approves new bridge | Example News</title></head><body><article>
        <figure><img src="/a.jpg" alt=""></figure><figcaption><small>31.01.2022</small>
        <h1>Council approves new bridge</h1></figcaption>
        <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
        debate that lasted almost four years.</p>
        </article></body></html>""", URL);

    assertThat(figure.publishedAt()).isEmpty();
    assertThat(labelled.publishedAt()).isEmpty();
    assertThat(after.publishedAt()).as("a figcaption set after its figure").isEmpty();
    assertThat(header.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.of(2022, 1, 31));
  }

  /**
   * A date that a label names in the element after it, as a form or a definition list sets a value: the last
   * change's label gives the modification, which stands for the publication where the page shows no other; a
   * publication's label gives the publication.
   */
  @Test
  void aLabelledValueGivesTheDateItsLabelNames() {
    Article changed = parse("<div><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div>");
    Article both = parse("<dl><dt>Published</dt><dd>3 May 2024</dd><dt>Last updated</dt><dd>5 May 2024</dd></dl>");
    Article other = parse("<table><tr><th>Page views</th><td>3 May 2024</td></tr></table>");
    Article datum = HtmlArticles.parse("""
        <html><head><title>Die Stadt wächst | Example</title><script type="application/ld+json">
        {"@type": "NewsArticle", "datePublished": "2023-05-04T08:00:00+02:00"}</script></head><body><article>
        <h1>Die Stadt wächst</h1><p>Die Einwohnerzahl der Stadt ist im vergangenen Jahr erneut gestiegen, wie das
        Statistische Landesamt mitteilte.</p><dl><dt>Einwohner</dt><dd>612.000</dd><dt>Stand</dt><dd>31.12.2022</dd>
        </dl><table><tr><th>Stand</th><td>31.12.2022</td></tr></table></article></body></html>""", URL);

    assertThat(changed.modifiedAt().map(OffsetDateTime::toLocalDateTime))
        .hasValue(LocalDateTime.of(2022, 1, 14, 9, 25));
    assertThat(changed.publishedAt()).isEqualTo(changed.modifiedAt());
    assertThat(both.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.of(2024, 5, 3));
    assertThat(both.modifiedAt().map(OffsetDateTime::toLocalDate)).hasValue(LocalDate.of(2024, 5, 5));
    assertThat(other.modifiedAt()).as("no label of a change").isEmpty();
    assertThat(datum.publishedAt()).hasValue(OffsetDateTime.parse("2023-05-04T08:00:00+02:00"));
    assertThat(datum.modifiedAt()).as("'Stand' dates the figures, not the page").isEmpty();
  }
}
