package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.HtmlArticles;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * WordPress writes its metadata's times in UTC and prints the blog's own times (the article's day, its comments')
 * in the blog's zone: the UTC offset is no evidence of that zone.
 */
class UtcMetadataZoneTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String PAGE = """
      <html lang="de-DE"><head><title>Zitronenkuchen vom Blech – Backen macht glücklich</title>
      %s</head><body>
      <article><h1>Zitronenkuchen vom Blech</h1><div class="entry-meta">%s</div>
      <p>Der Kuchen braucht nur eine Schüssel und ist in einer Stunde fertig. Die Glasur aus Puderzucker und dem Saft
      von zwei Zitronen zieht in den noch warmen Teig ein und hält ihn tagelang saftig.</p>
      <p>Wer mag, streut vor dem Servieren etwas abgeriebene Schale darüber.</p></article>
      <div id="comments"><h2>2 Kommentare</h2><ol class="comment-list">
      <li class="comment" id="comment-21"><article class="comment-body"><footer class="comment-meta">
      <div class="comment-author"><b class="fn">Mara</b></div>
      <div class="comment-metadata"><a href="#comment-21"><time>19. Februar 2020 um 20:00</time></a></div></footer>
      <div class="comment-content"><p>Gestern gebacken, die Kinder waren begeistert.</p></div></article></li>
      <li class="comment" id="comment-22"><article class="comment-body"><footer class="comment-meta">
      <div class="comment-author"><b class="fn">Jonas</b></div>
      <div class="comment-metadata"><a href="#comment-22"><time>2. Juli 2020 um 09:15</time></a></div></footer>
      <div class="comment-content"><p>Klappt auch mit Limetten.</p></div></article></li>
      </ol></div></body></html>
      """;

  @Test
  void commentsPrintedInTheBlogsZoneAreReadInItBesideMetadataInUtc() {
    Article article = HtmlArticles.parse(PAGE.formatted("""
        <meta property="article:published_time" content="2020-02-17T08:00:00+00:00">
        <meta property="article:modified_time" content="2020-02-18T07:30:00+00:00">""", ""),
        URI.create("https://zitronen.example.com/zitronenkuchen/"));

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2020-02-17T08:00:00Z"));
    assertThat(article.assumedZone()).isEmpty();
    assertThat(article.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2020-02-19T20:00+01:00"), OffsetDateTime.parse("2020-07-02T09:15+02:00"));
    assertThat(article.comments()).extracting(Comment::assumedZone).containsOnly(Optional.of(BERLIN));
  }

  @Test
  void aPrintedDayAndAMetadataTimeInUtcShareTheZoneTheDayWasReadIn() {
    Article article = HtmlArticles.parse(PAGE.formatted("""
        <meta property="article:modified_time" content="2020-02-18T23:30:00+00:00">""",
        "<time class=\"entry-date published\">17. Februar 2020, 9:00</time>"),
        URI.create("https://zitronen.example.com/zitronenkuchen/"));

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2020-02-17T09:00+01:00"));
    // the same instant as the page's 23:30 UTC, on the next day in Berlin
    assertThat(article.modifiedAt()).hasValue(OffsetDateTime.parse("2020-02-19T00:30+01:00"));
    assertThat(article.assumedZone()).hasValue(BERLIN);
    assertThat(article.comments()).extracting(Comment::assumedZone).containsOnly(Optional.of(BERLIN));
  }
}
