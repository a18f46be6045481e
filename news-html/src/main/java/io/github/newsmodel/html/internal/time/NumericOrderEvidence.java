package io.github.newsmodel.html.internal.time;

import io.github.newsmodel.html.internal.time.DateTimes.NumericOrder;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The order of a page's numeric dates as the page itself settles it. "01-08-2024" may be 8 January or 1 August,
 * but a page that prints "01-13-2024" in the same form beside it writes its month first, as forum software does in
 * its configured date format (MyBB's default is {@code m-d-Y}). One date with a number above 12 in either place
 * settles the order, and so does a date printed after its day of the week that only one order falls on: Drupal's
 * "Fri, 05/03/2024 - 10:15" is 3 May, a Friday, not 5 March, a Tuesday. Dates that disagree, or dates printed with
 * both slashes and dashes (two formats, which need not share an order), settle nothing, and then an ambiguous date is
 * still not read.
 */
public final class NumericOrderEvidence {
  /** A numeric date of day and month in either order with a four-digit year: "01-13-2024", "13/01/2024". */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![\\d./-])(\\d{1,2})([/-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/-])");

  private NumericOrderEvidence() {}

  /**
   * Whether a day read from a numeric date is another day read in the other order: "11/01/2021" read as 11 January
   * is 1 November read month first. Where two sources of one page disagree so, they name the same day, and only
   * the order in which one of them was read sets them apart.
   *
   * @param shown the day as read
   * @param other the day to compare it with
   * @return true if the shown day, its day of the month and its month swapped, is the other day
   */
  public static boolean swapped(LocalDate shown, LocalDate other) {
    return shown.getDayOfMonth() <= 12 && shown.getDayOfMonth() != shown.getMonthValue()
        && LocalDate.of(shown.getYear(), shown.getDayOfMonth(), shown.getMonthValue()).equals(other);
  }

  /**
   * The order that the numeric dates in a text settle.
   *
   * @param text the page's text, or the part of it that holds the dates to read
   * @return {@link NumericOrder#DAY_FIRST} or {@link NumericOrder#MONTH_FIRST} when at least one date settles it
   *     and none contradicts it, else {@link NumericOrder#UNKNOWN}
   */
  public static NumericOrder of(String text) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    char separator = 0;
    Matcher m = NUMERIC_DATE.matcher(text);
    while (m.find()) {
      char s = m.group(2).charAt(0);
      if (separator != 0 && s != separator) {
        return NumericOrder.UNKNOWN;
      }
      separator = s;
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      if (a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12) {
        continue; // no date at all, such as a score or a range
      }
      int year = Integer.parseInt(m.group(4));
      if (a <= 12 && b <= 12 && a != b) {
        DayOfWeek printed = Weekdays.before(text, m.start()).orElse(null);
        dayFirst |= printed != null && printed == weekday(year, b, a) && printed != weekday(year, a, b);
        monthFirst |= printed != null && printed == weekday(year, a, b) && printed != weekday(year, b, a);
      }
      dayFirst |= a > 12;
      monthFirst |= b > 12;
    }
    return dayFirst == monthFirst ? NumericOrder.UNKNOWN : dayFirst ? NumericOrder.DAY_FIRST : NumericOrder.MONTH_FIRST;
  }

  /** The day of the week of a date, or null if there is no such date. */
  private static @Nullable DayOfWeek weekday(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).getDayOfWeek();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
