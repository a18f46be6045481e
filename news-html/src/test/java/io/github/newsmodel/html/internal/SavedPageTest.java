package io.github.newsmodel.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page read from a file resolves its relative links against the canonical URL it declares. */
class SavedPageTest {
  private static final URI FILE = URI.create("file:///home/you/saved/allofmp3.html");

  @Test
  void aSavedPageKeepsTheLinksItHoldsAsTheServedPageDoes() {
    String page = Pages.text("afterdawn-allofmp3-ifpi-raid.html");
    Article served = HtmlArticles.parse(page, Pages.ALLOFMP3);
    Article saved = HtmlArticles.parse(page, FILE);

    assertThat(saved.body()).isEqualTo(served.body());
    assertThat(saved.body()).first().isInstanceOf(Image.class); // its src is relative
    assertThat(saved.comments()).isEqualTo(served.comments());
    assertThat(saved.url()).isEmpty(); // where it was served from is still unknown
    assertThat(saved.canonicalUrl()).isEqualTo(served.canonicalUrl());
  }

  @Test
  void aRelativeBaseIsReadAgainstTheCanonicalUrl() {
    Article article = HtmlArticles.parse(page("<base href=\"../media/\">"), FILE);

    assertThat(article.images()).extracting(Image::url)
        .containsExactly(URI.create("https://news.example.org/2024/media/harbour.jpg"));
  }

  @Test
  void anAbsoluteBaseStands() {
    Article article = HtmlArticles.parse(page("<base href=\"https://cdn.example.net/a/\">"), FILE);

    assertThat(article.images()).extracting(Image::url)
        .containsExactly(URI.create("https://cdn.example.net/a/harbour.jpg"));
  }

  @Test
  void withoutACanonicalUrlNoLinkIsMadeUp() {
    Article article = HtmlArticles.parse(page("").replace("<link rel=\"canonical\" "
        + "href=\"https://news.example.org/2024/harbour/\">", ""), FILE);

    assertThat(article.images()).isEmpty();
    assertThat(article.canonicalUrl()).isEqualTo(Optional.empty());
  }

  private static String page(String base) {
    return "<html><head><title>Harbour reopens</title>" + base
        + "<link rel=\"canonical\" href=\"https://news.example.org/2024/harbour/\">"
        + "<meta property=\"og:image\" content=\"harbour.jpg\"></head><body><h1>Harbour reopens</h1>"
        + "<p>The harbour reopened on Monday after three weeks of repairs to the eastern pier and its cranes.</p>"
        + "</body></html>";
  }
}
