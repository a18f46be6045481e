package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stems that {@link AuthorNames} looks for before its case-blind pattern of a clause's label are all it needs. */
class AuthorNamesClauseGuardTest {
  /** The pattern's words, as it spells them. */
  private static final String[] WORDS = AuthorNames.CLAUSE_LABEL.pattern().replaceAll("^.*?\\(\\?:|\\)\\(\\?!.*$", "")
      .split("\\|");

  @Test
  void eachWordOfThePatternInAnyCaseHoldsAStemIfItIsAscii() {
    assertThat(WORDS).hasSize(40).contains("veröffentlicht", "schlagworte");
    for (String word : WORDS) {
      for (String line : new String[] {word, word.toUpperCase(Locale.ROOT), "Jane Roe " + capitalised(word) + ": x"}) {
        assertGuard(line);
      }
    }
  }

  @Test
  void theStemsHoldForRandomLinesOfThePatternsWordsAndPieces() {
    Random random = new Random(5);
    for (int k = 0; k < 30_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(5); i > 0; i--) {
        String word = WORDS[random.nextInt(WORDS.length)];
        int from = random.nextInt(word.length());
        b.append(random.nextBoolean() ? word : word.substring(from)).append(random.nextBoolean() ? " " : "");
      }
      assertGuard(b.toString());
      assertGuard(b.toString().toUpperCase(Locale.ROOT));
    }
  }

  @Test
  void aPlainBylineNeedsNoPattern() {
    assertThat(DateClues.mayHold("Von Jane Roe und Max Muster", AuthorNames.CLAUSE_STEMS)).isFalse();
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static void assertGuard(String line) {
    if (AuthorNames.CLAUSE_LABEL.matcher(line).find()) {
      assertThat(DateClues.mayHold(line, AuthorNames.CLAUSE_STEMS)).as(line).isTrue();
    }
  }
}
