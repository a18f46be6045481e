package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class NamesTest {
  /** The regex that {@link Names#withoutStates} stands in for. */
  private static final Pattern STATE = Pattern.compile(
      "(?:^|\\s)(?:(?:has|no|with|without|is|show|hide|enable|disable)-\\S*|\\S*-(?:enabled|disabled|open|closed|"
      + "active|inactive|on|off|allowed))(?=\\s|$)");

  @Test
  void namesAnElementByItsIdAndClassesWithoutTheClassesOfAState() {
    assertThat(Names.of(Jsoup.parse("<div id=Main class='Post has-sidebar  comments-open entry'>")
        .selectFirst("div"))).isEqualTo("main post    entry"); // each class taken out leaves a space
    assertThat(Names.of(Jsoup.parse("<div>").selectFirst("div"))).isEmpty();
    assertThat(Names.of(Jsoup.parse("<div class='is-active'>").selectFirst("div"))).isEmpty();
  }

  @Test
  void takesOutWhatTheRegexTakesOut() {
    int[] changed = new int[1];
    RandomNames.forEach(20_000, s -> {
      String all = s.strip().isEmpty() ? "x" : s.trim();
      String expected = STATE.matcher(all).find() ? STATE.matcher(all).replaceAll(" ").trim() : all;
      assertThat(Names.withoutStates(all)).as("'%s'", all).isEqualTo(expected);
      changed[0] += expected.equals(all) ? 0 : 1;
    });
    assertThat(changed[0]).as("strings with a state class").isBetween(500, 19_500);
  }

  @Test
  void takesOutEveryPrefixAndSuffixOfAStateAndNothingElseLikeThem() {
    // Every prefix and suffix, words one letter off at either end, hyphens and the line terminators that '$'
    // matches before: the first test of each class's letters must rule out only what the words would.
    List<String> pieces = List.of("has-", "no-", "with-", "without-", "is-", "show-", "hide-", "enable-", "disable-",
        "-enabled", "-disabled", "-open", "-closed", "-active", "-inactive", "-on", "-off", "-allowed", "as-", "o-",
        "ith-", "xis-", "-nabled", "-pen", "-n", "-of", "-allowe", "-x", "open", "on", "-", "--", "a", "d", "e", "Has-",
        "-On", " ", "\t", "\n", "\u0085", "\u2028", "\u2029", "ä", "0");
    Random random = new Random(29L);
    StringBuilder s = new StringBuilder();
    int changed = 0;
    for (int i = 0; i < 30_000; i++) {
      s.setLength(0);
      for (int p = 1 + random.nextInt(5); p > 0; p--) {
        s.append(pieces.get(random.nextInt(pieces.size())));
      }
      String all = s.toString().strip().isEmpty() ? "x" : s.toString().trim();
      String expected = STATE.matcher(all).find() ? STATE.matcher(all).replaceAll(" ").trim() : all;
      assertThat(Names.withoutStates(all)).as("'%s'", all).isEqualTo(expected);
      changed += expected.equals(all) ? 0 : 1;
    }
    assertThat(changed).as("strings with a state class").isBetween(3_000, 27_000);
  }
}
