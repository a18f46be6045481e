package io.github.newsmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.internal.NewsStyle;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

/** The shared style must work for value types beyond the model's own, such as option types in other modules. */
class StyleTest {

  /** Two defaults make Immutables generate a state check that throws with a plain message. */
  @Value.Immutable
  @NewsStyle
  abstract static class TwoDefaults {
    @Value.Default
    int first() {
      return 1;
    }

    @Value.Default
    int second() {
      return first() + 1;
    }

    abstract String name();
  }

  @Test
  void aValueWithSeveralDefaultsBuildsAndReportsMissingValues() {
    assertThat(ImmutableTwoDefaults.builder().name("x").build().second()).isEqualTo(2);
    assertThatThrownBy(() -> ImmutableTwoDefaults.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name: required but not set");
  }

  @Test
  void aProblemWithoutAFieldHasAnEmptyPath() {
    InvalidValueException e = new InvalidValueException("default values depend on each other");

    assertThat(e.path()).isEmpty();
    assertThat(e).hasMessage("default values depend on each other");
  }
}
