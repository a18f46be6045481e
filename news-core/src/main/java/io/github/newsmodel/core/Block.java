package io.github.newsmodel.core;

/**
 * One block of an article's or a comment's body.
 *
 * <p>The set of block types is closed, so that a consumer can render every body completely:
 * {@link Paragraph}, {@link Heading}, {@link Quote}, {@link ItemList}, {@link Image} and {@link Preformatted}.
 */
public sealed interface Block permits Paragraph, Heading, Quote, ItemList, Image, Preformatted {

  /**
   * The block's plain text, as a reader would copy it from the page.
   *
   * @return the text; empty only for an image without a caption
   */
  String text();
}
