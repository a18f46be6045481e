package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time printed as a local date-time and the same instant in Unix seconds beside it, "2024-01-23T09:14:02
 * 1706001242", as Hacker News titles a comment's age since 2024. The seconds make the instant exact; the local
 * time read alone would leave its zone to assume.
 */
final class EpochTitle {
  private static final Pattern LOCAL_AND_EPOCH =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)\\s+(\\d{9,11})");

  private EpochTitle() {}

  /**
   * The instant a title gives, in UTC, when its local time and its seconds agree: then the local time is UTC's.
   *
   * @param title the attribute's value
   * @return the time with offset zero, if the title is such a pair and the two agree
   */
  static Optional<ResolvedTime> read(String title) {
    Matcher m = LOCAL_AND_EPOCH.matcher(title.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Instant local = LocalDateTime.parse(m.group(1)).toInstant(ZoneOffset.UTC);
      Instant epoch = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
      // A page whose local time is of another zone than UTC gives the offset by the difference, but no page is
      // known to print so: only agreement is trusted.
      return local.getEpochSecond() / 60 == epoch.getEpochSecond() / 60
          ? Optional.of(new ResolvedTime(epoch.atOffset(ZoneOffset.UTC), Optional.empty()))
          : Optional.empty();
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
