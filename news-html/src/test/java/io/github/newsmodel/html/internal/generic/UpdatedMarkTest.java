package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.HtmlArticles;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * An element that a theme marks as the update's ({@code class="updated"}, {@code itemprop="dateModified"}) beside one
 * it marks as the publication's gives the modification time, wherever it stands and whether or not it is hidden.
 */
class UpdatedMarkTest {
  private static Article parse(String head, String dateLine) {
    return HtmlArticles.parse("""
        <html lang="en"><head><title>The ferry runs hourly in winter</title>%s</head><body><article>
        <h1>The ferry runs hourly in winter</h1>%s
        <p>From Monday the ferry crosses the river only once an hour. The council says few passengers take it in
        the winter months, and the staff at the landing stage cost more than the fares bring in.</p>
        </article></body></html>
        """.formatted(head, dateLine), URI.create("https://ferry.example.com/winter-timetable"));
  }

  @Test
  void aHiddenUpdatedSpanBeforeThePublishedDateIsTheModification() {
    Article page = parse("", "<div class=\"entry-meta\"><span class=\"updated\" style=\"display:none\">"
        + "May 10, 2024</span><span class=\"date published\">May 3, 2024</span></div>");

    assertThat(page.publishedAt().map(OffsetDateTime::toLocalDate)).hasValueSatisfying(
        d -> assertThat(d).hasToString("2024-05-03"));
  }

  @Test
  void aHiddenUpdatedTimeBeforeThePublishedTimeIsTheModification() {
    Article page = parse("", "<div class=\"posted-on\"><time class=\"updated\" datetime=\"2024-05-10T08:02:00+00:00\">"
        + "May 10, 2024</time><time class=\"entry-date published\" datetime=\"2024-05-03T09:15:00+00:00\">May 3, 2024"
        + "</time></div>");

    assertThat(page.publishedAt()).contains(OffsetDateTime.parse("2024-05-03T09:15Z"));
    assertThat(page.modifiedAt()).contains(OffsetDateTime.parse("2024-05-10T08:02Z"));
  }

  @Test
  void theDeclaredModificationDoesNotMakeAHiddenUpdatedSpanThePublication() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"The ferry runs hourly"
        + " in winter\",\"datePublished\":\"2024-05-03T09:15:00+00:00\",\"dateModified\":\"2024-05-10T08:02:00+00:00\"}"
        + "</script>";
    Article page = parse(ld, "<div class=\"entry-meta\"><span class=\"updated\" style=\"display:none\">"
        + "May 10, 2024</span><span class=\"date published\">May 3, 2024</span></div>");

    assertThat(page.publishedAt()).contains(OffsetDateTime.parse("2024-05-03T09:15Z"));
    assertThat(page.modifiedAt()).contains(OffsetDateTime.parse("2024-05-10T08:02Z"));
  }

  @Test
  void aMicrodataModifiedTimeBeforeThePublishedOneIsTheModification() {
    Article page = parse("", "<div itemscope itemtype=\"https://schema.org/Article\"><time itemprop=\"dateModified\" "
        + "class=\"hidden\">2024-05-10 08:02:00</time><time itemprop=\"datePublished\" datetime=\"2024-05-03 09:15:00\""
        + " class=\"hidden\">2024-05-03 09:15:00</time><span class=\"box\">03.05.2024 09:15</span></div>");

    assertThat(page.publishedAt().map(OffsetDateTime::toLocalDate)).hasValueSatisfying(
        d -> assertThat(d).hasToString("2024-05-03"));
  }
}
