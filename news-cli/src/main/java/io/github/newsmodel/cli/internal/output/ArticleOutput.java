package io.github.newsmodel.cli.internal.output;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes encoded articles in order to the output, as a stream: JSON Lines, or with {@code --format json} and many
 * pages, the elements of one JSON array, closed even when the run stops early so that the output stays valid JSON.
 */
public final class ArticleOutput implements AutoCloseable {
  private static final byte[] ARRAY_START = "[\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARRAY_SEPARATOR = ",\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARRAY_END = "\n]\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY_ARRAY = "[]\n".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final boolean array;
  private long written;

  /**
   * Creates the output.
   *
   * @param out where to write, which this output owns and closes
   * @param array whether the articles are elements of one JSON array
   */
  public ArticleOutput(OutputStream out, boolean array) {
    this.out = out;
    this.array = array;
  }

  /**
   * Writes one encoded article.
   *
   * @param encoded the article from {@link ArticleEncoder#encode}
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(byte[] encoded) {
    // One write for each article with its separator, so that a stream shared with standard error gets it whole.
    byte[] chunk = array ? concat(written == 0 ? ARRAY_START : ARRAY_SEPARATOR, encoded) : encoded;
    UncheckedIo.run(() -> out.write(chunk));
    written++;
  }

  private static byte[] concat(byte[] separator, byte[] encoded) {
    byte[] chunk = new byte[separator.length + encoded.length];
    System.arraycopy(separator, 0, chunk, 0, separator.length);
    System.arraycopy(encoded, 0, chunk, separator.length, encoded.length);
    return chunk;
  }

  /**
   * Passes what is written so far on, so that a reader of the output sees articles as they come.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  public void flush() {
    UncheckedIo.run(out::flush);
  }

  /**
   * Ends the array, if any, and closes the output.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  @Override
  public void close() {
    UncheckedIo.run(() -> {
      try (OutputStream closing = out) {
        if (array) {
          closing.write(written == 0 ? EMPTY_ARRAY : ARRAY_END);
        }
      }
    });
  }
}
