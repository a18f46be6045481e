package io.github.newsmodel.cli.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard error, shared by the messages of a run, its progress line and any output that may reach the same
 * place: each write first clears the progress line and is made whole, under one lock, so that nothing lands in the
 * middle of a line or a record. Thread-safe.
 */
public final class StatusLine {
  /** Back to the start of the line, then clear to its end. */
  private static final String CLEAR = "\r\u001b[K";

  private final PrintStream err;
  private boolean showing;

  /**
   * Creates the status line.
   *
   * @param err standard error
   */
  public StatusLine(PrintStream err) {
    this.err = err;
  }

  /**
   * Prints a line of its own, kept on one line by {@link OneLine#escape}, as the names in it may come from the
   * input.
   *
   * @param line the line, without a line break
   */
  public synchronized void println(String line) {
    clearStatus();
    // one write with its line break, so that a writer beside it cannot split them
    err.print(OneLine.escape(line) + "\n");
    err.flush();
  }

  /**
   * Prints text that belongs after a line of its own, such as a stack trace.
   *
   * @param text the text, with its line breaks
   */
  public synchronized void print(String text) {
    clearStatus();
    err.print(text);
    err.flush();
  }

  /**
   * Shows the progress line in place of the previous one. Only for terminals.
   *
   * @param status the progress, on one line
   */
  public synchronized void showStatus(String status) {
    err.print(CLEAR + status);
    err.flush();
    showing = true;
  }

  /**
   * Standard error as a stream of whole records, such as the error records of {@code --errors -}: each write
   * clears the progress line and is flushed at once. Closing it only flushes, since standard error outlives the
   * run.
   *
   * @return the stream
   */
  public OutputStream records() {
    return beside(new Unclosable(err));
  }

  /**
   * Another output that may reach the same terminal or file as standard error, such as {@code /dev/tty}: each
   * write, made whole by its caller, clears the progress line and is passed on and flushed at once, so that
   * neither the progress line nor a message lands inside it.
   *
   * @param out the output, which the returned stream owns and closes
   * @return the stream
   */
  public OutputStream beside(OutputStream out) {
    return new Beside(out);
  }

  /** Removes the progress line, if one is shown. */
  public synchronized void clearStatus() {
    if (showing) {
      err.print(CLEAR);
      err.flush();
      showing = false;
    }
  }

  private final class Beside extends OutputStream {
    private final OutputStream out;

    Beside(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      synchronized (StatusLine.this) {
        clearStatus();
        out.write(b, off, len);
        out.flush();
      }
    }

    @Override
    public void flush() throws IOException {
      synchronized (StatusLine.this) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      synchronized (StatusLine.this) {
        out.close();
      }
    }
  }
}
