package io.github.newsmodel.html.internal.sites.afterdawn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The golden AfterDawn page gives exactly the article a reader sees. */
class AfterDawnGoldenTest {
  private final Article article = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid.html"), Pages.ALLOFMP3);

  @Test
  void equalsTheExpectedArticleInEveryField() {
    assertThat(article).isEqualTo(AfterDawnExpected.allofmp3());
  }

  // The checks below repeat the points the issue names, so that a failure says which one broke.

  @Test
  void readsTheTopOfThePage() {
    assertThat(article.title()).hasValue("AllofMP3 calls IFPI raid a publicity stunt");
    assertThat(article.siteName()).hasValue("AfterDawn");
    assertThat(article.section()).hasValue("Tech news");
    assertThat(article.authors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Andre Yoskowitz");
      assertThat(a.profiles()).containsExactly(URI.create("https://plus.google.com/105496026534573316553"));
    });
    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2007-05-24T13:52+03:00"));
    assertThat(article.assumedZone()).hasValue(AfterDawnExpected.HELSINKI);
  }

  @Test
  void keepsTheCaptionApartFromTheFirstParagraph() {
    assertThat(article.body().get(0)).isInstanceOfSatisfying(Image.class,
        image -> assertThat(image.caption()).hasValue("AllofMP3 calls IFPI raid a publicity stunt"));
    assertThat(article.body().get(1)).isInstanceOf(Paragraph.class);
    assertThat(article.body().get(1).text()).startsWith("The Russian music download store");
  }

  @Test
  void readsTheTwoStatementsAsQuotes() {
    assertThat(article.body()).filteredOn(Quote.class::isInstance).extracting(b -> b.text())
        .satisfiesExactly(
            q -> assertThat(q).startsWith("\"The Allofmp3 administration reiterates"),
            q -> assertThat(q).startsWith("\"The members of the IFPI"));
  }

  @Test
  void leavesNavigationAndSidebarsOut() {
    assertThat(article.text()).doesNotContain("Previous", "Next", "Latest user comments", "News archive",
        "user comments", "Comments have been disabled");
  }

  @Test
  void readsTheCommentSection() {
    assertThat(article.commentCount()).hasValue(5);
    assertThat(article.commentsOpen()).hasValue(false);
    assertThat(article.comments()).extracting(c -> c.number().getAsInt()).containsExactly(1, 2, 3, 4, 5);
    Comment first = article.comments().get(0);
    assertThat(first.body()).hasSize(2);
    assertThat(first.body().get(0)).isInstanceOf(Quote.class);
    assertThat(first.body().get(1).text()).startsWith("Wholly crap");
    Comment second = article.comments().get(1);
    assertThat(second.publishedAt()).hasValue(OffsetDateTime.parse("2007-05-25T03:36+03:00"));
    assertThat(second.edits()).singleElement().satisfies(edit -> {
      assertThat(edit.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2007-05-25T03:38+03:00"));
      assertThat(edit.note()).hasValue(
          "This message has been edited since its posting. Latest edit was made on 25 May 2007 @ 3:38");
      assertThat(edit.assumedZone()).hasValue(AfterDawnExpected.HELSINKI);
    });
    assertThat(article.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(AfterDawnExpected.HELSINKI));
  }
}
