package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NukeTimesTest {
  @Test
  void latestYearNotAfterTheCaptureWhoseDayFallsOnTheWeekday() {
    OffsetDateTime march2003 = OffsetDateTime.parse("2003-03-10T09:45:12Z");
    assertThat(NukeTimes.year(Month.MARCH, 4, DayOfWeek.TUESDAY, march2003)).hasValue(2003);
    assertThat(NukeTimes.year(Month.MARCH, 4, DayOfWeek.MONDAY, march2003)).hasValue(2002);
    assertThat(NukeTimes.year(Month.DECEMBER, 30, DayOfWeek.MONDAY, march2003)).as("not after the capture")
        .hasValue(2002);
    assertThat(NukeTimes.year(Month.MARCH, 11, DayOfWeek.TUESDAY, march2003)).as("a day later, for the zones")
        .hasValue(2003);
  }

  @Test
  void noYearBeforePhpNuke() {
    OffsetDateTime march2003 = OffsetDateTime.parse("2003-03-10T09:45:12Z");
    assertThat(NukeTimes.year(Month.MARCH, 4, DayOfWeek.SATURDAY, march2003)).as("2000's, the first year")
        .hasValue(2000);
    assertThat(NukeTimes.year(Month.MARCH, 4, DayOfWeek.WEDNESDAY, march2003)).as("1998 is before PHP-Nuke")
        .isEmpty();
    assertThat(NukeTimes.year(Month.FEBRUARY, 29, DayOfWeek.SUNDAY, march2003)).as("2004 is after the capture")
        .isEmpty();
  }
}
