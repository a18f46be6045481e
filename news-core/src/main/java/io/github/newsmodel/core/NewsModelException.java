package io.github.newsmodel.core;

/**
 * The root of every exception that newsmodel throws on bad input.
 *
 * <p>Unchecked, so that callers choose where to handle it; typed, so that a catch block can tell a bad page or
 * bad JSON from a bug. Each module adds subclasses that say where the problem is: a field path here, a page URL
 * and element in news-html, a JSON path in news-json.
 */
public class NewsModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what is wrong and where.
   *
   * @param message the detail message
   */
  public NewsModelException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the lower-level cause.
   *
   * @param message the detail message
   * @param cause the cause
   */
  public NewsModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
