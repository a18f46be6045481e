package io.github.newsmodel.html.internal.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A date, and usually a time, as a page printed it: with the page's own offset if it gave one.
 *
 * @param date the calendar date
 * @param time the time of day, if the page printed one
 * @param offset the offset, if the page printed one
 */
public record PageTime(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

  /**
   * A local date and time without an offset.
   *
   * @param local the date and time
   * @return the page time
   */
  public static PageTime local(LocalDateTime local) {
    return new PageTime(local.toLocalDate(), Optional.of(local.toLocalTime()), Optional.empty());
  }

  /**
   * Places the time on the timeline. The page's own offset wins; otherwise the time is read in {@code zone}, and
   * the result records that the zone was assumed.
   *
   * <p>A local time that falls in the autumn overlap of a daylight-saving change takes the earlier offset, the
   * summer one. A local time that does not exist in the zone (the spring gap) gives no result, since any offset
   * would contradict what the page printed.
   *
   * @param zone the zone to assume if the page gave no offset
   * @return the time, or empty if the page printed no time of day or the local time does not exist in the zone
   */
  public Optional<ResolvedTime> in(ZoneId zone) {
    if (time.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = LocalDateTime.of(date, time.get());
    if (offset.isPresent()) {
      return Optional.of(new ResolvedTime(OffsetDateTime.of(local, offset.get()), Optional.empty()));
    }
    List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
    if (valid.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedTime(OffsetDateTime.of(local, valid.get(0)), Optional.of(zone)));
  }

  /**
   * Places the time on the timeline like {@link #in(ZoneId)}, and a date without a time of day too: as 00:00 of
   * that day at the zone's offset (the page's own, if it gave one), marked {@link ResolvedTime#dateOnly()}.
   *
   * @param zone the zone to assume if the page gave no offset
   * @return the time, or empty if the time of day the page gave does not exist in the zone
   */
  public Optional<ResolvedTime> resolve(ZoneId zone) {
    if (time.isPresent()) {
      return in(zone);
    }
    LocalDateTime midnight = date.atStartOfDay();
    if (offset.isPresent()) {
      return Optional.of(new ResolvedTime(OffsetDateTime.of(midnight, offset.get()), Optional.empty(), true));
    }
    // Where the zone skips midnight that day, as São Paulo's did when daylight saving time began, the offset
    // before the skip: the date is what the page gave, and the model reads a skipped 00:00 with that offset.
    List<ZoneOffset> valid = zone.getRules().getValidOffsets(midnight);
    ZoneOffset offsetAtMidnight = valid.isEmpty() ? zone.getRules().getOffset(midnight) : valid.get(0);
    return Optional.of(new ResolvedTime(OffsetDateTime.of(midnight, offsetAtMidnight), Optional.of(zone), true));
  }
}
