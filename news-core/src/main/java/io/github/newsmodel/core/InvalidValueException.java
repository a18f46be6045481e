package io.github.newsmodel.core;

/**
 * A value broke one of the model's invariants, or a builder was missing a required value.
 *
 * <p>{@link #path()} names the offending field relative to the value being built, such as {@code title} or
 * {@code comments[2].replyTo}; readers of other formats prefix it with their own location, such as a JSON path.
 * The message starts with the path and quotes the rejected value.
 */
public final class InvalidValueException extends NewsModelException {
  private static final long serialVersionUID = 1L;

  /** The path of the offending field, as {@link #path()} returns it. */
  private final String path;

  /** What is wrong with the value, as {@link #problem()} returns it. */
  private final String problem;

  /**
   * Creates an exception for one field.
   *
   * @param path the field path relative to the value being built, such as {@code comments[2].replyTo}
   * @param problem what is wrong, without the path, such as {@code "must not be blank, got '  '"}
   */
  public InvalidValueException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /**
   * Creates an exception about the value as a whole, with no single field to blame. Generated builders use it
   * for states such as a cycle between default values.
   *
   * @param problem what is wrong
   */
  public InvalidValueException(String problem) {
    this("", problem);
  }

  /**
   * Creates an exception for required values that a builder was not given.
   *
   * @param missingAttributes the names of the required values that were not set, at least one
   */
  public InvalidValueException(String[] missingAttributes) {
    this(missingAttributes.length == 0 ? "" : missingAttributes[0],
        missingAttributes.length <= 1 ? "required but not set"
            : "required but not set (also missing: "
                + String.join(", ", java.util.Arrays.asList(missingAttributes).subList(1, missingAttributes.length))
                + ")");
  }

  /**
   * The path of the offending field, relative to the value that was being built.
   *
   * @return a path such as {@code title}, {@code authors[0].name} or {@code comments[2].edits[0].editedAt}
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong with the value, without the path.
   *
   * @return a description such as {@code "must be an absolute http or https URL, got 'about:blank'"}
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns a copy of this exception whose path is nested under {@code prefix}, so that an error found while
   * building a comment can be reported as {@code comments[3].edits[0].editedAt}.
   *
   * @param prefix the path of the value that holds the failing one, such as {@code comments[3]}
   * @return a new exception with the longer path and the same problem
   */
  public InvalidValueException under(String prefix) {
    String nested = path.isEmpty() ? prefix : prefix.isEmpty() ? path : prefix + "." + path;
    InvalidValueException e = new InvalidValueException(nested, problem);
    e.setStackTrace(getStackTrace());
    return e;
  }
}
