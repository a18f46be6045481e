package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageTime;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the times printed beside comments into the model's times.
 *
 * <p>A time with an offset keeps it. A local time is placed in the caller's zone, recorded as assumed; without
 * a zone it is left out, since a generic page has no documented zone. A date without a time of day is 00:00 in
 * that zone and marked date-only. A Unix timestamp (10 or 13 digits, as in {@code data-timestamp}) is exact and
 * read in UTC. Times before 1990 are not comment times and are left out.
 */
final class CommentTimes {
  private static final Pattern EPOCH = Pattern.compile("\\d{10}(?:\\d{3})?");
  /** A dash or a bar between a date and its time, "03.04.2024 - 08:12", which dates do not otherwise use. */
  private static final Pattern DATE_TIME_DASH = Pattern.compile("(\\d{4})\\s+[-–—|·]\\s+(\\d{1,2}[:.]\\d{2})");
  /** An ISO date with its time after a word, "2024-03-05 at 21:10", which ISO dates do not otherwise use. */
  private static final Pattern ISO_DATE_AT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(?:,|at|um|@|klo)\\s*(\\d{2}:\\d{2})");
  private static final int FIRST_YEAR = 1990;

  private final Optional<ZoneId> zone;

  CommentTimes(Optional<ZoneId> zone) {
    this.zone = zone;
  }

  /** A time placed on the timeline; {@code assumedZone} is set when the page gave no offset. */
  record Timed(OffsetDateTime time, Optional<ZoneId> assumedZone, boolean dateOnly) {}

  /** Reads a text that is a date and nothing else, such as a {@code datetime} attribute. */
  Optional<Timed> exact(String text) {
    String t = text.strip();
    if (EPOCH.matcher(t).matches()) {
      long n = Long.parseLong(t);
      Instant instant = t.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return plausible(Optional.of(new Timed(instant.atOffset(ZoneOffset.UTC), Optional.empty(), false)));
    }
    return plausible(DateTimes.english().parse(joined(t)).flatMap(this::place));
  }

  /** Finds the first date in a longer text, such as "Posted on 3 May 2019 at 10:15". */
  Optional<Timed> find(String text) {
    return plausible(DateTimes.english().find(joined(text)).flatMap(this::place));
  }

  private static String joined(String text) {
    if (text.indexOf('-') < 0 && text.indexOf('|') < 0 && text.indexOf('–') < 0 && text.indexOf('·') < 0
        && text.indexOf('—') < 0) {
      return text;
    }
    return ISO_DATE_AT.matcher(DATE_TIME_DASH.matcher(text).replaceAll("$1 $2")).replaceAll("$1 $2");
  }

  private Optional<Timed> place(PageTime t) {
    if (t.time().isEmpty()) {
      PageTime midnight = new PageTime(t.date(), Optional.of(LocalTime.MIDNIGHT), Optional.empty());
      return zone.flatMap(midnight::in).map(r -> new Timed(r.time(), r.assumedZone(), true));
    }
    if (t.offset().isPresent()) {
      return t.in(ZoneOffset.UTC).map(r -> new Timed(r.time(), Optional.empty(), false));
    }
    return zone.flatMap(t::in).map(r -> new Timed(r.time(), r.assumedZone(), false));
  }

  private static Optional<Timed> plausible(Optional<Timed> t) {
    return t.filter(x -> x.time().getYear() >= FIRST_YEAR);
  }
}
