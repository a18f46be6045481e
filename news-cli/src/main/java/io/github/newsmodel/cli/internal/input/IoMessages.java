package io.github.newsmodel.cli.internal.input;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Says in words what an {@link IOException} means, since many carry only a path or nothing at all. */
public final class IoMessages {
  private IoMessages() {}

  /**
   * Describes a failure to read.
   *
   * @param e the failure
   * @return a short description, such as {@code permission denied} or {@code not gzip data: Not in GZIP format}
   */
  public static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e instanceof ZipException) {
      return "broken gzip data" + (message == null ? "" : ": " + message);
    }
    if (e instanceof EOFException) {
      return "the data ends early" + (message == null ? "" : ": " + message);
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
