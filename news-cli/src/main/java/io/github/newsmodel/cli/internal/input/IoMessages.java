package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.html.internal.io.PageTooLargeException;
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
   * The kind of error record a failure to read makes.
   *
   * @param e the failure
   * @return {@link ErrorKind#TRUNCATED} if the data ended early, {@link ErrorKind#UNREADABLE_INPUT} otherwise
   */
  public static ErrorKind kind(Exception e) {
    return e instanceof EOFException ? ErrorKind.TRUNCATED : ErrorKind.UNREADABLE_INPUT;
  }

  /**
   * Says that a page is beyond {@code --max-page-size}.
   *
   * @param e the failure
   * @return the message, such as {@code the page is larger than 16 MiB (--max-page-size), once decompressed}
   */
  public static String tooLarge(PageTooLargeException e) {
    return "the page is larger than " + ByteSizes.format(e.limit()) + " (--max-page-size), once decompressed";
  }

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
