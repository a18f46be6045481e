package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

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
}
