package io.github.newsmodel.json.internal;

import java.io.IOException;

/**
 * Opens a parser or a generator over a caller's stream, which may fail like any I/O; lets one method handle
 * the strings, writers and streams that the facades accept.
 *
 * @param <T> what is opened
 */
@FunctionalInterface
public interface Opener<T> {
  /**
   * Opens it.
   *
   * @return the opened parser or generator, which the caller closes
   * @throws IOException if opening fails
   */
  T open() throws IOException;
}
