package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hours that a date line names in words or prints without their minutes, after its date. */
class NamedHoursTest {
  private final DateTimes dates = DateTimes.anyLanguage();

  /** Noon is 12:00; midnight is 00:00 of the date before it, the start of the day it names. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      May 3, 2024, 12 noon                 | 12:00
      May 3, 2024, 12:00 noon              | 12:00
      May 3, 2024, 12:00 midnight          | 00:00
      May 3, 2024, 12 midnight             | 00:00
      Posted 3 May 2024 at midnight        | 00:00
      Posted 3 May 2024 at noon            | 12:00
      3 May 2024 @ midday                  | 12:00
      Publié le 3 mai 2024 à midi          | 12:00
      Publié le 3 mai 2024 à minuit        | 00:00
      3. Mai 2024 um Mitternacht           | 00:00
      3 maggio 2024 a mezzanotte           | 00:00
      3 maggio 2024 alle 12 mezzogiorno    | 12:00
      3 de mayo de 2024 a medianoche       | 00:00
      3 mei 2024 om middernacht            | 00:00
      3 мая 2024 года в полночь            | 00:00
      3 травня 2024 року опівдні           | 12:00
      3 maja 2024 w południe               | 12:00
      3 maja 2024 o północy                | 00:00
      """)
  void aNamedHourIsTheDatesNoonOrMidnight(String line, LocalTime expected) {
    assertThat(dates.find(line)).hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.of(expected),
        Optional.empty()));
  }

  /** An hour without its minutes, with what makes it an hour: "a.m.", "h", "Uhr". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      May 3, 2024, 9 a.m.              | 09:00
      May 3, 2024 at 5pm               | 17:00
      May 3, 2024, 12 a.m.             | 00:00
      Publié le 3 mai 2024 à 14h       | 14:00
      3. Mai 2024, 9 Uhr               | 09:00
      3 mai 2024 à 0h                  | 00:00
      """)
  void anHourWithoutMinutesIsTheHour(String line, LocalTime expected) {
    assertThat(dates.find(line)).hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.of(expected),
        Optional.empty()));
  }

  /** A zone after a named hour or an hour alone gives its offset; the US zones' generic names count after either. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      May 3, 2024, 12 noon ET          | 12:00 | -04:00
      May 3, 2024 at midnight EDT      | 00:00 | -04:00
      May 3, 2024, 9 a.m. ET           | 09:00 | -04:00
      3 May 2024, 12 noon BST          | 12:00 | +01:00
      3. Mai 2024, 9 Uhr MESZ          | 09:00 | +02:00
      """)
  void aZoneAfterTheHourGivesItsOffset(String line, LocalTime expected, String offset) {
    assertThat(dates.find(line)).hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.of(expected),
        Optional.of(ZoneOffset.of(offset))));
  }

  /**
   * A word for midnight without its "12" or a word for "at" may begin a title ("Midnight Oil"), and a number
   * without "a.m.", "h" or "Uhr" is no hour; "24h" is a day's length, and twelve is the last hour of "a.m.".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      May 3, 2024 Midnight Oil plays the stadium
      May 3, 2024 - Noon briefing
      3 mai 2024 24h chrono
      3 May 2024 12 people
      May 3, 2024 13 a.m.
      """)
  void aWordOrNumberThatIsNoHourLeavesTheDateAlone(String line) {
    assertThat(dates.find(line)).hasValue(new PageTime(LocalDate.of(2024, 5, 3), Optional.empty(),
        Optional.empty()));
  }
}
