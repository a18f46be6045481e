package io.github.newsmodel.html.internal.dom;

import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells whether a node may have been cut off by a truncated page.
 *
 * <p>When a page ends early, jsoup closes every element that was still open, so the text being read at the cut
 * looks complete but is not. Those elements are exactly the ones that nothing follows: no node after them, in
 * document order, other than white space. A value read from such an element is not trusted. A page read from its
 * text that ends with its own end tag, {@code </body>} or {@code </html>}, gets a comment holding {@link
 * #WHOLE_PAGE} after everything in its body, so that its last element, such as its last reader comment, is
 * complete too; in a document without that mark the last element of the page counts as cut off. A page whose text
 * ends with another end tag, as a fragment or a page saved without its own end tags may ({@code ...<p>Last.</p>}),
 * gets a comment holding {@link #CLOSED_AT_END} after the element that tag closed: that element is complete, and
 * the elements around it, which the text never closed, are not.
 */
public final class Cutoff {
  /** The text of the comment that marks a page whose text ended with its end tag. */
  public static final String WHOLE_PAGE = " newsmodel: the page ends with its end tag ";
  /** The text of the comment after the element whose end tag ends the page's text. */
  public static final String CLOSED_AT_END = " newsmodel: the page's text ends with this element's end tag ";

  private Cutoff() {}

  /**
   * Whether something follows the node in document order, which proves that the page did not end inside it.
   *
   * @param node the node to check
   * @return true if the node is complete; false if the page may have been cut off inside it
   */
  public static boolean complete(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      for (Node next = n.nextSibling(); next != null; next = next.nextSibling()) {
        if (!(next instanceof TextNode text) || !text.isBlank()) {
          return true;
        }
      }
    }
    return false;
  }
}
