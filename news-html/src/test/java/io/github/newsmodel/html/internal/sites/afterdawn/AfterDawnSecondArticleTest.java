package io.github.newsmodel.html.internal.sites.afterdawn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import org.junit.jupiter.api.Test;

/** A second article in the same markup, with other content, proves the parser is not tied to the golden page. */
class AfterDawnSecondArticleTest {
  private final Article article = HtmlArticles.parse(Pages.text("afterdawn-lakeside-fibre.html"),
      AfterDawnExpected.LAKESIDE);

  @Test
  void equalsTheExpectedArticle() {
    assertThat(article).isEqualTo(AfterDawnExpected.lakeside());
  }

  @Test
  void readsWinterTimeWithTheWinterOffset() {
    assertThat(article.publishedAt()).hasValueSatisfying(t -> assertThat(t.getOffset().getId()).isEqualTo("+02:00"));
  }

  @Test
  void commentsAreOpenAndCarryAuthorsAndEdits() {
    assertThat(article.commentsOpen()).hasValue(true);
    assertThat(article.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("ketola", "sami_r", "-");
    assertThat(article.comments()).extracting(c -> c.edits().size()).containsExactly(0, 1, 1);
  }
}
