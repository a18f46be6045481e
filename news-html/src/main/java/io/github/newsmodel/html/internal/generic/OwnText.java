package io.github.newsmodel.html.internal.generic;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether an element's own text is blank, told from its text nodes without building that text for nearly every
 * element: the rules that read the elements after the headline for its byline and date line ask it of each.
 */
final class OwnText {
  private OwnText() {}

  /**
   * Whether {@code e.ownText().isBlank()}. jsoup builds the own text from the text nodes: it makes white space and
   * the no-break space one space and drops the zero-width space and the soft hyphen (keeping all of them where white
   * space is preserved, as in {@code <pre>}), and adds a space for a line break. So a text node with a character
   * other than those and other than what {@link Character#isWhitespace} calls white space makes the own text not
   * blank, as nearly every text node with more than indentation holds a letter; text nodes of nothing but the
   * white space that {@link TextNode#isBlank} knows make it blank, as the indentation between child elements does;
   * only the text nodes of other white space are left to jsoup to tell.
   *
   * @param e the element
   * @return whether its own text is blank
   */
  static boolean isBlank(Element e) {
    boolean indentationOnly = true;
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      Node child = e.childNode(i);
      if (!(child instanceof TextNode t)) {
        continue;
      }
      String text = t.getWholeText();
      for (int k = 0, length = text.length(); k < length; k++) {
        char c = text.charAt(k);
        if (c <= ' ') {
          indentationOnly &= c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
        } else if (c != '\u00a0' && c != '\u200b' && c != '\u00ad' && !Character.isWhitespace(c)) {
          return false; // shown as it is, and no white space
        } else {
          indentationOnly = false;
        }
      }
    }
    return indentationOnly || e.ownText().isBlank();
  }
}
