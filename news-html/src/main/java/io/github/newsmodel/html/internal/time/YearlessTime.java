package io.github.newsmodel.html.internal.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, month and time of day printed without a year, as comment systems print the times of the current year:
 * "18. September um 08:37", "Sep 18 at 8:37 AM", "18 сентября в 08:37", "18.9. 8:37". The year is the last that
 * puts the time on or before the page's capture, else the first that puts it after the article it comments on
 * ({@link #on}); without either, none is guessed, nor, without the capture, where the day fell a few weeks before
 * the article's in the year before.
 *
 * <p>A zone printed after the time ({@link PrintedZone}), "Sep 18 at 8:37 AM ET", "18 May 09:15 BST", gives the
 * time its offset, as it does after a full date.
 *
 * @param day the month and day
 * @param time the time of day
 * @param zone the zone printed after the time, if any
 */
public record YearlessTime(MonthDay day, LocalTime time, Optional<PrintedZone> zone) {
  private static final String MONTH = "(?<mon>[\\p{L}\\p{M}]{3,13})";
  private static final String TIME = "(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:\\s*(?<ap>[aApP])\\.?[mM]\\.?)?"
      + PrintedZone.AFTER_TIME;
  /** What may stand between the day and its time, as between a date and its time: "um", "at", "à", "в", ",". */
  private static final String SEPARATOR = DateTimes.DATE_TIME_SEPARATOR;
  private static final String BEFORE = "(?<![\\p{L}\\p{N}.])";
  private static final String AFTER = "(?![\\p{L}\\p{N}]|[:.]\\d)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** How many days before the article's stated day a comment's day may be and leave its year in doubt. */
  private static final int AMBIGUOUS_DAYS = 30;
  /** "18. September um 08:37", "18 sept. à 08h37" is not read: a time needs its colon or full stop. */
  private static final Pattern DAY_FIRST = Pattern.compile(BEFORE + "(?<d>\\d{1,2})(?:st|nd|rd|th|er)?\\.?"
      + "(?:\\s+de)?\\s*" + MONTH + "\\.?" + SEPARATOR + TIME + AFTER, FLAGS);
  /** "September 18 at 8:37 AM", "Sep 18, 20:37". */
  private static final Pattern MONTH_FIRST = Pattern.compile(BEFORE + MONTH + "\\.?\\s+(?<d>\\d{1,2})"
      + "(?:st|nd|rd|th)?\\.?" + SEPARATOR + TIME + AFTER, FLAGS);
  /**
   * "3.5. 9:15", "3.5. klo 9.15": the day and the month in numbers, each with its full stop, as Finnish, German and
   * Scandinavian pages print the days of the current year; no digit right after the month's full stop, as in a full
   * date.
   */
  private static final Pattern NUMBERS = Pattern.compile(BEFORE + "(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?!\\d)"
      + SEPARATOR + TIME + AFTER, FLAGS);

  /**
   * A day and time printed without a year and without a zone.
   *
   * @param day the month and day
   * @param time the time of day
   */
  public YearlessTime(MonthDay day, LocalTime time) {
    this(day, time, Optional.empty());
  }

  /**
   * Finds the first day and time printed without a year, in a text where no full date was found.
   *
   * @param text the text, white space collapsed
   * @param months the month names of the page's languages
   * @return the day and time, if the text holds one whose month name is known
   */
  static Optional<YearlessTime> find(String text, MonthNames months) {
    if (!hasTimeOfDay(text)) {
      return Optional.empty(); // every form needs a time of day, and most texts asked have none
    }
    for (Pattern form : new Pattern[] {DAY_FIRST, MONTH_FIRST, NUMBERS}) {
      Matcher m = form.matcher(text);
      while (m.find()) {
        Optional<Integer> month = form == NUMBERS ? numbered(m.group("m")) : months.month(m.group("mon"));
        Optional<YearlessTime> read = read(m, month);
        if (read.isPresent()) {
          return read;
        }
      }
    }
    return Optional.empty();
  }

  /** The month of a number from 1 to 12. */
  private static Optional<Integer> numbered(String month) {
    int number = Integer.parseInt(month);
    return number >= 1 && number <= 12 ? Optional.of(number) : Optional.empty();
  }

  private static Optional<YearlessTime> read(Matcher m, Optional<Integer> month) {
    if (month.isEmpty()) {
      return Optional.empty();
    }
    try {
      int hour = Integer.parseInt(m.group("h"));
      String ampm = m.group("ap");
      if (ampm != null) {
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        hour = hour % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
      }
      return Optional.of(new YearlessTime(MonthDay.of(month.get(), Integer.parseInt(m.group("d"))),
          LocalTime.of(hour, Integer.parseInt(m.group("mi"))),
          PrintedZone.read(m.group("off"), m.group("abbr"), ampm != null)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // "31 June", "25:10", "GMT+25": no such day, time or offset
    }
  }

  /**
   * Whether the day, in the year before, falls a few weeks before the article's day: then a comment a year on and
   * one on an article whose stated day is a later update are alike, and no year is taken.
   */
  private boolean closeBefore(int year, LocalDate after) {
    return day.isValidYear(year) && !day.atYear(year).isBefore(after.minusDays(AMBIGUOUS_DAYS));
  }

  /**
   * The date of an article's date line that prints no year ("Julkaistu: 3.5. 9:15"), in the year of a day that
   * other evidence gives the publication (the URL's date, the markup's): the year that puts it nearest that day, if
   * it is within {@code maxDays} of it. A day further from it is no date of the same publication.
   *
   * @param publication the day that other evidence gives the publication
   * @param maxDays how many days from that day the printed day may be
   * @return the time with its year, at the offset its printed zone has then; empty if the day is further
   */
  public Optional<PageTime> near(LocalDate publication, int maxDays) {
    for (int y = publication.getYear() - 1; y <= publication.getYear() + 1; y++) {
      if (day.isValidYear(y)
          && Math.abs(ChronoUnit.DAYS.between(publication, day.atYear(y))) <= maxDays) {
        return Optional.of(at(day.atYear(y)));
      }
    }
    return Optional.empty();
  }

  /**
   * The date of an article's date line that prints no year, in the year of a later day that the page was shown on
   * or after (its modification, its capture): a site prints the days of its current year so, and prints the year of
   * any other, so the day falls in that year, on or before that day, or on the day after it, which it already is in
   * a zone east of the one that day was given in. A day later in that year would be of the year before, shown in a
   * year that printed it without, which no year is guessed for.
   *
   * @param latest the day, in the year the page was shown in, that the printed day is not after
   * @return the time with its year, at the offset its printed zone has then; empty if the day is later in that year
   */
  public Optional<PageTime> onOrBefore(LocalDate latest) {
    if (!day.isValidYear(latest.getYear()) || day.atYear(latest.getYear()).isAfter(latest.plusDays(1))) {
      return Optional.empty();
    }
    return Optional.of(at(day.atYear(latest.getYear())));
  }

  private PageTime at(LocalDate on) {
    return new PageTime(on, Optional.of(time), zone.flatMap(z -> z.at(on.atTime(time))));
  }

  /** Whether a digit, a colon or full stop and a digit stand in a row somewhere: a time of day may be there. */
  private static boolean hasTimeOfDay(String text) {
    for (int i = 1, n = text.length() - 1; i < n; i++) {
      char c = text.charAt(i);
      if ((c == ':' || c == '.') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day of the capture where this time was printed: in the zone printed after it, else in the page's, so that
   * a time printed in a zone east of the page's may fall on the capture's day there.
   *
   * @param capturedAt when the page was captured
   * @param pageZone the page's zone
   * @return the capture's day
   */
  LocalDate capturedOn(OffsetDateTime capturedAt, ZoneId pageZone) {
    return PrintedZone.dayOf(zone, capturedAt, pageZone);
  }

  /**
   * The date this day falls on. Where the capture is known, the last one on or before it: the page was shown then,
   * and a site prints without a year the days of the months before it, so the capture settles the year even of a
   * day a few weeks before the article's (a page whose stated day is a later update); a day more than that before
   * the article's is no comment on it. Without the capture, the first one on or after the article's day, unless
   * the day fell a few weeks before the article's in the year before.
   *
   * @param after the article's publication day, if known
   * @param capturedOn the capture's day, if known
   * @return the time with its year, at the offset its printed zone has then; empty if neither day is known or no
   *     year fits both
   */
  Optional<PageTime> on(Optional<LocalDate> after, Optional<LocalDate> capturedOn) {
    Optional<LocalDate> date = Optional.empty();
    if (capturedOn.isPresent()) {
      // 29 February waits for a leap year, at most four years back
      for (int y = capturedOn.get().getYear(); y >= capturedOn.get().getYear() - 4 && date.isEmpty(); y--) {
        if (day.isValidYear(y) && !day.atYear(y).isAfter(capturedOn.get())) {
          date = Optional.of(day.atYear(y));
        }
      }
      if (date.isEmpty() || after.isPresent() && date.get().isBefore(after.get().minusDays(AMBIGUOUS_DAYS))) {
        return Optional.empty();
      }
    } else if (after.isPresent()) {
      // 29 February waits for a leap year, at most four years on
      for (int y = after.get().getYear(); y <= after.get().getYear() + 4 && date.isEmpty(); y++) {
        if (day.isValidYear(y) && !day.atYear(y).isBefore(after.get())) {
          date = Optional.of(day.atYear(y));
        }
      }
      if (date.isEmpty() || closeBefore(date.get().getYear() - 1, after.get())) {
        return Optional.empty();
      }
    }
    return date.map(this::at);
  }
}
