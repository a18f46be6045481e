package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The limits of {@link ParseOptions} have the documented defaults, and each must be at least 1. */
class ParseOptionsLimitsTest {

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    ParseOptions defaults = ParseOptions.defaults();

    assertThat(defaults.maxPageSize()).isEqualTo(16L * 1024 * 1024).isEqualTo(ParseOptions.DEFAULT_MAX_PAGE_SIZE);
    assertThat(defaults.maxNestingDepth()).isEqualTo(512).isEqualTo(ParseOptions.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(defaults.maxComments()).isEqualTo(10_000).isEqualTo(ParseOptions.DEFAULT_MAX_COMMENTS);
    assertThat(ParseOptions.builder().build()).isEqualTo(defaults);
  }

  @Test
  void aLimitIsKeptByCopiesAndMustBeAtLeastOne() {
    ParseOptions small = ParseOptions.builder().maxComments(3).build();

    assertThat(small.withMaxPageSize(1024).maxComments()).isEqualTo(3);
    assertThatThrownBy(() -> ParseOptions.builder().maxPageSize(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("maxPageSize: must be at least 1, got 0");
    assertThatThrownBy(() -> small.withMaxNestingDepth(-1))
        .isInstanceOf(InvalidValueException.class).hasMessage("maxNestingDepth: must be at least 1, got -1");
  }

  @Test
  void aPageAtTheSizeLimitIsReadAndOneByteMoreIsNot() {
    String page = "<title>Limit</title><p>" + "x".repeat(1000) + "</p>";
    ParseOptions exact = ParseOptions.builder().maxPageSize(page.length()).build();

    assertThat(HtmlArticles.parse(page, java.net.URI.create("https://news.example.com/a"), exact).title())
        .hasValue("Limit");
    assertThatThrownBy(() -> HtmlArticles.parse(page + " ", java.net.URI.create("https://news.example.com/a"),
        exact)).isInstanceOf(PageLimitException.class);
  }
}
