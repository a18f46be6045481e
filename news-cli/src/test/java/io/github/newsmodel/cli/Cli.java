package io.github.newsmodel.cli;

import io.github.newsmodel.cli.internal.Console;
import io.github.newsmodel.cli.internal.NewsCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process, with captured streams, as a test would from a shell. */
final class Cli {
  private static final String CLEAR_TO_END = "\u001b[K";

  private byte[] stdin = new byte[0];
  private boolean terminal;

  static Cli cli() {
    return new Cli();
  }

  Cli stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  /** Makes standard error a terminal, where progress is shown unless told otherwise. */
  Cli terminal() {
    this.terminal = true;
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int exit = NewsCli.run(new Console(new ByteArrayInputStream(stdin), out, errStream, terminal), args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** What a run left behind. */
  record Result(int exit, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    /** The lines of standard error that report a failed page. */
    List<String> errorLines() {
      return err.lines().filter(l -> l.startsWith("news: error: ")).toList();
    }

    /** The last line of standard error, after any progress line that it replaced on a terminal. */
    String summary() {
      String[] lines = err.split("\n");
      String last = lines[lines.length - 1];
      int cleared = last.lastIndexOf(CLEAR_TO_END);
      return cleared < 0 ? last : last.substring(cleared + CLEAR_TO_END.length());
    }
  }
}
