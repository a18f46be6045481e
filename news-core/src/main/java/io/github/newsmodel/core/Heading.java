package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import org.immutables.value.Value;

/** A heading inside the body, such as a sub-heading of a long article. */
@Value.Immutable
@NewsStyle
public abstract non-sealed class Heading implements Block, WithHeading {
  Heading() {}

  /**
   * The heading level, as in HTML: 1 is the highest.
   *
   * @return a level from 1 to 6
   */
  public abstract int level();

  /**
   * The heading's text.
   *
   * @return the text, never blank
   */
  @Override
  public abstract String text();

  /**
   * Creates a heading.
   *
   * @param level the level, from 1 to 6
   * @param text the text, not blank
   * @return the heading
   * @throws InvalidValueException if the level is out of range or the text is blank
   */
  public static Heading of(int level, String text) {
    return builder().level(level).text(text).build();
  }

  /**
   * Starts building a heading.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (level() < 1 || level() > 6) {
      throw new InvalidValueException("level", "must be from 1 to 6, got " + level());
    }
    Checks.notBlank("text", text());
  }

  /**
   * Builds a {@link Heading}; {@code level} and {@code text} are required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableHeading.Builder {
    Builder() {}
  }
}
