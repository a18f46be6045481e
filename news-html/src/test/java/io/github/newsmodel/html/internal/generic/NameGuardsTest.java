package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guards of {@link NameGuards} say no only where their regex finds nothing. */
class NameGuardsTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "Jane Roe", "Jane Roe,", ", Jane Roe", "- Jane Roe", "Jane Roe.", "J.", "Jane R.",
      "Jane Roe Jr.", "Jane Roe Sr.", "Jane Roe\n", "Jane Roe\r\n", "Jane Roe\u2028", "Jane Roe\u0085", "«Jane»",
      "Jane Roe –", "• Jane Roe", "Jane Roe ·", "Jane Roe\t", "\u000bJane", "Jane\u007f", "Jane Roe am", "Jane Roe AM",
      "Jane Roe on", "Jane Roe under", "Jane Roe på", "Jane Roe PÅ", "Jane Roe p\u212b", "Jane Roe den\n",
      "Jane Roe in\r", "Jane Roe vom ", "Jane Roe IN", "Jane Roe ıl", "Jane Roe İL", "Jane\tunder", "Jane Roe for The Mail on Sunday", "Jane Roe FOR The Times",
      "Jane Roe fOr The Times", "Jane Roe \u017for", "Organization for Works", "Jane Roe 1", "Jane Roe ¡", "Jane Roe“"})
  void aGuardSaysNoOnlyWhereItsRegexFindsNothing(String text) {
    assertGuards(text);
  }

  @Test
  void holdsForRandomTextsOfTheCharactersTheRegexesLookFor() {
    String alphabet = "JaneRoJrSmnelptrMNELPTRåÅ\u212bfoFOr uUdvıİ. ,-–»“\"'\n\r\t\u2028\u0085\u00a0é1";
    Random random = new Random(43);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertGuards(b.toString());
    }
  }

  @Test
  void aPlainNameNeedsNoRegex() {
    assertThat(NameGuards.mayHaveEdgePunctuation("Jane Roe")).isFalse();
    assertThat(NameGuards.mayEndWithConnector("Jane Roe")).isFalse();
    assertThat(NameGuards.mayNameAPublication("Jane Roe")).isFalse();
  }

  private static void assertGuards(String text) {
    assertGuard(AuthorNames.EDGE_PUNCTUATION, NameGuards::mayHaveEdgePunctuation, text);
    assertGuard(AuthorNames.TRAILING_CONNECTOR, NameGuards::mayEndWithConnector, text);
    assertGuard(AuthorNames.FOR_PUBLICATION, NameGuards::mayNameAPublication, text);
  }

  private static void assertGuard(Pattern regex, Predicate<String> guard, String text) {
    if (regex.matcher(text).find()) {
      assertThat(guard.test(text)).as("%s in '%s'", regex, text).isTrue();
    }
  }
}
