package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void collapsesEveryKindOfWhiteSpace() {
    assertThat(Snippets.collapse(" a\u00a0\n\t b  ")).isEqualTo("a b");
  }

  @Test
  void tokensAreUnicodeWordRuns() {
    assertThat(Snippets.tokens("Grüße, 1st_place—ok! Привет")).containsExactly("Grüße", "1st_place", "ok", "Привет");
  }

  @Test
  void shortTextsAreOneShingleAndEmptyTextsNone() {
    assertThat(Snippets.shingles(List.of())).isEmpty();
    assertThat(Snippets.shingles(List.of("a", "b"))).hasSize(1);
  }

  @Test
  void shinglesAreOverlappingFourGramsCountedAsAMultiset() {
    Map<String, Integer> s = Snippets.shingles(Snippets.tokens("a b c d a b c d"));

    assertThat(Snippets.size(s)).isEqualTo(5);
    assertThat(s.get("a\u0001b\u0001c\u0001d")).isEqualTo(2);
  }

  @Test
  void sharedCountsTheMultisetIntersection() {
    Map<String, Integer> truth = Snippets.shingles(Snippets.tokens("a b c d a b c d"));
    Map<String, Integer> predicted = Snippets.shingles(Snippets.tokens("a b c d e"));

    assertThat(Snippets.shared(truth, predicted)).isEqualTo(1);
  }
}
