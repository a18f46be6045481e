package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tests of an ASCII text's end that spare the weekday patterns of {@link AuthorNames}'s date removal: each says
 * "no match" only of a text in which its pattern finds none, on random texts made of the patterns' own pieces.
 */
class AuthorNamesWeekdayGuardTest {
  private static final List<String> PIECES = List.of("monday", "Monday", "MONDAY", "sunday", "Sunday", "montag",
      "Freitag", "samedi", "dimanche", "lunes", "domingo", "jueves", "Mon", "Tue", "Sun", "sun", "Sat", "Thu",
      "thurs", "on", "On", "am", "le", "den", "vom", "op", "at", "by", "Jane", "Roe", "Sonntag", "x", "7:07", "PM",
      "EST", "2019", ",", ".", ".,", ",.", " ", " ", "  ", "\n", "\r", "\t", "\u000B", "\f", "-", "|", "(", ")");

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(9); i >= 0; i--) {
      out.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return out.toString();
  }

  private static void holds(Pattern pattern, Predicate<String> guard) {
    Random random = new Random(130);
    int matched = 0;
    for (int i = 0; i < 200_000; i++) {
      String t = text(random);
      boolean found = pattern.matcher(t).find();
      if (found) {
        matched++;
        assertThat(guard.test(t)).as("[%s]", t).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(100); // the texts reach the pattern's matches
  }

  @Test
  void aTextWhoseEndIsNoWeekdayBeforeADateHoldsNone() {
    holds(AuthorNames.WEEKDAY_BEFORE_DATE, AuthorNames::mayEndWithWeekdayBeforeDate);
  }

  @Test
  void aTextWhoseEndIsNoShortWeekdayHoldsNone() {
    holds(AuthorNames.SHORT_WEEKDAY_BEFORE_MONTH, AuthorNames::mayEndWithShortWeekday);
  }

  @Test
  void aTextWhoseEndIsNoConnectedWeekdayHoldsNone() {
    holds(AuthorNames.CONNECTED_WEEKDAY, AuthorNames::mayEndWithConnectedWeekday);
  }

  @Test
  void theEdges() {
    assertThat(AuthorNames.mayEndWithWeekdayBeforeDate("")).isFalse();
    assertThat(AuthorNames.mayEndWithWeekdayBeforeDate("Jane Roe monday \n")).isTrue();
    assertThat(AuthorNames.mayEndWithWeekdayBeforeDate("Jane Roe Mon., ")).isTrue();
    assertThat(AuthorNames.mayEndWithWeekdayBeforeDate("Jane Roe Monday ")).isFalse();
    assertThat(AuthorNames.mayEndWithShortWeekday("Sun")).isFalse();
    assertThat(AuthorNames.mayEndWithShortWeekday("Sun ")).isTrue();
    assertThat(AuthorNames.mayEndWithShortWeekday("sun ")).isFalse();
    assertThat(AuthorNames.mayEndWithConnectedWeekday("on MONDAY., ")).isTrue();
    assertThat(AuthorNames.mayEndWithConnectedWeekday("PM EST ")).isFalse();
    assertThat(AuthorNames.mayEndWithConnectedWeekday(",")).isFalse();
  }
}
