package io.github.newsmodel.html.internal.time;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the times a page prints beside things other than the article's own dates, such as its reader comments
 * and their edit notices, the way the article's dates are read, so that one page has one reading of time:
 *
 * <ul>
 *   <li>in the page's languages and numeric order ({@link DateTimes});
 *   <li>a time without an offset in the zone the {@link PageZone} rule chose for the page, recorded as assumed
 *       unless the page stated that zone itself ({@link StatedZone});
 *   <li>a relative time ("3 hours ago", "gestern, 13:52") counted back from the capture, and not at all when the
 *       capture time is unknown;
 *   <li>only times that {@link TimeBounds} allows: none before 1990 or after the capture.
 * </ul>
 *
 * <p>An instance is immutable.
 */
public final class PageClock {
  private final DateTimes reader;
  private final ZoneId zone;
  private final boolean stated;
  private final Optional<OffsetDateTime> capturedAt;
  private final TimeBounds bounds;

  /**
   * Makes a clock.
   *
   * @param reader the reader for the page's languages
   * @param zone the page's zone, for times printed without an offset, which they record as assumed
   * @param capturedAt when the page was captured, if known
   */
  public PageClock(DateTimes reader, ZoneId zone, Optional<OffsetDateTime> capturedAt) {
    this(reader, zone, false, capturedAt);
  }

  /**
   * Makes a clock.
   *
   * @param reader the reader for the page's languages
   * @param zone the page's zone, for times printed without an offset
   * @param stated whether the page stated the zone itself, so that times read in it assume nothing
   * @param capturedAt when the page was captured, if known
   */
  public PageClock(DateTimes reader, ZoneId zone, boolean stated, Optional<OffsetDateTime> capturedAt) {
    this.reader = reader;
    this.zone = zone;
    this.stated = stated;
    this.capturedAt = capturedAt;
    this.bounds = new TimeBounds(capturedAt.orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC)));
  }

  /**
   * The page's zone.
   *
   * @return the zone in which times without an offset are read
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * When the page was captured, the latest time it can print.
   *
   * @return the capture time, if known
   */
  public Optional<OffsetDateTime> capturedAt() {
    return capturedAt;
  }

  /**
   * Reads a text that is a time and nothing else, such as a {@code datetime} attribute: a Unix timestamp or a
   * date in one of the reader's forms.
   *
   * @param text the text
   * @return the time, if the text is one and the bounds allow it
   */
  public Optional<ResolvedTime> exact(String text) {
    return DateTimes.epoch(text).or(() -> reader.parse(text)).flatMap(this::placed);
  }

  /**
   * Finds the first date printed in a longer text, such as "Posted on 3. Mai 2019 um 10:15".
   *
   * @param text the text
   * @return the time, if the text holds one and the bounds allow it
   */
  public Optional<ResolvedTime> find(String text) {
    return reader.find(text).flatMap(this::placed);
  }

  /**
   * Where the first date printed in a text starts, for a text that holds a date after something else, as a
   * comment's author line does ("Leserin Petra, 2. Mai 2024").
   *
   * @param text the text, with its white space collapsed ({@code Texts.normalise})
   * @return the index of the date in the text, if it holds one
   */
  public OptionalInt dateStart(String text) {
    List<DateTimes.Found> found = reader.findAll(text, 1);
    return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0).start());
  }

  /**
   * Finds a time relative to the capture in a short text, such as "vor 3 Stunden" or "Yesterday, 08:41 PM".
   *
   * @param text the text
   * @return the time, if the text holds one, the capture time is known and the bounds allow it
   */
  public Optional<ResolvedTime> relative(String text) {
    if (capturedAt.isEmpty()) {
      return Optional.empty();
    }
    return RelativeTime.find(text).flatMap(r -> r.resolve(capturedAt.get(), zone)).filter(bounds::allows)
        .map(this::read);
  }

  private Optional<ResolvedTime> placed(PageTime time) {
    return time.resolve(zone).filter(bounds::allows).map(this::read);
  }

  private ResolvedTime read(ResolvedTime time) {
    return stated ? time.stated() : time;
  }
}
