package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.html.NotAnArticleException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class GenericExtractorTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/story");

  private static Article extract(String head, Optional<ZoneId> zone) {
    return GenericExtractor.extract(Jsoup.parse("<html lang=en-GB><head>" + head + "</head><body></body></html>",
        URL.toString()), URL, zone, Optional.empty());
  }

  @Test
  void readsTheStandardMetadata() {
    Article article = extract("""
        <title>Story | Example News</title>
        <meta property="og:title" content=" The  story ">
        <meta property="og:description" content="What happened.">
        <meta property="og:site_name" content="Example News">
        <meta property="og:image" content="/img/1.jpg"><meta property="og:image" content="/img/1.jpg">
        <meta property="article:section" content="World">
        <meta property="article:tag" content="a"><meta property="article:tag" content="b">
        <meta property="article:tag" content="a"><meta property="article:tag" content=" ">
        <meta property="article:published_time" content="2024-05-01T08:00:00+02:00">
        <meta property="article:modified_time" content="2024-05-01T09:30:00Z">
        <meta name="author" content="Jane Roe">
        <link rel="canonical" href="https://news.example.com/story">
        """, Optional.empty());

    assertThat(article).isEqualTo(Article.builder()
        .title("The story")
        .description("What happened.")
        .siteName("Example News")
        .section("World")
        .addTags("a", "b")
        .addImages(Image.of(URI.create("https://news.example.com/img/1.jpg")))
        .addAuthors(Author.of("Jane Roe"))
        .publishedAt(OffsetDateTime.parse("2024-05-01T08:00+02:00"))
        .modifiedAt(OffsetDateTime.parse("2024-05-01T09:30Z"))
        .canonicalUrl(URI.create("https://news.example.com/story"))
        .language(Locale.forLanguageTag("en-GB"))
        .build());
  }

  @Test
  void metaContentEscapedTwiceOrHoldingMarkupReadsAsThePageShowsIt() {
    Article article = extract("""
        <meta property="og:title" content="Rock &amp;amp; Roll">
        <meta property="og:description" content="&lt;p&gt;That&amp;#039;s what you&amp;#8217;ll get in M&amp;uuml;nchen.&lt;/p&gt;">
        <meta property="og:site_name" content="R&amp;Dept &amp;copyright">
        <meta property="og:image" content="https://cdn.example.com/a.jpg?w=1&amp;amp;h=2">
        """, Optional.empty());

    assertThat(article.title()).contains("Rock & Roll");
    assertThat(article.description()).contains("That's what you\u2019ll get in M\u00fcnchen.");
    // No reference was escaped twice here: a bare ampersand, and a name run on into a word, stay as written.
    assertThat(article.siteName()).contains("R&Dept &copyright");
    assertThat(article.images()).extracting(i -> i.url().toString())
        .containsExactly("https://cdn.example.com/a.jpg?w=1&h=2");
  }

  @Test
  void fallsBackToTheDocumentTitle() {
    assertThat(extract("<title>Plain title</title>", Optional.empty()).title()).hasValue("Plain title");
  }

  @Test
  void readsATimeWithoutOffsetInTheCallersZoneElseInTheZoneOfThePagesRegion() {
    String head = "<title>t</title><meta property='article:published_time' content='2024-05-01T08:00'>";

    Article guessed = extract(head, Optional.empty());
    assertThat(guessed.publishedAt()).as("<html lang=en-GB>").hasValue(OffsetDateTime.parse("2024-05-01T08:00+01:00"));
    assertThat(guessed.assumedZone()).hasValue(ZoneId.of("Europe/London"));
    Article article = extract(head, Optional.of(ZoneId.of("Europe/Berlin")));
    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-01T08:00+02:00"));
    assertThat(article.assumedZone()).hasValue(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void dropsUntrustworthyValues() {
    Article article = extract("""
        <title>t</title>
        <meta property="og:image" content="javascript:alert(1)">
        <meta name="author" content="https://facebook.com/someone">
        <meta property="article:published_time" content="2024-05-01T08:00:00Z">
        <meta property="article:modified_time" content="2023-01-01T00:00:00Z">
        <meta property="article:published_time" content="soon">
        <link rel="canonical" href="/relative/is/resolved">
        """, Optional.empty());

    assertThat(article.images()).isEmpty();
    assertThat(article.authors()).isEmpty();
    assertThat(article.modifiedAt()).as("a modification before publication cannot be right").isEmpty();
    assertThat(article.canonicalUrl()).hasValue(URI.create("https://news.example.com/relative/is/resolved"));
  }

  @Test
  void aPageWithNeitherTitleNorBodyIsNotAnArticle() {
    assertThatThrownBy(() -> extract("<meta charset=utf-8>", Optional.empty()))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessageStartingWith(URL + " at 'body': the page has neither a title");
  }

  @Test
  void aPageWithABodyButNoTitleIsAnArticle() {
    String text = "The council approved the plan for the new bridge on Monday after a debate that lasted all day.";
    String more = "Work on the bridge starts in the spring and should be finished within two years.";
    var page = Jsoup.parse("<html><body><article><p>" + text + "</p><p>" + more + "</p></article><footer></footer>"
        + "</body></html>", URL.toString());

    Article article = GenericExtractor.extract(page, URL, Optional.empty(), Optional.empty());

    assertThat(article.title()).isEmpty();
    assertThat(article.body()).extracting(b -> b.text()).containsExactly(text, more);
  }

  @Test
  void anIllFormedLanguageIsLeftOut() {
    var page = Jsoup.parse("<html lang='not a tag!'><title>t</title></html>", URL.toString());

    assertThat(GenericExtractor.extract(page, URL, Optional.empty(), Optional.empty()).language()).isEmpty();
  }

  /**
   * A well-formed tag whose language subtag is no language, a word ({@code english}) or no ISO 639 code ({@code zz}),
   * leaves the language unknown, or to the next place that declares it; a known code of 2 or 3 letters is kept.
   */
  @Test
  void aLanguageThatIsNoCodeIsLeftOut() {
    assertThat(language("<html lang=english>")).isEmpty();
    assertThat(language("<html lang=zz>")).isEmpty();
    assertThat(language("<html lang=zz-ZZ>")).isEmpty();
    // Java reads "ere" as an extended language subtag, the language itself; no code Java knows
    assertThat(language("<html lang=de-ere>")).isEmpty();
    assertThat(language("<html lang=zxx>")).isEmpty();
    assertThat(language("<html lang=english><meta http-equiv=Content-Language content=en-GB>"))
        .hasValue(Locale.forLanguageTag("en-GB"));
    assertThat(language("<html lang=gsw-CH>")).hasValue(Locale.forLanguageTag("gsw-CH"));
    assertThat(language("<html lang=sh>")).hasValue(Locale.forLanguageTag("sh"));
    assertThat(language("<html lang=EN_us>")).hasValue(Locale.forLanguageTag("en-US"));
  }

  private static Optional<Locale> language(String start) {
    var page = Jsoup.parse(start + "<title>t</title></html>", URL.toString());
    return GenericExtractor.extract(page, URL, Optional.empty(), Optional.empty()).language();
  }
}

