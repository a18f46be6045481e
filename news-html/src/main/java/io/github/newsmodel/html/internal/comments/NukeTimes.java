package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.time.MonthNames;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import io.github.newsmodel.html.internal.time.ZoneAbbreviations;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of PHP-Nuke's comments, as its {@code formatTimestamp} prints them with the language's
 * {@code _DATESTRING}: in English by default "%A, %B %d @ %T %Z", "Tuesday, March 04 @ 10:52:00 CET", without a
 * year; sites that added one print "Tuesday, March 04, 2003 @ 10:52:00 CET". The other language files put the day
 * first, in their words: "Dienstag, 04.März @ 10:52:00 CET", "mardi 04 mars @ 10:52:00 CET". The zone is the server's, and its
 * abbreviation gives the offset where it names one ({@link ZoneAbbreviations}).
 *
 * <p>A time without a year takes the latest year, not after the page's capture, in which its day falls on the
 * weekday printed, and not before 2000, when PHP-Nuke was first released. The weekday repeats on a day of the
 * year every five to eleven years (on February 29, every 28), so this is the comment's year on a page captured
 * within a few years of it, as an archive's copy of a story of those years is. Without a capture time, or without a
 * weekday, the year is unknown and the time is left out rather than guessed.
 */
final class NukeTimes {
  /** A weekday's or a month's name in any language, looked up in {@link #WEEKDAYS} and {@link MonthNames#ALL}. */
  private static final String WEEKDAY = "(?<wd>\\p{L}{4,})";
  private static final String MONTH = "(?<mon>\\p{L}{3,})";
  private static final String YEAR_TIME_ZONE = ",?(?:\\s+(?<y>\\d{4}))?\\s*(?:@|at|-|,)?\\s*"
      + "(?<t>\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)(?:\\s+(?<z>(?-i:[A-Z]{2,5})))?(?![\\p{L}\\p{N}])";
  /** "Tuesday, March 04 @ 10:52:00 CET", the default, or with the year after the day. */
  private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])" + WEEKDAY + ",?\\s+" + MONTH
      + "\\s+(?<d>\\d{1,2})" + YEAR_TIME_ZONE);
  /**
   * "Tuesday, 04 March @ 10:52:00 CET", as sites outside the United States changed it, and as the other language
   * files print it: "Dienstag, 04.März @ 10:52:00 CET", "mardi 04 mars @ ...", "martes, 04 marzo @ ...".
   */
  private static final Pattern DAY_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])" + WEEKDAY + ",?\\s+(?<d>\\d{1,2})"
      + "\\.?\\s*" + MONTH + YEAR_TIME_ZONE);
  /** The weekdays' names, lower case, in the languages of PHP-Nuke's language files used most. */
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdays("en", "de", "fr", "es", "it", "nl", "pt", "fi",
      "sv", "da", "no", "pl", "cs", "tr", "ru", "uk");
  /** PHP-Nuke's first release, in 2000: no comment of its is older. */
  private static final int FIRST_YEAR = 2000;

  private NukeTimes() {}

  /**
   * Reads a comment's time.
   *
   * @param text the text after "on" in the comment's header
   * @param times how the page's times are read, with its capture time
   * @return the time, if the text gives one and its year is printed or follows from the capture time
   */
  static Optional<ResolvedTime> read(String text, CommentTimes times) {
    Optional<Named> named = named(MONTH_FIRST.matcher(text)).or(() -> named(DAY_FIRST.matcher(text)));
    if (named.isEmpty()) {
      return times.find(text); // a site's own format, with its year: "04.03.2003 10:52"
    }
    Matcher m = named.get().match();
    Month month = named.get().month();
    int day = Integer.parseInt(m.group("d"));
    DayOfWeek weekday = named.get().weekday();
    Optional<Integer> year = m.group("y") != null ? Optional.of(Integer.parseInt(m.group("y")))
        : times.capturedAt().flatMap(c -> year(month, day, weekday, c));
    if (year.isEmpty()) {
      return Optional.empty();
    }
    String abbreviation = m.group("z");
    // the day, if the month has it: the offset of some abbreviations depends on it ("MSK")
    String zone = abbreviation == null ? "" : SlashYears.date(year.get(), month, day)
        .flatMap(d -> ZoneAbbreviations.offset(abbreviation, d)).map(ZoneOffset::getId)
        .map(id -> " " + (id.equals("Z") ? "+00:00" : id)).orElse("");
    return times.find(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day + ", " + year.get() + " "
        + m.group("t") + zone);
  }

  /**
   * The latest year not after the capture in which the day falls on the weekday, from {@link #FIRST_YEAR} on. A
   * day after the capture's own day counts, by one, for the zones between the server and the archive.
   */
  static Optional<Integer> year(Month month, int day, DayOfWeek weekday, OffsetDateTime capturedAt) {
    LocalDate latest = capturedAt.toLocalDate().plusDays(1);
    for (int y = latest.getYear(); y >= FIRST_YEAR; y--) {
      try {
        LocalDate date = LocalDate.of(y, month, day);
        if (!date.isAfter(latest) && date.getDayOfWeek() == weekday) {
          return Optional.of(y);
        }
      } catch (DateTimeException e) {
        // February 29 of a year without one
      }
    }
    return Optional.empty();
  }

  /** A match whose words name a weekday and a month. */
  private record Named(Matcher match, DayOfWeek weekday, Month month) {}

  /** The first match whose words are a weekday's and a month's names; other words ("Posted, March 04") are not. */
  private static Optional<Named> named(Matcher m) {
    while (m.find()) {
      DayOfWeek weekday = WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT));
      Optional<Integer> month = MonthNames.ALL.month(m.group("mon"));
      if (weekday != null && month.isPresent()) {
        return Optional.of(new Named(m, weekday, Month.of(month.get())));
      }
    }
    return Optional.empty();
  }

  private static Map<String, DayOfWeek> weekdays(String... languages) {
    Map<String, DayOfWeek> names = new HashMap<>();
    for (String language : languages) {
      Locale locale = Locale.forLanguageTag(language);
      for (DayOfWeek d : DayOfWeek.values()) {
        names.put(d.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT), d);
      }
    }
    return Map.copyOf(names);
  }
}
