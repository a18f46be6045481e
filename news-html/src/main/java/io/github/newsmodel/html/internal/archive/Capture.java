package io.github.newsmodel.html.internal.archive;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * One web archive's capture of a page: the Wayback Machine's, another archive's that runs its software or pywb, or
 * archive.today's.
 *
 * @param original the page's original URL
 * @param timestamp the capture's timestamp as the address writes it: {@code yyyyMMddHHmmss}, or digits that the
 *     archive answers with its nearest capture, fewer ({@code 2007}) or more, or of an impossible date; for
 *     archive.today, its capture time in that form
 * @param archiveUrl the URL of the archived copy
 */
public record Capture(URI original, String timestamp, URI archiveUrl) {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /**
   * Makes the capture of a page at a timestamp, with the archive's canonical URL for it.
   *
   * @param original the page's original URL
   * @param timestamp the archive's timestamp
   * @return the capture
   */
  static Capture of(URI original, String timestamp) {
    return new Capture(original, timestamp, URI.create("https://web.archive.org/web/" + timestamp + "/" + original));
  }

  /**
   * When the page was captured. The archive's timestamps are in UTC; a timestamp of fewer than 14 digits names a
   * span of time, not an instant, and gives none, nor does one of more digits or of an impossible date (month 99):
   * the archive answers those with whatever capture is nearest, whose time the address does not tell.
   *
   * @return the capture time in UTC, if the timestamp is complete and valid
   */
  public Optional<OffsetDateTime> capturedAt() {
    if (timestamp.length() != 14) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(timestamp, TIMESTAMP).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
