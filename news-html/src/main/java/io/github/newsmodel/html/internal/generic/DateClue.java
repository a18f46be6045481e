package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.time.EpochTwin;
import io.github.newsmodel.html.internal.time.PageTime;
import io.github.newsmodel.html.internal.time.RelativeTime;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * One piece of evidence for a date of the article: a time as the page printed it, or a time relative to the
 * capture, and where on the page it was found.
 *
 * @param printed the time as printed, if it is absolute
 * @param relative the time relative to the capture, if it is so
 * @param source where it was found, for the order of strength
 * @param element the element that shows it, for a clue the page shows or marks up in its text
 * @param label what the page labels it: the time of its update ("Updated May 4, 2024"), which stands for the
 *     publication only where the page gives no other, or of its first publication ("First published May 3, 2024"),
 *     which wins over a later day that any other clue gives
 */
record DateClue(Optional<PageTime> printed, Optional<RelativeTime> relative, Source source,
    Optional<Element> element, Label label) {

  /** What the page labels a clue's time. */
  enum Label {
    /** Nothing that tells: the time of the publication, as far as the page says. */
    NONE,
    /** The time of the page's update. */
    UPDATE,
    /** The time of the first publication, which the page says outright ({@link PublicationLabels#FIRST}). */
    FIRST_PUBLISHED
  }

  /** Where a date was found, strongest first. */
  enum Source {
    /** {@code datePublished} or {@code dateModified} of the article's JSON-LD. */
    JSON_LD,
    /** {@code article:published_time}, Dublin Core, Parse.ly, Sailthru and other {@code <meta>} keys. */
    META,
    /** {@code itemprop="datePublished"} of the article's Microdata. */
    MICRODATA,
    /** The dates of a JSON-LD {@code WebPage} that holds the article. */
    JSON_LD_PAGE,
    /** A {@code <time datetime>} marked as the publication or update time, or the first in the article. */
    TIME_ELEMENT,
    /** The date in the URL's path, which has no time of day. */
    URL,
    /** A date line or byline that the page shows, such as "24. Mai 2019, 13:52 Uhr" or "3 hours ago". */
    VISIBLE
  }

  static DateClue of(PageTime printed, Source source) {
    return new DateClue(Optional.of(printed), Optional.empty(), source, Optional.empty(), Label.NONE);
  }

  /** A time the page prints in an element, with the offset that a Unix time beside it gives ({@link EpochTwin}). */
  static DateClue of(PageTime printed, Source source, Element element) {
    return new DateClue(Optional.of(EpochTwin.withOffset(printed, element)), Optional.empty(), source,
        Optional.of(element), Label.NONE);
  }

  static DateClue of(RelativeTime relative, Source source, Element element) {
    return new DateClue(Optional.empty(), Optional.of(relative), source, Optional.of(element), Label.NONE);
  }

  /** The clue as the time of the page's update, {@link #update()}. */
  DateClue asUpdate() {
    return new DateClue(printed, relative, source, element, Label.UPDATE);
  }

  /** The clue as the time of the first publication, {@link #firstPublished()}. */
  DateClue asFirstPublished() {
    return new DateClue(printed, relative, source, element, Label.FIRST_PUBLISHED);
  }

  /** Whether the page labels the clue's time as its update's. */
  boolean update() {
    return label == Label.UPDATE;
  }

  /** Whether the page labels the clue's time as its first publication's. */
  boolean firstPublished() {
    return label == Label.FIRST_PUBLISHED;
  }

  /** Whether the page shows the clue inside one of the elements, or is one of them. */
  boolean inside(Set<Element> roots) {
    for (Element e = element.orElse(null); e != null; e = e.parent()) {
      if (roots.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Places the clue on the timeline.
   *
   * @param zone the zone for a time printed without an offset
   * @param capturedAt the capture time, which relative times need
   * @return the time, if it can be placed
   */
  Optional<ResolvedTime> resolve(ZoneId zone, Optional<OffsetDateTime> capturedAt) {
    if (printed.isPresent()) {
      return printed.get().resolve(zone);
    }
    return capturedAt.flatMap(c -> relative.flatMap(r -> r.resolve(c, zone)));
  }

  /** The offset the page printed, if it printed one. */
  Optional<OffsetDateTime> ownOffsetTime() {
    return printed.filter(p -> p.offset().isPresent() && p.time().isPresent())
        .map(p -> OffsetDateTime.of(p.date(), p.time().get(), p.offset().get()));
  }
}
