package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyScorerTest {

  @Test
  void aPerfectExtractionScoresOne() {
    Report r = new BodyScorer().score("bodies", List.of(
        Pages.extracted(Pages.truth("1").put("body", "One two three four five."), Pages.body("One two three four five"))));

    assertThat(r.figure("f1").orElseThrow().value()).isEqualTo(1.0);
    assertThat(r.figure("accuracy").orElseThrow().value()).isEqualTo(1.0);
  }

  @Test
  void averagesPrecisionAndRecallOverPagesThenTakesTheirF1() {
    // Page 1: truth has 2 shingles, prediction finds 1 of them plus 1 extra: P = 0.5, R = 0.5.
    // Page 2: nothing extracted: no precision term, recall 0.
    Report r = new BodyScorer().score("bodies", List.of(
        Pages.extracted(Pages.truth("1").put("body", "a b c d e"), Pages.body("a b c d x")),
        Pages.failed(Pages.truth("2").put("body", "p q r s"))));

    assertThat(r.figure("precision").orElseThrow().value()).isEqualTo(0.5);
    assertThat(r.figure("recall").orElseThrow().value()).isEqualTo(0.25);
    assertThat(r.figure("f1").orElseThrow().value()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-9));
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.figure("accuracy").orElseThrow().value()).isZero();
  }
}
