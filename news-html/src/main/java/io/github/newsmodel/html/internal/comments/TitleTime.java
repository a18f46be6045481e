package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A machine-written time in an element's {@code title}, where the element prints the time for people ("2 hours
 * ago", "Jan 8 at 9:30"):
 *
 * <ul>
 *   <li>a local date-time and the same instant in Unix seconds, "2024-01-23T09:14:02 1706001242", as Hacker News
 *       titles a comment's age since 2024: the seconds make the instant exact, where the local time alone would
 *       leave its zone to assume;
 *   <li>an ISO date-time with a note after a comma, "2024-01-08 09:30:11Z, License: CC BY-SA 4.0", as Stack
 *       Exchange titles a comment's date.
 * </ul>
 *
 * <p>Only a title that opens with an ISO date and time counts: a sentence that mentions a date is a tooltip.
 */
final class TitleTime {
  private static final Pattern LOCAL_AND_EPOCH =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)\\s+(\\d{9,11})");
  private static final Pattern ISO_THEN_NOTE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s?(?:Z|[+-]\\d{2}:?\\d{2})?)"
          + "\\s*(?:,.*)?", Pattern.DOTALL);

  private TitleTime() {}

  /**
   * The time a title gives.
   *
   * @param title the attribute's value
   * @param times how the page's times are read, for a title without Unix seconds
   * @return the time, if the title opens with an ISO date and time and holds nothing but a note after it
   */
  static Optional<ResolvedTime> read(String title, CommentTimes times) {
    String t = title.strip();
    if (t.length() < 16 || !Character.isDigit(t.charAt(0))) {
      return Optional.empty(); // most titles: words, not a time
    }
    Optional<ResolvedTime> exact = withEpoch(t);
    if (exact.isPresent()) {
      return exact;
    }
    Matcher m = ISO_THEN_NOTE.matcher(t);
    return m.matches() ? times.exact(m.group(1).strip()) : Optional.empty();
  }

  /** The instant of a local time and its Unix seconds, in UTC, when the two agree: then the local time is UTC's. */
  private static Optional<ResolvedTime> withEpoch(String title) {
    Matcher m = LOCAL_AND_EPOCH.matcher(title);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Instant local = LocalDateTime.parse(m.group(1)).toInstant(ZoneOffset.UTC);
      Instant epoch = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
      // A page that printed another zone's local time would give the offset by the difference, but no page is
      // known to: only agreement is trusted.
      return local.getEpochSecond() / 60 == epoch.getEpochSecond() / 60
          ? Optional.of(new ResolvedTime(epoch.atOffset(ZoneOffset.UTC), Optional.empty()))
          : Optional.empty();
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
