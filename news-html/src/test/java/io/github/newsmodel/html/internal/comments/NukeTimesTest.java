package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
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

  /** "MSK" was UTC+4 from March 2011 to October 2014, when Moscow kept its summer time all year. */
  @Test
  void moscowTimeOfItsYear() {
    CommentTimes times = new CommentTimes(new PageClock(DateTimes.anyLanguage(), ZoneOffset.UTC,
        Optional.of(OffsetDateTime.parse("2015-06-01T00:00:00Z"))));

    assertThat(NukeTimes.read("Tuesday, March 06, 2012 @ 10:52:00 MSK", times).map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("2012-03-06T10:52:00+04:00"));
    assertThat(NukeTimes.read("Tuesday, March 04, 2003 @ 10:52:00 MSK", times).map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("2003-03-04T10:52:00+03:00"));
    assertThat(NukeTimes.read("Tuesday, March 06 @ 10:52:00 MSK", times).map(ResolvedTime::time))
        .as("the year from the capture, 2012, then its offset")
        .hasValue(OffsetDateTime.parse("2012-03-06T10:52:00+04:00"));
  }

  /** The other language files print the day first, in their words, and no year either. */
  @Test
  void otherLanguagesTakeTheirYearFromTheCaptureToo() {
    CommentTimes times = new CommentTimes(new PageClock(DateTimes.anyLanguage(), ZoneOffset.UTC,
        Optional.of(OffsetDateTime.parse("2003-03-10T09:45:12Z"))));
    OffsetDateTime expected = OffsetDateTime.parse("2003-03-04T10:52:00+01:00");

    assertThat(NukeTimes.read("Dienstag, 04.März @ 10:52:00 CET", times).map(ResolvedTime::time)).hasValue(expected);
    assertThat(NukeTimes.read("mardi 04 mars @ 10:52:00 CET", times).map(ResolvedTime::time)).hasValue(expected);
    assertThat(NukeTimes.read("martes, 04 marzo @ 10:52:00 CET", times).map(ResolvedTime::time)).hasValue(expected);
    assertThat(NukeTimes.read("dinsdag, 04 maart @ 10:52:00 CET", times).map(ResolvedTime::time))
        .hasValue(expected);
    assertThat(NukeTimes.read("Montag, 04.März @ 10:52:00 CET", times).map(ResolvedTime::time))
        .as("a Monday: 2002").hasValue(OffsetDateTime.parse("2002-03-04T10:52:00+01:00"));
    assertThat(NukeTimes.read("Gepostet, 04.März @ 10:52:00 CET", times)).as("no weekday, no year").isEmpty();
  }
}
