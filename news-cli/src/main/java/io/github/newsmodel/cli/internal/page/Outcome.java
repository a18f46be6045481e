package io.github.newsmodel.cli.internal.page;

import java.util.Objects;
import java.util.Optional;

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
   * @param warning what the user should know about the article, such as that its page was cut off
   * @param frameJoin what the article can be to a comment frame read apart from its page, if anything
   */
  record Parsed(PageOrigin origin, byte[] encoded, Optional<String> warning, Optional<FrameJoin> frameJoin)
      implements Outcome {
    /**
     * Creates the outcome.
     *
     * @param origin where the page came from
     * @param encoded the article in the output format, in UTF-8
     * @param warning what the user should know about the article, if anything
     * @param frameJoin what the article can be to a comment frame read apart from its page, if anything
     */
    public Parsed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(encoded, "encoded");
      Objects.requireNonNull(warning, "warning");
      Objects.requireNonNull(frameJoin, "frameJoin");
    }

    /**
     * Creates the outcome of an article that no comment frame is joined to.
     *
     * @param origin where the page came from
     * @param encoded the article in the output format, in UTF-8
     * @param warning what the user should know about the article, if anything
     */
    public Parsed(PageOrigin origin, byte[] encoded, Optional<String> warning) {
      this(origin, encoded, warning, Optional.empty());
    }

    /**
     * Creates the outcome of a page that parsed without a warning.
     *
     * @param origin where the page came from
     * @param encoded the article in the output format, in UTF-8
     */
    public Parsed(PageOrigin origin, byte[] encoded) {
      this(origin, encoded, Optional.empty());
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
