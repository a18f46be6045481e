package io.github.newsmodel.html;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The page is beyond one of the limits of {@link ParseOptions}, such as a page larger than
 * {@link ParseOptions#maxPageSize()}. The page is not parsed, or not parsed further, so that a hostile page costs
 * bounded time and memory; raise the limit to read it:
 *
 * <pre>
 * https://www.example.com/huge: the page is longer than 16777216 bytes (ParseOptions.maxPageSize)
 * </pre>
 */
public class PageLimitException extends PageParseException {
  private static final long serialVersionUID = 1L;

  /** The limit the page went past, as {@link #limit()} returns it. */
  private final String limit;

  /**
   * Creates an exception for a page beyond a limit.
   *
   * @param page the page's URL, or the URI it was read from
   * @param limit the name of the {@link ParseOptions} attribute, such as {@code maxPageSize}
   * @param problem what is beyond the limit, without the page
   */
  public PageLimitException(URI page, String limit, String problem) {
    this(page, limit, problem, null);
  }

  /**
   * Creates an exception for a page beyond a limit, with the failure that showed it.
   *
   * @param page the page's URL, or the URI it was read from
   * @param limit the name of the {@link ParseOptions} attribute, such as {@code maxNestingDepth}
   * @param problem what is beyond the limit, without the page
   * @param cause the failure that showed it, such as a {@link StackOverflowError}, or null
   */
  public PageLimitException(URI page, String limit, String problem, @Nullable Throwable cause) {
    super(page, null, problem + " (ParseOptions." + limit + ")", cause);
    this.limit = limit;
  }

  /**
   * Which limit the page is beyond.
   *
   * @return the name of the {@link ParseOptions} attribute, such as {@code maxPageSize} or
   *     {@code maxNestingDepth}
   */
  public String limit() {
    return limit;
  }
}
