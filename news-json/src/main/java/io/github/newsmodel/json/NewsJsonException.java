package io.github.newsmodel.json;

import io.github.newsmodel.core.NewsModelException;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * JSON input that is not a valid newsmodel article: malformed JSON, a value of the wrong type, a missing
 * required field, a value that breaks one of the model's invariants, an unsupported format version, or input
 * beyond a {@link JsonLimits limit}.
 *
 * <p>{@link #jsonPath()} names where the problem is, such as {@code $.comments[2].edits[0].editedAt}; a reader
 * of JSON Lines also gives the {@link #line()} number. The message holds both:
 *
 * <pre>
 * line 17: $.comments[2].edits[0].editedAt: '2007-05-25T03:36:00+03:00' is before the comment's publishedAt ...
 * </pre>
 *
 * <p>When the model rejected a value, the {@link #getCause() cause} is the model's
 * {@link io.github.newsmodel.core.InvalidValueException}; when the JSON itself was broken, it is Jackson's
 * exception.
 */
public final class NewsJsonException extends NewsModelException {
  private static final long serialVersionUID = 1L;
  private static final long NO_LINE = 0;

  /** Where the problem is, as a JSONPath. */
  private final String jsonPath;
  /** What is wrong, without the path. */
  private final String problem;
  /** The JSON Lines line of the bad document, or {@link #NO_LINE}. */
  private final long line;

  /**
   * Creates an exception for a problem at one place of a JSON document.
   *
   * @param jsonPath where the problem is, such as {@code $.comments[2].id}; {@code $} for the whole document
   * @param problem what is wrong, without the path
   */
  public NewsJsonException(String jsonPath, String problem) {
    this(jsonPath, problem, null);
  }

  /**
   * Creates an exception for a problem at one place of a JSON document, with the lower-level cause.
   *
   * @param jsonPath where the problem is, such as {@code $.comments[2].id}; {@code $} for the whole document
   * @param problem what is wrong, without the path
   * @param cause the exception that revealed the problem, if any
   */
  public NewsJsonException(String jsonPath, String problem, @Nullable Throwable cause) {
    this(NO_LINE, jsonPath, problem, cause);
  }

  private NewsJsonException(long line, String jsonPath, String problem, @Nullable Throwable cause) {
    super(message(line, jsonPath, problem), cause);
    this.line = line;
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /**
   * Where in the JSON document the problem is, as a JSONPath.
   *
   * @return a path such as {@code $.comments[2].edits[0].editedAt}, or {@code $} for the whole document
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * What is wrong, without the path and line.
   *
   * @return a description such as {@code "expected a string, got a number"}
   */
  public String problem() {
    return problem;
  }

  /**
   * The 1-based line of a JSON Lines input that holds the bad document.
   *
   * @return the line number, or empty when the document was read on its own
   */
  public OptionalLong line() {
    return line == NO_LINE ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /**
   * Returns a copy of this exception that also names the JSON Lines line of the bad document.
   *
   * @param lineNumber the 1-based line number
   * @return a new exception with the same path, problem and cause
   */
  public NewsJsonException atLine(long lineNumber) {
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + lineNumber);
    }
    NewsJsonException e = new NewsJsonException(lineNumber, jsonPath, problem, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  private static String message(long line, String jsonPath, String problem) {
    String located = jsonPath + ": " + problem;
    return line == NO_LINE ? located : "line " + line + ": " + located;
  }
}
