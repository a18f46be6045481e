package io.github.newsmodel.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void nestsItsPathUnderAPrefix() {
    InvalidValueException e = new InvalidValueException("edits[0].editedAt", "is before the comment");

    InvalidValueException nested = e.under("comments[3]");

    assertThat(nested.path()).isEqualTo("comments[3].edits[0].editedAt");
    assertThat(nested.problem()).isEqualTo("is before the comment");
    assertThat(nested).hasMessage("comments[3].edits[0].editedAt: is before the comment");
  }

  @Test
  void isANewsModelException() {
    assertThat(new InvalidValueException("title", "x")).isInstanceOf(NewsModelException.class)
        .isInstanceOf(RuntimeException.class);
  }
}
