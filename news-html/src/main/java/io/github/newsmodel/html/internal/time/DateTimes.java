package io.github.newsmodel.html.internal.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and times in the forms that news pages print them:
 *
 * <ul>
 *   <li>ISO 8601: {@code 2007-05-24T13:52:00+03:00}, {@code 2007-05-24 13:52}, {@code 2007-05-24};
 *   <li>day, month name, year: {@code 24 May 2007 13:52}, {@code 25 May 2007 @ 3:38}, {@code 3rd June 2007, 9:05 pm};
 *   <li>month name, day, year: {@code May 24, 2007 1:52 PM}, {@code Sept. 3 2007 at 09:05};
 *   <li>numeric day first, as in Finland and Germany: {@code 24.5.2007 17:46}, {@code 1.6.2007 klo 19.33}.
 * </ul>
 *
 * <p>Days and hours may have one digit; a time may carry seconds, {@code am}/{@code pm}, and an offset such as
 * {@code +0300}, {@code Z} or {@code GMT}. Dates that do not exist (30 February, 25:61) are rejected rather than
 * rolled over. Ambiguous forms such as {@code 05/06/2007} are not read, since the order of day and month cannot
 * be known from the text alone.
 *
 * <p>An instance is immutable and thread-safe. More languages come as more {@link MonthNames}; more forms come
 * as more {@link Form}s in {@link #forms}.
 */
public final class DateTimes {
  private static final DateTimes ENGLISH = new DateTimes(MonthNames.ENGLISH);

  private static final String TIME = "(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:[:.](?<s>\\d{2}))?"
      + "(?:\\s*(?<ap>[aApP])\\.?[mM]\\.?)?"
      + "(?:\\s*(?<off>Z|(?:UTC|GMT)?[+-]\\d{2}:?\\d{2}|UTC|GMT)(?![\\p{L}\\p{N}]))?";
  /** Words that may stand between a date and its time: "@", "at", "klo" (Finnish), "um" (German). */
  private static final String DATE_TIME_SEPARATOR = "(?:\\s*,)?\\s*(?:(?:@|at|klo\\.?|kl\\.|um)\\s*)?";
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}]|[:.]\\d)";

  private final MonthNames months;
  private final List<Form> forms;

  private DateTimes(MonthNames months) {
    this.months = months;
    String names = "(?<mon>" + months.alternation() + ")";
    this.forms = List.of(
        new Form(Pattern.compile(BEFORE + "(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})"
            + "(?:[T ](?<h>\\d{2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?"
            + "\\s*(?<off>Z|[+-]\\d{2}:?\\d{2})?)?" + AFTER)),
        new Form(Pattern.compile(BEFORE + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + names + "\\.?,?\\s+"
            + "(?<y>\\d{4})(?:" + DATE_TIME_SEPARATOR + TIME + ")?" + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
        new Form(Pattern.compile(BEFORE + names + "\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "(?<y>\\d{4})(?:" + DATE_TIME_SEPARATOR + TIME + ")?" + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
        new Form(Pattern.compile(BEFORE + "(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4})"
            + "(?:" + DATE_TIME_SEPARATOR + TIME + ")?" + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
  }

  /**
   * The reader for English month names and the numeric forms.
   *
   * @return the shared instance
   */
  public static DateTimes english() {
    return ENGLISH;
  }

  /**
   * Reads a text that is a date and nothing else, apart from surrounding white space.
   *
   * @param text the text, such as the content of a date element
   * @return the date and time, or empty if the text is not exactly one valid date
   */
  public Optional<PageTime> parse(String text) {
    String t = normalise(text);
    for (Form form : forms) {
      Matcher m = form.pattern().matcher(t);
      if (m.matches()) {
        Optional<PageTime> read = read(m);
        if (read.isPresent()) {
          return read;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the first valid date in a longer text, such as a byline.
   *
   * @param text the text to search
   * @return the earliest date in the text (the longest reading where two start at the same place), or empty
   */
  public Optional<PageTime> find(String text) {
    String t = normalise(text);
    List<Candidate> candidates = new ArrayList<>();
    for (Form form : forms) {
      Matcher m = form.pattern().matcher(t);
      while (m.find()) {
        Optional<PageTime> read = read(m);
        if (read.isPresent()) {
          candidates.add(new Candidate(m.start(), m.end() - m.start(), read.get()));
          break;
        }
      }
    }
    return candidates.stream()
        .min((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.length() - a.length())
        .map(Candidate::time);
  }

  private Optional<PageTime> read(Matcher m) {
    try {
      int year = Integer.parseInt(m.group("y"));
      int month = group(m, "mo") != null ? Integer.parseInt(m.group("mo")) : months.month(m.group("mon")).orElse(0);
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group("d")));
      if (group(m, "h") == null) {
        return Optional.of(new PageTime(date, Optional.empty(), Optional.empty()));
      }
      int hour = Integer.parseInt(m.group("h"));
      String ampm = group(m, "ap");
      if (ampm != null) {
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        hour = hour % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
      }
      String seconds = group(m, "s");
      LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group("mi")),
          seconds == null ? 0 : Integer.parseInt(seconds));
      return Optional.of(new PageTime(date, Optional.of(time), offset(group(m, "off"))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // a date that does not exist is not read at all, never rolled over
    }
  }

  private static Optional<ZoneOffset> offset(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.toUpperCase(java.util.Locale.ROOT).replace("UTC", "").replace("GMT", "");
    if (t.isEmpty() || t.equals("Z")) {
      return Optional.of(ZoneOffset.UTC);
    }
    if (t.length() == 5) {
      t = t.substring(0, 3) + ":" + t.substring(3);
    }
    return Optional.of(ZoneOffset.of(t));
  }

  /** Named groups that a form does not have count as absent. */
  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static String normalise(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }

  /** One printed form of a date, as a pattern with named groups y, mo or mon, d and optionally h, mi, s, ap, off. */
  private record Form(Pattern pattern) {}

  private record Candidate(int start, int length, PageTime time) {}
}
