package io.github.newsmodel.cli.internal.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page into memory, but never more than the page size limit: a huge page or a gzip bomb stops at the
 * limit instead of filling the heap.
 */
final class BoundedRead {
  private static final int FIRST_BUFFER = 8192;

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
    Partial read = readUntilCut(in, limit);
    if (read.cut() != null) {
      throw read.cut();
    }
    return read.bytes();
  }

  /**
   * Reads a stream to its end, or up to where its data ends early, as a gzip stream cut off does: the bytes
   * before the cut are kept.
   *
   * @param in the stream; not closed
   * @param limit the most bytes to accept
   * @return the bytes, at most {@code limit}, and the failure if the data ended early
   * @throws PageTooLargeException if the stream holds more than {@code limit} bytes
   * @throws IOException if the stream cannot be read for another reason
   */
  static Partial readUntilCut(InputStream in, long limit) throws IOException {
    int max = (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
    // The buffer grows as bytes arrive, so that a small page never allocates the whole limit.
    byte[] buffer = new byte[Math.min(FIRST_BUFFER, max)];
    int n = 0;
    EOFException cut = null;
    try {
      for (int read; n < max; n += read) {
        if (n == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(max, 2L * buffer.length));
        }
        read = in.read(buffer, n, buffer.length - n);
        if (read < 0) {
          break;
        }
      }
    } catch (EOFException e) {
      cut = e;
    }
    if (n > limit) {
      throw new PageTooLargeException(limit);
    }
    return new Partial(Arrays.copyOf(buffer, n), cut);
  }

  /**
   * What a read got.
   *
   * @param bytes the bytes read
   * @param cut the failure where the data ended early; null if it did not
   */
  record Partial(byte[] bytes, @Nullable EOFException cut) {}
}
