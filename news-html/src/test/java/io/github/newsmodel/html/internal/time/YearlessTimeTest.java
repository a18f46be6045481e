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
}
