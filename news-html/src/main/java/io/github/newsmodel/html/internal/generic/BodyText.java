package io.github.newsmodel.html.internal.generic;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The text of a page's body, {@link Element#text()}, read once for the page's rules that read all of it: the
 * evidence of the order of numeric dates ({@link io.github.newsmodel.html.internal.time.NumericOrderEvidence}), the
 * display names of authors named by a login or a first name ({@link DisplayNames}), and the check that a closing
 * signature names people whom the page shows nowhere else ({@link PageAuthors}). Each used to build that text anew,
 * the cost of a walk through the whole page. The text is kept for the element it was read of: a caller that asks
 * of another element (a page whose {@code <body>} element is not what {@code Document.body()} gives, as a
 * frameset's) has it read for that one.
 */
final class BodyText {
  /** An element and its text. */
  private record Read(Element element, String text) {}

  /** The last element read, with its text. */
  private @Nullable Read read;

  /**
   * The text of an element, as {@link Element#text()} gives it.
   *
   * @param body the page's body
   * @return its text
   */
  String of(Element body) {
    Read r = read;
    if (r == null || r.element() != body) {
      r = new Read(body, body.text());
      read = r;
    }
    return r.text();
  }
}
