package io.github.newsmodel.cli.internal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The streams a command runs with, and whether standard error is a terminal: the process's own for {@code main},
 * captured ones in tests.
 *
 * @param in standard input
 * @param out standard output, for articles, as bytes: articles are UTF-8 whatever the platform's charset
 * @param err standard error, for messages
 * @param errIsTerminal whether standard error is a terminal, where a progress line can be redrawn
 */
public record Console(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal) {
  /**
   * Creates a console.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param errIsTerminal whether standard error is a terminal
   */
  public Console {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /**
   * The process's console. Standard output bypasses {@link System#out}, whose {@link PrintStream} hides write
   * failures: a closed pipe ({@code news parse crawl.warc | head}) must stop the run, not let it parse on.
   * Standard error is {@link System#err}, in the console's charset.
   *
   * @return the console of this process
   */
  public static Console system() {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    return new Console(System.in, out, System.err, TerminalDetection.stderrIsTerminal());
  }
}
