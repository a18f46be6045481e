package io.github.newsmodel.cli.internal.output;

import java.io.PrintStream;

/**
 * Standard error, shared by the messages of a run and its progress line: a message first clears the progress
 * line, so that the two never mix on a terminal. Thread-safe.
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
   * Prints a line of its own.
   *
   * @param line the line, without a line break
   */
  public synchronized void println(String line) {
    clearStatus();
    err.println(line);
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

  /** Removes the progress line, if one is shown. */
  public synchronized void clearStatus() {
    if (showing) {
      err.print(CLEAR);
      err.flush();
      showing = false;
    }
  }
}
