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

/** Comment systems print the times of the current year without it; the article's day gives the year. */
class YearlessCommentTimesTest {
  private static final String PAGE = """
      <html lang="de"><head><title>Die Fähre fährt im Winter stündlich</title>
      <meta property="article:published_time" content="%s"></head><body>
      <article><h1>Die Fähre fährt im Winter stündlich</h1>
      <p>Ab Montag fährt die Fähre über den Fluss nur noch einmal in der Stunde. Die Gemeinde begründet das mit
      den wenigen Fahrgästen in den Wintermonaten und mit den Kosten für das Personal am Anleger.</p>
      <p>Im April kehrt der Halbstundentakt zurück, wenn die ersten Ausflügler wieder kommen.</p></article>
      <section id="comments"><h2>2 Kommentare</h2><ol class="commentlist">
      <li class="comment" id="comment-11"><div class="comment-author"><b class="fn">Mara</b></div>
      <div class="comment-meta"><a href="#comment-11">18. März um 08:37</a></div>
      <p>Dann nehme ich eben das Rad über die Brücke.</p></li>
      <li class="comment" id="comment-12"><div class="comment-author"><b class="fn">Jonas</b></div>
      <div class="comment-meta"><a href="#comment-12">2. Januar um 19:05</a></div>
      <p>Im Januar fährt sie immer noch stündlich.</p></li>
      </ol></section><footer>Impressum</footer></body></html>
      """;

  @Test
  void aCommentsDayWithoutAYearTakesTheFirstYearOnOrAfterTheArticle() {
    Article article = HtmlArticles.parse(PAGE.formatted("2019-03-14T10:00:00+01:00"),
        URI.create("https://faehre.example.de/2019/03/winterfahrplan"));

    assertThat(article.comments()).extracting(Comment::author).extracting(a -> a.orElseThrow().name())
        .containsExactly("Mara", "Jonas");
    assertThat(article.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2019-03-18T08:37+01:00"), OffsetDateTime.parse("2020-01-02T19:05+01:00"));
    assertThat(article.comments()).extracting(Comment::assumedZone)
        .containsOnly(Optional.of(ZoneId.of("Europe/Berlin")));
  }

  @Test
  void withoutTheArticlesDayOrACaptureNoYearIsGuessed() {
    Article article = HtmlArticles.parse(PAGE.formatted("bald"), URI.create("https://faehre.example.de/winterfahrplan"));

    assertThat(article.comments()).hasSize(2).allSatisfy(c -> assertThat(c.publishedAt()).isEmpty());
  }
}
