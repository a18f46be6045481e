package io.github.newsmodel.html.internal.dom;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** What stands before an element, where a label before a name or a time stands. */
public final class Preceding {
  /** How many levels up a label may stand, before the element's parent or grandparent that it opens. */
  private static final int LEVELS = 3;

  private Preceding() {}

  /**
   * What stands right before an element, blank text passed over: its sibling before it, or, when it opens its
   * parent, the sibling before that, up to its grandparent's, as a label stands before a name or a time that spans
   * or links wrap ("Von <span><a>Jane Roe</a></span>", "Updated <span><time>…</time></span>").
   *
   * @param e the element
   * @return the node before it, if any within three levels
   */
  public static @Nullable Node node(Element e) {
    Node n = e;
    for (int up = 0; up < LEVELS && n != null; up++) {
      Node before = n.previousSibling();
      while (before instanceof TextNode t && t.isBlank()) {
        before = before.previousSibling();
      }
      if (before != null) {
        return before;
      }
      n = n.parent();
    }
    return null;
  }
}
