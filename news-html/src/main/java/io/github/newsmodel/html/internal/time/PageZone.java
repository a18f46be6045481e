package io.github.newsmodel.html.internal.time;

import io.github.newsmodel.core.internal.UrlHosts;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The zone in which to read the times that a page of a site without a site parser prints without an offset.
 * Such a site has no documented zone, so the zone is chosen by a fixed rule, and every time read in it records it
 * as assumed. The first of these that applies wins:
 *
 * <ol>
 *   <li>the zone the page states for its times, as a forum's footer does ("All times are GMT + 1 Hour",
 *       {@link StatedZone}); times read in it are the page's own, and record no assumption;
 *   <li>the caller's {@code ParseOptions.assumedZone};
 *   <li>the documented zone of a few known sites ({@link SiteZones}: {@code slashdot.org}, {@code lobste.rs});
 *   <li>the zone of the country named by the host's country-code domain, for countries with one zone
 *       ({@code .de}: Europe/Berlin, {@code .fi}: Europe/Helsinki, {@code .co.uk}: Europe/London), and Russia's
 *       {@code .ru}, whose national media print Moscow time; generic domains, domains used worldwide ({@code .io},
 *       {@code .co}, {@code .tv}, ...) and the other countries with several zones ({@code .us}, {@code .au}, ...)
 *       name none;
 *   <li>the same for the region of the page's declared language ({@code de-AT}: Europe/Vienna), or for a
 *       language without a region that one country writes ({@code ko}: Asia/Seoul, {@code ja}: Asia/Tokyo);
 *   <li>UTC.
 * </ol>
 *
 * <p>A zone must also agree with the offsets the page printed on the article's other times, since one article
 * has one zone: a zone of steps 1 to 5 that contradicts them is passed over for the page's own offset, which is
 * then the zone. A zero offset contradicts no zone: it is how content systems write an instant in UTC, whatever
 * the site's zone (WordPress, Yoast and Jetpack write every time of their metadata so), and a German blog whose
 * metadata say {@code 2020-02-17T08:00:00+00:00} prints its comments' times in Berlin's.
 */
public final class PageZone {
  private static final Map<String, String> COUNTRY_ZONES = Map.ofEntries(
      Map.entry("at", "Europe/Vienna"), Map.entry("be", "Europe/Brussels"), Map.entry("bg", "Europe/Sofia"),
      Map.entry("by", "Europe/Minsk"), Map.entry("ch", "Europe/Zurich"), Map.entry("cy", "Asia/Nicosia"),
      Map.entry("cz", "Europe/Prague"), Map.entry("de", "Europe/Berlin"), Map.entry("dk", "Europe/Copenhagen"),
      Map.entry("ee", "Europe/Tallinn"), Map.entry("es", "Europe/Madrid"), Map.entry("fi", "Europe/Helsinki"),
      Map.entry("fr", "Europe/Paris"), Map.entry("gb", "Europe/London"), Map.entry("uk", "Europe/London"),
      Map.entry("gr", "Europe/Athens"), Map.entry("hr", "Europe/Zagreb"), Map.entry("hu", "Europe/Budapest"),
      Map.entry("ie", "Europe/Dublin"), Map.entry("is", "Atlantic/Reykjavik"), Map.entry("it", "Europe/Rome"),
      Map.entry("li", "Europe/Vaduz"), Map.entry("lt", "Europe/Vilnius"), Map.entry("lu", "Europe/Luxembourg"),
      Map.entry("lv", "Europe/Riga"), Map.entry("mt", "Europe/Malta"), Map.entry("nl", "Europe/Amsterdam"),
      Map.entry("no", "Europe/Oslo"), Map.entry("pl", "Europe/Warsaw"), Map.entry("pt", "Europe/Lisbon"),
      Map.entry("ro", "Europe/Bucharest"), Map.entry("rs", "Europe/Belgrade"), Map.entry("se", "Europe/Stockholm"),
      Map.entry("si", "Europe/Ljubljana"), Map.entry("sk", "Europe/Bratislava"), Map.entry("tr", "Europe/Istanbul"),
      Map.entry("ua", "Europe/Kiev"), Map.entry("il", "Asia/Jerusalem"), Map.entry("jp", "Asia/Tokyo"),
      Map.entry("kr", "Asia/Seoul"), Map.entry("cn", "Asia/Shanghai"), Map.entry("tw", "Asia/Taipei"),
      Map.entry("hk", "Asia/Hong_Kong"), Map.entry("sg", "Asia/Singapore"), Map.entry("in", "Asia/Kolkata"),
      Map.entry("pk", "Asia/Karachi"), Map.entry("th", "Asia/Bangkok"), Map.entry("vn", "Asia/Ho_Chi_Minh"),
      Map.entry("ph", "Asia/Manila"), Map.entry("my", "Asia/Kuala_Lumpur"), Map.entry("nz", "Pacific/Auckland"),
      Map.entry("za", "Africa/Johannesburg"), Map.entry("eg", "Africa/Cairo"), Map.entry("ng", "Africa/Lagos"),
      Map.entry("ke", "Africa/Nairobi"), Map.entry("sa", "Asia/Riyadh"), Map.entry("ae", "Asia/Dubai"),
      Map.entry("ir", "Asia/Tehran"), Map.entry("ar", "America/Argentina/Buenos_Aires"),
      Map.entry("pe", "America/Lima"), Map.entry("ve", "America/Caracas"), Map.entry("uy", "America/Montevideo"),
      Map.entry("cu", "America/Havana"),
      // Russia spans eleven zones, but its national media, railways and federal offices print Moscow time.
      Map.entry("ru", "Europe/Moscow"));

  /**
   * Tags whose region repeats the language's code by mistake and names a country where it is not spoken: Arabic
   * sites tag their pages "ar-AR", which is Arabic as spoken in Argentina, not the Argentine zone. ("de-DE",
   * "fr-FR" and the like name the right country, and "he-HE", "ja-JA" name none.)
   */
  private static final Set<String> MISTAKEN_REGIONS = Set.of("ar-AR");
  /**
   * The countries of languages that one country writes, in one zone, and that pages declare without a region:
   * {@code lang="ko"} is Korea's Korean, where {@code lang="en"} or {@code "de"} names no country. Korea's news
   * portals print their times without an offset on generic domains (naver.com, daum.net).
   */
  private static final Map<String, String> LANGUAGE_COUNTRIES = Map.of("ja", "jp", "ko", "kr");

  private PageZone() {}

  /**
   * Chooses the zone.
   *
   * @param stated the zone the page states, if it does
   * @param callerZone the caller's zone, if given
   * @param url the page's URL
   * @param language the page's declared language, if any
   * @param pageOffsets the article's times whose offset the page printed
   * @return the zone
   */
  public static ZoneId choose(Optional<ZoneId> stated, Optional<ZoneId> callerZone, URI url,
      Optional<Locale> language, List<OffsetDateTime> pageOffsets) {
    List<ZoneId> candidates = new ArrayList<>();
    stated.ifPresent(candidates::add);
    callerZone.ifPresent(candidates::add);
    ofHost(url).ifPresent(candidates::add);
    language.flatMap(PageZone::ofLanguage).ifPresent(candidates::add);
    for (ZoneId zone : candidates) {
      if (agrees(zone, pageOffsets)) {
        return zone;
      }
    }
    return pageOffsets.stream().map(OffsetDateTime::getOffset).filter(o -> !o.equals(ZoneOffset.UTC)).findFirst()
        .orElse(ZoneOffset.UTC);
  }

  /**
   * The zone of a known site ({@link SiteZones}), else of a host's country-code domain.
   *
   * @param url the URL
   * @return the zone, if the host is a known site's or its domain names a country with one zone
   */
  public static Optional<ZoneId> ofHost(URI url) {
    Optional<String> host = UrlHosts.of(url);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String h = host.get().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    String country = h.substring(h.lastIndexOf('.') + 1);
    return SiteZones.of(h).or(() -> zone(country));
  }

  /**
   * The zone of a language tag's region, or of a tag without one whose language one country writes.
   *
   * @param language the language, such as {@code de-AT} or {@code ko}
   * @return the zone, if the tag has a region with one zone, or its language is {@code ja} or {@code ko}
   */
  public static Optional<ZoneId> ofLanguage(Locale language) {
    if (MISTAKEN_REGIONS.contains(language.getLanguage() + "-" + language.getCountry())) {
      return Optional.empty();
    }
    String region = language.getCountry().toLowerCase(Locale.ROOT);
    if (region.isEmpty()) {
      String country = LANGUAGE_COUNTRIES.get(language.getLanguage());
      return country == null ? Optional.empty() : zone(country);
    }
    return zone(region);
  }

  private static Optional<ZoneId> zone(String country) {
    String zone = COUNTRY_ZONES.get(country);
    return zone == null ? Optional.empty() : Optional.of(ZoneId.of(zone));
  }

  private static boolean agrees(ZoneId zone, List<OffsetDateTime> times) {
    for (OffsetDateTime t : times) {
      if (!t.getOffset().equals(ZoneOffset.UTC) && !zone.getRules().isValidOffset(t.toLocalDateTime(), t.getOffset())) {
        return false;
      }
    }
    return true;
  }
}
