package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class NewsJsonExceptionTest {

  @Test
  void theMessageIsThePathAndTheProblem() {
    NewsJsonException e = new NewsJsonException("$.comments[3].id", "duplicates the id of an earlier comment, '2'");

    assertThat(e).hasMessage("$.comments[3].id: duplicates the id of an earlier comment, '2'").hasNoCause();
    assertThat(e.line()).isEmpty();
  }

  @Test
  void atLineAddsTheLineAndKeepsTheRest() {
    InvalidValueException cause = new InvalidValueException("url", "must be absolute");
    NewsJsonException e = new NewsJsonException("$.url", "must be absolute", cause).atLine(17);

    assertThat(e).hasMessage("line 17: $.url: must be absolute").hasCause(cause);
    assertThat(e.line()).hasValue(17);
    assertThat(e.jsonPath()).isEqualTo("$.url");
    assertThat(e.problem()).isEqualTo("must be absolute");
    assertThatThrownBy(() -> e.atLine(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
