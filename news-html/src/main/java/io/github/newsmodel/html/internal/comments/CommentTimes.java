package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Turns the times printed beside comments and in their edit notices into the model's times, with the page's
 * {@link PageClock}: in any language the article's dates are read in, in the page's zone (recorded as assumed)
 * when the page gives no offset, relative times ("vor 2 Stunden", "Yesterday, 08:41 PM", "eilen klo 10.15")
 * against the capture, and only times between 1990 and the capture.
 *
 * <p>Comment systems also join a date and its time in ways that articles do not: "03.04.2024 - 08:12" and
 * "2024-03-05 at 21:10"; these are read as one time. A day and month with the year after a comma, "17.07, 2011",
 * is read as "17.07.2011". A day and time without a year, "18. September um 08:37", takes the year that puts it on
 * or before the capture, else after the article ({@link PageClock#findWithoutYear}).
 */
final class CommentTimes {
  /** A dash or a bar between a date and its time, "03.04.2024 - 08:12", which dates do not otherwise use. */
  private static final Pattern DATE_TIME_DASH = Pattern.compile("(\\d{4})\\s+[-–—|·]\\s+(\\d{1,2}[:.]\\d{2})");
  /** A day and month, a comma, then the year: "17.07, 2011", a WordPress date format ("d.m, Y"). */
  private static final Pattern DAY_MONTH_COMMA_YEAR =
      Pattern.compile("(?<![\\d.])(\\d{1,2}\\.\\d{1,2}),\\s*((?:19|20)\\d{2})(?![\\d.])");
  /** An ISO date with its time after a word, "2024-03-05 at 21:10", which ISO dates do not otherwise use. */
  private static final Pattern ISO_DATE_AT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(?:,|at|um|@|klo)\\s*(\\d{2}:\\d{2})");

  /**
   * What stands between a name and the date after it: punctuation, "on", "am", "le", "@". The word stands apart
   * from the name: "Ast1on" is a name, not "Ast1" on.
   */
  private static final Pattern DATE_JOINER = Pattern.compile("(?iu)[\\s,;:|·•@–—-]*"
      + "(?:(?<![\\p{L}\\p{N}])(?:on|am|um|at|le|el|il|den|vom|op|klo))?[\\s,;:|·•@–—-]*$");

  private final PageClock clock;

  CommentTimes(PageClock clock) {
    this.clock = clock;
  }

  /** Reads a text that is a time and nothing else, such as a {@code datetime} attribute. */
  Optional<ResolvedTime> exact(String text) {
    return clock.exact(joined(text.strip()));
  }

  /** Finds the first date printed in a longer text, such as "Posted on 3 May 2019 at 10:15". */
  Optional<ResolvedTime> find(String text) {
    String joined = joined(text);
    return clock.find(joined).or(() -> clock.findWithoutYear(joined));
  }

  /**
   * Finds a printed date in a text that the page marks as a time, such as a comment's date element or an edit
   * notice, else a time relative to the capture ("vor 2 Stunden"). Relative times are read only in such texts:
   * elsewhere a word such as "today", or "hier" (French for yesterday, German for here), may be no time at all.
   */
  Optional<ResolvedTime> findInTimeText(String text) {
    return find(text).or(() -> clock.relative(text));
  }

  /** Reads a time relative to the capture, "vor 2 Stunden", in a text that the page marks as a time. */
  Optional<ResolvedTime> relative(String text) {
    return clock.relative(text);
  }

  /** When the page was captured, if known: the latest time a comment may have. */
  Optional<OffsetDateTime> capturedAt() {
    return clock.capturedAt();
  }

  /** Where the first date printed in a text starts, if it holds one. */
  OptionalInt dateStart(String text) {
    return clock.dateStart(text);
  }

  /**
   * The text before the first date printed in it, without the punctuation and the word that joined them: the
   * name in "Leserin Petra, 2. Mai 2024" or "Ann on 3 May 2019".
   */
  String beforeDate(String text) {
    OptionalInt at = clock.dateStart(text);
    return at.isEmpty() ? text : withoutJoiner(text.substring(0, at.getAsInt()));
  }

  /**
   * The text before a date, which the page printed apart from it, without the punctuation and the word that
   * joined them: the name in "Ann on" before a link that prints the date.
   */
  String withoutJoiner(String before) {
    return DATE_JOINER.matcher(before).replaceFirst("");
  }

  private static String joined(String text) {
    String out = text.indexOf(',') < 0 ? text : DAY_MONTH_COMMA_YEAR.matcher(text).replaceAll("$1.$2");
    if (out.indexOf('-') < 0 && out.indexOf('|') < 0 && out.indexOf('–') < 0 && out.indexOf('·') < 0
        && out.indexOf('—') < 0) {
      return out;
    }
    return ISO_DATE_AT.matcher(DATE_TIME_DASH.matcher(out).replaceAll("$1 $2")).replaceAll("$1 $2");
  }
}
