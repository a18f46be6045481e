package io.github.newsmodel.cli.internal.input;

import java.io.IOException;

/** A page holds more bytes than {@code --max-page-size}, once decompressed. */
final class PageTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  PageTooLargeException(long limit) {
    super("the page is larger than " + ByteSizes.format(limit) + " (--max-page-size), once decompressed");
  }
}
