package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.html.HtmlArticles;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The buttons that share or print an article, and the icons of a page's controls, are no pictures of it. */
class ControlImagesTest {
  private static final String PAGE = """
      <html lang="en"><head><title>The valley line reopens in spring</title></head><body>
      <article><h1>The valley line reopens in spring</h1>
      <div class="share-row">
      <a class="sharing_email"><img src="/styles/images/share_buttons/Email.svg" alt="Email" style="height: 35px"></a>
      <a href="https://twitter.com/intent/tweet?url=x"><img src="/img/s-twitter.png" alt="twitter" width="35"></a>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x"><span><img src="/img/fb.png" alt="Facebook"></span></a>
      <a href="whatsapp://send?text=x"><img src="/img/whatsapp.png"></a>
      <a href="#" onclick="window.print(); return false;"><img src="/buttons/print-button-gray.png"
          alt="Print Friendly, PDF &amp; Email"></a></div>
      <p>The railway through the valley reopens in April, two years after a landslide buried a kilometre of its
      track. The operator has rebuilt the embankment and added a wall of anchored steel above it.</p>
      <img src="/photos/valley-line.jpg" alt="The rebuilt embankment with its new wall of steel" width="800">
      <p>Trains will run every hour on weekdays, and every two hours at weekends, as they did before the slide.</p>
      <div class="carousel"><img src="/icons/Chevron%20left%20white.svg"><img src="/icons/rating-full.svg"
          alt="rating"><img src="/img/icon-logo-reddit.png" height="16" alt="reddit"></div>
      <img src="/photos/arrows-on-the-map.jpg" alt="Arrows on the map point to the new stations" width="640">
      <figure><a href="/photos/station-large.jpg"><span class="zoom"><img src="/assets/icons/icon-zoom-in.svg"
          alt="Zoom-In"></span><img src="/photos/station.jpg" alt="The new station"></a>
      <figcaption>The new station at the head of the valley</figcaption></figure>
      <p>The first train leaves the city at six in the morning on the first Monday of April.</p>
      <a href="/2024/valley-line-photos"><img src="/photos/share-of-freight.jpg" alt="A freight train"></a>
      </article><footer>Valley News</footer></body></html>
      """;

  @Test
  void shareAndPrintButtonsAndControlIconsAreNoImagesOfTheArticle() {
    Article article = HtmlArticles.parse(PAGE, URI.create("https://news.example.org/2024/valley-line"));

    assertThat(article.body()).filteredOn(Image.class::isInstance).map(b -> ((Image) b).url().toString())
        .containsExactly("https://news.example.org/photos/valley-line.jpg",
            "https://news.example.org/photos/arrows-on-the-map.jpg", "https://news.example.org/photos/station.jpg",
            "https://news.example.org/photos/share-of-freight.jpg");
    assertThat(article.body()).filteredOn(Image.class::isInstance).map(b -> ((Image) b).caption().orElse(""))
        .contains("The new station at the head of the valley");
  }
}
