package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key of a text beyond ASCII, read without regexes: {@link AuthorNames#key} gives what the decomposition and the
 * two regexes that state its rule, {@link AuthorNames#MARKS} and {@link AuthorNames#NOT_LETTER_OR_DIGIT}, give.
 */
class AuthorNamesKeyTest {
  @ParameterizedTest
  @ValueSource(strings = {"Gàbor Muniér", "기자 김철수", "Иван Петров", "ΟΔΟΣ Σίσυφος", "İstanbul", "Ǆemal",
      "山田太郎 記者", "x\u0301\u20dd y", "𝐀𝐁 12 ٣", "ﬁ ß Ⅻ ½", "\ud800 lone \udc00", "Straße – “Story”", "Ⅷ‐ⅷ",
      "e\u0301\u0302\u0323", "ａｂｃ１２３", "ᾼ ῼ ǅ", "Ѐ ѐ ё", "ไทย ภาษา", "العربية ٥"})
  void isWhatTheRegexesGive(String text) {
    assertThat(AuthorNames.key(text)).isEqualTo(byRegexes(text));
  }

  @Test
  void isWhatTheRegexesGiveForRandomTexts() {
    String alphabet = "aZ09 -.é\u0301\u0308\u20ddİıΣσςß기자ИвΟ𝐀\ud835ﬁ½٣ǅ\u00a0’“";
    Random random = new Random(11);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder("é"); // beyond ASCII, as the regexes' path is
      for (int i = random.nextInt(16); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(AuthorNames.key(b.toString())).as(b.toString()).isEqualTo(byRegexes(b.toString()));
    }
  }

  private static String byRegexes(String text) {
    String folded = AuthorNames.MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return AuthorNames.NOT_LETTER_OR_DIGIT.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
