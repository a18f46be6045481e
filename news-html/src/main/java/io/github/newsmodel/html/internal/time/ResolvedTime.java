package io.github.newsmodel.html.internal.time;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A time placed on the timeline, and the zone that was assumed to do so.
 *
 * @param time the time with its offset; 00:00 if only the date is known
 * @param assumedZone the zone whose offset was applied because the page gave none; empty if the offset came from
 *     the page
 * @param dateOnly whether the page gave only the date, so that {@code time} means "some time that day"
 */
public record ResolvedTime(OffsetDateTime time, Optional<ZoneId> assumedZone, boolean dateOnly) {

  /**
   * A time with a time of day.
   *
   * @param time the time with its offset
   * @param assumedZone the zone that was assumed, if any
   */
  public ResolvedTime(OffsetDateTime time, Optional<ZoneId> assumedZone) {
    this(time, assumedZone, false);
  }

  /**
   * The same time, read in a zone the page itself stated for its times ({@link StatedZone}), which is no
   * assumption.
   *
   * @return the time without an assumed zone
   */
  public ResolvedTime stated() {
    return assumedZone.isEmpty() ? this : new ResolvedTime(time, Optional.empty(), dateOnly);
  }
}
