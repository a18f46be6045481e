package io.github.newsmodel.cli.internal.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A standard stream as an output of the run, which the run flushes but must not close: it outlives the run. */
public final class Unclosable extends FilterOutputStream {
  /**
   * Wraps a stream.
   *
   * @param out the stream, never closed through this one
   */
  public Unclosable(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len); // FilterOutputStream would write byte by byte, and split a record into many writes
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
