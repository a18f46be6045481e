package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.PageLocation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The years of the times that Slash printed without one, before 2006: "on Tuesday March 04, @10:30AM", Slash's
 * default date format ({@code %A %B %d, @%I:%M%p}). The story's id says its day, {@code sid=03/03/04/1234217}
 * (year, month and day in two digits each, then the time), in the page's address ({@code article.pl?sid=...}, also
 * inside a Wayback Machine address, or the static copy of an archived story, {@code /articles/03/03/04/1234217.shtml})
 * or in a link of the page to the story ({@code print.pl?sid=...}). A comment's
 * day takes the story's year, or the next year where that day would fall before the story's: a comment of January
 * 1 on a story of December 31; a day up to two days before the story's, which the zones may make of the same
 * moment, is of the year of that day, December 31 before a story of January 1. The weekday the page prints settles
 * the year where the two disagree.
 *
 * <p>One instance serves one page: the story's day is read once, on first use.
 */
final class SlashYears {
  private static final Pattern SID = Pattern.compile("[?&;]sid=(\\d{2})(?:/|%2[Ff])(\\d{2})(?:/|%2[Ff])(\\d{2})"
      + "(?:/|%2[Ff])\\d|/articles/(\\d{2})/(\\d{2})/(\\d{2})/\\d+\\.shtml");
  /** "Tuesday March 04," without a year after it. */
  private static final Pattern YEARLESS = Pattern.compile("(?i)\\b(?:(monday|tuesday|wednesday|thursday|friday|"
      + "saturday|sunday),?\\s+)?(january|february|march|april|may|june|july|august|september|october|november|"
      + "december)\\s+(\\d{1,2})(?!\\d)(?!,?\\s*\\d{4}),?");
  /** How many days before the story's a comment's day may fall, for zones that differ. */
  private static final int SLACK_DAYS = 2;

  private @Nullable Optional<LocalDate> storyDay;

  /**
   * The text with the year of its first date without one put in, "Tuesday March 04, 2003 @10:30AM", where the
   * page says its story's day.
   *
   * @param text the text that prints the date
   * @param page the page
   * @return the text with the year, or the text itself where it has a year or the story's day is unknown
   */
  String withYear(String text, Element page) {
    Matcher m = YEARLESS.matcher(text);
    if (!m.find()) {
      return text;
    }
    Optional<LocalDate> story = storyDay(page.ownerDocument());
    if (story.isEmpty()) {
      return text;
    }
    Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    int day = Integer.parseInt(m.group(3));
    int year = year(story.get(), month, day, m.group(1));
    String date = m.group(1) == null ? "" : m.group(1) + " ";
    return text.substring(0, m.start()) + date + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day
        + ", " + year + text.substring(m.end());
  }

  /**
   * The story's year or the next, whichever the day after the story and its weekday fit; the year before for a day
   * of late December within the zones' slack before a story of early January.
   */
  static int year(LocalDate story, Month month, int day, @Nullable String weekday) {
    int same = story.getYear();
    Optional<LocalDate> inSame = date(same, month, day);
    Optional<LocalDate> inBefore = date(same - 1, month, day);
    int byOrder = inSame.isPresent() && inSame.get().isBefore(story.minusDays(SLACK_DAYS)) ? same + 1
        : inBefore.isPresent() && !inBefore.get().isBefore(story.minusDays(SLACK_DAYS)) ? same - 1 : same;
    if (weekday == null) {
      return byOrder;
    }
    DayOfWeek printed = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    int other = byOrder == same ? same + 1 : same;
    boolean fits = date(byOrder, month, day).map(d -> d.getDayOfWeek() == printed).orElse(false);
    boolean otherFits = date(other, month, day).map(d -> d.getDayOfWeek() == printed).orElse(false);
    return !fits && otherFits ? other : byOrder;
  }

  /** The day of a year, if the month has it: not February 29 of a year without one, nor March 32. */
  static Optional<LocalDate> date(int year, Month month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // February 29 of a year without one
    }
  }

  private Optional<LocalDate> storyDay(@Nullable Document page) {
    if (storyDay == null) {
      storyDay = page == null ? Optional.empty() : sid(PageLocation.of(page)).or(() -> linkedSid(page));
    }
    return storyDay;
  }

  /** The story's day in the first link of the page whose address holds a story's id. */
  private static Optional<LocalDate> linkedSid(Document page) {
    for (Element a : page.getElementsByAttributeValueContaining("href", "sid=")) {
      Optional<LocalDate> day = sid(a.attr("href"));
      if (day.isPresent()) {
        return day;
      }
    }
    return Optional.empty();
  }

  /**
   * The day of a Slash story's id in an address, {@code sid=03/03/04/1234217} or its static copy's path.
   *
   * @param url the address
   * @return the day, if the address holds a story's id of a real day
   */
  static Optional<LocalDate> sid(String url) {
    Matcher m = SID.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    int g = m.group(1) != null ? 0 : 3; // the query's groups, else the static archive's
    int yy = Integer.parseInt(m.group(g + 1));
    try {
      // Slash began in 1997: "97" to "99" are the 1990s
      return Optional.of(LocalDate.of(yy >= 97 ? 1900 + yy : 2000 + yy, Integer.parseInt(m.group(g + 2)),
          Integer.parseInt(m.group(g + 3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
