package io.github.newsmodel.html.internal.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page into memory, but never more than the page size limit: a huge page or a gzip bomb stops at the
 * limit instead of filling the heap. A saved page may be gzip-compressed whatever its name says, so its first
 * bytes decide, and a gzip stream cut off still gives the page it began.
 */
public final class PageBytes {
  private static final int FIRST_BUFFER = 8192;
  private static final int STREAM_BUFFER = 1 << 16;

  private PageBytes() {}

  /**
   * Reads a page to its end, decompressing it if it starts with the gzip magic number. When the gzip data ends
   * early, the bytes before the cut are kept: they are the start of the page, to be parsed as a page that ends
   * early is.
   *
   * @param in the page's bytes, gzip-compressed or not; not closed
   * @param limit the most bytes to accept, once decompressed
   * @return the bytes, at most {@code limit}, and the failure if the gzip data ended early
   * @throws PageTooLargeException if the page holds more than {@code limit} bytes
   * @throws IOException if the stream cannot be read, or its gzip header or data are broken
   */
  public static Read read(InputStream in, long limit) throws IOException {
    // Two bytes are looked at and put back, where a buffered stream would read ahead past the limit: a caller's
    // stream, which may decompress without end, is read no further than one byte past it.
    PushbackInputStream peeked = new PushbackInputStream(in, 2);
    byte[] magic = peeked.readNBytes(2);
    peeked.unread(magic);
    if (isGzip(magic)) {
      return readUntilCut(new GZIPInputStream(peeked, STREAM_BUFFER), limit);
    }
    return new Read(readAtMost(peeked, limit), false, null);
  }

  /**
   * Reads a stream to its end.
   *
   * @param in the stream; not closed
   * @param limit the most bytes to accept
   * @return the bytes, at most {@code limit}
   * @throws PageTooLargeException if the stream holds more than {@code limit} bytes
   * @throws IOException if the stream cannot be read
   */
  public static byte[] readAtMost(InputStream in, long limit) throws IOException {
    Read read = readUntilCut(in, limit);
    if (read.cut() != null) {
      throw read.cut();
    }
    return read.bytes();
  }

  /**
   * Reads a stream to its end, or up to where its data ends early, as a gzip stream cut off does: the bytes
   * before the cut are kept. A stream that gives no bytes without ending, as a decompressor may at data cut off,
   * has ended early too.
   *
   * @param in the stream; not closed
   * @param limit the most bytes to accept
   * @return the bytes, at most {@code limit}, and the failure if the data ended early
   * @throws PageTooLargeException if the stream holds more than {@code limit} bytes
   * @throws IOException if the stream cannot be read for another reason
   */
  public static Read readUntilCut(InputStream in, long limit) throws IOException {
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
        if (read == 0) {
          // InputStream.read returns 0 only when asked for nothing: a stream that does otherwise would never end
          throw new EOFException("the data stops before its end");
        }
      }
    } catch (EOFException e) {
      cut = e;
    }
    boolean gzip = in instanceof InflaterInputStream;
    if (n > limit) {
      throw new PageTooLargeException(limit, gzip);
    }
    return new Read(Arrays.copyOf(buffer, n), gzip, cut);
  }

  /**
   * Whether the bytes start with the gzip magic number.
   *
   * @param start the first bytes
   * @return true if they do
   */
  public static boolean isGzip(byte[] start) {
    return start.length >= 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b;
  }

  /**
   * What a read got.
   *
   * @param bytes the bytes read, decompressed
   * @param gzip whether they were gzip-compressed
   * @param cut the failure where the gzip data ended early; null if it did not
   */
  public record Read(byte[] bytes, boolean gzip, @Nullable EOFException cut) {}
}
