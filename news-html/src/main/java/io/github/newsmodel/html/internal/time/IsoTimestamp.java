package io.github.newsmodel.html.internal.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one form in which machines write nearly every date of a page, {@code 2007-05-24} or
 * {@code 2007-05-24T13:52:00.000+03:00}: the values of {@code <time datetime>}, of the {@code <meta>} dates and of
 * JSON-LD. {@link DateTimes#parse} tries this before its patterns, each of which would otherwise be matched against
 * each such value of every page.
 *
 * <p>What it reads, {@link DateTimes}'s ISO 8601 pattern reads alike, and that pattern is the first that
 * {@link DateTimes#parse} tries: two digits for the month, the day, the hour, the minute and the second, a
 * fraction of one to nine digits, and an offset of {@code Z} or {@code +HH:MM}, {@code +HHMM} or {@code +HH}.
 * Anything else (a space before the time, a lower-case {@code z}, a single-digit day, a date that does not exist)
 * is left to the patterns, which tell what it is.
 */
final class IsoTimestamp {
  private IsoTimestamp() {}

  /**
   * Reads a normalised text that is a date in the form above and nothing else.
   *
   * @param t the text, white space collapsed and trimmed
   * @return the date and time; null if the text is not in the form, or names a date or time that does not exist
   */
  static @Nullable PageTime read(String t) {
    int n = t.length();
    if (n < 10 || t.charAt(4) != '-' || t.charAt(7) != '-' || !digits(t, 0, 4) || !digits(t, 5, 7)
        || !digits(t, 8, 10)) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10));
      if (n == 10) {
        return new PageTime(date, Optional.empty(), Optional.empty());
      }
      return n >= 16 && t.charAt(10) == 'T' ? withTime(t, date) : null;
    } catch (DateTimeException e) {
      return null; // the pattern's reading of it fails alike, and the other patterns are left to say so
    }
  }

  /** The date with the time of day and offset that follow its {@code T}, if they are in the form. */
  private static @Nullable PageTime withTime(String t, LocalDate date) {
    int n = t.length();
    if (t.charAt(13) != ':' || !digits(t, 11, 13) || !digits(t, 14, 16)) {
      return null;
    }
    int at = 16;
    int second = 0;
    if (at < n && t.charAt(at) == ':') {
      if (at + 3 > n || !digits(t, at + 1, at + 3)) {
        return null;
      }
      second = number(t, at + 1, at + 3);
      at += 3;
      if (at < n && t.charAt(at) == '.') {
        int end = at + 1;
        while (end < n && isDigit(t.charAt(end))) {
          end++;
        }
        if (end == at + 1 || end - at - 1 > 9) {
          return null;
        }
        at = end;
      }
    }
    LocalTime time = LocalTime.of(number(t, 11, 13), number(t, 14, 16), second);
    if (at == n) {
      return new PageTime(date, Optional.of(time), Optional.empty());
    }
    ZoneOffset offset = offset(t, at);
    return offset == null ? null : new PageTime(date, Optional.of(time), Optional.of(offset));
  }

  /** The offset that ends the text from {@code at}: {@code Z}, {@code +HH:MM}, {@code +HHMM} or {@code +HH}. */
  private static @Nullable ZoneOffset offset(String t, int at) {
    int n = t.length();
    if (t.charAt(at) == 'Z') {
      return at + 1 == n ? ZoneOffset.UTC : null;
    }
    char sign = t.charAt(at);
    if (sign != '+' && sign != '-' || at + 3 > n || !digits(t, at + 1, at + 3)) {
      return null;
    }
    int hours = number(t, at + 1, at + 3);
    int minutes;
    int rest = n - (at + 3);
    if (rest == 0) {
      minutes = 0;
    } else if (rest == 2 && digits(t, at + 3, n)) {
      minutes = number(t, at + 3, n);
    } else if (rest == 3 && t.charAt(at + 3) == ':' && digits(t, at + 4, n)) {
      minutes = number(t, at + 4, n);
    } else {
      return null;
    }
    int s = sign == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(s * hours, s * minutes);
  }

  private static boolean digits(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number that the digits from {@code from} to {@code to} write, known to be ASCII digits. */
  private static int number(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (t.charAt(i) - '0');
    }
    return value;
  }
}
