package io.github.newsmodel.html.internal.dom;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * WordPress's classic captioned image, written by its {@code [caption]} shortcode before HTML5 themes: {@code
 * <div class="wp-caption"><img><p class="wp-caption-text">…</p></div>}, or in a definition list, {@code
 * <dl class="wp-caption"><dt><img></dt><dd class="wp-caption-dd">…</dd></dl>}. It is a figure in all but its
 * tags; read as blocks, it would be an image and, apart from it, a paragraph of the caption. (HTML5 themes write
 * {@code figure.wp-caption > figcaption.wp-caption-text}, and the block editor {@code figure.wp-block-image >
 * figcaption}: figures already.)
 */
final class WordPressCaption {
  private static final Evaluator CAPTION = QueryParser.parse(".wp-caption-text, .wp-caption-dd");

  private WordPressCaption() {}

  /**
   * Whether an element is a classic captioned image, read as a figure.
   *
   * @param e an element of the body
   * @return true for a wrapper named {@code wp-caption} that holds one image and its caption
   */
  static boolean isCaptionedImage(Element e) {
    return captionOf(e) != null;
  }

  /**
   * The caption of a classic captioned image: the wrapper holds one image, and no text but the caption's, so
   * that a theme's wrapper that holds more (share buttons, a gallery) is read as any other.
   *
   * @param e an element of the body
   * @return the caption element, or null if {@code e} is no classic captioned image
   */
  static @Nullable Element captionOf(Element e) {
    String name = e.normalName();
    // the name first: every element of a body is asked, and few are a div or a dl
    if (!(name.equals("div") || name.equals("dl")) || !e.hasClass("wp-caption")) {
      return null;
    }
    Element caption = e.selectFirst(CAPTION);
    if (caption == null || Images.count(e) != 1 || Images.first(caption) != null) {
      return null;
    }
    return e.text().equals(caption.text()) ? caption : null;
  }
}
