package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.time.NumericOrderEvidence;
import io.github.newsmodel.html.internal.time.PageTime;
import io.github.newsmodel.html.internal.time.PageZone;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import io.github.newsmodel.html.internal.time.TimeBounds;
import java.net.URI;
import io.github.newsmodel.html.internal.generic.DateClue.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Chooses the article's publication and modification times from the {@link DateClues}.
 *
 * <ol>
 *   <li>Each time is the first clue, in the order of strength, that can be an article's date ({@link TimeBounds}:
 *       not before 1990, not after the capture). A clue that only names the day gives way to a weaker clue of the
 *       same day that also gives the time. The time the page labels as its update's ({@link DateClue#update()})
 *       is the publication time only where no other clue can be, and the first date of a list of dated items
 *       ({@link DateClues#listed}) only where no clue at all can be.
 *   <li>A declared publication on a later day than the one the page shows as its last change's ("Stand:
 *       28.04.2020 18:00 Uhr") is the time the page was built, and the shown change's time stands for it. One that
 *       is the declared modification's very time, on a later day than the publication a date line shows, is the
 *       update's, and the shown publication stands for it.
 *   <li>A time printed in UTC takes the page's own offset when the page printed the same moment with its offset
 *       or as a local time too, to the minute where the page prints no seconds ({@code 2023-11-09T01:49Z} and
 *       {@code 2023-11-08 17:49}: -08:00), since the local date is the one the site published on; the modification
 *       time likewise.
 *   <li>The date the page shows beside the headline or in its date line wins when another source confirms that
 *       day (often the declared modification date of a republished article).
 *   <li>The date the page labels its first publication's wins over a later day, and that later day is the
 *       modification time where nothing else gives one.
 *   <li>Times printed without an offset are read in the zone that {@link PageZone} chooses, which each records as
 *       assumed, unless the page stated that zone itself.
 *   <li>A modification time before the publication time is dropped: one of them is wrong, and the publication time
 *       comes from the stronger evidence.
 * </ol>
 *
 * @param published the publication time, if any
 * @param modified the modification time, if any
 * @param zone the zone assumed for either, if one was
 * @param pageZone the zone the {@link PageZone} rule chose for every time the page prints without an offset,
 *     whether or not the article's own times needed it
 * @param zoneStated whether the page stated {@code pageZone} itself, so that times read in it assume nothing
 */
record PageDates(Optional<ResolvedTime> published, Optional<ResolvedTime> modified, Optional<ZoneId> zone,
    ZoneId pageZone, boolean zoneStated) {
  private static final Duration MAX_OFFSET = Duration.ofHours(14);

  static PageDates choose(DateClues clues, Optional<ZoneId> stated, Optional<ZoneId> callerZone, URI url,
      Optional<Locale> language, Optional<OffsetDateTime> capturedAt) {
    TimeBounds bounds = new TimeBounds(capturedAt.orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC)));
    Optional<DateClue> published = first(clues.published(), bounds, capturedAt)
        .or(() -> first(clues.listed(), bounds, capturedAt));
    Optional<DateClue> modified = first(clues.modified(), bounds, capturedAt);
    published = published.map(p -> notAfterShownUpdate(p, clues.published(), bounds, capturedAt));
    published = published.map(p -> notTheModification(p, clues, bounds, capturedAt));
    published = published.map(p -> withLocalOffset(p, clues.published()));
    // The local time a page prints for its update may stand among either kind of clue ("updated datetime=").
    modified = modified.map(m -> withLocalOffset(m, both(clues.modified(), clues.published())));
    published = published.map(p -> shownDate(p, clues, bounds, capturedAt));
    Optional<DateClue> overruled = published;
    published = published.map(p -> firstPublished(p, clues.published(), bounds, capturedAt));
    if (modified.isEmpty() && !published.equals(overruled)) {
      modified = overruled; // the later day the page gave beside its first publication's: an update's
    }
    published = published.map(p -> refined(p, clues.published(), bounds, capturedAt));

    List<OffsetDateTime> own = new ArrayList<>();
    published.flatMap(DateClue::ownOffsetTime).ifPresent(own::add);
    modified.flatMap(DateClue::ownOffsetTime).ifPresent(own::add);
    ZoneId zone = PageZone.choose(stated, callerZone, url, language, own);
    boolean zoneStated = stated.isPresent() && stated.get().equals(zone);
    UnaryOperator<ResolvedTime> read = zoneStated ? ResolvedTime::stated : UnaryOperator.identity();

    Optional<ResolvedTime> p = published.flatMap(c -> c.resolve(zone, capturedAt)).filter(bounds::allows).map(read);
    Optional<ResolvedTime> m = modified.flatMap(c -> c.resolve(zone, capturedAt)).filter(bounds::allows).map(read)
        .filter(t -> p.isEmpty() || !t.time().isBefore(p.get().time()));
    Optional<ZoneId> assumed = p.flatMap(ResolvedTime::assumedZone).or(() -> m.flatMap(ResolvedTime::assumedZone));
    if (assumed.isEmpty()) {
      return new PageDates(p, m, assumed, zone, zoneStated);
    }
    ZoneId one = assumed.get();
    return new PageDates(p.map(t -> inZone(t, one)), m.map(t -> inZone(t, one)), assumed, zone, zoneStated);
  }

  /**
   * The time in the article's one zone: where the page printed one of its times without an offset and gave the
   * other in UTC (as WordPress writes its metadata, which says nothing of the site's zone), the UTC time is the same
   * instant in the zone that the printed one was read in, as {@code Article.assumedZone} asks. A date without a time
   * of day keeps its day.
   */
  private static ResolvedTime inZone(ResolvedTime t, ZoneId zone) {
    OffsetDateTime time = t.time();
    if (t.assumedZone().isPresent() || zone.getRules().isValidOffset(time.toLocalDateTime(), time.getOffset())) {
      return t;
    }
    // A day's midnight that the zone skips carries the offset before the skip, as a date read in the zone does.
    OffsetDateTime there = t.dateOnly()
        ? time.toLocalDate().atStartOfDay().atOffset(zone.getRules().getOffset(time.toLocalDate().atStartOfDay()))
        : time.atZoneSameInstant(zone).toOffsetDateTime();
    return new ResolvedTime(there, t.assumedZone(), t.dateOnly());
  }

  private static List<DateClue> both(List<DateClue> first, List<DateClue> second) {
    List<DateClue> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * The first clue that can be an article's date, whatever the zone turns out to be; an update's only where no
   * other can.
   */
  private static Optional<DateClue> first(List<DateClue> clues, TimeBounds bounds,
      Optional<OffsetDateTime> capturedAt) {
    return updatesLast(clues).filter(c -> plausible(c, bounds, capturedAt)).findFirst();
  }

  /**
   * The time that the page shows as its last change's ("Stand: 28.04.2020 18:00 Uhr", "Updated May 4, 2024")
   * where the declared publication comes on a later day: an article is not published after its last change, and
   * such a declared time is the one at which the content system built the page, often its generic {@code <meta
   * name=date>}. The shown change's time stands for the publication then, as it does where no other clue is. A
   * declared time with its offset beside a local time the page shows counts as later only when it is so by more
   * than any offset, or by two days where either gives no time of day; nor does a shown day whose day and month,
   * swapped, give the declared day, which is the same day read in the other numeric order ("11/01/2021" of 1
   * November).
   */
  private static DateClue notAfterShownUpdate(DateClue chosen, List<DateClue> clues, TimeBounds bounds,
      Optional<OffsetDateTime> capturedAt) {
    if (chosen.source() == Source.VISIBLE || chosen.printed().isEmpty()) {
      return chosen;
    }
    Optional<DateClue> shown = clues.stream().filter(c -> c.source() == Source.VISIBLE && c.update())
        .filter(c -> c.printed().isPresent() && plausible(c, bounds, capturedAt)).findFirst();
    return shown.filter(u -> laterDay(chosen.printed().get(), u.printed().get())).orElse(chosen);
  }

  /**
   * The publication that the page's date line shows where the declared one is the declared modification's very
   * time and comes on a later day: the site declares its last update as both (Reuters' "January 19, 2020 / 12:25 PM
   * / Updated 8 hours ago" beside a {@code datePublished} and {@code dateModified} of the next morning). Only a line
   * that its class marks as a date line counts, not a date that the text beside the headline names.
   */
  private static DateClue notTheModification(DateClue chosen, DateClues clues, TimeBounds bounds,
      Optional<OffsetDateTime> capturedAt) {
    if (chosen.source() == Source.VISIBLE || chosen.ownOffsetTime().isEmpty()) {
      return chosen;
    }
    OffsetDateTime declared = chosen.ownOffsetTime().get();
    if (clues.modified().stream().filter(c -> c.source() != Source.VISIBLE)
        .noneMatch(c -> c.ownOffsetTime().filter(declared::isEqual).isPresent())) {
      return chosen;
    }
    Optional<DateClue> shown = clues.published().stream().filter(c -> c.source() == Source.VISIBLE && !c.update())
        .filter(c -> c.printed().isPresent() && plausible(c, bounds, capturedAt)).findFirst();
    return shown.filter(u -> u.element().filter(DateClues.DATE_LINES::marks).isPresent())
        .filter(u -> laterDay(chosen.printed().get(), u.printed().get())).orElse(chosen);
  }

  /** Whether a declared time comes on a later day than a time the page shows, at whatever offset it was shown. */
  private static boolean laterDay(PageTime declared, PageTime shown) {
    LocalDate day = shown.date();
    if (!declared.date().isAfter(day) || NumericOrderEvidence.swapped(day, declared.date())) {
      return false;
    }
    if (declared.offset().isEmpty() || shown.offset().isPresent()) {
      return true; // a later day in the same terms
    }
    if (declared.time().isEmpty() || shown.time().isEmpty()) {
      return declared.date().isAfter(day.plusDays(1)); // a day apart may be the same moment at another offset
    }
    LocalDateTime d = LocalDateTime.of(declared.date(), declared.time().get());
    LocalDateTime s = LocalDateTime.of(day, shown.time().get());
    return Duration.between(s, d).compareTo(MAX_OFFSET) > 0;
  }

  /** The clues in their order, but the {@link DateClue#update()} ones after all the others. */
  private static Stream<DateClue> updatesLast(List<DateClue> clues) {
    return Stream.concat(clues.stream().filter(c -> !c.update()), clues.stream().filter(DateClue::update));
  }

  private static boolean plausible(DateClue clue, TimeBounds bounds, Optional<OffsetDateTime> capturedAt) {
    return clue.resolve(ZoneOffset.UTC, capturedAt).filter(bounds::allows).isPresent();
  }

  /**
   * The date that the page labels its first publication's ("First published May 3, 2024", "Erstmals veröffentlicht
   * am 3.5.2024") wins over a later day that the chosen clue gives, however strong its source: a site that updates
   * an article often declares the update's time as its publication's too. The chosen clue stays where it gives the
   * same day, with the time and offset that markup gives more often than the label's line.
   */
  private static DateClue firstPublished(DateClue chosen, List<DateClue> clues, TimeBounds bounds,
      Optional<OffsetDateTime> capturedAt) {
    if (chosen.printed().isEmpty() || chosen.firstPublished()) {
      return chosen;
    }
    LocalDate day = chosen.printed().get().date();
    return clues.stream().filter(DateClue::firstPublished)
        .filter(c -> c.printed().isPresent() && c.printed().get().date().isBefore(day))
        .filter(c -> plausible(c, bounds, capturedAt)).findFirst().orElse(chosen);
  }

  /** A clue that names only the day gives way to a later clue of the same day with a time of day. */
  private static DateClue refined(DateClue chosen, List<DateClue> clues, TimeBounds bounds,
      Optional<OffsetDateTime> capturedAt) {
    if (chosen.printed().isEmpty() || chosen.printed().get().time().isPresent()) {
      return chosen;
    }
    PageTime day = chosen.printed().get();
    return updatesLast(clues).filter(c -> c.printed().isPresent() && c.printed().get().time().isPresent()
        && c.printed().get().date().equals(day.date()) && plausible(c, bounds, capturedAt)).findFirst()
        .orElse(chosen);
  }

  /**
   * A time in UTC that the page also printed with its own offset, or as a local time, takes that offset: the same
   * instant at another offset, or the same minute and second whole quarter hours apart, at most 14 hours; the same
   * minute where the page prints no seconds, unless it is a round hour, and then with the markup's seconds.
   */
  private static DateClue withLocalOffset(DateClue chosen, List<DateClue> clues) {
    Optional<OffsetDateTime> own = chosen.ownOffsetTime();
    if (own.isEmpty() || !own.get().getOffset().equals(ZoneOffset.UTC)) {
      return chosen;
    }
    for (DateClue c : clues) {
      Optional<OffsetDateTime> other = c.ownOffsetTime();
      if (other.isPresent() && !other.get().getOffset().equals(ZoneOffset.UTC)) {
        if (other.get().isEqual(own.get())) {
          return c;
        }
        OffsetDateTime markup = toPrinted(own.get(), other.get().toLocalTime());
        if (other.get().isEqual(markup) && !roundHour(markup)) {
          return atOffset(own.get(), other.get().getOffset(), c);
        }
      }
    }
    LocalDateTime utc = own.get().toLocalDateTime();
    if (utc.getMinute() == 0 && utc.getSecond() == 0) {
      return chosen; // a round hour could match another time by chance
    }
    for (DateClue c : clues) {
      Optional<PageTime> p = c.printed();
      if (p.isEmpty() || p.get().time().isEmpty() || p.get().offset().isPresent()) {
        continue;
      }
      LocalDateTime local = LocalDateTime.of(p.get().date(), p.get().time().get());
      OffsetDateTime markup = toPrinted(own.get(), local.toLocalTime());
      if (roundHour(markup)) {
        continue; // the markup's time to the minute is a round hour, which could match another time by chance
      }
      Duration diff = Duration.between(markup.toLocalDateTime(), local);
      if (!diff.isZero() && diff.abs().compareTo(MAX_OFFSET) <= 0 && diff.toSeconds() % (15 * 60) == 0) {
        return atOffset(own.get(), ZoneOffset.ofTotalSeconds((int) diff.toSeconds()), chosen);
      }
    }
    return chosen;
  }

  private static boolean roundHour(OffsetDateTime time) {
    return time.getMinute() == 0 && time.getSecond() == 0 && time.getNano() == 0;
  }

  /** The markup's moment, to its second, at the page's own offset, as a clue of the source and place of another. */
  private static DateClue atOffset(OffsetDateTime markup, ZoneOffset offset, DateClue like) {
    OffsetDateTime local = markup.withOffsetSameInstant(offset);
    PageTime time = new PageTime(local.toLocalDate(), Optional.of(local.toLocalTime()), Optional.of(offset));
    return new DateClue(Optional.of(time), Optional.empty(), like.source(), like.element(), like.label());
  }

  /**
   * A time of the markup to the minute where the page prints the other without seconds: "2023-11-09T03:28:35Z" is
   * the "Nov. 8, 2023, 10:28 p.m. ET" the page shows, and keeps its seconds at that offset.
   */
  private static OffsetDateTime toPrinted(OffsetDateTime markup, LocalTime printed) {
    return printed.getSecond() == 0 && printed.getNano() == 0 ? markup.truncatedTo(ChronoUnit.MINUTES) : markup;
  }

  /**
   * The date the page shows readers wins over the declared publication date when the page's structured data
   * confirms it elsewhere, as a modification date or in another source: the site presents the article as of that
   * day, as sites do when they republish an article, and its markup agrees that something happened then. A shown
   * date that nothing confirms may be any date in the text, and does not win; nor does an update's that the page
   * shows beside the declared publication's day ("Updated May 4" above "Published May 3").
   */
  private static DateClue shownDate(DateClue chosen, DateClues clues, TimeBounds bounds,
      Optional<OffsetDateTime> capturedAt) {
    Optional<DateClue> shown = clues.published().stream().filter(c -> c.source() == Source.VISIBLE)
        .filter(c -> c.printed().isPresent() && plausible(c, bounds, capturedAt)).findFirst();
    if (shown.isEmpty() || chosen.source() == Source.VISIBLE || chosen.printed().isEmpty()) {
      return chosen;
    }
    LocalDate day = shown.get().printed().get().date();
    LocalDate declared = chosen.printed().get().date();
    if (day.equals(declared) || shown.get().update() && clues.published().stream()
        .anyMatch(c -> c.source() == Source.VISIBLE && !c.update() && c.printed().isPresent()
            && c.printed().get().date().equals(declared))) {
      return chosen;
    }
    List<DateClue> markup = new ArrayList<>(clues.published());
    markup.addAll(clues.modified());
    return markup.stream()
        .filter(c -> c.source() != Source.VISIBLE && c.source() != Source.URL && c.printed().isPresent())
        .filter(c -> c.printed().get().date().equals(day) && plausible(c, bounds, capturedAt))
        .findFirst()
        .map(c -> c.printed().get().time().isPresent() ? c : shown.get())
        .orElse(chosen);
  }
}
