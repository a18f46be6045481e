package io.github.newsmodel.cli.internal.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Tells a pipe whose reader closed it ({@code news parse pages/ | head -1}) from other failures to write. Java
 * ignores the SIGPIPE that ends a native program quietly there, so a write fails with an {@link IOException} whose
 * only mark is the system's message.
 */
final class ClosedPipes {
  /**
   * The system's words for a write to a pipe that nobody reads: {@code EPIPE} on Linux and macOS, and Windows's
   * {@code ERROR_NO_DATA} and {@code ERROR_BROKEN_PIPE}.
   */
  private static final List<String> MESSAGES =
      List.of("broken pipe", "the pipe is being closed", "the pipe has been ended");

  private ClosedPipes() {}

  /**
   * Whether a write failed because the reader of a pipe closed it.
   *
   * @param e the failure
   * @return true for a closed pipe
   */
  static boolean isClosedPipe(UncheckedIOException e) {
    String message = e.getCause().getMessage();
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return MESSAGES.stream().anyMatch(lower::contains);
  }
}
