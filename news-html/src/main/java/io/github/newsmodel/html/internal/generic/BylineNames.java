package io.github.newsmodel.html.internal.generic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names that {@link AuthorNames#of} reads in the bylines of one page, each text read once. The sources of a page
 * name its author in the same words again and again, the JSON-LD's author and the text of the byline's link, the
 * {@code <meta>} author that three steps compare, and the line under the headline that two steps read: each reading
 * used to take the text apart anew, with the same result, as the page does not change while it is read.
 */
final class BylineNames {
  private final Set<String> site;
  private final Map<String, AuthorNames.Reading> read = new HashMap<>();

  /**
   * @param site the names of the site and its host, which name no author
   */
  BylineNames(Set<String> site) {
    this.site = site;
  }

  /**
   * The names in a byline, as {@link AuthorNames#of} reads them with the site's names.
   *
   * @param byline the byline's text
   * @return the names, in byline order, without duplicates; unmodifiable
   */
  List<String> of(String byline) {
    return reading(byline).names();
  }

  /**
   * Whether a piece of the byline was taken for a place ({@link AuthorNames.Reading#placeTaken}): the byline held
   * more than names.
   *
   * @param byline the byline's text
   * @return whether a place was taken out of it
   */
  boolean placeTaken(String byline) {
    return reading(byline).placeTaken();
  }

  private AuthorNames.Reading reading(String byline) {
    AuthorNames.Reading reading = read.get(byline);
    if (reading == null) {
      AuthorNames.Reading fresh = AuthorNames.read(byline, site);
      reading = new AuthorNames.Reading(List.copyOf(fresh.names()), fresh.placeTaken());
      read.put(byline, reading);
    }
    return reading;
  }

  /** The names of the site and its host. */
  Set<String> site() {
    return site;
  }
}
