package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a page into memory, but never more than the page size limit: a huge page or a gzip bomb stops at the
 * limit instead of filling the heap.
 */
final class BoundedRead {
  private BoundedRead() {}

  /**
   * Reads a stream to its end.
   *
   * @param in the stream; not closed
   * @param limit the most bytes to accept
   * @return the bytes, at most {@code limit}
   * @throws PageTooLargeException if the stream holds more than {@code limit} bytes
   * @throws IOException if the stream cannot be read
   */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    // readNBytes grows its buffer as bytes arrive, so a small page never allocates the whole limit.
    byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > limit) {
      throw new PageTooLargeException(limit);
    }
    return bytes;
  }
}
