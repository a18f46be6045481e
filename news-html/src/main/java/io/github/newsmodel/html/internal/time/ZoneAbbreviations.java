package io.github.newsmodel.html.internal.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The offsets of the zone abbreviations that servers print after a time, as C's {@code strftime("%Z")} does
 * ("10:52:00 CET"), for those that name one offset. An abbreviation that names several is left out: {@code CST}
 * (US Central, China, Cuba), {@code IST} (India, Ireland, Israel), {@code AST} (Atlantic, Arabia). {@code EST} is
 * read as US Eastern time, though the zone data before 2014 printed it for eastern Australia too; {@code BST} as
 * British Summer Time, its only use in the zone data of those years; {@code CDT} as US Central daylight time, though
 * Cuba's zone prints it too, for UTC-4. {@code MSK} named UTC+4 from March 2011 to October 2014, when Moscow
 * kept its summer time all year, and UTC+3 before and after: its offset is the one of the day's.
 */
public final class ZoneAbbreviations {
  private static final Map<String, ZoneOffset> OFFSETS = Map.ofEntries(
      Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC),
      Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
      Map.entry("BST", ZoneOffset.ofHours(1)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("MET", ZoneOffset.ofHours(1)), Map.entry("MEST", ZoneOffset.ofHours(2)),
      Map.entry("MEZ", ZoneOffset.ofHours(1)), Map.entry("MESZ", ZoneOffset.ofHours(2)),
      Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
      Map.entry("MSD", ZoneOffset.ofHours(4)),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)),
      Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PST", ZoneOffset.ofHours(-8)),
      Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("AKST", ZoneOffset.ofHours(-9)),
      Map.entry("AKDT", ZoneOffset.ofHours(-8)), Map.entry("HST", ZoneOffset.ofHours(-10)),
      Map.entry("NST", ZoneOffset.ofHoursMinutes(-3, -30)), Map.entry("NDT", ZoneOffset.ofHoursMinutes(-2, -30)),
      Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
      Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("SGT", ZoneOffset.ofHours(8)),
      Map.entry("AWST", ZoneOffset.ofHours(8)), Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)),
      Map.entry("ACDT", ZoneOffset.ofHoursMinutes(10, 30)), Map.entry("AEST", ZoneOffset.ofHours(10)),
      Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
      Map.entry("NZDT", ZoneOffset.ofHours(13)));
  /** Abbreviations whose offset changed over the years: the standard offset of their zone on the day. */
  private static final Map<String, ZoneId> BY_DAY = Map.of("MSK", ZoneId.of("Europe/Moscow"));

  private ZoneAbbreviations() {}

  /**
   * The offset an abbreviation names on a day.
   *
   * @param abbreviation the abbreviation as printed, "CET"
   * @param day the day of the time it was printed after
   * @return its offset, if it names one and only one on that day
   */
  public static Optional<ZoneOffset> offset(String abbreviation, LocalDate day) {
    String key = abbreviation.strip().toUpperCase(Locale.ROOT);
    ZoneId zone = BY_DAY.get(key);
    if (zone != null) { // noon, clear of the night a change took effect in
      return Optional.of(zone.getRules().getStandardOffset(day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)));
    }
    return Optional.ofNullable(OFFSETS.get(key));
  }
}
