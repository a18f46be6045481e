package io.github.newsmodel.cli.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameKeysTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "https://news.example.com/a/3",
      "http://news.example.com/a/3",
      "https://www.news.example.com/a/3/",
      "https://NEWS.Example.com./a/3//",
      "https://news.example.com:443/a/3#comments",
      "http://news.example.com:80/a/%33"})
  void formsOfOneAddressShareAKey(String url) {
    assertThat(FrameKeys.of(URI.create(url))).hasValue("news.example.com/a/3/");
  }

  @Test
  void whatTellsArticlesApartIsKept() {
    assertThat(FrameKeys.of(URI.create("https://news.example.com/?p=3"))).hasValue("news.example.com/?p=3");
    assertThat(FrameKeys.of(URI.create("https://news.example.com/a/3?p=4"))).hasValue("news.example.com/a/3/?p=4");
    assertThat(FrameKeys.of(URI.create("https://news.example.com:8080/a/3")))
        .hasValue("news.example.com:8080/a/3/");
    assertThat(FrameKeys.of(URI.create("https://news.example.com/A/3"))).hasValue("news.example.com/A/3/");
    assertThat(FrameKeys.of(URI.create("https://news.example.com/"))).hasValue("news.example.com/");
    assertThat(FrameKeys.of(URI.create("https://news.example.com"))).hasValue("news.example.com/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///saved/a/3.html", "mailto:desk@news.example.com", "urn:uuid:1", "https:/a/3",
      "ftp://news.example.com/a/3"})
  void anAddressThatIsNoWebPageHasNoKey(String url) {
    assertThat(FrameKeys.of(URI.create(url))).isEmpty();
  }

  @Test
  void anArticleIsKnownByItsSourceItsUrlAndItsCanonicalUrlEachOnceInThatOrder() {
    Article article = Article.builder().title("A").url(URI.create("https://news.example.com/a/3"))
        .canonicalUrl(URI.create("https://www.news.example.com/a/3/"))
        .source(Source.of(URI.create("http://news.example.com/a/3?utm_source=feed"))).build();

    assertThat(FrameKeys.of(article)).containsExactly("news.example.com/a/3/?utm_source=feed",
        "news.example.com/a/3/");
    assertThat(FrameKeys.of(Article.builder().title("A").source(Source.of(URI.create("file:///saved/3.html"))).build()))
        .isEmpty();
  }

  /** Disqus knows the pages of a site of scripts by their "#!" routes: each is an article of its own. */
  @Test
  void aHashbangRouteIsKept() {
    assertThat(FrameKeys.of(URI.create("https://spa.example.com/#!/story/1"))).hasValue("spa.example.com/#!/story/1");
    assertThat(FrameKeys.of(URI.create("https://spa.example.com/#!/story/1")))
        .isNotEqualTo(FrameKeys.of(URI.create("https://spa.example.com/#!/story/2")));
  }

  /** java.net.URI names no host with an underscore or a letter beyond ASCII; the authority still holds it. */
  @Test
  void aHostThatUriCannotNameStillHasAKey() {
    assertThat(FrameKeys.of(URI.create("https://my_blog.example.com/a/3"))).hasValue("my_blog.example.com/a/3/");
    assertThat(FrameKeys.of(URI.create("https://www.b\u00fccher.example:8080/a/3")))
        .hasValue("xn--bcher-kva.example:8080/a/3/");
    assertThat(FrameKeys.of(URI.create("https://www.xn--bcher-kva.example:8080/a/3")))
        .hasValue("xn--bcher-kva.example:8080/a/3/");
  }
}
