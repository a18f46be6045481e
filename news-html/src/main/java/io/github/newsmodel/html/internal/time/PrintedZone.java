package io.github.newsmodel.html.internal.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The zone a page prints after a time of day: an offset, "09:57 am (UTC)", "10:15 GMT+2", "10:15 +02:00", or an
 * abbreviation that {@link ZoneAbbreviations} reads, "09.15 BST", "9:15 a.m. ET", "13:52 Uhr (MESZ)". Every
 * reader of a time of day (a full date's, one without a year, one on a relative day) reads it with
 * {@link #AFTER_TIME} and {@link #read}, so that the same words state the same offset wherever they follow a time.
 *
 * <p>An abbreviation counts in capitals only, as zones are printed: "à 9h15 et 10h" is French for "and". The
 * generic names of the zones of the United States count after a twelve-hour time only, as the sites there print
 * them, "9:15 a.m. ET": after "9h15" the "ET" is French for "and", "PT" Portuguese. The abbreviations that name
 * several offsets (IST, CST, AST) are none that {@link ZoneAbbreviations} reads, so they state nothing.
 *
 * @param abbreviation the abbreviation as printed, whose offset depends on the day or the moment; empty for an
 *     offset
 * @param offset the offset as printed; empty for an abbreviation
 */
public record PrintedZone(Optional<String> abbreviation, Optional<ZoneOffset> offset) {
  /**
   * A zone's abbreviation that {@link ZoneAbbreviations} reads, in capitals as zones are printed, as the regex
   * group {@code abbr}.
   */
  static final String ABBREVIATION = "(?<abbr>(?-i:" + ZoneAbbreviations.PRINTED + "))";
  /**
   * The zone after a time, also in brackets as LiveJournal prints it, "09:57 am (UTC)": an offset as the group
   * {@code off} or an abbreviation as the group {@code abbr}; optional. Zulu time's "Z" counts in capitals only:
   * Polish "09:15 z Warszawy" is "from Warsaw".
   */
  static final String ZONE = "(?:\\s*\\(?(?:(?<off>(?-i:Z)|(?:UTC|GMT)\\s?[+-]\\d{1,2}(?::?\\d{2})?"
      + "|[+-]\\d{2}:?\\d{2}|UTC|GMT)|" + ABBREVIATION + ")(?![\\p{L}\\p{N}])\\)?)?";
  /** What may follow a time of day: German "Uhr" or French "h", then the {@link #ZONE}, "13:52 Uhr MESZ". */
  static final String AFTER_TIME = "(?:\\s*(?:Uhr|h)\\.?)?" + ZONE;

  /**
   * Checks that the zone is one of the two.
   *
   * @throws IllegalArgumentException unless just one of the abbreviation and the offset is present
   */
  public PrintedZone {
    if (abbreviation.isPresent() == offset.isPresent()) {
      throw new IllegalArgumentException("a printed zone is an abbreviation or an offset: " + abbreviation + ", "
          + offset);
    }
  }

  /**
   * The zone that the groups {@code off} and {@code abbr} of {@link #ZONE} matched.
   *
   * @param offset the text of the group {@code off}, or null if it took no part
   * @param abbreviation the text of the group {@code abbr}, or null if it took no part
   * @param twelveHour whether the time before it is printed on a twelve-hour clock, "9:15 a.m."
   * @return the zone; empty if neither group took part, or the abbreviation is a generic US name after a
   *     24-hour time
   * @throws DateTimeException if the offset is none that exists, "GMT+25", so that the time is not read at all
   */
  static Optional<PrintedZone> read(@Nullable String offset, @Nullable String abbreviation, boolean twelveHour) {
    if (abbreviation != null) {
      return !twelveHour && ZoneAbbreviations.isGeneric(abbreviation) ? Optional.empty()
          : Optional.of(new PrintedZone(Optional.of(abbreviation), Optional.empty()));
    }
    return offset == null ? Optional.empty()
        : Optional.of(new PrintedZone(Optional.empty(), Optional.of(parse(offset))));
  }

  /**
   * The offset the zone has at a date and time printed before it: the generic names of the US zones are standard
   * or daylight time as that moment has it.
   *
   * @param local the date and time
   * @return the offset
   */
  Optional<ZoneOffset> at(LocalDateTime local) {
    return offset.or(() -> abbreviation.flatMap(a -> ZoneAbbreviations.offset(a, local)));
  }

  /**
   * The calendar day a moment falls on where a time was printed: in its printed zone, else in the page's. A page
   * that prints "Today 7:30 p.m. PT" counts its day in Pacific time, whatever zone the page is read in.
   *
   * @param printed the zone printed after the time, if any
   * @param moment the moment, such as the page's capture
   * @param pageZone the page's zone, for a time printed without one
   * @return the day
   */
  static LocalDate dayOf(Optional<PrintedZone> printed, OffsetDateTime moment, ZoneId pageZone) {
    return printed.flatMap(z -> z.offset.or(() -> z.abbreviation.flatMap(a -> ZoneAbbreviations.offset(a,
            moment.toInstant())))).map(o -> moment.withOffsetSameInstant(o).toLocalDate())
        .orElseGet(() -> moment.atZoneSameInstant(pageZone).toLocalDate());
  }

  private static ZoneOffset parse(String text) {
    String t = text.toUpperCase(Locale.ROOT).replace("UTC", "").replace("GMT", "").replace(" ", "");
    if (t.isEmpty() || t.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String sign = t.substring(0, 1);
    String digits = t.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    int sign1 = sign.equals("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign1 * hours, sign1 * minutes);
  }
}
