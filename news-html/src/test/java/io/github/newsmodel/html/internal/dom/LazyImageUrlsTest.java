package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.html.HtmlArticles;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Lazy loading scripts show a placeholder in {@code src} and name the picture in another attribute: the picture is
 * the image's URL, and a placeholder or an empty {@code src} is none.
 */
class LazyImageUrlsTest {
  private static final String PAGE = """
      <html lang="en"><head><title>The harbour reopens after the storm</title></head><body>
      <article><h1>The harbour reopens after the storm</h1>
      <p>The harbour reopened on Monday, three weeks after the storm tore two of its piers from their moorings. The
      ferries to the islands run again on their winter timetable, and the fish market opens at six.</p>
      <img src="/v9/images/1x1-white.jpg" class="lazy" alt="The north pier" data-original="/gallery/north-pier.jpg">
      <p>Divers spent a week clearing the wreckage of the piers from the channel before the pilots would bring the
      first ferry in.</p>
      <img src="" data-original="    https://cdn.example.org/ferry.jpg" alt="The first ferry">
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" srcset=""
          data-srcset=" /img/market-480.jpg 480w, /img/market-960.jpg 960w" alt="The fish market">
      <p>The harbour master thanked the crews who worked through the nights to reopen the channel.</p>
      <img src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" alt="Not loaded">
      <img src="/assets/preloaderbig.gif" alt="The crane"><noscript><img src="/img/crane.jpg" alt="The crane">
      </noscript>
      <img src="" alt="Nothing at all">
      <img src="/img/spacer-pixel-test-harbour-logo-transparent.png" alt="The harbour's logo">
      <p>The storm season ends in March, and the port authority expects a quieter winter than last year.</p>
      </article><footer>Harbour News</footer></body></html>
      """;

  @Test
  void aPlaceholderOrAnEmptySrcGivesWayToTheLazilyLoadedPicture() {
    Article article = HtmlArticles.parse(PAGE, URI.create("https://news.example.org/2024/harbour-reopens"));

    assertThat(article.body()).filteredOn(Image.class::isInstance).map(Image.class::cast)
        .extracting(i -> i.url().toString(), i -> i.alt().orElse(""))
        .containsExactly(
            tuple("https://news.example.org/gallery/north-pier.jpg", "The north pier"),
            tuple("https://cdn.example.org/ferry.jpg", "The first ferry"),
            tuple("https://news.example.org/img/market-960.jpg", "The fish market"),
            tuple("https://news.example.org/img/crane.jpg", "The crane"),
            tuple(
                "https://news.example.org/img/spacer-pixel-test-harbour-logo-transparent.png", "The harbour's logo"));
  }

  @Test
  void placeholdersAreToldByTheWordsOfTheirFileNames() {
    assertThat(Placeholders.named("https://x.example/v9/images/1x1-white.jpg")).isTrue();
    assertThat(Placeholders.named("/dist/images/lazyload-placeholder.png?v=2")).isTrue();
    assertThat(Placeholders.named("//x.example/img/page/preloaderbig.gif")).isTrue();
    assertThat(Placeholders.named("missing-image.svg")).isTrue();
    assertThat(Placeholders.named("/img/blank.gif")).isTrue();
    assertThat(Placeholders.named("/img/transparent.png")).isTrue();
    assertThat(Placeholders.named("/ewww/lazy/placeholder-1024x682.png")).isTrue();
    assertThat(Placeholders.named("/uploads/2019/11/Cover-Whitepaper-801x1024.png")).isFalse();
    assertThat(Placeholders.named("/uploads/die-zeit-logo-png-transparent.png")).isFalse();
    assertThat(Placeholders.named("/files/pixel-7-pro.jpg")).isFalse();
    assertThat(Placeholders.named("/files/photo.jpg?width_format=pixel")).isFalse();
  }
}
