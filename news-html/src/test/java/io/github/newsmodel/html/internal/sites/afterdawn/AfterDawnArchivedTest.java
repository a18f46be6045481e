package io.github.newsmodel.html.internal.sites.afterdawn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Wayback Machine's copy of the golden page gives the live page's article, plus where it was archived. */
class AfterDawnArchivedTest {
  private static final String WAYBACK = "afterdawn-allofmp3-ifpi-raid-wayback.html";
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2012-05-10T08:35:12Z");

  @Test
  void equalsTheLivePageExceptForItsSource() {
    Article archived = HtmlArticles.parse(Pages.text(WAYBACK), Pages.ALLOFMP3_WAYBACK);

    assertThat(archived.withSource(Optional.empty())).isEqualTo(AfterDawnExpected.allofmp3());
    assertThat(archived.source()).hasValue(Source.builder()
        .uri(Pages.ALLOFMP3)
        .archiveUrl(Pages.ALLOFMP3_WAYBACK)
        .capturedAt(CAPTURED)
        .build());
  }

  @Test
  void restoresTheOriginalUrlsOfArticleAuthorAndImages() {
    Article archived = HtmlArticles.parse(Pages.text(WAYBACK), Pages.ALLOFMP3_WAYBACK);

    assertThat(archived.url()).hasValue(Pages.ALLOFMP3);
    assertThat(archived.canonicalUrl()).hasValue(Pages.ALLOFMP3); // the archive's ':80' is dropped too
    assertThat(archived.authors().get(0).profiles())
        .containsExactly(URI.create("https://plus.google.com/105496026534573316553"));
    assertThat(archived.images()).extracting(i -> i.url().toString())
        .containsExactly("http://www.afterdawn.com/news/news_images/allofmp3.jpg");
    assertThat(archived.withSource(Optional.empty()).toString()).doesNotContain("archive.org", "/web/2012", "im_/");
  }

  @Test
  void recognisesASavedCopyByItsMarkup() {
    URI file = URI.create("file:///data/saved/allofmp3.html");

    Article archived = HtmlArticles.parse(Pages.text(WAYBACK), file);

    assertThat(archived.withSource(Optional.empty())).isEqualTo(AfterDawnExpected.allofmp3());
    assertThat(archived.source()).hasValue(Source.builder()
        .uri(file)
        .archiveUrl(Pages.ALLOFMP3_WAYBACK)
        .capturedAt(CAPTURED)
        .build());
  }

  @Test
  void recognisesTheArchiveEvenWhenGivenTheLiveUrl() {
    Article archived = HtmlArticles.parse(Pages.text(WAYBACK), Pages.ALLOFMP3);

    assertThat(archived.withSource(Optional.empty())).isEqualTo(AfterDawnExpected.allofmp3());
    assertThat(archived.source().flatMap(Source::capturedAt)).hasValue(CAPTURED);
  }

  @Test
  void aLivePageHasNoSource() {
    assertThat(HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid.html"), Pages.ALLOFMP3).source())
        .isEmpty();
  }
}
