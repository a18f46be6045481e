package io.github.newsmodel.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OnceTest {
  @Test
  void aValueIsMadeOnceAndKept() {
    AtomicInteger made = new AtomicInteger();
    Once<String> once = new Once<>("the values", () -> "value " + made.incrementAndGet());

    assertThat(once.get()).isEqualTo("value 1");
    assertThat(once.get()).isEqualTo("value 1");
    assertThat(made).hasValue(1);
  }

  @Test
  void aFailureIsNotKeptAndTheNextCallTriesAgain() {
    AtomicInteger calls = new AtomicInteger();
    Once<String> once = new Once<>("the values", () -> {
      if (calls.incrementAndGet() < 3) {
        throw new IllegalStateException("failure " + calls.get());
      }
      return "made at call " + calls.get();
    });

    assertThatThrownBy(once::get).isInstanceOf(IllegalStateException.class).hasMessage("failure 1");
    assertThatThrownBy(once::get).isInstanceOf(IllegalStateException.class).hasMessage("failure 2");
    assertThat(once.get()).isEqualTo("made at call 3");
    assertThat(once.get()).isEqualTo("made at call 3");
  }

  @Test
  void aValueThatAsksForItselfFailsRatherThanRecursingUntilTheStackRunsOut() {
    AtomicReference<Once<String>> self = new AtomicReference<>();
    self.set(new Once<>("the site parsers", () -> "not " + self.get().get()));

    assertThatThrownBy(() -> self.get().get()).isInstanceOf(IllegalStateException.class)
        .hasMessage("the site parsers were asked for while they were being made, as by a site parser's constructor");
  }
}
