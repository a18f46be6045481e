package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The short texts of one page's elements, as {@link Texts#shortText} reads them, each element read once for all the
 * rules of the metadata that ask for it: the lines after the headline are read for a byline and then for a date,
 * a date line is read again as a line near the headline, and a byline's link to its author's page is read by each
 * rule that reads the links.
 *
 * <p>An element's text read whole tells its short text for any length: {@link Texts#shortText} gives up when the
 * text of the element's text nodes, white space collapsed, with a space where each line of its own starts and where
 * text follows one ({@link Texts#breaksLine}, {@link Texts#endsLine}), is longer than asked, which is when that text
 * up to its last text node is; the spaces of blocks after it are trimmed. A text read only up to a length, a long
 * one, tells that it is too long for that length or less.
 */
final class ShortTexts {
  /** What was read of an element. */
  private record Read(int limit, boolean tooLong, int length, Optional<String> text) {}

  private final Map<Element, Read> read = new IdentityHashMap<>();

  /**
   * What {@code Texts.shortText(element, maxLength)} gives.
   *
   * @param element the element
   * @param maxLength the longest text to accept, in characters with white space collapsed
   * @return the normalised text; empty if blank or longer than {@code maxLength}
   */
  Optional<String> of(Element element, int maxLength) {
    Read r = read.get(element);
    if (r == null || r.tooLong && maxLength > r.limit) {
      r = read(element, maxLength);
      read.put(element, r);
    }
    return r.tooLong || r.length > maxLength ? Optional.empty() : r.text;
  }

  /** Reads the element's text as {@link Texts#shortText} does, up to the length. */
  private static Read read(Element element, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(maxLength, 256) + 16);
    int[] length = {0};
    boolean[] tooLong = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (Texts.appendCollapsed(out, t.getWholeText(), Texts.ALL_SPACES, maxLength)) {
            tooLong[0] = true;
            return FilterResult.STOP;
          }
          length[0] = out.length();
        } else if (node instanceof Element e && e != element && Texts.breaksLine(e)) {
          out.append(' ');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e != element && Texts.endsLine(e)) {
          out.append(' ');
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    return new Read(maxLength, tooLong[0], length[0], tooLong[0] ? Optional.empty() : Texts.nonBlank(out.toString()));
  }

}
