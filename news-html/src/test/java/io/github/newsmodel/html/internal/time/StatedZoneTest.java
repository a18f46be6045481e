package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StatedZoneTest {

  @Test
  void phpBb2StatesAFixedOffsetInHours() {
    assertThat(StatedZone.read("All times are GMT + 1 Hour", "")).hasValue(ZoneOffset.ofHours(1));
    assertThat(StatedZone.read("All times are GMT - 5 Hours", "")).hasValue(ZoneOffset.ofHours(-5));
    assertThat(StatedZone.read("All times are GMT + 5.5 Hours", "")).hasValue(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(StatedZone.read("All times are GMT", "")).hasValue(ZoneOffset.UTC);
    assertThat(StatedZone.read("Alle Zeiten sind GMT + 1 Stunde", "")).hasValue(ZoneOffset.ofHours(1));
    assertThat(StatedZone.read("Toutes les heures sont au format GMT + 1 Heure", "")).hasValue(ZoneOffset.ofHours(1));
    assertThat(StatedZone.read("Kaikki ajat ovat GMT + 2 tuntia", "")).hasValue(ZoneOffset.ofHours(2));
    assertThat(StatedZone.read("Часовой пояс: GMT + 3", "")).hasValue(ZoneOffset.ofHours(3));
  }

  /** phpBB 3.0 adds the hour of daylight saving to the stated offset, and says so in brackets. */
  @Test
  void phpBb30sDaylightSavingBracketAddsAnHour() {
    assertThat(StatedZone.read("All times are UTC + 1 hour [ DST ]", "")).hasValue(ZoneOffset.ofHours(2));
    assertThat(StatedZone.read("Alle Zeiten sind UTC + 1 Stunde [ Sommerzeit ]", "")).hasValue(ZoneOffset.ofHours(2));
    assertThat(StatedZone.read("All times are UTC - 5 hours", "")).hasValue(ZoneOffset.ofHours(-5));
  }

  /** phpBB 3.1 prints each time in a zone with rules of its own, named in the offset's title. */
  @Test
  void phpBb31sZoneNameWinsOverTheOffsetOfTheDay() {
    assertThat(StatedZone.read("All times are UTC+02:00", "Europe/Berlin")).hasValue(ZoneId.of("Europe/Berlin"));
    assertThat(StatedZone.read("All times are UTC+05:30", "")).hasValue(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(StatedZone.read("All times are UTC", "UTC")).hasValue(ZoneOffset.UTC);
    assertThat(StatedZone.read("Alle Zeiten sind UTC+02:00", "Europa/Berlin")).as("the German pack's name")
        .hasValue(ZoneId.of("Europe/Berlin"));
    assertThat(StatedZone.read("Heures au format UTC+01:00", "Amérique/Québec")).as("a name of no zone")
        .isEmpty();
    assertThat(StatedZone.read("Alle Zeiten sind UTC+02:00", "Europa/Wien")).as("a translated city: the summer's"
        + " offset is no winter post's").isEmpty();
  }

  @Test
  void vBulletinAndDiscuzPrintTheClockAfterTheOffset() {
    assertThat(StatedZone.read("All times are GMT +1. The time now is 10:15 PM.", ""))
        .hasValue(ZoneOffset.ofHours(1));
    assertThat(StatedZone.read("All times are GMT -8. The time now is 04:02 AM.", ""))
        .hasValue(ZoneOffset.ofHours(-8));
    assertThat(StatedZone.read("Alle Zeitangaben in WEZ +1. Es ist jetzt 22:15 Uhr.", ""))
        .hasValue(ZoneOffset.ofHours(1));
    assertThat(StatedZone.read("GMT+8, 2021-3-5 10:20 , Processed in 0.051 second(s), 12 queries .", ""))
        .hasValue(ZoneOffset.ofHours(8));
  }

  @Test
  void otherTextsStateNoZone() {
    assertThat(StatedZone.read("All times are ET. Disclaimer.", "")).isEmpty();
    assertThat(StatedZone.read("All times are GMT + 1 Hour, except where the match report says otherwise and "
        + "the kick-off was moved because of the weather in the north of the country", "")).isEmpty();
    assertThat(StatedZone.read("We said all times are GMT + 1 Hour", "")).isEmpty();
    assertThat(StatedZone.read("All times are GMT + 20 Hours", "")).as("no such offset").isEmpty();
    assertThat(StatedZone.read("GMT+8 is the time in Singapore", "")).isEmpty();
  }

  @Test
  void onlyTextsThatStartWithALeadLetterMayOpenALine() {
    assertThat(StatedZone.mayOpen("  All times are")).isTrue();
    assertThat(StatedZone.mayOpen("\u00a0Часовой пояс")).isTrue();
    assertThat(StatedZone.mayOpen("Posted by")).isFalse();
    assertThat(StatedZone.mayOpen("The times are changing")).as("a common first letter").isFalse();
    assertThat(StatedZone.mayOpen("GMT+8, 2021-3-5 10:20")).isTrue();
    assertThat(StatedZone.mayOpen("   ")).isFalse();
  }
}
