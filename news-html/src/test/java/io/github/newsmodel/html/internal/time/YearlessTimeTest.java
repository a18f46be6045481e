package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearlessTimeTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** The clock of a page in Berlin whose article was published on New Year's Day 2024. */
  private static final PageClock AFTER_NEW_YEAR = new PageClock(DateTimes.anyLanguage(), BERLIN, Optional.empty())
      .after(Optional.of(new ResolvedTime(OffsetDateTime.parse("2024-01-01T10:00+01:00"), Optional.empty())));

  private static Optional<YearlessTime> find(String text) {
    return DateTimes.anyLanguage().findWithoutYear(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mara · 18. September um 08:37|9|18|08:37",
      "18 сентября в 21:05|9|18|21:05",
      "le 3 mars à 14:20|3|3|14:20",
      "Ann on Sep 18 at 8:37 AM|9|18|08:37",
      "September 18, 8:37 pm|9|18|20:37",
      "17 de marzo, 09:15|3|17|09:15",
  })
  void readsADayAndTimeWithoutAYearInTheLanguagesOfDates(String text, int month, int day, String time) {
    assertThat(find(text)).contains(new YearlessTime(MonthDay.of(month, day), LocalTime.parse(time)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Julkaistu: 3.5. 9:15|5|3|09:15",
      "Julkaistu 3.5. klo 9.15|5|3|09:15",
      "am 18.9. um 20:37 Uhr|9|18|20:37",
  })
  void readsADayAndMonthInNumbersWithTheirFullStops(String text, int month, int day, String time) {
    assertThat(find(text)).contains(new YearlessTime(MonthDay.of(month, day), LocalTime.parse(time)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3.5.2024 9:15",
      "3.5.9:15",
      "3.13. 9:15",
      "1.2.3. 4:56",
      "Version 3.5 9:15",
  })
  void needsTheMonthsFullStopAndNoYearAfterIt(String text) {
    assertThat(find(text)).isEmpty();
  }

  /**
   * A date line's day without a year takes the year that puts it nearest the publication's day that other evidence
   * gives, within some days of it, or the year of a later day it was shown on, not after that day.
   */
  @Test
  void anArticlesDayTakesTheYearOfTheEvidence() {
    YearlessTime december31 = new YearlessTime(MonthDay.of(12, 31), LocalTime.of(23, 40));
    YearlessTime may3 = new YearlessTime(MonthDay.of(5, 3), LocalTime.of(9, 15));

    assertThat(december31.near(LocalDate.of(2024, 1, 1), 2)).map(PageTime::date).contains(LocalDate.of(2023, 12, 31));
    assertThat(may3.near(LocalDate.of(2024, 5, 4), 2)).map(PageTime::date).contains(LocalDate.of(2024, 5, 3));
    assertThat(may3.near(LocalDate.of(2024, 5, 8), 2)).as("too far").isEmpty();
    assertThat(may3.onOrBefore(LocalDate.of(2024, 6, 1))).map(PageTime::date).contains(LocalDate.of(2024, 5, 3));
    assertThat(may3.onOrBefore(LocalDate.of(2024, 5, 2))).as("the day after, in a zone east")
        .map(PageTime::date).contains(LocalDate.of(2024, 5, 3));
    assertThat(may3.onOrBefore(LocalDate.of(2024, 4, 1))).as("later in that year").isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "18. September",
      "Seite 18. September 2019",
      "31. Juni um 08:37",
      "18. Sonntag um 08:37",
      "18. September um 25:10",
      "Score 18-12 at 8:37",
  })
  void needsAKnownMonthAValidDayAndATimeOfDay(String text) {
    assertThat(find(text)).isEmpty();
  }

  @Test
  void takesTheYearThatPutsTheDayOnOrAfterTheArticle() {
    YearlessTime march18 = new YearlessTime(MonthDay.of(3, 18), LocalTime.of(8, 37));
    YearlessTime january5 = new YearlessTime(MonthDay.of(1, 5), LocalTime.of(8, 37));
    Optional<LocalDate> published = Optional.of(LocalDate.of(2019, 3, 14));

    assertThat(march18.on(published, Optional.empty())).map(PageTime::date).contains(LocalDate.of(2019, 3, 18));
    assertThat(january5.on(published, Optional.empty())).map(PageTime::date).contains(LocalDate.of(2020, 1, 5));
    assertThat(january5.on(published, Optional.of(LocalDate.of(2019, 12, 1)))).as("after the capture").isEmpty();
    assertThat(march18.on(Optional.empty(), Optional.of(LocalDate.of(2021, 2, 1)))).map(PageTime::date)
        .contains(LocalDate.of(2020, 3, 18));
    assertThat(march18.on(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void aDayAFewWeeksBeforeTheArticlesLeavesTheYearInDoubt() {
    YearlessTime september18 = new YearlessTime(MonthDay.of(9, 18), LocalTime.of(8, 37));

    assertThat(september18.on(Optional.of(LocalDate.of(2022, 9, 23)), Optional.empty())).isEmpty();
    assertThat(september18.on(Optional.of(LocalDate.of(2022, 11, 1)), Optional.empty())).map(PageTime::date)
        .contains(LocalDate.of(2023, 9, 18));
  }

  /**
   * The page printed the day without a year when it was captured: the capture's year settles a day a few weeks
   * before the article's, and a later year than the article's where the capture is years on. A day months before
   * the article's is no comment on it.
   */
  @Test
  void theCaptureSettlesTheYearBeforeTheArticleDoes() {
    YearlessTime september18 = new YearlessTime(MonthDay.of(9, 18), LocalTime.of(8, 37));
    Optional<LocalDate> published = Optional.of(LocalDate.of(2022, 9, 23));

    assertThat(september18.on(published, Optional.of(LocalDate.of(2022, 10, 1)))).map(PageTime::date)
        .contains(LocalDate.of(2022, 9, 18));
    assertThat(september18.on(published, Optional.of(LocalDate.of(2024, 10, 1)))).map(PageTime::date)
        .as("the year the page was shown in").contains(LocalDate.of(2024, 9, 18));
    assertThat(september18.on(published, Optional.of(LocalDate.of(2024, 9, 1)))).map(PageTime::date)
        .contains(LocalDate.of(2023, 9, 18));
    assertThat(new YearlessTime(MonthDay.of(3, 18), LocalTime.NOON).on(published,
        Optional.of(LocalDate.of(2022, 10, 1)))).as("months before the article").isEmpty();
  }

  @Test
  void theLeapDayWaitsForALeapYear() {
    YearlessTime leapDay = new YearlessTime(MonthDay.of(2, 29), LocalTime.NOON);

    assertThat(leapDay.on(Optional.of(LocalDate.of(2021, 3, 1)), Optional.empty())).map(PageTime::date)
        .contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void theClockPlacesItInThePagesZoneAfterTheArticle() {
    PageClock clock = new PageClock(DateTimes.anyLanguage(), ZoneId.of("Europe/Berlin"), Optional.empty());
    OffsetDateTime published = OffsetDateTime.parse("2019-03-14T10:00+01:00");

    assertThat(clock.findWithoutYear("18. März um 08:37")).isEmpty();
    assertThat(clock.after(Optional.of(new ResolvedTime(published, Optional.empty(), false)))
        .findWithoutYear("18. März um 08:37").map(ResolvedTime::time))
        .contains(OffsetDateTime.parse("2019-03-18T08:37+01:00"));
  }

  /**
   * A zone printed after the time gives its offset, as after a full date, and the page states it: nobody assumes it.
   * The US zones' generic names take their zone's offset on that day, daylight time in May, standard in January.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      3 May 09:15 BST            | 2024-05-03T09:15+01:00
      May 3, 9:15 a.m. ET        | 2024-05-03T09:15-04:00
      Jan 3 at 9:15 PM CT        | 2024-01-03T21:15-06:00
      3. Mai um 09:15 Uhr MESZ   | 2024-05-03T09:15+02:00
      3 May 09:15 (CET)          | 2024-05-03T09:15+01:00
      3 May 09:15 UTC            | 2024-05-03T09:15Z
      """)
  void aZonePrintedAfterTheTimeGivesItsOffset(String text, String expected) {
    Optional<ResolvedTime> t = AFTER_NEW_YEAR.findWithoutYear(text);

    assertThat(t.map(ResolvedTime::time)).hasValue(OffsetDateTime.parse(expected));
    assertThat(t.flatMap(ResolvedTime::assumedZone)).isEmpty();
  }

  /**
   * The rules of a full date's zone hold: an abbreviation in capitals only, a generic US name after a twelve-hour
   * time only ("ET" is French for "and"), and one of several zones (IST: India, Ireland, Israel) not at all. The
   * time is then read in the page's zone, as assumed.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      3 May 09:15 ET             | 2024-05-03T09:15+02:00
      May 3, 9:15 a.m. et        | 2024-05-03T09:15+02:00
      3 May 09:15 bst            | 2024-05-03T09:15+02:00
      3 May 09:15 IST            | 2024-05-03T09:15+02:00
      May 3, 9:15 a.m. CST       | 2024-05-03T09:15+02:00
      """)
  void aZoneThatStatesNoOneOffsetLeavesThePagesZone(String text, String expected) {
    Optional<ResolvedTime> t = AFTER_NEW_YEAR.findWithoutYear(text);

    assertThat(t.map(ResolvedTime::time)).hasValue(OffsetDateTime.parse(expected));
    assertThat(t.flatMap(ResolvedTime::assumedZone)).hasValue(BERLIN);
  }

  /**
   * The capture's day is counted where the time was printed: captured at 16:30 on 3 May in Los Angeles, a page
   * may print a comment of 00:15 on 4 May in London, which was 45 minutes before, and not a year before.
   */
  @Test
  void theCapturesDayIsCountedInThePrintedZone() {
    PageClock clock = new PageClock(DateTimes.anyLanguage(), ZoneId.of("America/Los_Angeles"),
        Optional.of(OffsetDateTime.parse("2024-05-03T23:30Z")));

    assertThat(clock.findWithoutYear("4 May 00:15 BST").map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("2024-05-04T00:15+01:00"));
  }
}
