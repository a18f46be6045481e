package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Quoted words: a statement quoted in an article, or the part of a comment that quotes the article or another
 * comment. Keeping quotes apart from their surroundings lets a consumer tell a commenter's own words from the
 * words they reply to.
 */
@Value.Immutable
@NewsStyle
public abstract non-sealed class Quote implements Block, WithQuote {
  Quote() {}

  /**
   * The quoted text; paragraphs inside the quote are separated by a blank line.
   *
   * @return the text, never blank
   */
  @Override
  public abstract String text();

  /**
   * Whom or what the quote is attributed to, as the page gives it: a name ("Mediaservices"), a comment
   * ("#3 by Jane") or a source URL.
   *
   * @return the attribution, if the page gives one
   */
  public abstract Optional<String> cite();

  /**
   * Creates a quote without attribution.
   *
   * @param text the quoted text, not blank
   * @return the quote
   * @throws InvalidValueException if the text is blank
   */
  public static Quote of(String text) {
    return builder().text(text).build();
  }

  /**
   * Creates an attributed quote.
   *
   * @param text the quoted text, not blank
   * @param cite the attribution, not blank
   * @return the quote
   * @throws InvalidValueException if either is blank
   */
  public static Quote of(String text, String cite) {
    return builder().text(text).cite(cite).build();
  }

  /**
   * Starts building a quote.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("text", text());
    Checks.notBlank("cite", cite());
  }

  /**
   * Builds a {@link Quote}; {@code text} is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
