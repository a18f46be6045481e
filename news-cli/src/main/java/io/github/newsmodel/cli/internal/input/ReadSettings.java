package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read pages: the page size limit, and what the command line says about every page.
 *
 * @param maxPageSize the most bytes a page may hold once decompressed
 * @param zone the zone to assume for times without an offset, overriding the site's ({@code --zone})
 * @param url the URL of the one page of the run ({@code --url})
 */
public record ReadSettings(long maxPageSize, Optional<ZoneId> zone, Optional<URI> url) {
  /**
   * Creates the settings.
   *
   * @param maxPageSize the most bytes a page may hold once decompressed
   * @param zone the zone to assume, if overridden
   * @param url the URL of the one page of the run, if given
   */
  public ReadSettings {
    if (maxPageSize < 1) {
      throw new IllegalArgumentException("maxPageSize must be positive, got " + maxPageSize);
    }
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(url, "url");
  }

  /** The options to parse a page with, given what its input knows about it; the page size is held to the same. */
  ParseOptions options(Source source, Optional<String> charset) {
    return ParseOptions.builder().assumedZone(zone).source(source).charset(charset).maxPageSize(maxPageSize).build();
  }
}
