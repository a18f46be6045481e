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

  @ParameterizedTest
  @ValueSource(strings = {"jane@example.com", "Jane Roe @janeroe", "https://example.com/jane", "HTTP://x", "www.x",
      "WwW.example", "ww.x", "Jane Roe 12:30", "9.15 Uhr", "13h52", "13H52", "1:5", ":30", "12:", "１２:３０",
      "Jane Roe, 5 pm", "Jane Roe"})
  void theGuardsOfMailsUrlsAndTimesSayNoOnlyWhereTheirRegexFindsNothing(String text) {
    assertGuard(AuthorNames.MAIL_OR_URL, NameGuards::mayHoldMailOrUrl, text);
    assertGuard(AuthorNames.TIME_OF_DAY, NameGuards::mayHoldTimeOfDay, text);
  }

  @Test
  void theGuardsOfMailsUrlsAndTimesHoldForRandomTexts() {
    String alphabet = "wW.@:/hHs tp1290apmuUr\u00e9\u0175";
    Random random = new Random(43);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertGuard(AuthorNames.MAIL_OR_URL, NameGuards::mayHoldMailOrUrl, b.toString());
      assertGuard(AuthorNames.TIME_OF_DAY, NameGuards::mayHoldTimeOfDay, b.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"By", "Von", "Autor:", "Autorin :", "Text:", "Текст :", "Blog post by", "Ein Beitrag von",
      "Written and posted by :", "All posts by\t", "View all posts by\n:", "Geschrieben von  :", "Jane Roe",
      "Posted by Jane Roe on 3 May", "by by by by by", "a b c d e f"})
  void theGuardOfALabelAloneSaysNoOnlyWhereItDoesNotMatch(String text) {
    assertLabelAloneGuard(text);
  }

  @Test
  void theGuardOfALabelAloneHoldsForRandomLinesOfItsWords() {
    String[] words = {"ein", "Beitrag", "blog", "post", "posted", "by", "von", "Autor", "text", ":", " ", "  ", "\t",
        "\n", "\u00a0", "Jane"};
    Random random = new Random(43);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(words[random.nextInt(words.length)]);
      }
      assertLabelAloneGuard(b.toString());
    }
  }

  @Test
  void aLineOfProseIsNoLabelAlone() {
    assertThat(NameGuards.mayBeLabelAlone("The council met on Monday to vote on the plan")).isFalse();
  }

  @Test
  void aPlainNameNeedsNoRegex() {
    assertThat(NameGuards.mayHaveEdgePunctuation("Jane Roe")).isFalse();
    assertThat(NameGuards.mayEndWithConnector("Jane Roe")).isFalse();
    assertThat(NameGuards.mayNameAPublication("Jane Roe")).isFalse();
    assertThat(NameGuards.mayHoldMailOrUrl("Jane Roe")).isFalse();
    assertThat(NameGuards.mayHoldTimeOfDay("Jane Roe, 3 comments")).isFalse();
  }

  private static void assertGuards(String text) {
    assertGuard(AuthorNames.EDGE_PUNCTUATION, NameGuards::mayHaveEdgePunctuation, text);
    assertGuard(AuthorNames.TRAILING_CONNECTOR, NameGuards::mayEndWithConnector, text);
    assertGuard(AuthorNames.FOR_PUBLICATION, NameGuards::mayNameAPublication, text);
  }

  private static void assertLabelAloneGuard(String text) {
    if (AuthorNames.LABEL_ALONE.matcher(text).matches()) {
      assertThat(NameGuards.mayBeLabelAlone(text)).as("'%s'", text).isTrue();
    }
  }

  private static void assertGuard(Pattern regex, Predicate<String> guard, String text) {
    if (regex.matcher(text).find()) {
      assertThat(guard.test(text)).as("%s in '%s'", regex, text).isTrue();
    }
  }
}
