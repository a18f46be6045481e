package io.github.newsmodel.cli.internal.input;

/** An INPUT argument names nothing that can be read: a usage error, reported before the run starts. */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the argument, for people
   */
  public BadInputException(String message) {
    super(message);
  }
}
