package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A time element that gives its local time and the same instant in Unix seconds: Lobsters' {@code <time
 * datetime="2024-02-13 09:14:22" data-at-unix="1707837262">}. The two together are the instant at the offset
 * between them, exact and assumed of no zone, where the local time alone would need one.
 */
final class UnixTwin {
  private static final String ATTRIBUTE = "data-at-unix";
  private static final Pattern SECONDS = Pattern.compile("\\d{9,11}");
  private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}");
  private static final long MAX_OFFSET = Duration.ofHours(14).toSeconds();

  private UnixTwin() {}

  /**
   * The instant of a time element with both, when they differ by an offset a zone can have.
   *
   * @param e the time element
   * @return the time, if the element has both and they agree
   */
  static Optional<ResolvedTime> read(Element e) {
    if (!e.hasAttr(ATTRIBUTE)) {
      return Optional.empty(); // nearly every element: one lookup says so
    }
    String seconds = e.attr(ATTRIBUTE).strip();
    String local = e.attr("datetime").strip();
    if (!SECONDS.matcher(seconds).matches() || !LOCAL.matcher(local).matches()) {
      return Optional.empty();
    }
    try {
      Instant instant = Instant.ofEpochSecond(Long.parseLong(seconds));
      LocalDateTime wall = LocalDateTime.parse(local.replace(' ', 'T'));
      long offset = wall.toEpochSecond(ZoneOffset.UTC) - instant.getEpochSecond();
      if (Math.abs(offset) > MAX_OFFSET || offset % (15 * 60) != 0) {
        return Optional.empty();
      }
      return Optional.of(new ResolvedTime(OffsetDateTime.ofInstant(instant,
          ZoneOffset.ofTotalSeconds((int) offset)), Optional.empty(), false));
    } catch (DateTimeParseException | NumberFormatException e2) {
      return Optional.empty();
    }
  }
}
