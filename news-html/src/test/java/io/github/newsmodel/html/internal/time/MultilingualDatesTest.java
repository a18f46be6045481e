package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.time.DateTimes.Found;
import io.github.newsmodel.html.internal.time.DateTimes.NumericOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MultilingualDatesTest {
  private final DateTimes dates = DateTimes.anyLanguage();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      24. Mai 2019 um 13:52 Uhr       | 2019-05-24T13:52
      3. März 2020, 8.05 Uhr          | 2020-03-03T08:05
      15. Jänner 2021                  | 2021-01-15
      1er juin 2007 à 13h52            | 2007-06-01T13:52
      12 févr. 2019                    | 2019-02-12
      24 de mayo de 2007, 13:52        | 2007-05-24T13:52
      2 de setiembre de 2020           | 2020-09-02
      24. toukokuuta 2007 klo 13.52    | 2007-05-24T13:52
      5 tammikuu 2010                  | 2010-01-05
      24 травня 2007 р., 13:52         | 2007-05-24T13:52
      3 грудня 2019                    | 2019-12-03
      24 мая 2007 г. в 13:52           | 2007-05-24T13:52
      3 мая 2024 года, 09:15           | 2024-05-03T09:15
      3 мая 2024 года в 09:15          | 2024-05-03T09:15
      3 травня 2024 року о 09:15       | 2024-05-03T09:15
      3 maja 2024 r., 09:15            | 2024-05-03T09:15
      1 сентября 2020                  | 2020-09-01
      24 maggio 2007                   | 2007-05-24
      24 de março de 2020              | 2020-03-24
      24 mei 2007                      | 2007-05-24
      24 maja 2007                     | 2007-05-24
      24 maj 2007                      | 2007-05-24
      2007年5月24日                    | 2007-05-24
      2007년 5월 24일 13:52             | 2007-05-24T13:52
      8.5.12                           | 2012-05-08
      30.10.95                         | 1995-10-30
      24/05/2007                       | 2007-05-24
      05/24/2007                       | 2007-05-24
      2007/05/24                       | 2007-05-24
      4. 2. 2022                       | 2022-02-04
      9. Dezember 2013 at 14:57        | 2013-12-09T14:57
      9 December 2018                  | 2018-12-09
      3 decembre 2019                  | 2019-12-03
      3 de diciembre de 2019           | 2019-12-03
      5 Μαρτίου 2024, 14:30            | 2024-03-05T14:30
      5 ΜΑΡΤΙΟΥ 2024                   | 2024-03-05
      5 Mart 2024 14:30                | 2024-03-05T14:30
      5 MAYIS 2024                     | 2024-05-05
      5 Mayıs 2024 saat 09:15          | 2024-05-05T09:15
      5 Maret 2024 pukul 10:00         | 2024-03-05T10:00
      5 मार्च 2024, 14:30              | 2024-03-05T14:30
      5 मई 2024                        | 2024-05-05
      ५ मार्च २०२४                     | 2024-03-05
      ٥ مارس ٢٠٢٤ - ٠٢:٣٠ م            | 2024-03-05T14:30
      ٥ مارس ٢٠٢٤ الساعة ٩:١٥ ص        | 2024-03-05T09:15
      8 فيفري 2019                     | 2019-02-08
      12 آب 2023                       | 2023-08-12
      24 نيسان / أبريل 2020            | 2020-04-24
      5 آذار/مارس 2024 - 14:30         | 2024-03-05T14:30
      24 نيسان / أبريل 2020 09:22 مساءً | 2020-04-24T21:22
      ٥ مارس ٢٠٢٤ الساعة ٩:١٥ صباحًا    | 2024-03-05T09:15
      5 مارس 2024 - 12:30 صباحاً       | 2024-03-05T00:30
      5 مارس 2024 - 02:30 مساء         | 2024-03-05T14:30
      5 במרץ 2024, 14:30               | 2024-03-05T14:30
      5 มีนาคม 2567 14:30              | 2024-03-05T14:30
      ๕ มีนาคม ๒๕๖๗                    | 2024-03-05
      5 มี.ค. 2567 14:30 น.            | 2024-03-05T14:30
      05 ก.พ. 67                       | 2024-02-05
      5 มีนาคม พ.ศ. 2567               | 2024-03-05
      ๒๕ ธ.ค. ๖๖ เวลา ๐๙:๑๕ น.         | 2023-12-25T09:15
      1 พ.ย. 2566                      | 2023-11-01
      ngày 5 tháng 3 năm 2024, 14:30   | 2024-03-05T14:30
      5 tháng 3, 2024                  | 2024-03-05
      ２０２４年３月５日                 | 2024-03-05
      2024年3月5日(火) 午後2時30分      | 2024-03-05T14:30
      2024年3月5日（火）14:30           | 2024-03-05T14:30
      2024年3月5日 午前0時5分           | 2024-03-05T00:05
      2024년 3월 5일 오후 2:30          | 2024-03-05T14:30
      5. března 2024                   | 2024-03-05
      5. marca 2024 14:30              | 2024-03-05T14:30
      2024. március 5.                 | 2024-03-05
      2024. márc. 5. 14:30             | 2024-03-05T14:30
      2024. március 5-én               | 2024-03-05
      5 martie 2024                    | 2024-03-05
      5 март 2024                      | 2024-03-05
      5. marta 2024.                   | 2024-03-05
      5. марта 2024. у 14:30           | 2024-03-05T14:30
      5. märts 2024                    | 2024-03-05
      2024 m. kovo 5 d.                | 2024-03-05
      5 de març de 2024                | 2024-03-05
      5 d'abril de 2024                | 2024-04-05
      2024. gada 5. martā              | 2024-03-05
      2024. gada 5. martā 14:30        | 2024-03-05T14:30
      12. listopadu 2023               | 2023-11-12
      2024.03.05. 오후 2:30             | 2024-03-05T14:30
      2024.03.05. 오전 12:10            | 2024-03-05T00:10
      2024. 3. 5. 14:30                | 2024-03-05T14:30
      2024-03-05 오후 2:30              | 2024-03-05T14:30
      2024年3月5日 下午2点30分          | 2024-03-05T14:30
      """)
  void readsMonthNamesAndFormsOfManyLanguages(String text, String expected) {
    PageTime time = dates.parse(text).orElseThrow();
    if (expected.contains("T")) {
      assertThat(time).isEqualTo(PageTime.local(LocalDateTime.parse(expected)));
    } else {
      assertThat(time).isEqualTo(new PageTime(LocalDate.parse(expected), Optional.empty(), Optional.empty()));
    }
  }

  /** The year's word after the year, "2024 года", is no word after which the time of day is lost. */
  @Test
  void findsTheTimeAfterTheYearsWordInALine() {
    assertThat(dates.find("Опубликовано: 3 мая 2024 года в 09:15")).hasValue(
        PageTime.local(LocalDateTime.parse("2024-05-03T09:15")));
    assertThat(dates.find("3 maja 2024 r 09:15")).as("Polish \"r\" is the year's word only with its full stop")
        .hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.empty(), Optional.empty()));
  }

  @Test
  void aYearOfTheBuddhistEraIsReadOnlyInAThaiDate() {
    assertThat(dates.parse("15/3/2567")).as("no Thai in the date: the year as it stands")
        .hasValueSatisfying(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2567, 3, 15)));
    assertThat(dates.parse("5 มีนาคม 2024")).hasValueSatisfying(t -> assertThat(t.date())
        .isEqualTo(LocalDate.of(2024, 3, 5)));
  }

  @Test
  void aThaiAbbreviationIsReadOnlyAsAMonthItKnows() {
    assertThat(dates.find("ฉบับที่ 5 ก.ข. 2567")).as("no month is abbreviated so").isEmpty();
    assertThat(dates.find("วันอังคารที่ 5 มีนาคม พ.ศ. 2567 เวลา 14:30 น.")).hasValue(
        PageTime.local(LocalDateTime.of(2024, 3, 5, 14, 30)));
    assertThat(dates.find("ราคา 5 มี.ค. 2567 บาท")).hasValueSatisfying(t -> assertThat(t.date())
        .isEqualTo(LocalDate.of(2024, 3, 5)));
  }

  /** The Levant's two names of a month, "نيسان / أبريل", name one month; two months are no date. */
  @Test
  void aMonthsOtherNameAfterASlashNamesTheSameMonth() {
    assertThat(dates.find("تم نشره الجمعة 24 نيسان / أبريل 2020")).hasValueSatisfying(t -> assertThat(t.date())
        .isEqualTo(LocalDate.of(2020, 4, 24)));
    assertThat(dates.find("5 May/June 2024")).isEmpty();
  }

  @Test
  void aWordThatIsNoMonthLeavesTheNumbersAroundItUnread() {
    assertThat(dates.find("un des 2000 participants, 5 des 2024")).as("French \"des\" is no Indonesian month")
        .isEmpty();
  }

  @Test
  void readsAnAmbiguousNumericDateOnlyInAKnownConvention() {
    assertThat(dates.parse("05/06/2007")).isEmpty();
    assertThat(dates.withNumericOrder(NumericOrder.DAY_FIRST).parse("05/06/2007"))
        .hasValueSatisfying(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2007, 6, 5)));
    assertThat(dates.withNumericOrder(NumericOrder.MONTH_FIRST).parse("05/06/2007"))
        .hasValueSatisfying(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2007, 5, 6)));
  }

  @Test
  void knowsTheConventionOfALanguage() {
    assertThat(DateTimes.numericOrder(Optional.of(Locale.forLanguageTag("en-US")))).isEqualTo(NumericOrder.MONTH_FIRST);
    assertThat(DateTimes.numericOrder(Optional.of(Locale.forLanguageTag("en-GB")))).isEqualTo(NumericOrder.DAY_FIRST);
    assertThat(DateTimes.numericOrder(Optional.of(Locale.forLanguageTag("de")))).isEqualTo(NumericOrder.DAY_FIRST);
    assertThat(DateTimes.numericOrder(Optional.of(Locale.forLanguageTag("en")))).isEqualTo(NumericOrder.UNKNOWN);
    assertThat(DateTimes.numericOrder(Optional.empty())).isEqualTo(NumericOrder.UNKNOWN);
  }

  @Test
  void readsOffsetsInTheirCommonSpellings() {
    assertThat(dates.parse("2020-01-20T09:49:32+0000")).hasValueSatisfying(t ->
        assertThat(t.offset()).hasValue(ZoneOffset.UTC));
    assertThat(dates.parse("2019-12-30T05:03-0500")).hasValueSatisfying(t ->
        assertThat(t.offset()).hasValue(ZoneOffset.ofHours(-5)));
    assertThat(dates.parse("20 Jan 2020 09:49 GMT+1")).hasValueSatisfying(t ->
        assertThat(t.offset()).hasValue(ZoneOffset.ofHours(1)));
  }

  /** Naver's "입력" (published) and "수정" (modified), each with its time, the date ended by a full stop. */
  @Test
  void findsTheTimesOfAKoreanPortalsDateLine() {
    assertThat(dates.findAll("입력 2023.11.02. 오후 8:06 수정 2023.11.03. 오전 9:15", 5))
        .extracting(Found::time)
        .containsExactly(PageTime.local(LocalDateTime.parse("2023-11-02T20:06")),
            PageTime.local(LocalDateTime.parse("2023-11-03T09:15")));
    assertThat(dates.find("2023.11.02. 13:06 기준")).as("a 24-hour time needs no word for the afternoon")
        .hasValue(PageTime.local(LocalDateTime.parse("2023-11-02T13:06")));
  }

  /**
   * Croatian's "listopad" is October, the November of Czech, Polish and Ukrainian: a page in Croatian, or on a
   * {@code .hr} host that declares no language, reads it so, and every other page as before.
   */
  @Test
  void aCroatianPageReadsItsOwnMonthNames() {
    DateTimes croatian = DateTimes.forPage(Optional.of(Locale.forLanguageTag("hr")), Optional.empty());

    assertThat(croatian.parse("15. listopada 2024.")).hasValueSatisfying(t -> assertThat(t.date())
        .isEqualTo(LocalDate.of(2024, 10, 15)));
    assertThat(croatian.parse("3. ožujka 2024. u 14:30"))
        .hasValue(PageTime.local(LocalDateTime.parse("2024-03-03T14:30")));
    assertThat(DateTimes.forPage(Optional.empty(), Optional.of("www.index.hr")).parse("15. listopada 2024."))
        .hasValueSatisfying(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2024, 10, 15)));
    assertThat(DateTimes.forPage(Optional.of(Locale.forLanguageTag("pl")), Optional.of("www.index.hr"))
        .parse("15 listopada 2024")).as("a Polish page, whatever its host")
        .hasValueSatisfying(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2024, 11, 15)));
    assertThat(dates.parse("15. listopada 2024.")).hasValueSatisfying(t -> assertThat(t.date())
        .isEqualTo(LocalDate.of(2024, 11, 15)));
    assertThat(dates.parse("3. ožujka 2024.")).as("Croatian's names are read only on its pages").isEmpty();
  }

  @Test
  void findsEveryDateOfALineInOrder() {
    assertThat(dates.findAll("Veröffentlicht am 24.05.2019, aktualisiert am 25. Mai 2019 um 10:00", 5))
        .extracting(f -> f.time().date())
        .containsExactly(LocalDate.of(2019, 5, 24), LocalDate.of(2019, 5, 25));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24 Foo 2019", "v1.2.19", "jquery.easing.1.2.js", "3 comments 2019", "31.02.2019",
      "13/13/2019", "Seite 1 2019"})
  void readsNoDateWhereThereIsNone(String text) {
    assertThat(dates.find(text)).isEmpty();
  }

  @Test
  void everyLanguageAgreesOnEveryMonthName() {
    // ALL is built by merging the tables, which fails when a name means two months; reading it proves the merge.
    assertThat(MonthNames.ALL.month("Mai")).hasValue(5);
    assertThat(MonthNames.ALL.month("листопада")).hasValue(11);
    assertThat(MonthNames.ALL.month("lokakuuta")).hasValue(10);
  }
}
