package io.github.newsmodel.html.internal.dom;

import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The link that opens a box on a line of its own, as forum software prints a poster's details: MyBB's
 * {@code author_information} holds the name's link, a line break, then the user title ("Junior Member") and stars,
 * which are no part of the name. Read as one text, the box runs the name and the title together.
 */
public final class OwnLineLink {
  private OwnLineLink() {}

  /**
   * The box's first link of the kind asked for, if nothing but white space stands before it and nothing but
   * pictures and empty elements (an online marker) stand between it and the line's end: a line break or a block.
   *
   * @param box the box, not itself a link
   * @param kind which links may open it, such as links to a profile
   * @return the link, or null if the box is not of that shape
   */
  public static @Nullable Element of(Element box, Predicate<Element> kind) {
    if (box.normalName().equals("a")) {
      return null;
    }
    Element link = null;
    for (Element a : box.getElementsByTag("a")) {
      if (!a.text().isBlank() && kind.test(a)) {
        link = a;
        break;
      }
    }
    if (link == null) {
      return null;
    }
    Element name = link;
    int[] phase = {0}; // 0: before the link, 1: after it, 2: the line ended, 3: not of that shape
    NodeTraversor.filter((node, depth) -> {
      if (node == name) {
        phase[0] = 1;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof TextNode t && !t.isBlank()) {
        phase[0] = 3;
        return FilterResult.STOP;
      }
      if (phase[0] == 1 && node != box && node instanceof Element e
          && (e.normalName().equals("br") || e.isBlock())) {
        phase[0] = 2;
        return FilterResult.STOP;
      }
      return FilterResult.CONTINUE;
    }, box);
    return phase[0] == 2 ? link : null;
  }
}
