package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeTimeTest {
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2020-03-01T01:30Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      3 hours ago             | 3  | HOURS
      an hour ago             | 1  | HOURS
      posted 5 mins ago       | 5  | MINUTES
      vor 2 Tagen             | 2  | DAYS
      vor einer Stunde        | 1  | HOURS
      il y a 3 heures         | 3  | HOURS
      il y a une semaine      | 1  | WEEKS
      hace 5 minutos          | 5  | MINUTES
      hace un día             | 1  | DAYS
      2 tuntia sitten         | 2  | HOURS
      tunti sitten            | 1  | HOURS
      3 години тому           | 3  | HOURS
      2 дні тому              | 2  | DAYS
      5 минут назад           | 5  | MINUTES
      3 дня назад             | 3  | DAYS
      gestern                 | 1  | DAYS
      Yesterday               | 1  | DAYS
      hier                    | 1  | DAYS
      ayer                    | 1  | DAYS
      eilen                   | 1  | DAYS
      вчора                   | 1  | DAYS
      вчера                   | 1  | DAYS
      vorgestern              | 2  | DAYS
      heute                   | 0  | DAYS
      1 hour 51 minutes ago   | 111 | MINUTES
      5 points 3 hours ago    | 3  | HOURS
      12 replies vor 2 Tagen  | 2  | DAYS
      vor 1 Stunde 51 Minuten | 111 | MINUTES
      1 Stunde 51 Minuten her | 111 | MINUTES
      50 Minuten 46 Sekunden her | 3046 | SECONDS
      3 Tage her              | 3  | DAYS
      2 days, 3 hours ago     | 51 | HOURS
      2 ore fa                | 2  | HOURS
      un'ora fa               | 1  | HOURS
      3 giorni fa             | 3  | DAYS
      una settimana fa        | 1  | WEEKS
      há 2 horas              | 2  | HOURS
      há um dia               | 1  | DAYS
      5 minutos atrás         | 5  | MINUTES
      2 uur geleden           | 2  | HOURS
      een uur geleden         | 1  | HOURS
      3 dagen geleden         | 3  | DAYS
      2 weken geleden         | 2  | WEEKS
      2 godziny temu          | 2  | HOURS
      godzinę temu            | 1  | HOURS
      3 dni temu              | 3  | DAYS
      för 2 timmar sedan      | 2  | HOURS
      för en timme sedan      | 1  | HOURS
      for 3 dager siden       | 3  | DAYS
      2 saat önce             | 2  | HOURS
      bir gün önce            | 1  | DAYS
      2時間前                 | 2  | HOURS
      3日前                   | 3  | DAYS
      2시간 전                | 2  | HOURS
      3일 전                  | 3  | DAYS
      2小时前                 | 2  | HOURS
      5分钟前                 | 5  | MINUTES
      ieri                    | 1  | DAYS
      l'altro ieri            | 2  | DAYS
      ontem                   | 1  | DAYS
      gisteren                | 1  | DAYS
      wczoraj                 | 1  | DAYS
      igår                    | 1  | DAYS
      i går                   | 1  | DAYS
      i dag                   | 0  | DAYS
      dün                     | 1  | DAYS
      před 2 hodinami         | 2  | HOURS
      před 3 dny              | 3  | DAYS
      před hodinou            | 1  | HOURS
      pred týždňom            | 1  | WEEKS
      před minutou            | 1  | MINUTES
      pred 5 minútami         | 5  | MINUTES
      pred 3 dňami            | 3  | DAYS
      pred 2 urama            | 2  | HOURS
      pre 2 sata              | 2  | HOURS
      пре 3 дана              | 3  | DAYS
      преди 2 часа            | 2  | HOURS
      acum 2 ore              | 2  | HOURS
      acum o oră              | 1  | HOURS
      acum 3 zile             | 3  | DAYS
      fa 2 hores              | 2  | HOURS
      fa 3 dies               | 3  | DAYS
      prieš 2 val.            | 2  | HOURS
      prieš 3 dienas          | 3  | DAYS
      2 tundi tagasi          | 2  | HOURS
      3 päeva tagasi          | 3  | DAYS
      2 órája                 | 2  | HOURS
      3 napja                 | 3  | DAYS
      5 perce                 | 5  | MINUTES
      2 órával ezelőtt        | 2  | HOURS
      včera                   | 1  | DAYS
      dnes                    | 0  | DAYS
      tegnap                  | 1  | DAYS
      juče                    | 1  | DAYS
      јуче                    | 1  | DAYS
      včeraj                  | 1  | DAYS
      vakar                   | 1  | DAYS
      ahir                    | 1  | DAYS
      for en time siden       | 1  | HOURS
      en time siden           | 1  | HOURS
      2 giờ trước             | 2  | HOURS
      5 phút trước            | 5  | MINUTES
      3 ngày trước            | 3  | DAYS
      2 jam yang lalu         | 2  | HOURS
      5 menit lalu            | 5  | MINUTES
      2 minggu yang lalu      | 2  | WEEKS
      3 hari yang lalu        | 3  | DAYS
      sejam yang lalu         | 1  | HOURS
      sehari yang lalu        | 1  | DAYS
      seminggu lalu           | 1  | WEEKS
      satu jam yang lalu      | 1  | HOURS
      πριν από 2 ώρες         | 2  | HOURS
      πριν 5 λεπτά            | 5  | MINUTES
      3 ημέρες πριν           | 3  | DAYS
      منذ 3 ساعات             | 3  | HOURS
      منذ 5 دقائق             | 5  | MINUTES
      منذ 2 أيام              | 2  | DAYS
      לפני 2 שעות             | 2  | HOURS
      לפני 30 שניות           | 30 | SECONDS
      לפני 3 ימים             | 3  | DAYS
      منذ ساعة                | 1  | HOURS
      منذ ساعتين              | 2  | HOURS
      منذ دقيقتين             | 2  | MINUTES
      منذ يومين               | 2  | DAYS
      منذ أسبوع               | 1  | WEEKS
      منذ أسبوعين             | 2  | WEEKS
      לפני שעה                | 1  | HOURS
      לפני שעתיים             | 2  | HOURS
      לפני דקה                | 1  | MINUTES
      לפני יומיים             | 2  | DAYS
      לפני שבועיים            | 2  | WEEKS
      πριν από μία ώρα        | 1  | HOURS
      một giờ trước           | 1  | HOURS
      एक घंटे पहले              | 1  | HOURS
      2 घंटे पहले              | 2  | HOURS
      5 मिनट पहले              | 5  | MINUTES
      3 दिन पहले               | 3  | DAYS
      2 ชั่วโมงที่แล้ว          | 2  | HOURS
      5 นาทีที่แล้ว             | 5  | MINUTES
      30 วินาทีที่แล้ว          | 30 | SECONDS
      เมื่อ 3 วันที่แล้ว         | 3  | DAYS
      2 ชม. ที่แล้ว             | 2  | HOURS
      昨天                    | 1  | DAYS
      昨天 14:30              | 1  | DAYS
      前天                    | 2  | DAYS
      昨日 10:15              | 1  | DAYS
      一昨日                  | 2  | DAYS
      어제                    | 1  | DAYS
      그저께                  | 2  | DAYS
      오늘 09:30              | 0  | DAYS
      เมื่อวาน                | 1  | DAYS
      hôm qua                 | 1  | DAYS
      kemarin                 | 1  | DAYS
      Hari ini, 10:00         | 0  | DAYS
      χθες                    | 1  | DAYS
      ΧΘΕΣ                    | 1  | DAYS
      אתמול                   | 1  | DAYS
      أمس                     | 1  | DAYS
      """)
  void readsRelativeTimesOfManyLanguages(String text, long amount, ChronoUnit unit) {
    assertThat(RelativeTime.find(text)).hasValueSatisfying(r -> {
      assertThat(r.amount()).isEqualTo(amount);
      assertThat(r.unit()).isEqualTo(unit);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 months ago", "vor 2 Jahren", "long ago", "Vorstand", "ein Heute-Journal-Beitrag",
      "1 Monat her", "1 Monat 2 Wochen her", "3 minutes 2 hours ago", "2 mesi fa", "3 jaar geleden", "2 år sedan",
      "3月5日前", "3월 5일 전", "преди 2 години", "před 2 lety", "acum 3 luni", "pre 2 godine", "2 éve",
      "il y a longtemps", "hace tiempo", "před rokem", "pre dinner", "hace horas", "před hodinami",
      "לפני 2 שנים", "منذ 3 سنوات", "3 tahun yang lalu", "2 năm trước", "πριν 2 χρόνια", "2 साल पहले",
      "2 เดือนที่แล้ว", "منذ عامين", "منذ سنة", "לפני שנתיים", "לפני הבחירות", "منذ البداية", "منذ يوم الجمعة", "sebulan yang lalu", "setahun yang lalu", "לפני יום הבחירות",
      "今日头条", "昨日の夜", "اليوم السابع", "2 times ago"})
  void readsNothingTooCoarseOrNotRelative(String text) {
    assertThat(RelativeTime.find(text)).isEmpty();
  }

  @Test
  void anHourCountsBackToAnInstantInThePagesZone() {
    ResolvedTime t = RelativeTime.find("3 hours ago").flatMap(r -> r.resolve(CAPTURED, BERLIN)).orElseThrow();

    assertThat(t.time()).isEqualTo(OffsetDateTime.parse("2020-02-29T23:30+01:00"));
    assertThat(t.time().toInstant()).isEqualTo(CAPTURED.minusHours(3).toInstant());
    assertThat(t.dateOnly()).isFalse();
    assertThat(t.assumedZone()).hasValue(BERLIN);
  }

  @Test
  void yesterdayIsADayInThePagesZoneNotInUtc() {
    // 01:30 UTC on 1 March is already 02:30 in Berlin, and yesterday there was 29 February.
    ResolvedTime t = RelativeTime.find("gestern").flatMap(r -> r.resolve(CAPTURED, BERLIN)).orElseThrow();

    assertThat(t.time()).isEqualTo(OffsetDateTime.parse("2020-02-29T00:00+01:00"));
    assertThat(t.dateOnly()).isTrue();
  }

  @Test
  void aNamedDayWithATimeIsThatTime() {
    ResolvedTime t = RelativeTime.find("gestern, 13:52 Uhr").flatMap(r -> r.resolve(CAPTURED, BERLIN)).orElseThrow();

    assertThat(t.time()).isEqualTo(OffsetDateTime.parse("2020-02-29T13:52+01:00"));
    assertThat(t.dateOnly()).isFalse();
    assertThat(RelativeTime.find("yesterday at 25:00")).isEmpty();
    assertThat(RelativeTime.find("heute 9:05 pm")).hasValue(new RelativeTime(0, ChronoUnit.DAYS,
        Optional.of(java.time.LocalTime.of(21, 5))));
  }

  /** SMF prints its seconds between the minutes and the "PM" that makes 04:27 an afternoon's. */
  @Test
  void aNamedDaysTimeKeepsItsSecondsAndItsPm() {
    assertThat(RelativeTime.find("Today at 04:27:40 PM")).hasValue(new RelativeTime(0, ChronoUnit.DAYS,
        Optional.of(java.time.LocalTime.of(16, 27, 40))));
    assertThat(RelativeTime.find("Yesterday at 11:02:45 AM")).hasValue(new RelativeTime(1, ChronoUnit.DAYS,
        Optional.of(java.time.LocalTime.of(11, 2, 45))));
    assertThat(RelativeTime.find("Today at 04:27:61 PM")).isEmpty();
  }

  @Test
  void aCountOfDaysWithATimeIsThatTimeOnThatDay() {
    ResolvedTime t = RelativeTime.find("2 days ago at 07:52 pm").flatMap(r -> r.resolve(CAPTURED, BERLIN))
        .orElseThrow();

    assertThat(t.time()).isEqualTo(OffsetDateTime.parse("2020-02-28T19:52+01:00"));
    assertThat(t.dateOnly()).isFalse();
    assertThat(t.assumedZone()).hasValue(BERLIN);
    assertThat(RelativeTime.find("vor 3 Tagen um 13:52")).hasValue(new RelativeTime(3, ChronoUnit.DAYS,
        Optional.of(java.time.LocalTime.of(13, 52))));
    assertThat(RelativeTime.find("il y a 1 semaine à 9h05")).hasValue(new RelativeTime(1, ChronoUnit.WEEKS,
        Optional.of(java.time.LocalTime.of(9, 5))));
  }

  /**
   * A zone printed after the time of a relative day gives its offset, as after a full date, and the day is counted
   * in it: at 01:30 UTC on 1 March it is still 29 February in New York and Los Angeles, already 1 March in Berlin.
   * The page states that offset, and nobody assumes a zone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Today 9:15 a.m. ET            | 2020-02-29T09:15-05:00
      Yesterday 8:05 p.m. PT        | 2020-02-28T20:05-08:00
      Yesterday at 14:30 CET        | 2020-02-29T14:30+01:00
      gestern, 09:15 Uhr MESZ       | 2020-02-29T09:15+02:00
      vor 2 Tagen um 13:52 (MEZ)    | 2020-02-28T13:52+01:00
      yesterday at 10:00 GMT+3      | 2020-02-29T10:00+03:00
      """)
  void aZonePrintedAfterTheTimeGivesItsOffsetAndItsDay(String text, String expected) {
    ResolvedTime t = RelativeTime.find(text).flatMap(r -> r.resolve(CAPTURED, BERLIN)).orElseThrow();

    assertThat(t.time()).isEqualTo(OffsetDateTime.parse(expected));
    assertThat(t.assumedZone()).isEmpty();
    assertThat(t.dateOnly()).isFalse();
  }

  /**
   * The rules of a full date's zone hold: an abbreviation in capitals only, a generic US name after a twelve-hour
   * time only ("ET" is French for "and"), and one of several zones (IST, CST) not at all. The time is then read in
   * the page's zone, as assumed, on the day there.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Today 9:15 ET", "Today 9:15 a.m. et", "Today 9:15 a.m. IST", "Today 9:15 a.m. CST",
      "aujourd'hui à 9h15 ET"})
  void aZoneThatStatesNoOneOffsetLeavesThePagesZone(String text) {
    ResolvedTime t = RelativeTime.find(text).flatMap(r -> r.resolve(CAPTURED, BERLIN)).orElseThrow();

    assertThat(t.time()).isEqualTo(OffsetDateTime.parse("2020-03-01T09:15+01:00"));
    assertThat(t.assumedZone()).hasValue(BERLIN);
  }

  /** Captured at 03:00 UTC on 4 May, it is 8 p.m. on 3 May in Los Angeles, whose "today" that is. */
  @Test
  void todayInAPrintedZoneIsTheCapturesDayThere() {
    OffsetDateTime captured = OffsetDateTime.parse("2024-05-04T03:00Z");

    assertThat(RelativeTime.find("Today 11:30 p.m. PT").flatMap(r -> r.resolve(captured, ZoneOffset.UTC))
        .map(ResolvedTime::time)).hasValue(OffsetDateTime.parse("2024-05-03T23:30-07:00"));
    assertThat(RelativeTime.find("Today 11:30 p.m.").flatMap(r -> r.resolve(captured, ZoneOffset.UTC))
        .map(ResolvedTime::time)).as("in the page's zone").hasValue(OffsetDateTime.parse("2024-05-04T23:30Z"));
  }

  @Test
  void aTimeOfDayBesideACountOfHoursIsNotRead() {
    // "3 hours ago" is already an instant; the digits after it are not its time of day.
    assertThat(RelativeTime.find("3 hours ago 12:30")).hasValue(new RelativeTime(3, ChronoUnit.HOURS,
        Optional.empty()));
    assertThat(RelativeTime.find("2 days ago 10.505")).hasValue(new RelativeTime(2, ChronoUnit.DAYS,
        Optional.empty()));
    assertThat(RelativeTime.find("2 days ago at 25:00")).isEmpty();
  }

  /**
   * An ASCII text is searched only for the patterns whose words it holds; a text with another character is searched
   * for all of them. Each ASCII text is read as the same text with a space and a non-ASCII letter after it, which
   * no pattern reads, and so by every pattern.
   */
  @Test
  void anAsciiTextWithoutAPatternsWordReadsAsEveryPatternWouldReadIt() {
    String[] parts = {"3", "12", "an", "one", " ", " ", ", ", "hours", "Stunden", "minutes", "days", "Tagen", "weeks",
        "ago", "AGO", "her", "vor", "Vor", "il y a", "IL Y A", "hace", "sitten", "yesterday", "TODAY", "gestern",
        "hier", "aujourd'hui", "Ayer", "hoy", "eilen", "at", "um", "12:30", "7.15", "pm", "Jane Roe", "Monday",
        "ore", "fa", "FA", "uur", "geleden", "godziny", "temu", "timmar", "sedan", "siden", "ieri", "ontem",
        "gisteren", "wczoraj", "i dag", "een", "un'", "pred", "pre", "acum", "o", "perce", "napja", "hete", "tagasi",
        "dnes", "tegnap", "azi", "danas", "vakar", "ahir", "avui", "jam", "menit", "lalu", "yang", "minggu",
        "kemarin", "hari ini", "time"};
    java.util.Random random = new java.util.Random(43);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      assertThat(RelativeTime.find(text)).as(text).isEqualTo(RelativeTime.find(text + " \u00e9"));
    }
    assertThat(RelativeTime.find("3 hours ago")).isPresent();
    assertThat(RelativeTime.find("Jane Roe, 3 comments")).isEmpty();
  }
}
