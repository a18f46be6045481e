package io.github.newsmodel.html;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a page's visible text roughly the way a browser's {@code innerText} does: block elements and
 * {@code <br>} start new lines, scripts and other invisible elements are left out. Lines are compared with white
 * space collapsed and blank lines dropped, since how many blank lines a renderer prints between blocks is style,
 * not content.
 */
public final class VisibleText {
  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "iframe", "head",
      "title", "meta", "link", "object", "embed");
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "big", "cite", "code", "em", "font", "i",
      "img", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "label");

  private VisibleText() {}

  /**
   * The visible lines of an element.
   *
   * @param root the element, usually the document's body
   * @return the non-blank lines, white space collapsed
   */
  public static List<String> lines(Element root) {
    StringBuilder out = new StringBuilder();
    render(root, out);
    return lines(out.toString());
  }

  /**
   * The non-blank lines of a text, white space collapsed.
   *
   * @param text the text
   * @return the lines
   */
  public static List<String> lines(String text) {
    return Arrays.stream(text.split("\n"))
        .map(l -> l.replaceAll("[\\s\\u00a0]+", " ").trim())
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private static void render(Node node, StringBuilder out) {
    if (node instanceof TextNode text) {
      out.append(text.getWholeText().replace('\n', ' '));
    } else if (node instanceof Element e) {
      String name = e.normalName();
      if (INVISIBLE.contains(name)) {
        return;
      }
      if (name.equals("br")) {
        out.append('\n');
        return;
      }
      boolean block = !INLINE.contains(name) && !name.contains(":");
      if (block) {
        out.append('\n');
      }
      for (Node child : e.childNodes()) {
        render(child, out);
      }
      if (block) {
        out.append('\n');
      }
    }
  }
}
