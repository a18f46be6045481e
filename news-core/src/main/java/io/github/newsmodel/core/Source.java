package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a parsed page came from and when it was captured: a file, a WARC record or a web-archive copy.
 *
 * <pre>{@code
 * Source source = Source.builder()
 *     .uri(URI.create("http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3"))
 *     .archiveUrl(URI.create("https://web.archive.org/web/20070601000000/http://www.afterdawn.com/..."))
 *     .capturedAt(OffsetDateTime.parse("2007-06-01T00:00Z"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class Source implements WithSource {
  Source() {}

  /**
   * The location the page was read from: a {@code file:} URI, a WARC record's target URI, or the original
   * URL of an archived copy.
   *
   * @return an absolute URI of any scheme
   */
  public abstract URI uri();

  /**
   * The identifier of the archive record that held the page, such as a WARC-Record-ID.
   *
   * @return the record id, if the page came from an archive record
   */
  public abstract Optional<String> recordId();

  /**
   * The identifier of the archive record whose payload the page was read from, where the record that holds the
   * capture stores none of its own: a WARC {@code revisit} record, whose crawler found the page unchanged since an
   * earlier response and stored only a reference to that response (its {@code WARC-Refers-To}).
   *
   * @return the id of the record that holds the page's bytes, if another record than {@link #recordId()} does
   */
  public abstract Optional<String> payloadRecordId();

  /**
   * When the page was captured by a crawler or an archive.
   *
   * @return the capture time, if known
   */
  public abstract Optional<OffsetDateTime> capturedAt();

  /**
   * The URL of the archived copy that was parsed, such as a Wayback Machine URL.
   *
   * @return the absolute http or https URL, if the page came from a web archive
   */
  public abstract Optional<URI> archiveUrl();

  /**
   * Creates a source with only a URI.
   *
   * @param uri an absolute URI
   * @return the source
   * @throws InvalidValueException if the URI is not absolute
   */
  public static Source of(URI uri) {
    return builder().uri(uri).build();
  }

  /**
   * Starts building a source.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.absoluteUri("uri", uri());
    Checks.notBlank("recordId", recordId());
    Checks.notBlank("payloadRecordId", payloadRecordId());
    Checks.httpUrl("archiveUrl", archiveUrl());
  }

  /**
   * Builds a {@link Source}; {@code uri} is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
