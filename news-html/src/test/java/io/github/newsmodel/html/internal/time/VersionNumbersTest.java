package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A version's number reads as a date and is none; the words that label a date as often keep it. */
class VersionNumbersTest {
  private final DateTimes dates = DateTimes.anyLanguage();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Release 1.2.2024", "Version 2.1.2023", "v1.2.2024", "Firmware 3.10.2019",
      "Build 3.9.15 fixes the login", "version: 10.9.18", "revision : 2.1.25", "Ver. 1.2.2024", "Rev. 4.5.2020",
      "Patch 1.2.2024 is out", "Wersja 1.2.2024", "Versione 1.2.2024", "Versión 1.2.2024", "версия 1.2.2024",
      "Version 2024-05-03"})
  void aVersionsNumberIsNoDate(String text) {
    assertThat(dates.find(text)).isEmpty();
  }

  /**
   * German "am 1.2.2024", "Update 1.2.2024" (a news update's date), "v. 27.3.2007" ("vom", of that day),
   * "Release: 10.11.2023" (a game's release date, with its colon), a chapter named by its day, and a version's word
   * further back.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      am 1.2.2024                         | 2024-02-01
      Update 1.2.2024: Die Polizei meldet | 2024-02-01
      Urteil v. 27.3.2007                 | 2007-03-27
      Release: 10.11.2023                 | 2023-11-10
      Kapitel 1.2.2024                    | 2024-02-01
      Version vom 1.2.2024                | 2024-02-01
      Release date May 3, 2024            | 2024-05-03
      Version 2 was released on 3.5.2024  | 2024-05-03
      """)
  void aDateAfterOtherWordsStays(String text, LocalDate expected) {
    assertThat(dates.find(text).map(PageTime::date)).hasValue(expected);
  }
}
