package io.github.newsmodel.html.internal.time;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * The offset of a printed local time, from the same moment in Unix time beside it: Gawker's sites print "3/09/15
 * 8:00am" in an element with {@code data-publishtime="1425913200851"}. Where they differ by an offset a zone can
 * have, that offset is the page's own, and the printed time needs no assumed zone.
 */
public final class EpochTwin {
  /** The most a zone's offset can be, fourteen hours, in seconds. */
  private static final long MAX_OFFSET = 14 * 3600;
  /** Offsets are whole quarter hours. */
  private static final long QUARTER_HOUR = 900;
  /**
   * How far the instant may run past the printed time, once the offset is taken off: a time printed in minutes drops
   * the seconds, so the instant is up to a minute later, never earlier. A later moment beside it by chance (an
   * update a whole number of quarter hours on) matches half as often as with a minute either way.
   */
  private static final long SLACK = 60;
  /** How many wrappers up the attribute may be. */
  private static final int DEPTH = 2;
  /** How many elements of the date line, itself first, are read for the attribute. */
  private static final int MAX_INSIDE = 32;
  /**
   * Names of the data attributes that hold another moment than the one printed: the last change, an expiry, the time
   * the page was made or cached. Ten or fifteen minutes after publication, an update is a whole quarter hour off too.
   */
  private static final Pattern OTHER_MOMENT = Pattern.compile("updat|modif|edit|chang|expir|end|now|server|render"
      + "|cache|build|generat|fetch|load|refresh|current|last|valid");

  private EpochTwin() {}

  /**
   * The printed time with the offset that its Unix twin gives, if the element, one inside it or one of its two
   * nearest ancestors has a data attribute named after a time or a date ({@code data-publishtime}, {@code data-timestamp},
   * {@code data-time}) holding the same moment.
   *
   * @param printed the time as printed, without an offset
   * @param e the element that printed it
   * @return the time with the offset, or {@code printed} as it is
   */
  public static PageTime withOffset(PageTime printed, Element e) {
    if (printed.offset().isPresent() || printed.time().isEmpty()) {
      return printed;
    }
    LocalDateTime local = LocalDateTime.of(printed.date(), printed.time().get());
    // The date line itself and the first few elements it holds (a byline's "<span data-publishtime=…>"), then its
    // wrappers. The line is short, but what it holds is not counted before: the walk stops after a few.
    Optional<ZoneOffset> found = inside(e, local);
    if (found.isPresent()) {
      return new PageTime(printed.date(), printed.time(), found);
    }
    Element at = e.parent();
    for (int level = 1; at != null && level <= DEPTH; level++, at = at.parent()) {
      Optional<ZoneOffset> offset = offset(at, local);
      if (offset.isPresent()) {
        return new PageTime(printed.date(), printed.time(), offset);
      }
    }
    return printed;
  }

  /** The offset that the element or one of the first {@link #MAX_INSIDE} elements inside it gives. */
  private static Optional<ZoneOffset> inside(Element e, LocalDateTime local) {
    ZoneOffset[] found = {null};
    int[] seen = {0};
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element inner)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (++seen[0] > MAX_INSIDE) {
        return FilterResult.STOP;
      }
      found[0] = offset(inner, local).orElse(null);
      return found[0] != null ? FilterResult.STOP : FilterResult.CONTINUE;
    }, e);
    return Optional.ofNullable(found[0]);
  }

  private static Optional<ZoneOffset> offset(Element e, LocalDateTime local) {
    if (e.attributesSize() == 0) {
      return Optional.empty();
    }
    for (Attribute a : e.attributes()) {
      Optional<ZoneOffset> offset = offset(a, local);
      if (offset.isPresent()) {
        return offset;
      }
    }
    return Optional.empty();
  }

  private static Optional<ZoneOffset> offset(Attribute a, LocalDateTime local) {
    String key = a.getKey();
    if (!key.startsWith("data-") || !(key.contains("time") || key.contains("date") || key.contains("stamp"))
        || OTHER_MOMENT.matcher(key).find()) {
      return Optional.empty();
    }
    Optional<PageTime> epoch = DateTimes.epoch(a.getValue());
    if (epoch.isEmpty()) {
      return Optional.empty();
    }
    PageTime utc = epoch.get();
    long instant = LocalDateTime.of(utc.date(), utc.time().orElseThrow()).toEpochSecond(ZoneOffset.UTC);
    long difference = local.toEpochSecond(ZoneOffset.UTC) - instant;
    long offset = Math.round((double) difference / QUARTER_HOUR) * QUARTER_HOUR;
    long behind = offset - difference;
    boolean printsSeconds = local.getSecond() != 0;
    if (Math.abs(offset) > MAX_OFFSET || behind < 0 || behind >= (printsSeconds ? 1 : SLACK)) {
      return Optional.empty();
    }
    return Optional.of(ZoneOffset.ofTotalSeconds((int) offset));
  }
}
