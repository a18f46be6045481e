package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The instant that Blogger writes into the permalink of each comment, {@code ?showComment=1236075120000#c123}, in
 * milliseconds since the epoch. The page prints the time in the blog's zone without its offset ("March 3, 2009 at
 * 11:12 AM"), which the extractor can only assume; the instant and the printed time together give the offset
 * itself, and the seconds the page leaves out.
 */
final class PermalinkInstant {
  private static final Pattern SHOW_COMMENT = Pattern.compile("[?&]showComment=(\\d{13})(?!\\d)");
  /** Offsets are whole quarters of an hour. */
  private static final int QUARTER_HOUR = 15 * 60;
  /** No zone is further than this from UTC. */
  private static final int MAX_OFFSET = 14 * 60 * 60;
  /** A time printed to the minute falls short of the instant by less than this. */
  private static final int MINUTE = 60;

  private PermalinkInstant() {}

  /**
   * The comment's time, made exact by the instant in its permalink when the page prints one that agrees.
   *
   * <ul>
   *   <li>A printed time whose offset was assumed becomes the instant at the offset that makes the printed time
   *       of day that instant's, no longer assumed: the two agree when that offset is a whole quarter of an hour
   *       within 14 hours of UTC and the printed time falls short of the instant by less than a minute.
   *   <li>A printed time with the page's own offset takes the instant's seconds, at that offset, if they agree.
   *   <li>A printed date without its time of day takes the instant's time, in the date's assumed zone, if the
   *       instant falls on that date there.
   *   <li>Without a printed time, the instant stands alone.
   * </ul>
   *
   * A printed time that disagrees with the instant is kept: it is what the page shows.
   *
   * @param printed the time read from what the page prints, if any
   * @param scope the comment's elements, whose first link with such a permalink is read
   * @param times how the instant is placed, within the page's bounds of plausible times
   * @return the time, exact where the instant allows
   */
  static Optional<ResolvedTime> refine(Optional<ResolvedTime> printed, List<Element> scope, CommentTimes times) {
    return refine(printed, instant(scope, times));
  }

  /**
   * The printed time made exact by an instant that the page gives apart from it, by the rules of
   * {@link #refine(Optional, List, CommentTimes)}: vBulletin 5 gives each post's instant in an attribute of its own
   * ({@link VBulletinFivePosts#time}).
   *
   * @param printed the time read from what the page prints, if any
   * @param instant the instant, if the page gives one
   * @return the time, exact where the instant allows
   */
  static Optional<ResolvedTime> refine(Optional<ResolvedTime> printed, Optional<ResolvedTime> instant) {
    if (instant.isEmpty() || printed.isEmpty()) {
      return printed.or(() -> instant);
    }
    ResolvedTime p = printed.get();
    OffsetDateTime exact = instant.get().time();
    if (p.dateOnly()) {
      OffsetDateTime there = exact.withOffsetSameInstant(p.time().getOffset());
      return there.toLocalDate().equals(p.time().toLocalDate())
          ? Optional.of(new ResolvedTime(there, p.assumedZone(), false)) : printed;
    }
    if (p.assumedZone().isEmpty()) {
      long shortBy = exact.toEpochSecond() - p.time().toEpochSecond();
      return shortBy >= 0 && shortBy < MINUTE
          ? Optional.of(new ResolvedTime(exact.withOffsetSameInstant(p.time().getOffset()), Optional.empty()))
          : printed;
    }
    // The printed wall-clock time read as if at UTC, less the instant: the offset, short of the seconds left out.
    long gap = p.time().toLocalDateTime().toEpochSecond(ZoneOffset.UTC) - exact.toEpochSecond();
    long offset = Math.round((double) gap / QUARTER_HOUR) * QUARTER_HOUR;
    if (Math.abs(offset) > MAX_OFFSET || offset - gap < 0 || offset - gap >= MINUTE) {
      return printed;
    }
    return Optional.of(new ResolvedTime(exact.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) offset)),
        Optional.empty()));
  }

  /** The instant in the first of the comment's links that holds one, if it is a plausible time. */
  private static Optional<ResolvedTime> instant(List<Element> scope, CommentTimes times) {
    for (Element e : scope) {
      if (!e.normalName().equals("a")) {
        continue;
      }
      String href = e.attr("href");
      if (!href.contains("showComment=")) {
        continue;
      }
      Matcher m = SHOW_COMMENT.matcher(href);
      if (m.find()) {
        return times.exact(m.group(1));
      }
    }
    return Optional.empty();
  }
}
