package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ZoneAbbreviationsTest {
  @Test
  void anAbbreviationOfOneOffsetNamesItOnAnyDay() {
    assertThat(ZoneAbbreviations.offset("CET", LocalDate.of(2003, 3, 4))).hasValue(ZoneOffset.ofHours(1));
    assertThat(ZoneAbbreviations.offset(" cest ", LocalDate.of(2012, 7, 4))).hasValue(ZoneOffset.ofHours(2));
    assertThat(ZoneAbbreviations.offset("CST", LocalDate.of(2003, 3, 4))).as("US, China, Cuba").isEmpty();
  }

  /**
   * Moscow kept its summer time through the winters from March 2011 to October 2014, and the zone data printed
   * "MSK" for it: an "MSK" of those years is four hours ahead of UTC, three before and after.
   */
  @Test
  void moscowTimeIsFourHoursAheadFrom2011To2014() {
    assertThat(ZoneAbbreviations.offset("MSK", LocalDate.of(2003, 3, 4))).hasValue(ZoneOffset.ofHours(3));
    assertThat(ZoneAbbreviations.offset("MSK", LocalDate.of(2012, 3, 6))).hasValue(ZoneOffset.ofHours(4));
    assertThat(ZoneAbbreviations.offset("MSK", LocalDate.of(2013, 12, 24))).hasValue(ZoneOffset.ofHours(4));
    assertThat(ZoneAbbreviations.offset("MSK", LocalDate.of(2015, 3, 3))).hasValue(ZoneOffset.ofHours(3));
    assertThat(ZoneAbbreviations.offset("MSD", LocalDate.of(2003, 7, 4))).hasValue(ZoneOffset.ofHours(4));
  }

  /** "ET" and the other generic names of the US zones are standard or daylight time as the moment has it. */
  @Test
  void aGenericNameOfAUsZoneTakesTheOffsetOfItsZoneAtThatTime() {
    assertThat(ZoneAbbreviations.offset("ET", LocalDateTime.of(2024, 5, 3, 9, 15))).hasValue(ZoneOffset.ofHours(-4));
    assertThat(ZoneAbbreviations.offset("ET", LocalDateTime.of(2024, 1, 3, 9, 15))).hasValue(ZoneOffset.ofHours(-5));
    assertThat(ZoneAbbreviations.offset("PT", LocalDateTime.of(2024, 5, 3, 21, 15))).hasValue(ZoneOffset.ofHours(-7));
    assertThat(ZoneAbbreviations.offset("CT", LocalDateTime.of(2024, 12, 3, 9, 0))).hasValue(ZoneOffset.ofHours(-6));
    assertThat(ZoneAbbreviations.offset("MT", LocalDateTime.of(2024, 7, 3, 9, 0))).hasValue(ZoneOffset.ofHours(-6));
    assertThat(ZoneAbbreviations.offset("EDT", LocalDateTime.of(2024, 5, 3, 9, 15))).as("as on its day")
        .hasValue(ZoneOffset.ofHours(-4));
    assertThat(ZoneAbbreviations.offset("ET", LocalDate.of(2024, 5, 3))).as("not a server's abbreviation").isEmpty();
  }

  /**
   * At an instant, such as a page's capture, a generic name takes its zone's offset then, even across midnight UTC:
   * 03:00 UTC on 4 May 2024 is 8 p.m. on 3 May in Pacific daylight time.
   */
  @Test
  void anAbbreviationAtAnInstantTakesItsOffsetThen() {
    Instant capture = Instant.parse("2024-05-04T03:00:00Z");

    assertThat(ZoneAbbreviations.offset("PT", capture)).hasValue(ZoneOffset.ofHours(-7));
    assertThat(ZoneAbbreviations.offset("ET", Instant.parse("2024-01-04T03:00:00Z"))).hasValue(ZoneOffset.ofHours(-5));
    assertThat(ZoneAbbreviations.offset("BST", capture)).hasValue(ZoneOffset.ofHours(1));
    assertThat(ZoneAbbreviations.offset("MSK", Instant.parse("2012-03-06T12:00:00Z"))).hasValue(ZoneOffset.ofHours(4));
    assertThat(ZoneAbbreviations.offset("IST", capture)).as("India, Ireland, Israel").isEmpty();
  }
}
