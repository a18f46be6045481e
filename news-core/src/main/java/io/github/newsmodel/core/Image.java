package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An image: a block of a body, or one of the images that represent an article as a whole.
 */
@Value.Immutable
@NewsStyle
public abstract non-sealed class Image implements Block, WithImage {
  Image() {}

  /**
   * Where the image is.
   *
   * @return the absolute http or https URL of the image
   */
  public abstract URI url();

  /**
   * The image's alternative text.
   *
   * @return the alt text, if the page has one
   */
  public abstract Optional<String> alt();

  /**
   * The caption shown with the image.
   *
   * @return the caption, if the page shows one
   */
  public abstract Optional<String> caption();

  /**
   * Whom the page credits for the image, such as a photographer or an agency ("Jane Roe/Reuters"), without the label
   * the page puts before it ("Photo:", "Foto:", "©"). It stays out of the caption and of {@link #text()}: a credit is
   * not what the article says.
   *
   * @return the credit, if the page gives one
   */
  public abstract Optional<String> credit();

  /**
   * The caption, which is what a reader copies along with the image.
   *
   * @return the caption, or the empty string if there is none
   */
  @Override
  @Value.Lazy
  public String text() {
    return caption().orElse("");
  }

  /**
   * Creates an image with only a URL.
   *
   * @param url the absolute http or https URL
   * @return the image
   * @throws InvalidValueException if the URL is not an absolute http or https URL
   */
  public static Image of(URI url) {
    return builder().url(url).build();
  }

  /**
   * Starts building an image.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.httpUrl("url", url());
    Checks.notBlank("alt", alt());
    Checks.notBlank("caption", caption());
    Checks.notBlank("credit", credit());
  }

  /**
   * Builds an {@link Image}; {@code url} is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableImage.Builder {
    Builder() {}
  }
}
