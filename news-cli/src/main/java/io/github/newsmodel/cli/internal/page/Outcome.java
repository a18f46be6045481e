package io.github.newsmodel.cli.internal.page;

import java.util.Objects;

/** What became of one page: exactly one article or exactly one error record. */
public sealed interface Outcome permits Outcome.Parsed, Outcome.Failed {
  /**
   * Where the page came from.
   *
   * @return the origin
   */
  PageOrigin origin();

  /**
   * The page became an article, already encoded in the output format.
   *
   * @param origin where the page came from
   * @param encoded the article in the output format, in UTF-8
   */
  record Parsed(PageOrigin origin, byte[] encoded) implements Outcome {
    /**
     * Creates the outcome.
     *
     * @param origin where the page came from
     * @param encoded the article in the output format, in UTF-8
     */
    public Parsed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(encoded, "encoded");
    }
  }

  /**
   * The page became an error record.
   *
   * @param origin where the page came from
   * @param kind why it failed
   * @param message what went wrong, for people
   * @param cause the exception, whose type the record names
   */
  record Failed(PageOrigin origin, ErrorKind kind, String message, Throwable cause) implements Outcome {
    /**
     * Creates the outcome.
     *
     * @param origin where the page came from
     * @param kind why it failed
     * @param message what went wrong, for people
     * @param cause the exception, whose type the record names
     */
    public Failed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(cause, "cause");
    }
  }
}
