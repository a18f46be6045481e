package io.github.newsmodel.html;

import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.internal.NewsStyle;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link SiteParser} is told about the page besides its markup.
 *
 * <pre>{@code
 * PageContext context = PageContext.builder()
 *     .url(URI.create("http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3"))
 *     .zone(ZoneId.of("Europe/Helsinki"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class PageContext implements WithPageContext {
  PageContext() {}

  /**
   * The page's own URL: for a web-archive copy, the original URL, not the archive's.
   *
   * @return an absolute URI, usually http or https; a {@code file:} URI when the caller knew no better
   */
  public abstract URI url();

  /**
   * The zone to apply to times that the page prints without an offset: the caller's
   * {@link ParseOptions#assumedZone()} if given, otherwise the parser's {@link SiteParser#zone()}.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * When the page was captured, by a web archive or a crawler. Relative times such as "3 hours ago" count
   * from here.
   *
   * @return the capture time, if known
   */
  public abstract Optional<OffsetDateTime> capturedAt();

  /**
   * Starts building a context.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!url().isAbsolute()) {
      throw new InvalidValueException("url", "must be an absolute URI, got '" + url() + "'");
    }
  }

  /** Builds a {@link PageContext}; {@code url} and {@code zone} are required. */
  public static final class Builder extends ImmutablePageContext.Builder {
    Builder() {}
  }
}
