package io.github.newsmodel.cli.internal.input;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small file chores of the readers, where a failure loses nothing. */
final class InputFiles {
  private InputFiles() {}

  /** The size of a file for progress, or 0 if it cannot be had. */
  static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Closes an input that has been read: its pages are already in hand, so a failure to close is ignored. */
  static void closeQuietly(Closeable input) {
    try {
      input.close();
    } catch (IOException e) {
      // nothing is lost
    }
  }
}
