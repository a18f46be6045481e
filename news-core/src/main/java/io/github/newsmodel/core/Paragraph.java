package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import org.immutables.value.Value;

/** A paragraph of running text. */
@Value.Immutable
@NewsStyle
public abstract non-sealed class Paragraph implements Block, WithParagraph {
  Paragraph() {}

  /**
   * The paragraph's text. Line breaks inside the paragraph are kept as {@code \n}.
   *
   * @return the text, never blank
   */
  @Override
  public abstract String text();

  /**
   * Creates a paragraph.
   *
   * @param text the text, not blank
   * @return the paragraph
   * @throws InvalidValueException if the text is blank
   */
  public static Paragraph of(String text) {
    return builder().text(text).build();
  }

  /**
   * Starts building a paragraph.
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
   * Builds a {@link Paragraph}; {@code text} is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}
