package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
