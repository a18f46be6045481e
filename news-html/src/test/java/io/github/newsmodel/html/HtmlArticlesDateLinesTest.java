package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date lines in the shapes that news sites print, through the public API: the article's publication and
 * modification times, with the offset the line states or the zone assumed for it. The pages are made by hand after
 * those sites' markup.
 */
class HtmlArticlesDateLinesTest {
  private static final String PAGE = """
      <html lang="%s"><head><title>Council approves new bridge | Example News</title></head><body><article>
      <h1>Council approves new bridge</h1>
      %s
      <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
      debate that lasted almost four years and divided the neighbourhoods on both of its banks.</p>
      <p>Work is to start in the spring, and the bridge is to open two years later, the mayor said.</p>
      </article></body></html>""";

  private static Article parse(String lang, String url, String dateLines) {
    return HtmlArticles.parse(PAGE.formatted(lang, dateLines), URI.create(url));
  }

  /**
   * An hour named in words after the date is that day's noon or midnight, the midnight that starts the day; the zone
   * after it states the offset. Without a zone, the site's country's zone is assumed.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      en-US | May 3, 2024, 12 noon ET               | https://www.example.com/politics/bridge | 2024-05-03T12:00-04:00 |
      en-US | May 3, 2024, 12:00 midnight ET        | https://www.example.com/politics/bridge | 2024-05-03T00:00-04:00 |
      en-GB | Posted 3 May 2024 at midnight         | https://www.example.co.uk/news/bridge   | 2024-05-03T00:00+01:00 | Europe/London
      en-GB | Posted 3 May 2024 at noon             | https://www.example.co.uk/news/bridge   | 2024-05-03T12:00+01:00 | Europe/London
      fr    | Publié le 3 mai 2024 à midi           | https://www.example.fr/politique/pont   | 2024-05-03T12:00+02:00 | Europe/Paris
      en-US | May 3, 2024, 9 a.m. ET                | https://www.example.com/politics/bridge | 2024-05-03T09:00-04:00 |
      fr    | Publié le 3 mai 2024 à 14h            | https://www.example.fr/politique/pont   | 2024-05-03T14:00+02:00 | Europe/Paris
      """)
  void anHourInWordsOrWithoutMinutesIsTheDatesTime(String lang, String line, String url, String published,
      String assumed) {
    Article article = parse(lang, url, "<p class=\"date\">" + line + "</p>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(published));
    assertThat(article.publishedAtDateOnly()).isFalse();
    assertThat(article.assumedZone().map(Object::toString).orElse(null)).isEqualTo(assumed);
  }

  /**
   * The publication and update lines of the local stations of the United States, a slash between each date and its
   * time, and the zone after it.
   */
  @Test
  void aSlashBetweenTheDateAndItsTime() {
    String lines = "<p class=\"meta\">Posted: May 3, 2024 / 09:15 AM CDT</p>"
        + "<p class=\"meta\">Updated: May 4, 2024 / 08:02 AM CDT</p>";
    Article article = parse("en-US", "https://www.example.com/news/local/bridge", lines);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15-05:00"));
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse("2024-05-04T08:02-05:00"));
    assertThat(article.assumedZone()).isEmpty();
  }

  /**
   * A version's number in a date line or beside the headline is no publication date, and the page's date is the
   * one it prints: a release's notes dated below their number.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Release 1.2.2024
      Version 2.1.2023
      Firmware 3.10.2019
      """)
  void aVersionsNumberIsNoPublicationDate(String version) {
    Article alone = parse("en", "https://www.example.com/software/notes", "<p class=\"date\">" + version + "</p>");
    Article dated = parse("en", "https://www.example.com/software/notes", "<p class=\"meta\">" + version
        + "</p><p class=\"date\">Posted May 3, 2024</p>");

    assertThat(alone.publishedAt()).isEmpty();
    assertThat(dated.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T00:00Z"));
  }

  /** German "am 1.2.2024" and "Update 1.2.2024" date the article, as "v. 27.3.2007", "vom", does. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Veröffentlicht am 1.2.2024       | 2024-02-01T00:00+01:00
      Update 1.2.2024                  | 2024-02-01T00:00+01:00
      Stand v. 27.3.2007               | 2007-03-27T00:00+02:00
      """)
  void aGermanDateAfterAWordThatIsNoVersionsStays(String line, String published) {
    Article article = parse("de", "https://www.example.de/politik/bruecke", "<p class=\"date\">" + line + "</p>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(published));
    assertThat(article.assumedZone().map(Object::toString)).hasValue("Europe/Berlin");
  }

  /**
   * A line that gives its publication and then its change, with a word that an edit notice's line opens with
   * ("modifié"), a change's label of Corriere and of NOS, and El País's update above its publication, beside the
   * headline without a class that names a date: the publication, and the change's time as the modification.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      lemonde # fr # https://www.example.fr/politique/pont # <p class="meta__date">Publié le 03 mai 2024 à 09h15, modifié le 04 mai 2024 à 08h02</p> # 2024-05-03T09:15+02:00 # 2024-05-04T08:02+02:00
      corriere # it # https://www.example.it/politica/ponte # <p class="date">3 maggio 2024 (modifica il 4 maggio 2024 | 08:02)</p> # 2024-05-03T00:00+02:00 # 2024-05-04T08:02+02:00
      nos # nl # https://www.example.nl/politiek/brug # <p class="date">3 mei 2024, 09:15 • Aangepast 4 mei 2024, 08:02</p> # 2024-05-03T09:15+02:00 # 2024-05-04T08:02+02:00
      elpais # es # https://www.example.es/politica/puente # <div class="a_md_f">Actualizado: 04 may 2024 - 08:02 CEST</div><div class="a_md_f">Madrid - 03 may 2024 - 09:15 CEST</div> # 2024-05-03T09:15+02:00 # 2024-05-04T08:02+02:00
      """)
  void aLineThatGivesAChangeGivesTheModification(String site, String lang, String url, String lines, String published,
      String modified) {
    Article article = parse(lang, url, lines);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(published));
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse(modified));
  }

  /**
   * A line that gives the update first and then the first publication, in English, German, French and Spanish: the
   * first publication is the publication time, the update the modification time.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '#', textBlock = """
      en-US # Updated May 5, 2024, first published May 3, 2024 # https://www.example.com/politics/bridge # 2024-05-03T00:00Z # 2024-05-05T00:00Z
      de # Aktualisiert am 5.5.2024, erstmals veröffentlicht am 3.5.2024 # https://www.example.de/politik/bruecke # 2024-05-03T00:00+02:00 # 2024-05-05T00:00+02:00
      fr # Mis à jour le 05/05/2024 à 08:02, publié le 03/05/2024 à 09:15 # https://www.example.fr/politique/pont # 2024-05-03T09:15+02:00 # 2024-05-05T08:02+02:00
      fr # Mis à jour le 5 mai 2024, publié pour la première fois le 3 mai 2024 # https://www.example.fr/politique/pont # 2024-05-03T00:00+02:00 # 2024-05-05T00:00+02:00
      es # Actualizado el 5 de mayo de 2024, publicado originalmente el 3 de mayo de 2024 # https://www.example.es/politica/puente # 2024-05-03T00:00+02:00 # 2024-05-05T00:00+02:00
      """)
  void aLineThatGivesItsUpdateFirstGivesThePublicationAfterIt(String lang, String line, String url,
      String published, String modified) {
    Article article = parse(lang, url, "<p class=\"date\">" + line + "</p>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(published));
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse(modified));
  }

  /**
   * The Guardian's date line: the update's time unlabelled, and the first publication's in the element after it. The
   * first publication is the publication time, the update the modification time, with the offset of BST.
   */
  @Test
  void aFirstPublicationAfterAnUnlabelledUpdate() {
    Article article = parse("en-GB", "https://www.example.co.uk/world/bridge", """
        <details class="dcr-1ybxn6r"><summary class="dcr-12fpzem"><span class="dcr-u0h1qy">Sat 4 May 2024 10.02 BST\
        </span></summary><span class="dcr-u0h1qy">First published on Fri 3 May 2024 09.15 BST</span></details>""");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15+01:00"));
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse("2024-05-04T10:02+01:00"));
    assertThat(article.assumedZone()).isEmpty();
  }

  /**
   * A collapsible date line whose summary gives one time and whose text after it the other: the summary is a line of
   * its own, so that its zone stays its time's and does not run into the label after it ("BSTFirst published").
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      <details class="dcr-date"><summary>12:40 BST, 4 May 2024</summary>First published on Fri 3 May 2024 09.15 BST</details> # 2024-05-03T09:15+01:00 # 2024-05-04T12:40+01:00
      <details class="dcr-date"><summary>Fri 3 May 2024 09.15 BST</summary>Last modified on Sat 4 May 2024 10.02 BST</details> # 2024-05-03T09:15+01:00 # 2024-05-04T10:02+01:00
      """)
  void aCollapsibleDateLinesSummaryIsALineOfItsOwn(String lines, String published, String modified) {
    Article article = parse("en-GB", "https://www.example.co.uk/world/bridge", lines);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(published));
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse(modified));
    assertThat(article.assumedZone()).isEmpty();
  }

  /**
   * A date line that prints its day and time without a year, as Finnish sites print the days of the current year,
   * takes the year of the strongest other evidence: the URL's date or the markup's publication day, when the printed
   * day is within a few days of it; else the markup's modification or the capture, when it is not after it in that
   * year. The zone of the site's country is assumed. Without such evidence, or against it, no year is guessed, nor
   * for a line that labels a change.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '#', textBlock = """
      url date # Julkaistu: 3.5. 9:15 # https://www.example.fi/uutiset/2024/05/03/silta # # # 2024-05-03T09:15+03:00
      declared day # Julkaistu 3.5. klo 9.15 # https://www.example.fi/uutiset/silta # "datePublished": "2024-05-03" # # 2024-05-03T09:15+03:00
      declared change # Julkaistu: 3.5. 9:15 # https://www.example.fi/uutiset/silta # "dateModified": "2024-05-04T08:02:00+03:00" # # 2024-05-03T09:15+03:00
      capture # Julkaistu: 3.5. 9:15 # https://www.example.fi/uutiset/silta # # 2024-06-01T12:00Z # 2024-05-03T09:15+03:00
      url date far off # Julkaistu: 3.5. 9:15 # https://www.example.fi/uutiset/2023/12/20/silta # # # 2023-12-20T00:00+02:00
      day after capture # Julkaistu: 3.5. 9:15 # https://www.example.fi/uutiset/silta # # 2024-04-01T12:00Z #
      no evidence # Julkaistu: 3.5. 9:15 # https://www.example.fi/uutiset/silta # # #
      a change # Päivitetty 4.5. 8:02 # https://www.example.fi/uutiset/silta # # 2024-06-01T12:00Z #
      """)
  void aDayWithoutAYearTakesTheYearOfTheOtherEvidence(String evidence, String line, String url, String ld,
      String capturedAt, String published) {
    String page = PAGE.formatted("fi", (ld == null ? "" : "<script type=\"application/ld+json\">{\"@type\":"
        + " \"NewsArticle\", \"headline\": \"Council approves new bridge\", " + ld + "}</script>")
        + "<p class=\"date\">" + line + "</p>");
    ParseOptions options = capturedAt == null ? ParseOptions.defaults() : ParseOptions.builder()
        .source(Source.builder().uri(URI.create(url)).capturedAt(OffsetDateTime.parse(capturedAt)).build()).build();

    Article article = HtmlArticles.parse(page, URI.create(url), options);

    assertThat(article.publishedAt().map(OffsetDateTime::toString).orElse(null))
        .isEqualTo(published == null ? null : OffsetDateTime.parse(published).toString());
  }

  /**
   * A page without an {@code <h1>} whose template calls the article's parts teasers, its headline an {@code <h2>}
   * in a "teaser" block that shows the declared title and its date line a "teaser" meta line above it: the heading
   * is the headline though its class names a teaser, and so the date line above it is the article's.
   */
  @Test
  void aHeadlineInABlockThatItsTemplateCallsATeaser() {
    String page = """
        <html lang="de"><head><meta property="og:title" content="Bericht zur Lage vom 22.04.2020 und was nun zu tun ist">
        <title>Bericht zur Lage vom 22.04.2020 und was nun zu tun ist – Beispielblatt</title></head><body>
        <div class="beitrag"><div class="teaser_text_meta"><a href="/autor/jroe">Jane Roe</a> / 22.04.2020 / 06:15
        / <a href="#fuss">Foto: Beispielblatt</a></div>
        <div class="teaser_blog_text" id="article_content"><h2>Bericht zur Lage vom 22.04.2020 und was nun zu tun ist</h2>
        <p>Nach Auswertung der zur Verfügung stehenden Daten ist die Lage eine andere als noch vor vier Wochen, und
        die Politik muss nun entscheiden, wie es weitergeht.</p>
        <p>Die Zahlen der letzten Tage zeigen, dass die Maßnahmen wirken, und die Kliniken melden freie Betten.</p>
        </div></div>
        <div class="teaser"><h2>Ein anderer Bericht</h2><p class="teaser_text_meta">John Doe / 01.03.2020</p></div>
        </body></html>""";

    Article article = HtmlArticles.parse(page, URI.create("https://www.example.com/artikel/bericht_zur_lage"));

    assertThat(article.title()).hasValue("Bericht zur Lage vom 22.04.2020 und was nun zu tun ist");
    assertThat(article.publishedAt().map(OffsetDateTime::toLocalDateTime))
        .hasValue(java.time.LocalDateTime.parse("2020-04-22T06:15"));
  }

  /**
   * A time the markup gives in UTC to the second takes the offset of the time the page prints to the minute, with
   * the markup's seconds, and so the local day: a time in ET, or a local time whole hours from it. A round hour to
   * the minute is no such match: another time could be that many hours off by chance.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '#', textBlock = """
      en-US # 2023-11-09T03:28:35Z # <p class="date">Published Nov. 8, 2023, 10:28 p.m. ET</p> # 2023-11-08T22:28:35-05:00
      en-US # 2023-11-09T03:28:35Z # <p class="date">Published Nov. 8, 2023, 10:28 p.m.</p> # 2023-11-08T22:28:35-05:00
      de # 2022-12-25T11:00:02Z # <p class="date">25. Dezember 2022, 01:00 Uhr</p> # 2022-12-25T11:00:02Z
      """)
  void aMarkupTimeInUtcTakesTheOffsetOfTheSameMinuteThePagePrints(String lang, String declared, String line,
      String published) {
    Article article = parse(lang, "https://www.example.com/politics/bridge", """
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves new bridge",
          "datePublished": "%s"}</script>""".formatted(declared) + line);

    assertThat(article.publishedAt().map(OffsetDateTime::toString)).hasValue(OffsetDateTime.parse(published)
        .toString());
  }

  /**
   * A first publication's label wins over markup that declares the update's day as the publication's, as content
   * systems do that republish an updated article; on the same day, the markup's time stays.
   */
  @Test
  void aFirstPublicationsLabelWinsOverALaterDeclaredDay() {
    String ld = """
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves new bridge",
          "datePublished": "%s", "dateModified": "2024-05-05T08:02:00-04:00"}</script>""";
    Article later = parse("en-US", "https://www.example.com/politics/bridge", ld.formatted("2024-05-05T08:02:00-04:00")
        + "<p class=\"date\">Updated May 5, 2024, first published May 3, 2024</p>");
    Article sameDay = parse("en-US", "https://www.example.com/politics/bridge", ld.formatted(
        "2024-05-03T09:15:30-04:00") + "<p class=\"date\">Updated May 5, 2024, first published May 3, 2024</p>");

    assertThat(later.publishedAt().map(OffsetDateTime::toLocalDate)).hasValue(java.time.LocalDate.of(2024, 5, 3));
    assertThat(later.modifiedAt()).hasValue(OffsetDateTime.parse("2024-05-05T08:02-04:00"));
    assertThat(sameDay.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-03T09:15:30-04:00"));
  }

  /**
   * What does not say "published" outright leaves the update the publication time, as the page shows it first:
   * "originally created" (when the text was written), German "Unverändert gültig seit" ("valid unchanged since").
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '#', textBlock = """
      en # Last updated 04 Jun 2020, originally created 17 Jun 2019 # https://www.example.com/articles/docker # 2020-06-04T00:00Z
      de # Stand 12.11.2021 (Unverändert gültig seit: 05.11.2021) # https://www.example.de/reise/italien # 2021-11-12T00:00+01:00
      """)
  void noLabelOfThePublicationLeavesTheUpdate(String lang, String line, String url, String published) {
    Article article = parse(lang, url, "<p class=\"date\">" + line + "</p>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(published));
  }

  /**
   * The date lines of news sites in English, German, French, Spanish, Italian, Dutch, Polish, Finnish, Russian and
   * Ukrainian: the publication and modification times, with the offset the line states or, where it states none,
   * the zone of the site's country, which the article records as assumed (a date without a time, as NYT's
   * publication line, takes the offset of the page's other time).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      guardian # en-GB # https://www.example.co.uk/world/bridge # <div class="dcr-date">Fri 3 May 2024 09.15 BST</div><div class="dcr-date">Last modified on Sat 4 May 2024 10.02 BST</div> # 2024-05-03T09:15+01:00 # 2024-05-04T10:02+01:00 #
      dailymail # en-GB # https://www.example.co.uk/news/bridge # <p class="byline-section">Published: 09:15 BST, 3 May 2024 | Updated: 08:02 BST, 4 May 2024</p> # 2024-05-03T09:15+01:00 # 2024-05-04T08:02+01:00 #
      bbclocal # en-GB # https://www.example.co.uk/news/bridge # <p class="date">3 May 2024, 9.15am</p> # 2024-05-03T09:15+01:00 # # Europe/London
      nyt # en-US # https://www.example.com/politics/bridge # <p class="byline-timestamp">Published May 3, 2024 Updated May 4, 2024, 8:02 a.m. ET</p> # 2024-05-03T00:00-04:00 # 2024-05-04T08:02-04:00 # -04:00
      fox # en-US # https://www.example.com/politics/bridge # <span class="article-date">Published May 3, 2024 9:15am EDT</span> # 2024-05-03T09:15-04:00 # #
      wapo # en-US # https://www.example.com/politics/bridge # <span class="display-date">May 3, 2024 at 9:15 a.m. EDT</span> # 2024-05-03T09:15-04:00 # #
      usatoday # en-US # https://www.example.com/politics/bridge # <p class="date">Published 11:45 PM EDT May 3, 2024</p> # 2024-05-03T23:45-04:00 # #
      bloomberg # en # https://www.example.com/politics/bridge # <div class="timestamp">May 3, 2024 at 9:15 AM GMT+2</div> # 2024-05-03T09:15+02:00 # #
      reuters # en # https://www.example.com/politics/bridge # <div class="date-line">May 3, 2024 9:15 AM GMT+1 Updated 2 days ago</div> # 2024-05-03T09:15+01:00 # #
      spiegel # de # https://www.example.de/politik/bruecke # <div class="timeformat">03.05.2024, 09.15 Uhr</div> # 2024-05-03T09:15+02:00 # # Europe/Berlin
      zeit # de # https://www.example.de/politik/bruecke # <p class="metadata__date">3. Mai 2024, 9:15 Uhr</p><p class="metadata__date">Aktualisiert am 4. Mai 2024, 8:02 Uhr</p> # 2024-05-03T09:15+02:00 # 2024-05-04T08:02+02:00 # Europe/Berlin
      tagesschau # de # https://www.example.de/inland/bruecke # <p class="metatextline">Stand: 03.05.2024 09:15 Uhr</p> # 2024-05-03T09:15+02:00 # 2024-05-03T09:15+02:00 # Europe/Berlin
      lefigaro # fr # https://www.example.fr/politique/pont # <p class="date">Publié le 03/05/2024 à 09:15, mis à jour le 04/05/2024 à 08:02</p> # 2024-05-03T09:15+02:00 # 2024-05-04T08:02+02:00 # Europe/Paris
      liberation # fr # https://www.example.fr/politique/pont # <p class="date">publié le 3 mai 2024 à 9h15</p> # 2024-05-03T09:15+02:00 # # Europe/Paris
      elpais # es # https://www.example.es/politica/puente # <div class="a_md_f">Madrid - 03 may 2024 - 09:15 CEST</div> # 2024-05-03T09:15+02:00 # #
      elmundo # es # https://www.example.es/politica/puente # <div class="ue-c-article__publishdate">Actualizado Viernes, 3 mayo 2024 - 09:15</div> # 2024-05-03T09:15+02:00 # 2024-05-03T09:15+02:00 # Europe/Madrid
      repubblica # it # https://www.example.it/politica/ponte # <p class="date">03 MAGGIO 2024 ALLE 09:15</p> # 2024-05-03T09:15+02:00 # # Europe/Rome
      nu # nl # https://www.example.nl/politiek/brug # <p class="date">vrijdag 3 mei 2024, 09:15</p> # 2024-05-03T09:15+02:00 # # Europe/Amsterdam
      onet # pl # https://www.example.pl/polityka/most # <p class="date">3 maja 2024, 09:15</p> # 2024-05-03T09:15+02:00 # # Europe/Warsaw
      rp # pl # https://www.example.pl/polityka/most # <p class="date">Aktualizacja: 04.05.2024 08:02</p><p class="date">Publikacja: 03.05.2024 09:15</p> # 2024-05-03T09:15+02:00 # 2024-05-04T08:02+02:00 # Europe/Warsaw
      wyborcza # pl # https://www.example.pl/polityka/most # <p class="date">Opublikowano: 3 maja 2024 o 09:15</p> # 2024-05-03T09:15+02:00 # # Europe/Warsaw
      yle # fi # https://www.example.fi/uutiset/silta # <p class="date">3.5.2024 9.15 | Päivitetty 4.5.2024 8.02</p> # 2024-05-03T09:15+03:00 # 2024-05-04T08:02+03:00 # Europe/Helsinki
      hs # fi # https://www.example.fi/uutiset/silta # <p class="date">Julkaistu 3.5.2024 klo 9.15</p> # 2024-05-03T09:15+03:00 # # Europe/Helsinki
      ria # ru # https://www.example.ru/politika/most # <p class="date">3 мая 2024, 09:15</p> # 2024-05-03T09:15+03:00 # # Europe/Moscow
      rbc # ru # https://www.example.ru/politika/most # <p class="date">Обновлено 04.05.2024 08:02</p><p class="date">Опубликовано 03.05.2024 09:15</p> # 2024-05-03T09:15+03:00 # 2024-05-04T08:02+03:00 # Europe/Moscow
      pravda # uk # https://www.example.com.ua/polityka/mist # <p class="date">Пʼятниця, 3 травня 2024, 09:15</p> # 2024-05-03T09:15+03:00 # # Europe/Kiev
      unian # uk # https://www.example.ua/polityka/mist # <p class="date">03.05.2024 09:15</p> # 2024-05-03T09:15+03:00 # # Europe/Kiev
      """)
  void theDateLinesOfNewsSites(String site, String lang, String url, String lines, String published,
      String modified, String assumed) {
    Article article = parse(lang, url, lines);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse(published));
    assertThat(article.modifiedAt().map(OffsetDateTime::toString).orElse(null))
        .isEqualTo(modified == null ? null : OffsetDateTime.parse(modified).toString());
    assertThat(article.assumedZone().map(Object::toString).orElse(null)).isEqualTo(assumed);
  }
}
