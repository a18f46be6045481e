package io.github.newsmodel.cli.internal.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Tells from its first bytes whether standard input holds a page or a WARC file, each possibly gzip-compressed,
 * so that {@code curl ... | news parse -} and {@code cat crawl.warc.gz | news parse -} both work.
 */
final class StdinProbe {
  /** Enough for the gzip header and the first deflate block that yields five bytes. */
  private static final int MARK_LIMIT = 1 << 20;

  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private StdinProbe() {}

  static Input.Stdin probe(InputStream stdin) throws IOException {
    BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
    in.mark(MARK_LIMIT);
    byte[] head = in.readNBytes(2);
    boolean gzip = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    in.reset();
    byte[] start;
    if (gzip) {
      try {
        start = new GZIPInputStream(new Unclosable(in)).readNBytes(WARC_MAGIC.length);
      } catch (IOException e) {
        start = new byte[0]; // broken gzip: reading the page will say so, with the page's name
      }
      in.reset();
    } else {
      start = in.readNBytes(WARC_MAGIC.length);
      in.reset();
    }
    return new Input.Stdin(in, gzip, Arrays.equals(start, WARC_MAGIC));
  }

  /** Keeps the probing gzip stream from closing standard input. */
  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
