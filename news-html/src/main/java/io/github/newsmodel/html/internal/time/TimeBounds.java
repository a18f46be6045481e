package io.github.newsmodel.html.internal.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The times an article's dates can possibly have: not before 1990, when the web began, and not after the page was
 * captured, since a page cannot tell of a publication that has not yet happened. A date in the future of the
 * capture is a countdown, an event, or a typo, never the article's date.
 *
 * <p>When the offset of a time was assumed, the true offset may be up to 14 hours east of the one applied, so the
 * time may lie up to 14 hours later than the capture and still be right; such times are allowed that margin.
 *
 * @param latest the capture time, or the parse time when the capture time is unknown
 */
public record TimeBounds(OffsetDateTime latest) {
  /** The earliest date an article on the web can have. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private static final Duration ASSUMED_OFFSET_MARGIN = Duration.ofHours(14);
  private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(14);

  /**
   * Whether a time can be an article's date.
   *
   * @param time the time
   * @return true if it lies between 1990 and the capture
   */
  public boolean allows(ResolvedTime time) {
    if (time.time().toLocalDate().isBefore(EARLIEST)) {
      return false;
    }
    boolean offsetKnown = time.assumedZone().isEmpty() && !time.dateOnly();
    OffsetDateTime limit = offsetKnown ? latest : latest.plus(ASSUMED_OFFSET_MARGIN);
    return !time.time().isAfter(limit);
  }

  /**
   * Whether a calendar day can be an article's date.
   *
   * @param day the day
   * @return true if it lies between 1990 and the capture's day, anywhere on earth (up to UTC+14)
   */
  public boolean allows(LocalDate day) {
    return !day.isBefore(EARLIEST)
        && !day.atStartOfDay().atOffset(EASTERNMOST).isAfter(latest);
  }
}
