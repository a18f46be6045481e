package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.html.internal.dom.NamePattern.Edge;
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
