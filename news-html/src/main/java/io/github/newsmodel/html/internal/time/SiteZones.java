package io.github.newsmodel.html.internal.time;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The documented zones of a few sites without a site parser whose times are printed without an offset, or whose
 * domain names another country than the one they run in: their own software's configuration says the zone, where
 * the country-code rule of {@link PageZone} would guess wrong.
 *
 * <ul>
 *   <li>{@code slashdot.org}: Slash prints a time in the reader's zone, and a reader who is not logged in, as an
 *       archive's crawler is not, has the anonymous account's, {@code EST} with daylight saving reckoned
 *       automatically ({@code users_prefs.tzcode} in Slash's data dump, {@code setUserDate}): US Eastern time.
 *   <li>{@code lobste.rs}: {@code config.time_zone = 'Central Time (US & Canada)'} in Lobsters'
 *       {@code config/application.rb}; the {@code .rs} is a pun, not Serbia.
 * </ul>
 */
final class SiteZones {
  private static final Map<String, ZoneId> ZONES = Map.of(
      "slashdot.org", ZoneId.of("America/New_York"),
      "lobste.rs", ZoneId.of("America/Chicago"));

  private SiteZones() {}

  /**
   * The documented zone of a host or of the site whose subdomain it is.
   *
   * @param host the host, in lower case and without a trailing dot
   * @return the zone, if the host is one of these sites'
   */
  static Optional<ZoneId> of(String host) {
    for (Map.Entry<String, ZoneId> site : ZONES.entrySet()) {
      String domain = site.getKey();
      if (host.endsWith(domain) && (host.length() == domain.length()
          || host.charAt(host.length() - domain.length() - 1) == '.')) {
        return Optional.of(site.getValue());
      }
    }
    return Optional.empty();
  }
}
