package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.NotAnArticleException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Pages whose metadata is broken, contradictory, impossible or missing still give what can be trusted. */
class GenericBadInputTest {
  private static final URI URL = URI.create("https://news.example.com/story");
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2021-06-01T12:00Z");

  private static Article extract(String html) {
    return GenericExtractor.extract(Jsoup.parse(html, URL.toString()), URL, Optional.empty(), Optional.of(CAPTURED));
  }

  @Test
  void jsonLdThatDoesNotParseStillGivesWhatCanBeRead() {
    Article article = extract("""
        <title>Fallback | Example</title>
        <script type="application/ld+json">
          {"@type": "NewsArticle", "headline": "The "real" headline",
           "datePublished": "2021-05-03T10:00:00+02:00",
           "author": {"@type": "Person", "name": "Jane Roe"
        </script>
        <script type="application/ld+json">{{{ nothing here ]]]</script>
        """);

    assertThat(article.title()).hasValue("The \"real\" headline");
    assertThat(article.authors()).containsExactly(Author.of("Jane Roe"));
    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2021-05-03T10:00+02:00"));
  }

  @Test
  void contradictorySourcesAreSettledByTheOrderOfStrength() {
    String jsonLd = "<script type='application/ld+json'>{\"@type\": \"Article\", "
        + "\"datePublished\": \"2021-05-03T10:00:00Z\"}</script>";
    String meta = "<meta property='article:published_time' content='2021-05-04T10:00:00Z'>";
    String time = "<time pubdate datetime='2021-05-05T10:00:00Z'>5 May</time>";

    assertThat(extract("<title>t</title>" + meta + time + jsonLd).publishedAt())
        .as("JSON-LD outranks <meta>").hasValue(OffsetDateTime.parse("2021-05-03T10:00Z"));
    assertThat(extract("<title>t</title>" + time + meta).publishedAt())
        .as("<meta> outranks <time>").hasValue(OffsetDateTime.parse("2021-05-04T10:00Z"));
    assertThat(extract("<title>t</title>" + time).publishedAt())
        .hasValue(OffsetDateTime.parse("2021-05-05T10:00Z"));
  }

  @Test
  void aDateAfterTheCaptureIsNotTheArticlesAndTheNextSourceIsAsked() {
    Article article = extract("""
        <title>t</title>
        <script type="application/ld+json">{"@type": "Article", "datePublished": "2031-01-01T00:00:00Z",
          "dateModified": "2030-01-01T00:00:00Z"}</script>
        <meta property="article:published_time" content="2021-05-31T08:00:00Z">
        """);

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2021-05-31T08:00Z"));
    assertThat(article.modifiedAt()).isEmpty();
    assertThat(extract("<title>t</title><meta name='date' content='2099-12-24'>").publishedAt()).isEmpty();
    assertThat(extract("<title>t</title><meta name='date' content='1989-11-09'>").publishedAt())
        .as("before the web").isEmpty();
  }

  @Test
  void aBylineMadeOnlyOfTheSitesNameNamesNoAuthor() {
    Article article = extract("""
        <title>Story - Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta name="author" content="Example News">
        <body><h1>Story</h1><p class="byline">By Example News Staff</p><p>Text.</p></body>
        """);

    assertThat(article.authors()).isEmpty();
    assertThat(article.siteName()).hasValue("Example News");
    assertThat(article.title()).hasValue("Story");
  }

  @Test
  void aPageWithNoMetadataGivesItsHeadlineAndNothingMore() {
    Article article = extract("<html><body><h1>Just a headline</h1><p>Some text.</p></body></html>");

    assertThat(article).isEqualTo(Article.builder().title("Just a headline").build());
  }

  @Test
  void anEmptyPageIsSaidToBeEmpty() {
    assertThatThrownBy(() -> extract(""))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessage(URL + " at 'body': the page is empty: it has no markup and no text");
  }

  @Test
  void aBinaryFileReadAsTextIsSaidToBeNoText() {
    StringBuilder bytes = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      bytes.append((char) (i % 7 == 0 ? 'a' : i % 3 == 0 ? '\uFFFD' : i % 9));
    }

    assertThatThrownBy(() -> extract(bytes.toString()))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageStartingWith(URL + " at 'body': the page is not text: ")
        .hasMessageEndingWith("characters are control characters or bytes its charset cannot decode, as in a"
            + " binary file");
  }

  @Test
  void aPageWithNothingToCallATitleAndNoRunningTextIsNotAnArticle() {
    assertThatThrownBy(() -> extract("<html><body><p>Some text.</p></body></html>"))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageStartingWith(URL + " at 'body': the page has neither a title");
  }

  @Test
  void aDateWithoutATimeIsMidnightMarkedDateOnlyInTheAssumedZone() {
    Article article = extract("<title>t</title><meta name='dc.date.issued' content='2021-05-03'>");

    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2021-05-03T00:00Z"));
    assertThat(article.publishedAtDateOnly()).isTrue();
    assertThat(article.assumedZone()).as("example.com names no zone: UTC").hasValue(ZoneOffset.UTC);
  }
}
