package io.github.newsmodel.cli.internal.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** The bytes that tests of the readers put together: gzip members and their concatenations. */
public final class TestBytes {
  private TestBytes() {}

  /**
   * Compresses bytes as one gzip member.
   *
   * @param bytes the bytes
   * @return the member
   */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Joins byte arrays, as a file of several gzip members or records is joined.
   *
   * @param parts the arrays, in order
   * @return their bytes one after the other
   */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
