package io.github.newsmodel.html.internal.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The offsets of the zone abbreviations that servers print after a time, as C's {@code strftime("%Z")} does
 * ("10:52:00 CET"), for those that name one offset. An abbreviation that names several is left out: {@code CST}
 * (US Central, China, Cuba), {@code IST} (India, Ireland, Israel), {@code AST} (Atlantic, Arabia). {@code EST} is
 * read as US Eastern time, though the zone data before 2014 printed it for eastern Australia too; {@code BST} as
 * British Summer Time, its only use in the zone data of those years; {@code CDT} as US Central daylight time, though
 * Cuba's zone prints it too, for UTC-4. {@code MSK} named UTC+4 from March 2011 to October 2014, when Moscow
 * kept its summer time all year, and UTC+3 before and after: its offset is the one of the day's.
 *
 * <p>News sites in the United States print the zone's generic name after a time, "9:15 a.m. ET", for standard and
 * daylight time alike: {@code ET}, {@code CT}, {@code MT} and {@code PT} take the offset their zone has at that time
 * of that day.
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
  /** The generic names of the zones of the United States, standard or daylight time as the moment has it. */
  private static final Map<String, ZoneId> GENERIC = Map.of("ET", ZoneId.of("America/New_York"),
      "CT", ZoneId.of("America/Chicago"), "MT", ZoneId.of("America/Denver"), "PT", ZoneId.of("America/Los_Angeles"));
  /**
   * The abbreviations a page may print after a time, upper case, longest first, as a regex's alternatives. Not
   * {@code UT}, which is rather Utah or the University of Texas after a time of running text, nor {@code UTC} and
   * {@code GMT}, which {@link DateTimes} reads with the offsets written after them.
   */
  static final String PRINTED = Stream.of(OFFSETS.keySet(), BY_DAY.keySet(), GENERIC.keySet())
      .flatMap(Set::stream).filter(a -> !List.of("UT", "UTC", "GMT").contains(a))
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .collect(Collectors.joining("|"));

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

  /**
   * The offset an abbreviation names at a moment: as {@link #offset(String, LocalDate)}, and for the generic names
   * of the zones of the United States, the offset their zone has then. A moment that the change to daylight time
   * skips takes the offset before it; one that the change back repeats, the earlier, daylight offset.
   *
   * @param abbreviation the abbreviation as printed, "ET"
   * @param local the date and time it was printed after
   * @return its offset, if it names one and only one then
   */
  public static Optional<ZoneOffset> offset(String abbreviation, LocalDateTime local) {
    ZoneId generic = GENERIC.get(abbreviation.strip().toUpperCase(Locale.ROOT));
    if (generic == null) {
      return offset(abbreviation, local.toLocalDate());
    }
    return Optional.of(generic.getRules().getOffset(local)); // in a gap or an overlap, the offset before it
  }

  /**
   * The offset an abbreviation names at an instant: as {@link #offset(String, LocalDateTime)}, for a moment such as
   * a page's capture, which has no local time until its zone is known.
   *
   * @param abbreviation the abbreviation as printed, "PT"
   * @param instant the instant
   * @return its offset, if it names one and only one then
   */
  public static Optional<ZoneOffset> offset(String abbreviation, Instant instant) {
    ZoneId generic = GENERIC.get(abbreviation.strip().toUpperCase(Locale.ROOT));
    if (generic == null) { // the day in UTC: the offsets that change by the day change clear of midnight UTC
      return offset(abbreviation, instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }
    return Optional.of(generic.getRules().getOffset(instant));
  }

  /**
   * Whether an abbreviation is one of the two-letter generic names of the zones of the United States, which are
   * words too in other languages (French "ET", Portuguese "PT").
   *
   * @param abbreviation the abbreviation, upper case
   * @return whether it is "ET", "CT", "MT" or "PT"
   */
  static boolean isGeneric(String abbreviation) {
    return GENERIC.containsKey(abbreviation);
  }
}
