package io.github.newsmodel.html.internal.time;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The offsets of the zone abbreviations that servers print after a time, as C's {@code strftime("%Z")} does
 * ("10:52:00 CET"), for those that name one offset. An abbreviation that names several is left out: {@code CST}
 * (US Central, China, Cuba), {@code IST} (India, Ireland, Israel), {@code AST} (Atlantic, Arabia). {@code EST} is
 * read as US Eastern time, though the zone data before 2014 printed it for eastern Australia too; {@code BST} as
 * British Summer Time, its only use in the zone data of those years.
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
      Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("MSD", ZoneOffset.ofHours(4)),
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

  private ZoneAbbreviations() {}

  /**
   * The offset an abbreviation names.
   *
   * @param abbreviation the abbreviation as printed, "CET"
   * @return its offset, if it names one and only one
   */
  public static Optional<ZoneOffset> offset(String abbreviation) {
    return Optional.ofNullable(OFFSETS.get(abbreviation.strip().toUpperCase(Locale.ROOT)));
  }
}
