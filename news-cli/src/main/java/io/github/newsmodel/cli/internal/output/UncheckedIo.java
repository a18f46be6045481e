package io.github.newsmodel.cli.internal.output;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a write that may fail, turning its {@link IOException} into the {@link UncheckedIOException} the run expects. */
final class UncheckedIo {
  /** A write. */
  @FunctionalInterface
  interface Write {
    void run() throws IOException;
  }

  private UncheckedIo() {}

  static void run(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
