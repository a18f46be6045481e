package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.html.internal.dom.NamePattern.Edge;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamePatternTest {
  private static final String[] WORDS = {"ad", "ads", "ad-slot", "comment", "nav", "hidden", "teaser-text", "x"};

  @Test
  void findsWordsAnywhereAsTheAlternationDoes() {
    same(NamePattern.anywhere(WORDS), "ad|ads|ad-slot|comment|nav|hidden|teaser-text|x");
  }

  @Test
  void findsWordsBetweenSeparatorsOrBeforeDigitsAsTheRegexDoes() {
    same(NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, WORDS),
        "(?:^|[\\s_-])(?:ad|ads|ad-slot|comment|nav|hidden|teaser-text|x)(?:$|[\\s_-]|\\d)");
    same(NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR, WORDS),
        "(?:^|[\\s_-])(?:ad|ads|ad-slot|comment|nav|hidden|teaser-text|x)(?:$|[\\s_-])");
  }

  @Test
  void findsWordsBetweenSpacesAsTheRegexDoes() {
    same(NamePattern.delimited(Edge.SPACE, Edge.SPACE, WORDS),
        "(?:^|\\s)(?:ad|ads|ad-slot|comment|nav|hidden|teaser-text|x)(?:$|\\s)");
  }

  @Test
  void readsTheEdgesOfWords() {
    NamePattern ads = NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, "ad", "ads");
    assertThat(ads.find("top-ad")).isTrue();
    assertThat(ads.find("ad2 banner")).isTrue();
    assertThat(ads.find("ads_box")).isTrue();
    assertThat(ads.find("head")).isFalse();
    assertThat(ads.find("adverb")).isFalse();
    assertThat(ads.find("")).isFalse();
    assertThat(ads.find("top-ad\u2028")).isTrue(); // '$' before a line terminator that ends the string
  }

  @Test
  void findsIgnoringCaseAsInTheLowerCasedString() {
    NamePattern[] patterns = {NamePattern.anywhere(WORDS), NamePattern.delimited(Edge.SPACE, Edge.SPACE, WORDS),
        NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, WORDS),
        NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR, "kk", "ik", "i", "k", "x")};
    // Characters whose lower case is ASCII (KELVIN SIGN: 'k'), two characters (CAPITAL I WITH DOT: "i\u0307"), or
    // another non-ASCII letter.
    String[] odd = {"\u212A", "\u0130", "\u00D6", "\u1E9E", "K", "I"};
    Random random = new Random(20261128L);
    RandomNames.forEach(40_000, name -> {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        s.append(random.nextInt(3) == 0 ? Character.toUpperCase(c) : c);
        if (random.nextInt(12) == 0) {
          s.append(odd[random.nextInt(odd.length)]);
        }
      }
      String text = s.toString();
      for (NamePattern p : patterns) {
        assertThat(p.findIgnoringCase(text)).as("'%s'", text).isEqualTo(p.find(text.toLowerCase(Locale.ROOT)));
      }
    });
    assertThat(NamePattern.anywhere("ad").findIgnoringCase("TOP-AD")).isTrue();
    assertThat(NamePattern.anywhere("kit").findIgnoringCase("\u212AIT")).isTrue();
    assertThat(NamePattern.anywhere("ad").find("TOP-AD")).isFalse();
  }

  @Test
  void scansForSeveralListsInOneWalk() {
    NamePattern.Builder b = NamePattern.builder();
    int anywhere = b.add(Edge.ANY, Edge.ANY, WORDS);
    int tokens = b.add(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, WORDS);
    int spaced = b.add(Edge.SPACE, Edge.SPACE, "comment", "hidden", "ad");
    NamePattern all = b.build();
    NamePattern anywhereAlone = NamePattern.anywhere(WORDS);
    NamePattern tokensAlone = NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, WORDS);
    NamePattern spacedAlone = NamePattern.delimited(Edge.SPACE, Edge.SPACE, "comment", "hidden", "ad");
    RandomNames.forEach(20_000, s -> {
      int found = all.scan(s);
      assertThat((found & anywhere) != 0).as("'%s'", s).isEqualTo(anywhereAlone.find(s));
      assertThat((found & tokens) != 0).as("'%s'", s).isEqualTo(tokensAlone.find(s));
      assertThat((found & spaced) != 0).as("'%s'", s).isEqualTo(spacedAlone.find(s));
    });
    assertThat(all.scan("top-ad comment")).isEqualTo(anywhere | tokens | spaced);
    assertThat(all.scan("header")).isEqualTo(anywhere);
  }

  @Test
  void refusesWordsItCannotIndex() {
    assertThatThrownBy(() -> NamePattern.anywhere("Ad")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Ad'");
    assertThatThrownBy(() -> NamePattern.anywhere("ä")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NamePattern.delimited(Edge.SEPARATOR_OR_DIGIT, Edge.ANY, "ad"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPatternTooLargeForTheNarrowTableFindsAsTheRegexDoes() {
    // Thousands of words of ten letters: far more states and rows than the 65,536 a table of chars can start.
    Random random = new Random(20261130L);
    String[] words = new String[4000];
    for (int w = 0; w < words.length; w++) {
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words[w] = word.toString();
    }
    NamePattern pattern = NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, words);
    assertThat(pattern.isWide()).isTrue();
    assertThat(NamePattern.anywhere(WORDS).isWide()).isFalse();
    Pattern reference = Pattern.compile("(?:^|[\\s_-])(?:" + String.join("|", words) + ")(?:$|[\\s_-]|\\d)");
    int found = 0;
    for (int k = 0; k < 4000; k++) {
      String s = (random.nextBoolean() ? "x-" : "") + words[random.nextInt(words.length)].substring(random.nextInt(3))
          + (random.nextBoolean() ? "2 y" : "") + (random.nextBoolean() ? " " + words[random.nextInt(words.length)] : "");
      boolean expected = reference.matcher(s).find();
      assertThat(pattern.find(s)).as("'%s'", s).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).as("strings with a match").isBetween(500, 3_900);
  }

  private static void same(NamePattern pattern, String regex) {
    Pattern reference = Pattern.compile(regex);
    int[] found = new int[1];
    RandomNames.forEach(20_000, s -> {
      boolean expected = reference.matcher(s).find();
      assertThat(pattern.find(s)).as("'%s'", s).isEqualTo(expected);
      found[0] += expected ? 1 : 0;
    });
    assertThat(found[0]).as("strings with a match").isBetween(500, 19_500);
  }
}
