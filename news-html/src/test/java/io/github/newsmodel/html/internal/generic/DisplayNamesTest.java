package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNamesTest {
  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '#', textBlock = """
      (Jane # Jane
      Roe), # Roe
      Roe. # Roe
      R. # R.
      R.) # R.
      (R.), # R.
      J.R. # J.R.
      J.R.), # J.R.
      ab.), # ab
      Z\ud835\udc00' # Z\ud835\udc00'
      2019 # ''
      „Roe“ # Roe
      Jane # Jane
      """)
  void takesOffWhatStandsAroundAWord(String word, String expected) {
    assertThat(DisplayNames.withoutEdges(word)).isEqualTo(expected);
  }

  /** Words of letters, initials, digits and punctuation lose at their ends what the regex takes off them. */
  @Test
  void takesOffTheEdgesAsTheRegexDoes() {
    String pieces = "aZé.,()-'1\u00a0\u0301\ud801\udc00\ud835\udc00ß\ud83d\ude00";
    Random random = new Random(20261130L);
    for (int i = 0; i < 50_000; i++) {
      String word = randomText(random, pieces, 1 + random.nextInt(7));
      assertThat(DisplayNames.withoutEdges(word)).as("'%s'", word)
          .isEqualTo(DisplayNames.EDGES.matcher(word).replaceAll(""));
    }
  }

  @Test
  void readsTheWordsOfAText() {
    assertThat(DisplayNames.words("Von (Jane Roe), R.R. Martin und 12 „Gäste“.  "))
        .containsExactly("Von", "Jane", "Roe", "R.R.", "Martin", "und", "Gäste");
  }

  /** The words are read as a split at white space and the regex at each word's ends read them. */
  @Test
  void readsTheWordsAsTheRegexesDo() {
    String pieces = "aZé.,()-'1 \n\t\u00a0\u0301\ud801\udc00ß";
    Random random = new Random(20261201L);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random, pieces, random.nextInt(20));
      List<String> expected = new java.util.ArrayList<>();
      for (String w : text.split("\\s+")) {
        String word = DisplayNames.EDGES.matcher(w).replaceAll("");
        if (!word.isEmpty()) {
          expected.add(word);
        }
      }
      assertThat(DisplayNames.words(text)).as("'%s'", text).isEqualTo(expected);
    }
  }

  /** A text of a number of pieces picked at random; a surrogate pair stays whole, as a page's text holds it. */
  private static String randomText(Random random, String pieces, int count) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < count; c++) {
      int at = random.nextInt(pieces.length());
      if (Character.isHighSurrogate(pieces.charAt(at))) {
        s.append(pieces, at, at + 2);
      } else if (Character.isLowSurrogate(pieces.charAt(at))) {
        s.append(pieces, at - 1, at + 1);
      } else {
        s.append(pieces.charAt(at));
      }
    }
    return s.toString();
  }
}
