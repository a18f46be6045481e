package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private final DateTimes dates = DateTimes.english();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      24 May 2007 13:52          | 2007-05-24T13:52
      24.5.2007 17:46            | 2007-05-24T17:46
      25 May 2007 @ 3:38         | 2007-05-25T03:38
      1.6.2007 19:33             | 2007-06-01T19:33
      25.5.2007 3:36             | 2007-05-25T03:36
      15.1.2008 0:07             | 2008-01-15T00:07
      01.06.2007 klo 19.33       | 2007-06-01T19:33
      3 June 2007 9:05           | 2007-06-03T09:05
      3rd June 2007, 9:05 pm     | 2007-06-03T21:05
      3 Jun. 2007 at 12:00 AM    | 2007-06-03T00:00
      May 24, 2007 1:52 PM       | 2007-05-24T13:52
      Sept. 3 2007 at 09:05      | 2007-09-03T09:05
      DECEMBER 31, 1999 23:59:59 | 1999-12-31T23:59:59
      2007-05-24 13:52           | 2007-05-24T13:52
      2007-05-24T13:52:07        | 2007-05-24T13:52:07
      """)
  void readsLocalTimes(String text, String expected) {
    assertThat(dates.parse(text)).hasValue(PageTime.local(LocalDateTime.parse(expected)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2007-05-24T13:52:00+03:00     | 2007-05-24T13:52+03:00
      2007-05-24T10:52:00.123Z      | 2007-05-24T10:52+00:00
      2007-05-24T10:52:00:123Z      | 2007-05-24T10:52+00:00
      2007-05-24T13:52+0300         | 2007-05-24T13:52+03:00
      24 May 2007 10:52 GMT         | 2007-05-24T10:52+00:00
      24 May 2007 13:52 UTC+03:00   | 2007-05-24T13:52+03:00
      """)
  void keepsThePagesOffset(String text, String expected) {
    Optional<ResolvedTime> resolved = dates.parse(text).flatMap(t -> t.in(HELSINKI));

    assertThat(resolved).hasValueSatisfying(r -> {
      assertThat(r.time().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
          .isEqualTo(OffsetDateTime.parse(expected));
      assertThat(r.assumedZone()).isEmpty();
    });
  }
  /** A slash may stand between a date and its time, as the local stations of the United States print them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Posted: May 3, 2024 / 09:15 AM CDT    | 2024-05-03T09:15-05:00
      November 19, 2019 / 8:16 AM EST       | 2019-11-19T08:16-05:00
      """)
  void aSlashMayStandBetweenADateAndItsTime(String text, String expected) {
    assertThat(dates.find(text).flatMap(t -> t.in(HELSINKI)).map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse(expected));
  }


  /**
   * A zone's abbreviation after the time gives its offset, and the generic names of the zones of the United States
   * the offset of their zone on that day: daylight time in May, standard time in January.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Friday 3 May 2024 09.15 BST       | 2024-05-03T09:15+01:00
      May 3, 2024 at 9:15 a.m. EDT      | 2024-05-03T09:15-04:00
      03 May 2024, 09:15 CEST           | 2024-05-03T09:15+02:00
      3 May 2024 09:15 (CET)            | 2024-05-03T09:15+01:00
      3. Mai 2024 um 09:15 Uhr MESZ     | 2024-05-03T09:15+02:00
      May 3, 2024 9:15 a.m. ET          | 2024-05-03T09:15-04:00
      May 3, 2024 9:15 p.m. PT          | 2024-05-03T21:15-07:00
      Jan. 3, 2024 9:15 AM ET           | 2024-01-03T09:15-05:00
      Jan. 3, 2024 9:15 PM CT           | 2024-01-03T21:15-06:00
      March 10, 2024 2:30 a.m. ET       | 2024-03-10T02:30-05:00
      Nov. 3, 2024 1:30 a.m. MT         | 2024-11-03T01:30-06:00
      2024-05-03 09:15 EDT              | 2024-05-03T09:15-04:00
      3 May 2024 09:15 MSK              | 2024-05-03T09:15+03:00
      """)
  void readsTheOffsetOfAZonesAbbreviation(String text, String expected) {
    assertThat(DateTimes.anyLanguage().find(text)).hasValueSatisfying(t -> assertThat(OffsetDateTime.of(t.date(),
        t.time().orElseThrow(), t.offset().orElseThrow())).isEqualTo(OffsetDateTime.parse(expected)));
  }

  /**
   * A word that looks like an abbreviation changes no time: not in small letters, not an ambiguous one (IST is
   * India's, Ireland's and Israel's), not a two-letter name of a US zone after a 24-hour time, where "ET" is as
   * likely French, not "UT" (Utah, the University of Texas), and not a small "z" (Polish "from").
   */
  @Test
  void aWordThatLooksLikeAnAbbreviationLeavesTheTimeLocal() {
    DateTimes any = DateTimes.anyLanguage();
    assertThat(any.find("3 mai 2024 à 09h15 CEST").flatMap(PageTime::offset)).hasValue(ZoneOffset.ofHours(2));
    for (String text : java.util.List.of("3 May 2024 09:15 IST", "3 May 2024 09:15 CST", "3 mai 2024 à 09h15 ET 10h",
        "3 mai 2024 à 09h15 et plus tard", "May 3, 2024 9:15 am est", "May 3, 2024 9:15 a.m. UT Austin",
        "3 May 2024 09:15 ESTATE", "3 May 2024 09:15 BSTs", "3 maja 2024 09:15 z Warszawy")) {
      assertThat(any.find(text)).as(text).hasValueSatisfying(t -> {
        assertThat(t.time()).hasValue(java.time.LocalTime.of(9, 15));
        assertThat(t.offset()).isEmpty();
      });
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "yesterday", "30.2.2007 19:33", "31.5.2007 7:2B", "24 Mai 2007 13:52",
      "24 May 2007 25:10", "24 May 2007 13:61", "13:52 13 pm", "32.1.2007 10:00", "24 May 2007 13:52 and more",
      "05/06/2007 10:00", "124.5.2007 17:46", "24 May 2007 13 PM", "2007-13-01", "2007-05-24T10:52:00:12Z"})
  void rejectsWhatIsNotExactlyOneValidDate(String text) {
    assertThat(dates.parse(text)).isEmpty();
  }

  /** The page's evidence for the order of its numeric dates is read once, and only for a date that needs it. */
  @Test
  void anOrderSettledByThePageIsAskedOnlyForAnAmbiguousDate() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    DateTimes reader = DateTimes.anyLanguage().withOrderSettledBy(() -> {
      asked.incrementAndGet();
      return DateTimes.NumericOrder.MONTH_FIRST;
    });

    assertThat(reader.parse("13/01/2024")).isPresent();
    assertThat(reader.parse("24 May 2007")).isPresent();
    assertThat(asked).as("no ambiguous date yet").hasValue(0);
    assertThat(reader.parse("01/08/2024").map(PageTime::date)).hasValue(LocalDate.of(2024, 1, 8));
    assertThat(reader.parse("02/09/2024").map(PageTime::date)).hasValue(LocalDate.of(2024, 2, 9));
    assertThat(asked).as("asked once for the page").hasValue(1);
    assertThat(DateTimes.anyLanguage().parse("01/08/2024")).as("nothing settles it").isEmpty();
  }

  /** A numeric date whose day and month are the same number reads the same in either order. */
  @Test
  void aDateOfTheSameDayAndMonthNeedsNoOrder() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    DateTimes reader = DateTimes.anyLanguage().withOrderSettledBy(() -> {
      asked.incrementAndGet();
      return DateTimes.NumericOrder.UNKNOWN;
    });

    assertThat(reader.parse("03/03/2019 10:00").map(PageTime::date)).hasValue(LocalDate.of(2019, 3, 3));
    assertThat(DateTimes.anyLanguage().parse("12-12-2020").map(PageTime::date))
        .hasValue(LocalDate.of(2020, 12, 12));
    assertThat(asked).as("the page is not asked").hasValue(0);
    assertThat(DateTimes.anyLanguage().parse("13/13/2019")).isEmpty();
  }

  /**
   * A two-digit year after slashes, b2evolution's "03/14/11 @ 11:02", is read only with its time of day, and only
   * where the day and the month are told apart as in the four-digit form.
   */
  @Test
  void readsATwoDigitYearAfterSlashesOnlyWithItsTimeOfDay() {
    assertThat(dates.parse("03/14/11 @ 11:02")).hasValue(PageTime.local(LocalDateTime.parse("2011-03-14T11:02")));
    assertThat(dates.parse("14/03/11 11:02 pm")).hasValue(PageTime.local(LocalDateTime.parse("2011-03-14T23:02")));
    assertThat(dates.withNumericOrder(DateTimes.NumericOrder.MONTH_FIRST).parse("03/04/99 @ 8:15:30"))
        .hasValue(PageTime.local(LocalDateTime.parse("1999-03-04T08:15:30")));
    assertThat(dates.find("Comment from Ann 03/14/11 @ 11:02 Reply").map(PageTime::date))
        .hasValue(LocalDate.of(2011, 3, 14));
    assertThat(dates.parse("03/14/11")).as("no time of day: a fraction or a part number as much as a date").isEmpty();
    assertThat(dates.find("won 3/14/11 in the final, at 9:30")).isEmpty();
    assertThat(dates.parse("03/04/11 @ 11:02")).as("neither the numbers nor the page settle the order").isEmpty();
    assertThat(dates.parse("03-14-11 11:02")).as("dashes join codes and phone numbers too").isEmpty();
    assertThat(dates.parse("03/14/11 11.02")).as("only a colon's time, the form that needs it").isEmpty();
    assertThat(dates.parse("03/14/111 11:02")).isEmpty();
    assertThat(dates.find("8/16/2012:30")).as("no year of two digits runs on into an hour").isEmpty();
    assertThat(dates.find("ref 10/14/1123:05")).isEmpty();
  }

  /**
   * Japanese, Chinese, Korean and Hungarian pages write the year first: "11/03/14 10:00" is 14 March 2011 there, not
   * 11 March 2014, and a date with its year last is read only when its numbers settle it.
   */
  @Test
  void aPageWhoseLanguageWritesTheYearFirstReadsTheTwoDigitYearFirst() {
    DateTimes japanese = dates.withNumericOrder(DateTimes.numericOrder(Optional.of(Locale.JAPANESE)));

    assertThat(DateTimes.numericOrder(Optional.of(Locale.forLanguageTag("ja-JP"))))
        .isEqualTo(DateTimes.NumericOrder.YEAR_FIRST);
    assertThat(DateTimes.numericOrder(Optional.of(Locale.forLanguageTag("hu"))))
        .isEqualTo(DateTimes.NumericOrder.YEAR_FIRST);
    assertThat(japanese.parse("11/03/14 10:00")).hasValue(PageTime.local(LocalDateTime.parse("2011-03-14T10:00")));
    assertThat(dates.withNumericOrder(DateTimes.NumericOrder.DAY_FIRST).parse("11/03/14 10:00"))
        .hasValue(PageTime.local(LocalDateTime.parse("2014-03-11T10:00")));
    assertThat(japanese.parse("05/06/2007")).as("year last: the order is not the page's").isEmpty();
    assertThat(japanese.parse("25/06/2007")).map(PageTime::date).hasValue(LocalDate.of(2007, 6, 25));
    assertThat(japanese.parse("2011/03/14 10:00")).hasValue(PageTime.local(LocalDateTime.parse("2011-03-14T10:00")));
    assertThat(japanese.withOrderSettledBy(() -> DateTimes.NumericOrder.DAY_FIRST).parse("05/06/2007"))
        .as("year last, the order the page's other dates settle").map(PageTime::date)
        .hasValue(LocalDate.of(2007, 6, 5));
    assertThat(japanese.withOrderSettledBy(() -> DateTimes.NumericOrder.DAY_FIRST).parse("11/03/14 10:00"))
        .as("the two-digit year still first").hasValue(PageTime.local(LocalDateTime.parse("2011-03-14T10:00")));
  }

  @Test
  void readsADateWithoutTime() {
    assertThat(dates.parse("24 May 2007")).hasValue(new PageTime(LocalDate.of(2007, 5, 24), Optional.empty(),
        Optional.empty()));
    assertThat(dates.parse("24 May 2007").flatMap(t -> t.in(HELSINKI))).as("no time, no instant").isEmpty();
  }

  @Test
  void findsTheDateInABylineAndInAnEditNotice() {
    assertThat(dates.find("Written by Andre Yoskowitz (Google+) @ 24 May 2007 13:52 User comments (5)"))
        .hasValue(PageTime.local(LocalDateTime.parse("2007-05-24T13:52")));
    assertThat(dates.find("This message has been edited since its posting. Latest edit was made on 25 May 2007 @ 3:38"))
        .hasValue(PageTime.local(LocalDateTime.parse("2007-05-25T03:38")));
  }

  @Test
  void aRangeOfDaysGivesItsFirstDayTheEarliestDateItPrints() {
    DateTimes any = DateTimes.anyLanguage();
    LocalDate first = LocalDate.of(2022, 1, 14);

    assertThat(any.find("Wochenbericht 14. - 20. Januar 2022"))
        .hasValue(new PageTime(first, Optional.empty(), Optional.empty()));
    assertThat(dates.find("Our week, 14–20 January 2022")).map(PageTime::date).hasValue(first);
    assertThat(dates.parse("14 – 20 January 2022")).map(PageTime::date).hasValue(first);
    assertThat(dates.find("Page 3, 20 January 2022")).as("no range: a number apart").map(PageTime::date)
        .hasValue(LocalDate.of(2022, 1, 20));
  }

  /** AP's and CNN's date lines give the time, with its zone, before the date. */
  @Test
  void aTimeBeforeItsDateIsItsTime() {
    DateTimes any = DateTimes.anyLanguage();

    assertThat(dates.find("Updated 2:34 PM EDT, May 3, 2024")).map(PageTime::toString)
        .hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.of(java.time.LocalTime.of(14, 34)),
            Optional.of(ZoneOffset.ofHours(-4))).toString());
    assertThat(dates.find("Updated 10:15 AM EDT, Fri May 3, 2024").flatMap(PageTime::time))
        .hasValue(java.time.LocalTime.of(10, 15));
    assertThat(any.find("Aktualisiert 10:15 Uhr, 3. Mai 2024"))
        .hasValue(PageTime.local(LocalDateTime.parse("2024-05-03T10:15")));
    assertThat(dates.find("10:15, 3 May 2024")).hasValue(PageTime.local(LocalDateTime.parse("2024-05-03T10:15")));
    assertThat(dates.find("Score 10:12, 3 comments May 2024")).as("no month after the number").isEmpty();
    assertThat(dates.find("10.15 3 May 2024")).as("a time without a colon does not lead")
        .hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.empty(), Optional.empty()));
  }

  @Test
  void anOffsetIsNoTimeOfTheDateAfterIt() {
    DateTimes any = DateTimes.anyLanguage();

    assertThat(any.findAll("2022-12-07T10:10:52+01:0025. Dezember 2022", 5)).as("the spans' texts run together")
        .extracting(DateTimes.Found::time).containsExactly(
            new PageTime(LocalDate.of(2022, 12, 7), Optional.of(java.time.LocalTime.of(10, 10, 52)),
                Optional.of(ZoneOffset.ofHours(1))),
            new PageTime(LocalDate.of(2022, 12, 25), Optional.empty(), Optional.empty()));
    assertThat(any.find("+01:00 25. Dezember 2022")).as("after an offset's sign")
        .hasValue(new PageTime(LocalDate.of(2022, 12, 25), Optional.empty(), Optional.empty()));
    assertThat(dates.find("T08:15:00-05:00 May 3, 2024")).as("after the minus of an offset")
        .hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.empty(), Optional.empty()));
    assertThat(dates.find("10:1503 May 2024")).as("no day runs straight on from the minutes").isEmpty();
  }

  @Test
  void aNumberedCommentsHeaderIsNoRangeOfDays() {
    DateTimes any = DateTimes.anyLanguage();

    assertThat(any.find("#1 \u00a0\u2014\u00a0 3. Mai 2024, 10:15 Uhr"))
        .hasValue(PageTime.local(LocalDateTime.parse("2024-05-03T10:15")));
    assertThat(any.find("#1.1 \u2014 3. Mai 2024, 10:31 Uhr"))
        .hasValue(PageTime.local(LocalDateTime.parse("2024-05-03T10:31")));
    assertThat(dates.find("#2 \u2014 3 May 2024, 11:02")).as("no full stops, but a number sign")
        .hasValue(PageTime.local(LocalDateTime.parse("2024-05-03T11:02")));
    assertThat(any.find("Antwort 1 \u2013 3. Mai 2024")).as("one day with a full stop, the other without")
        .map(PageTime::date).hasValue(LocalDate.of(2024, 5, 3));
    assertThat(dates.find("Episode 12 \u2013 3 May 2024")).as("a range runs from the earlier day")
        .map(PageTime::date).hasValue(LocalDate.of(2024, 5, 3));
  }

  @Test
  void findDoesNotReadANumberRunTogetherWithADate() {
    // The seed's text runs comment numbers into dates: "124.5.2007 17:46". Only the markup can tell them apart.
    assertThat(dates.find("124.5.2007 17:46")).isEmpty();
  }

  @Test
  void findSkipsImpossibleDatesAndTakesTheNextOne() {
    assertThat(dates.find("30.2.2007 10:00, corrected 1.3.2007 10:00"))
        .hasValue(PageTime.local(LocalDateTime.parse("2007-03-01T10:00")));
  }

  @Test
  void appliesTheZoneWithItsDaylightSavingOffset() {
    assertThat(PageTime.local(LocalDateTime.parse("2007-05-24T13:52")).in(HELSINKI))
        .hasValue(new ResolvedTime(OffsetDateTime.parse("2007-05-24T13:52+03:00"), Optional.of(HELSINKI)));
    assertThat(PageTime.local(LocalDateTime.parse("2008-01-14T09:05")).in(HELSINKI))
        .hasValue(new ResolvedTime(OffsetDateTime.parse("2008-01-14T09:05+02:00"), Optional.of(HELSINKI)));
  }

  @Test
  void aLocalTimeInTheSpringGapHasNoInstant() {
    // Finland moved its clocks from 03:00 to 04:00 on 25 March 2007: 03:30 never happened there.
    assertThat(PageTime.local(LocalDateTime.parse("2007-03-25T03:30")).in(HELSINKI)).isEmpty();
  }

  @Test
  void aLocalTimeInTheAutumnOverlapTakesTheSummerOffset() {
    assertThat(PageTime.local(LocalDateTime.parse("2007-10-28T03:30")).in(HELSINKI))
        .hasValueSatisfying(r -> assertThat(r.time().getOffset()).isEqualTo(ZoneOffset.ofHours(3)));
  }

  @Test
  void moreLanguagesComeAsMoreMonthNames() {
    MonthNames finnish = MonthNames.of(java.util.List.of("tammikuuta"), java.util.List.of("helmikuuta"),
        java.util.List.of("maaliskuuta"), java.util.List.of("huhtikuuta"), java.util.List.of("toukokuuta"),
        java.util.List.of("kesäkuuta"), java.util.List.of("heinäkuuta"), java.util.List.of("elokuuta"),
        java.util.List.of("syyskuuta"), java.util.List.of("lokakuuta"), java.util.List.of("marraskuuta"),
        java.util.List.of("joulukuuta"));

    assertThat(MonthNames.ENGLISH.plus(finnish).month("Toukokuuta")).hasValue(5);
    assertThat(MonthNames.ENGLISH.month("toukokuuta")).isEmpty();
  }

  /** 24:00 is the end of the day, as ISO 8601 and German pages write midnight: the next day's 00:00. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      03.05.2024, 24:00 Uhr | 2024-05-04T00:00
      2024-05-03T24:00:00   | 2024-05-04T00:00
      31.12.2023 24:00      | 2024-01-01T00:00
      """)
  void readsTheEndOfTheDayAsTheNextDaysStart(String text, String expected) {
    assertThat(DateTimes.anyLanguage().withNumericOrder(DateTimes.NumericOrder.DAY_FIRST).find(text))
        .hasValue(PageTime.local(LocalDateTime.parse(expected)));
  }

  /** Polish prints "godz." (hour) between a date and its time, Italian "ore" (hours). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"piątek, 3 maja 2024 r., godz. 10:15", "venerdì 3 maggio 2024 ore 10:15"})
  void readsTheWordForTheHourBeforeTheTime(String text) {
    assertThat(DateTimes.anyLanguage().find(text))
        .hasValue(PageTime.local(LocalDateTime.parse("2024-05-03T10:15")));
  }
}
