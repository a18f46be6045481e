package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import org.immutables.value.Value;

/** Text whose spacing and line breaks matter, such as code or a table rendered as text. */
@Value.Immutable
@NewsStyle
public abstract non-sealed class Preformatted implements Block, WithPreformatted {
  Preformatted() {}

  /**
   * The text exactly as the page lays it out.
   *
   * @return the text, never blank
   */
  @Override
  public abstract String text();

  /**
   * Creates a preformatted block.
   *
   * @param text the text, not blank
   * @return the block
   * @throws InvalidValueException if the text is blank
   */
  public static Preformatted of(String text) {
    return builder().text(text).build();
  }

  /**
   * Starts building a preformatted block.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("text", text());
  }

  /**
   * Builds a {@link Preformatted}; {@code text} is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutablePreformatted.Builder {
    Builder() {}
  }
}
