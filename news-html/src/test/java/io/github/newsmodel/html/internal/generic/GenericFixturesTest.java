package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The generic extractor on whole pages written for these tests, one with rich metadata and one with none. */
class GenericFixturesTest {

  private static Article extract(String fixture, URI url) {
    return GenericExtractor.extract(Jsoup.parse(Pages.text(fixture), url.toString()), url, Optional.empty(),
        Optional.empty());
  }

  /**
   * A metered page: its JSON-LD says not free, on the article and on the part behind the paywall, and its content
   * tier names the kind; the free image and the subscription product it is part of are not the article.
   */
  @Test
  void aPaywalledPageDeclaresItsAccess() {
    Article article = extract("generic-kuestenbote-faehrpreise.html",
        URI.create("https://www.kuestenbote.example.de/region/2024/05/14/faehre-neue-preise"));

    assertThat(article.access()).contains(Access.METERED);
    assertThat(article.body()).as("the text behind the paywall stays in the body").hasSize(3);
  }

  @Test
  void aNewsPageWithStructuredData() {
    URI url = URI.create("https://www.stadtblatt.example.de/lokales/2024/05/01/neuer-plan-marktplatz");

    Article article = extract("generic-stadtblatt-rathaus.html", url);

    assertThat(article).isEqualTo(Article.builder()
        .title("Neuer Plan für den Marktplatz") // the <h1> without its kicker, "Rathaus"
        .canonicalUrl(url)
        .description("Der Stadtrat stellt den Umbau des Marktplatzes vor.")
        .siteName("Stadtblatt")
        .section("Lokales")
        .addTags("Stadtrat", "Marktplatz")
        .language(Locale.forLanguageTag("de-DE"))
        .addImages(Image.of(URI.create("https://www.stadtblatt.example.de/bilder/marktplatz.jpg")))
        .addAuthors(Author.builder().name("Anna Schmid")
                .url(URI.create("https://www.stadtblatt.example.de/autoren/anna-schmid"))
                .addProfiles(URI.create("https://social.example.org/@aschmid"))
                .build(),
            Author.of("Jonas Beck")) // the organisation among the JSON-LD authors is no person
        // JSON-LD outranks article:published_time (2 May) and the WebPage's date (30 April).
        .publishedAt(OffsetDateTime.parse("2024-05-01T18:30+02:00"))
        .modifiedAt(OffsetDateTime.parse("2024-05-02T07:15+02:00"))
        // Two short sentences are less running text than an article has: the body is empty.
        // The reader's comment: her name without the date on the same line, which is the comment's date, read in
        // German and in the zone of the .de domain.
        .addComments(Comment.builder().id("c1").author(Author.of("Leserin Petra")).addBody(Paragraph.of("Endlich!"))
            .publishedAt(OffsetDateTime.parse("2024-05-02T00:00+02:00")).publishedAtDateOnly(true)
            .assumedZone(ZoneId.of("Europe/Berlin")).build())
        .build());
  }

  @Test
  void aBlogPageWithNoMetadataButWhatItShows() {
    URI url = URI.create("https://reisenotizen.example.at/2019/04/drei-tage-in-lissabon/");

    Article article = extract("generic-reisenotizen-lissabon.html", url);

    ZoneId vienna = ZoneId.of("Europe/Vienna"); // the zone of the .at domain
    assertThat(article).isEqualTo(Article.builder()
        .title("Drei Tage in Lissabon") // the <title> without the site's name, shown in the post's <h2>
        .siteName("Reisenotizen")
        .language(Locale.forLanguageTag("de-AT"))
        .addAuthors(Author.of("Maria Gruber")) // not Otto Huber, who wrote a post in the sidebar
        .publishedAt(OffsetDateTime.parse("2019-04-14T09:05+02:00"))
        .assumedZone(vienna)
        .build());
  }
}
