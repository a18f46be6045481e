package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageZoneTest {
  private static final URI DE = URI.create("https://www.example.de/a");
  private static final URI COM = URI.create("https://www.example.com/a");

  /** The zone of a page that states none. */
  private static ZoneId choose(Optional<ZoneId> caller, URI url, Optional<Locale> language,
      List<OffsetDateTime> own) {
    return PageZone.choose(Optional.empty(), caller, url, language, own);
  }

  /** A forum's "All times are GMT - 5 Hours" is the page's word, ahead of the caller's and the domain's guesses. */
  @Test
  void theZoneThePageStatesComesBeforeTheCallers() {
    ZoneOffset stated = ZoneOffset.ofHours(-5);

    assertThat(PageZone.choose(Optional.of(stated), Optional.of(ZoneId.of("Asia/Tokyo")), DE, Optional.empty(),
        List.of())).isEqualTo(stated);
    assertThat(PageZone.choose(Optional.of(stated), Optional.empty(), DE, Optional.empty(),
        List.of(OffsetDateTime.parse("2020-07-02T18:16+02:00")))).as("but not against the page's own offsets")
        .isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void theCallersZoneComesFirst() {
    assertThat(choose(Optional.of(ZoneId.of("Asia/Tokyo")), DE, Optional.empty(), List.of()))
        .isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void thenTheCountryOfTheDomainThenOfTheLanguageThenUtc() {
    assertThat(choose(Optional.empty(), DE, Optional.of(Locale.forLanguageTag("fr-FR")), List.of()))
        .isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(choose(Optional.empty(), URI.create("https://news.bbc.co.uk/a"), Optional.empty(), List.of()))
        .isEqualTo(ZoneId.of("Europe/London"));
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("de-AT")), List.of()))
        .isEqualTo(ZoneId.of("Europe/Vienna"));
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("de")), List.of()))
        .as("a language without a region names no zone").isEqualTo(ZoneOffset.UTC);
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("ko")), List.of()))
        .as("but one that one country writes does").isEqualTo(ZoneId.of("Asia/Seoul"));
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("ja")), List.of()))
        .isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("ja-US")), List.of()))
        .as("a region said is the region").isEqualTo(ZoneOffset.UTC);
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("ar-AR")), List.of()))
        .as("Arabic pages' \"ar-AR\" repeats the language, and names no Argentine zone").isEqualTo(ZoneOffset.UTC);
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("es-AR")), List.of()))
        .isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));
  }

  @Test
  void countriesWithSeveralZonesAndDomainsUsedWorldwideNameNone() {
    for (String host : List.of("example.us", "example.com.au", "example.io", "example.co", "example.tv")) {
      assertThat(PageZone.ofHost(URI.create("https://" + host + "/"))).as(host).isEmpty();
    }
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("en-US")), List.of()))
        .isEqualTo(ZoneOffset.UTC);
  }

  /** Russia spans eleven zones, but its national media print Moscow time. */
  @Test
  void russiasDomainNamesMoscowTime() {
    assertThat(PageZone.ofHost(URI.create("https://gavan-gorod.ucoz.ru/news/"))).hasValue(ZoneId.of("Europe/Moscow"));
  }

  @Test
  void aZoneThatContradictsThePagesOwnOffsetGivesWayToIt() {
    // The page printed +05:30 on its publication time; Berlin never has that offset, so its local times are read
    // at +05:30 as well, and the article's assumed zone agrees with every offset it holds.
    List<OffsetDateTime> own = List.of(OffsetDateTime.parse("2020-10-02T18:16+05:30"));

    assertThat(choose(Optional.empty(), DE, Optional.empty(), own)).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(choose(Optional.of(ZoneId.of("Europe/Berlin")), DE, Optional.empty(), own))
        .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(choose(Optional.empty(), DE, Optional.empty(),
        List.of(OffsetDateTime.parse("2020-07-02T18:16+02:00")))).isEqualTo(ZoneId.of("Europe/Berlin"));
  }


  /** WordPress and Yoast write every time of their metadata in UTC, whatever zone the blog prints its times in. */
  @Test
  void aTimeInUtcSaysNothingOfTheSitesZone() {
    assertThat(choose(Optional.empty(), DE, Optional.empty(), List.of(OffsetDateTime.parse("2020-02-17T08:00Z"))))
        .isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(choose(Optional.empty(), COM, Optional.of(Locale.forLanguageTag("de-DE")),
        List.of(OffsetDateTime.parse("2020-02-17T08:00:00+00:00")))).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(choose(Optional.empty(), URI.create("https://www.example.co.uk/a"), Optional.empty(),
        List.of(OffsetDateTime.parse("2020-07-01T08:00Z")))).as("London's summer time, against a time in UTC")
        .isEqualTo(ZoneId.of("Europe/London"));
    assertThat(choose(Optional.empty(), DE, Optional.empty(),
        List.of(OffsetDateTime.parse("2020-02-17T08:00Z"), OffsetDateTime.parse("2020-02-17T09:00-05:00"))))
        .as("another offset still decides").isEqualTo(ZoneOffset.ofHours(-5));
  }

  @Test
  void withNoZoneAgreeingTheFirstOffsetThatIsNotUtcElseUtc() {
    assertThat(choose(Optional.empty(), COM, Optional.empty(),
        List.of(OffsetDateTime.parse("2020-02-17T08:00Z"), OffsetDateTime.parse("2020-02-17T13:30+05:30"))))
        .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(choose(Optional.empty(), COM, Optional.empty(), List.of(OffsetDateTime.parse("2020-02-17T08:00Z"))))
        .isEqualTo(ZoneOffset.UTC);
  }
}
