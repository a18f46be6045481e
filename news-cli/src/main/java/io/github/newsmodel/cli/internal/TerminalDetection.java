package io.github.newsmodel.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether standard error is a terminal. Java 17 has no {@code isatty}, and {@link System#console()} asks
 * about standard input and output instead, which are usually redirected when progress matters most
 * ({@code news parse crawl.warc.gz > articles.jsonl}).
 */
final class TerminalDetection {
  /** Set by the {@code ./news} launcher, which asks the shell ({@code [ -t 2 ]}). */
  static final String PROPERTY = "newsmodel.stderr.terminal";

  private TerminalDetection() {}

  static boolean stderrIsTerminal() {
    String told = System.getProperty(PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2"); // Linux: where standard error leads
    if (Files.exists(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
