package io.github.newsmodel.cli.internal.page;

import java.util.Objects;

/**
 * A page that failed before it could be parsed, such as a truncated WARC record or a file larger than the limit.
 * It goes through the pipeline like a page, so that its error record keeps its place among the results.
 */
public final class ReadFailure implements Work {
  private final Outcome.Failed outcome;

  /**
   * Creates a failure.
   *
   * @param origin where the page came from
   * @param kind why it failed
   * @param message what went wrong, for people
   * @param cause the exception, whose type error records name
   */
  public ReadFailure(PageOrigin origin, ErrorKind kind, String message, Throwable cause) {
    this.outcome = new Outcome.Failed(Objects.requireNonNull(origin, "origin"), kind, message, cause);
  }

  @Override
  public PageOrigin origin() {
    return outcome.origin();
  }

  @Override
  public long size() {
    return 0;
  }

  /**
   * The error record this failure ends as.
   *
   * @return the outcome
   */
  public Outcome.Failed outcome() {
    return outcome;
  }
}
