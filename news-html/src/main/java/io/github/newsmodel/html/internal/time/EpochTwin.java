package io.github.newsmodel.html.internal.time;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

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
  /** How far apart the printed time and the instant may be, once the offset is taken off: it prints minutes. */
  private static final long SLACK = 60;
  /** How many wrappers up the attribute may be. */
  private static final int DEPTH = 2;

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
    // The date line itself and what it holds (a byline's "<span data-publishtime=…>"), then its wrappers
    for (Element inside : e.getAllElements()) {
      Optional<ZoneOffset> offset = offset(inside, local);
      if (offset.isPresent()) {
        return new PageTime(printed.date(), printed.time(), offset);
      }
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
    if (!key.startsWith("data-") || !(key.contains("time") || key.contains("date") || key.contains("stamp"))) {
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
    if (Math.abs(offset) > MAX_OFFSET || Math.abs(difference - offset) >= SLACK) {
      return Optional.empty();
    }
    return Optional.of(ZoneOffset.ofTotalSeconds((int) offset));
  }
}
