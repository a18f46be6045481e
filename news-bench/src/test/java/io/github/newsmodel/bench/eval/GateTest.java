package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateTest {
  private static final Map<String, Report> REPORTS = Map.of("bodies", new Report("bodies", 1, 0,
      List.of(new Figure("f1", 0.95, ""), new Figure("leaks", 0.01, "")), List.of()));

  @Test
  void passesWhenEveryBoundHolds() {
    Gate gate = Gate.parse("# floors\nbodies.f1 >= 0.94\nbodies.leaks <= 0.02\ndates.f1 >= 0.9\n", "gate");

    assertThat(gate.violations(REPORTS)).isEmpty();
  }

  @Test
  void reportsEachBrokenBoundAndMissingFigure() {
    Gate gate = Gate.parse("bodies.f1 >= 0.96\nbodies.leaks <= 0\nbodies.renamed >= 0.1", "gate");

    assertThat(gate.violations(REPORTS)).containsExactly(
        "bodies.f1 = 0.9500, must be >= 0.9600",
        "bodies.leaks = 0.0100, must be <= 0.0000",
        "bodies.renamed: no such figure");
  }

  @Test
  void rejectsAMalformedLine() {
    assertThatThrownBy(() -> Gate.parse("bodies.f1 > 0.9", "gate.txt"))
        .hasMessageStartingWith("gate.txt:1: expected");
  }
}
