package io.github.newsmodel.json.internal;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Writes and reads times as RFC 3339 strings, keeping the offset as given and the seconds and nanoseconds
 * exactly, so that a time read back is {@link OffsetDateTime#equals equal} to the one written.
 *
 * <p>Java's own {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} drops zero seconds ({@code 13:52+03:00}), which
 * RFC 3339 does not allow, so the format is spelled out here. Two values that RFC 3339 cannot express are
 * written in ISO 8601's extended forms instead of being refused: an offset with seconds (only historical local
 * mean time has one, such as Helsinki's {@code +01:39:49} before 1921), and a year outside 0000 to 9999
 * ({@code +10000}).
 */
public final class Rfc3339 {
  /** Prints no fraction for whole seconds, otherwise as few digits as the nanoseconds need. */
  private static final DateTimeFormatter PRINT = formatter(0);
  /** Requires a digit after a decimal point, as RFC 3339 does. */
  private static final DateTimeFormatter PARSE = formatter(1);

  private Rfc3339() {}

  /**
   * Formats a time with its own offset: seconds always, the fraction only as long as needed.
   *
   * @param time the time
   * @return a string such as {@code 2007-05-24T13:52:00+03:00} or {@code 2020-01-01T00:00:00.5Z}
   */
  public static String format(OffsetDateTime time) {
    return PRINT.format(time);
  }

  /**
   * Parses a time written by {@link #format} or by any RFC 3339 writer.
   *
   * @param text the string
   * @return the time with the offset as written
   * @throws DateTimeParseException if the string is not such a time
   */
  public static OffsetDateTime parse(CharSequence text) {
    return OffsetDateTime.parse(text, PARSE);
  }

  private static DateTimeFormatter formatter(int minFractionDigits) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive() // RFC 3339 allows "t" and "z"
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .appendLiteral('T')
        .appendValue(HOUR_OF_DAY, 2)
        .appendLiteral(':')
        .appendValue(MINUTE_OF_HOUR, 2)
        .appendLiteral(':')
        .appendValue(SECOND_OF_MINUTE, 2)
        .optionalStart()
        .appendFraction(NANO_OF_SECOND, minFractionDigits, 9, true)
        .optionalEnd()
        .appendOffset("+HH:MM:ss", "Z")
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT)
        .withChronology(IsoChronology.INSTANCE);
  }
}
