package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of {@link DateTimes#parse} for what machines write: it reads the common forms, and whatever it
 * reads, the forms' patterns read alike, so that taking it never changes a date.
 */
class IsoTimestampTest {
  private static final DateTimes READER = DateTimes.anyLanguage();

  @Test
  void readsTheFormsThatMachinesWrite() {
    LocalDate day = LocalDate.of(2007, 5, 24);
    assertThat(IsoTimestamp.read("2007-05-24")).isEqualTo(new PageTime(day, Optional.empty(), Optional.empty()));
    assertThat(IsoTimestamp.read("2007-05-24T13:52")).isEqualTo(
        new PageTime(day, Optional.of(LocalTime.of(13, 52)), Optional.empty()));
    assertThat(IsoTimestamp.read("2007-05-24T13:52:07.123Z")).isEqualTo(
        new PageTime(day, Optional.of(LocalTime.of(13, 52, 7)), Optional.of(ZoneOffset.UTC)));
    assertThat(IsoTimestamp.read("2007-05-24T13:52:07-03:30")).isEqualTo(
        new PageTime(day, Optional.of(LocalTime.of(13, 52, 7)), Optional.of(ZoneOffset.ofHoursMinutes(-3, -30))));
    assertThat(IsoTimestamp.read("2007-05-24T13:52:07+0200")).isEqualTo(
        new PageTime(day, Optional.of(LocalTime.of(13, 52, 7)), Optional.of(ZoneOffset.ofHours(2))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2007-05-24 13:52", "2007-5-24", "2007/05/24", "2007-05-24t13:52z", "2007-02-30",
      "2007-05-24T25:00", "2007-05-24T13:52:07,5Z", "2007-05-24T13:52:07.1234567890Z", "2007-05-24T13:52+19:00",
      "2007-05-24T13:52:07 GMT", "2007-05-24T13", "2007-05-24T13:5", "2007-05-24T13:52:0"})
  void leavesEveryOtherFormToThePatterns(String text) {
    assertThat(IsoTimestamp.read(text)).isNull();
  }

  @Test
  void readsWhatItReadsAsThePatternsDo() {
    // Each part of a timestamp in forms the fast path takes, then in forms it does not, put together at random.
    String[][] parts = {{"2007-05-24", "2019-12-31", "0000-01-01", "2007-02-30", "2007-13-01", "2007-5-24",
        "2007/05/24", "20070524", "2007-05-2"}, {"", "T", "t", " ", ", "}, {"", "13:52", "00:00", "23:59", "24:00",
        "9:05", "13:5", "13-52"}, {"", ":07", ":60", ":5", ".07"}, {"", ".1", ".123456789", ".1234567890", ",5",
        ":123", "."}, {"", "Z", "z", "+02:00", "-03:30", "+0200", "-02", "+18:00", "-19:00", "+02:60", "+2:00",
        " GMT", "GMT+02:00", "+02:0"}, {"", "", "", "x", " ", "1"}};
    Random random = new Random(46);
    int read = 0;
    for (int k = 0; k < 100_000; k++) {
      StringBuilder b = new StringBuilder();
      for (String[] options : parts) {
        // The forms it takes, listed first, three times in four.
        b.append(options[random.nextInt(random.nextInt(4) > 0 ? (options.length + 1) / 2 : options.length)]);
      }
      read += assertAlike(b.toString()) ? 1 : 0;
    }
    assertThat(read).as("texts the fast path read").isGreaterThan(1000);
  }

  /** Whether the fast path read the text, having read it as the patterns do. */
  private static boolean assertAlike(String text) {
    PageTime fast = IsoTimestamp.read(text);
    if (fast != null) {
      assertThat(Optional.of(fast)).as(text).isEqualTo(READER.parseByForms(text));
    }
    return fast != null;
  }
}
