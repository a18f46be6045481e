package io.github.newsmodel.html.internal.time;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A time placed on the timeline, and the zone that was assumed to do so.
 *
 * @param time the time with its offset
 * @param assumedZone the zone whose offset was applied because the page gave none; empty if the offset came from
 *     the page
 */
public record ResolvedTime(OffsetDateTime time, Optional<ZoneId> assumedZone) {}
