package io.github.newsmodel.html.internal.archive;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * The web archives' copies of pages, whichever archive made them: the Wayback Machine and the archives that run its
 * software or pywb ({@link Wayback}), and archive.today ({@link ArchiveToday}).
 */
public final class Archives {
  private Archives() {}

  /**
   * Recognises an archive's address of a capture.
   *
   * @param url any URL
   * @return the capture it names; empty for any other URL
   */
  public static Optional<Capture> capture(URI url) {
    return Wayback.capture(url).or(() -> ArchiveToday.capture(url));
  }

  /**
   * Recognises an archive's copy of a page by the markup the archive gave it.
   *
   * @param page the page
   * @param elements its elements
   * @return the capture; empty if the page carries no archive's markup
   */
  public static Optional<Capture> captureInMarkup(Document page, PageElements elements) {
    return Wayback.captureInMarkup(page, elements).or(() -> ArchiveToday.captureInMarkup(page, elements));
  }

  /**
   * Recognises an archive's copy of a page by the markup the archive gave it.
   *
   * @param page the page
   * @return the capture; empty if the page carries no archive's markup
   */
  public static Optional<Capture> captureInMarkup(Document page) {
    return captureInMarkup(page, PageElements.of(page));
  }

  /**
   * Turns an archive's copy back into the page it captured, as the archive that made it requires.
   *
   * @param page the copy, changed in place
   * @param capture the capture it is
   */
  public static void restore(Document page, Capture capture) {
    if (isArchiveToday(capture)) {
      ArchiveToday.restore(page, capture);
    } else {
      Wayback.restore(page, capture);
    }
  }

  /**
   * Whether an address is the archive's own for a capture: a replay's, which the Wayback software's address tells, or
   * any address on archive.today's hosts, whose short ones ({@code https://archive.ph/XvEff}) tell no capture by
   * themselves.
   *
   * @param url an address a page was read from
   * @param capture the capture that page is
   * @return whether a record of that address is of the archive's copy
   */
  public static boolean isArchiveAddress(URI url, Capture capture) {
    if (isArchiveToday(capture)) {
      return ArchiveToday.isArchiveHost(url.getHost());
    }
    String authority = url.getRawAuthority();
    return Wayback.capture(url).isPresent() || authority != null
        && authority.equalsIgnoreCase(capture.archiveUrl().getRawAuthority())
        && url.getRawPath() != null && url.getRawPath().contains("/" + capture.timestamp());
  }

  private static boolean isArchiveToday(Capture capture) {
    return ArchiveToday.isArchiveHost(capture.archiveUrl().getHost());
  }
}
