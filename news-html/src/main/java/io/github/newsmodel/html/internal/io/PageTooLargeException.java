package io.github.newsmodel.html.internal.io;

import java.io.IOException;

/**
 * A stream holds more bytes than the page size limit, once decompressed. Each caller words it for its own users:
 * the library as a {@link io.github.newsmodel.html.PageLimitException}, the command line with its option.
 */
public final class PageTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;
  private final boolean gzip;

  PageTooLargeException(long limit, boolean gzip) {
    super("the page is larger than " + limit + " bytes" + (gzip ? ", once decompressed" : ""));
    this.limit = limit;
    this.gzip = gzip;
  }

  /**
   * The limit the page is beyond.
   *
   * @return the most bytes a page may hold
   */
  public long limit() {
    return limit;
  }

  /**
   * Whether the page was gzip-compressed, so that the limit held its decompressed bytes.
   *
   * @return true if it was
   */
  public boolean gzip() {
    return gzip;
  }
}
