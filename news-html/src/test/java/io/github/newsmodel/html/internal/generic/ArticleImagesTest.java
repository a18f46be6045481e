package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Image;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleImagesTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/ferry");

  private static Article extract(String head) {
    return GenericExtractor.extract(Jsoup.parse("<html lang=en-GB><head><title>The ferry</title>" + head
        + "</head><body></body></html>", URL.toString()), URL, Optional.empty(), Optional.empty());
  }

  @Test
  void theDeclaredImageTakesItsAltAndTheCaptionAndCreditOfItsJsonLdObject() {
    Article article = extract("""
        <meta property="og:image" content="https://cdn.example.com/ferry.jpg?w=1200">
        <meta property="og:image:alt" content="The ferry at the quay">
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "The ferry", "image": {"@type": "ImageObject", "url": "http://cdn.example.com/ferry.jpg",
          "caption": "The winter ferry leaves at dawn.", "creditText": "Jane Roe/Harbour Images"}}</script>
        """);

    assertThat(article.images()).containsExactly(Image.builder()
        .url(URI.create("https://cdn.example.com/ferry.jpg?w=1200"))
        .alt("The ferry at the quay")
        .caption("The winter ferry leaves at dawn.")
        .credit("Jane Roe/Harbour Images")
        .build());
  }

  @Test
  void aCreditEndingTheJsonLdCaptionOrItsCopyrightHoldersNameIsTheCredit() {
    Article fromCaption = extract("""
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "The ferry",
          "image": [{"@type": "ImageObject", "url": "https://cdn.example.com/ferry.jpg",
          "caption": ": The winter ferry leaves at dawn. Foto: dpa"}]}</script>
        """);
    Article fromHolder = extract("""
        <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "The ferry",
          "image": {"@id": "https://news.example.com/#ferry"}}, {"@type": "ImageObject",
          "@id": "https://news.example.com/#ferry", "contentUrl": "https://cdn.example.com/ferry.jpg",
          "copyrightHolder": {"@type": "Organization", "name": "Harbour Office"}}]}</script>
        """);

    assertThat(fromCaption.images()).singleElement().satisfies(i -> {
      assertThat(i.caption()).contains("The winter ferry leaves at dawn.");
      assertThat(i.credit()).contains("dpa");
    });
    assertThat(fromHolder.images()).singleElement().satisfies(i -> {
      assertThat(i.url()).isEqualTo(URI.create("https://cdn.example.com/ferry.jpg"));
      assertThat(i.caption()).isEmpty();
      assertThat(i.credit()).contains("Harbour Office");
    });
  }

  @Test
  void aFileNameOrSlugIsNoCaptionOrAltText() {
    Article article = extract("""
        <meta property="og:image" content="https://cdn.example.com/ferry.jpg">
        <meta property="og:image:alt" content="winter-ferry-leaves-at-dawn">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "The ferry",
          "image": {"@type": "ImageObject", "url": "https://cdn.example.com/ferry.jpg",
          "caption": "Faehre-im-Winter-am-Westkai.jpg", "creditText": "Harbour Office"}}</script>
        """);
    Article words = extract("""
        <meta property="og:image" content="https://cdn.example.com/cake.jpg">
        <meta property="og:image:alt" content="Mandarinen-Schmand-Kuchen">
        """);

    assertThat(article.images()).containsExactly(Image.builder().url(URI.create("https://cdn.example.com/ferry.jpg"))
        .credit("Harbour Office").build());
    assertThat(words.images()).singleElement().satisfies(i -> assertThat(i.alt()).contains("Mandarinen-Schmand-Kuchen"));
  }

  @Test
  void anotherImagesObjectAndAnAltTextThatPairsWithNoImageAreLeftOut() {
    Article article = extract("""
        <meta property="og:image" content="https://cdn.example.com/ferry.jpg">
        <meta property="og:image" content="https://cdn.example.com/quay.jpg">
        <meta property="og:image:alt" content="Which of the two?">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "The ferry",
          "image": {"@type": "ImageObject", "url": "https://cdn.example.com/other.jpg",
          "caption": "Another picture", "creditText": "Someone"}}</script>
        """);

    assertThat(article.images()).containsExactly(Image.of(URI.create("https://cdn.example.com/ferry.jpg")),
        Image.of(URI.create("https://cdn.example.com/quay.jpg")));
  }

  /** A path that names no file is a script's, whose query says which image it serves: two queries, two images. */
  @Test
  void anImageServedByAScriptIsMatchedWithItsQuery() {
    Article article = extract("""
        <meta property="og:image" content="https://news.example.com/image?id=1">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "The ferry",
          "image": [{"@type": "ImageObject", "url": "https://news.example.com/image?id=2",
          "caption": "The harbour master", "creditText": "Harbour Office"},
          {"@type": "ImageObject", "url": "https://news.example.com/image?id=1",
          "caption": "The winter ferry leaves at dawn.", "creditText": "Jane Roe"}]}</script>
        """);

    assertThat(article.images()).containsExactly(Image.builder()
        .url(URI.create("https://news.example.com/image?id=1"))
        .caption("The winter ferry leaves at dawn.")
        .credit("Jane Roe")
        .build());
  }
}
