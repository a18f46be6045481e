package io.github.newsmodel.html.internal.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the times a page prints beside things other than the article's own dates, such as its reader comments
 * and their edit notices, the way the article's dates are read, so that one page has one reading of time:
 *
 * <ul>
 *   <li>in the page's languages and numeric order ({@link DateTimes});
 *   <li>a time without an offset in the zone the {@link PageZone} rule chose for the page, recorded as assumed
 *       unless the page stated that zone itself ({@link StatedZone});
 *   <li>a relative time ("3 hours ago", "gestern, 13:52") counted back from the capture; when the capture time is
 *       unknown, from the time the page states as the present ({@link StatedClock}, "It is currently Sun Mar 03,
 *       2024 9:14 pm"), which the forum counted back from itself, and not at all without either;
 *   <li>only times that {@link TimeBounds} allows: none before 1990 or after the capture.
 * </ul>
 *
 * <p>An instance is immutable but for the page's clock, which it looks for once, when first needed (two threads
 * that ask at once may both look, and find the same).
 */
public final class PageClock {
  /**
   * How much later than the page's clock a time counted back from it may be: a clock that prints no seconds
   * ("9:14 pm") may stand up to a minute before a time that prints them ("Today at 09:14:30 PM").
   */
  private static final Duration CLOCK_ROUNDING = Duration.ofMinutes(1);
  private final DateTimes reader;
  private final ZoneId zone;
  private final boolean stated;
  private final Optional<OffsetDateTime> capturedAt;
  private final TimeBounds bounds;
  private final Supplier<Optional<PageTime>> statedNow;
  /** The day the article was published, which the page's times without a year come after. */
  private final Optional<LocalDate> articleDay;
  /** The time the page states as the present, placed in the zone and checked: looked for once, when first needed. */
  private @Nullable Optional<OffsetDateTime> anchor;

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
    this(reader, zone, stated, capturedAt, Optional::empty);
  }

  /**
   * Makes a clock for a page that may state the present time itself.
   *
   * @param reader the reader for the page's languages
   * @param zone the page's zone, for times printed without an offset
   * @param stated whether the page stated the zone itself, so that times read in it assume nothing
   * @param capturedAt when the page was captured, if known
   * @param statedNow finds the time the page states as the present, as its header or footer prints it ("It is
   *     currently Sun Mar 03, 2024 9:14 pm"): asked at most once, and only for a relative time when the capture
   *     time is unknown, since finding it costs a look at the page
   */
  public PageClock(DateTimes reader, ZoneId zone, boolean stated, Optional<OffsetDateTime> capturedAt,
      Supplier<Optional<PageTime>> statedNow) {
    this(reader, zone, stated, capturedAt, statedNow, Optional.empty());
  }

  private PageClock(DateTimes reader, ZoneId zone, boolean stated, Optional<OffsetDateTime> capturedAt,
      Supplier<Optional<PageTime>> statedNow, Optional<LocalDate> articleDay) {
    this.articleDay = articleDay;
    this.reader = reader;
    this.zone = zone;
    this.stated = stated;
    this.capturedAt = capturedAt;
    this.bounds = new TimeBounds(capturedAt.orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC)));
    this.statedNow = statedNow;
  }

  /**
   * The same clock, for the times of the readers of an article published on the given day: a day and time they
   * print without a year ("18. September um 08:37") takes the year that puts it on or after that day.
   *
   * @param published when the article was published, if known
   * @return the clock
   */
  public PageClock after(Optional<ResolvedTime> published) {
    return new PageClock(reader, zone, stated, capturedAt, statedNow, published.map(p -> p.time().toLocalDate()));
  }

  /**
   * Finds the first day and time printed without a year, and gives it the last year that puts it on or before the
   * capture, else the first after the article ({@link #after}). Without either, no year is guessed.
   *
   * @param text the text, such as a comment's date line
   * @return the time, if the text holds one, a year fits and the bounds allow it
   */
  public Optional<ResolvedTime> findWithoutYear(String text) {
    if (articleDay.isEmpty() && capturedAt.isEmpty()) {
      return Optional.empty();
    }
    return reader.findWithoutYear(text)
        .flatMap(t -> t.on(articleDay, capturedAt.map(c -> t.capturedOn(c, zone))))
        .flatMap(this::placed);
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
   * Finds a time relative to the capture in a short text, such as "vor 3 Stunden" or "Yesterday, 08:41 PM". When
   * the capture time is unknown, the time the page states as the present stands in for it: the forum counted back
   * from that moment when it wrote the text, in the same zone. It never stands in for a known capture time.
   *
   * <p>A time counted back from the page's own clock is recorded as a time counted back from the capture is: its
   * zone as assumed unless the page stated it. The model has no mark for the moment it was counted back from, and
   * needs none: the clock is the page's word, as good as a date it prints, and read in the same zone as the
   * relative time, so that the zone is the only assumption either holds. A time later than that clock is a
   * contradiction and is not read.
   *
   * @param text the text
   * @return the time, if the text holds one, the capture time or the page's clock is known and the bounds allow it
   */
  public Optional<ResolvedTime> relative(String text) {
    if (capturedAt.isPresent()) {
      return RelativeTime.find(text).flatMap(r -> r.resolve(capturedAt.get(), zone)).filter(bounds::allows)
          .map(this::read);
    }
    Optional<RelativeTime> found = RelativeTime.find(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> now = anchor();
    if (now.isEmpty()) {
      return Optional.empty();
    }
    OffsetDateTime latest = now.get().plus(CLOCK_ROUNDING);
    return found.flatMap(r -> r.resolve(now.get(), zone)).filter(bounds::allows)
        .filter(t -> !t.time().isAfter(latest)).map(this::read);
  }

  /**
   * The present as the page states it, read in the page's zone (or at the offset it prints), if it is a time the
   * page can have: not before 1990 and not after the parse (with the margin of an assumed zone).
   */
  private Optional<OffsetDateTime> anchor() {
    Optional<OffsetDateTime> known = anchor;
    if (known == null) {
      known = statedNow.get().flatMap(t -> t.in(zone)).filter(bounds::allows).map(ResolvedTime::time);
      anchor = known;
    }
    return known;
  }

  private Optional<ResolvedTime> placed(PageTime time) {
    return time.resolve(zone).filter(bounds::allows).map(this::read);
  }

  private ResolvedTime read(ResolvedTime time) {
    return stated ? time.stated() : time;
  }
}
