package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.StatedZone;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the line in which a forum states the zone of its times ({@link StatedZone}): "All times are GMT + 1 Hour".
 * Forums print it in their footer, below the posts, so the page's elements are read from the last: on a page
 * without such a line each element costs a look at its first text node.
 */
final class FooterZone {
  private static final int MAX_LINE = 120;

  private FooterZone() {}

  /**
   * The zone the page's footer states.
   *
   * @param elements the page's elements
   * @return the zone, if a line states one
   */
  static Optional<ZoneId> of(PageElements elements) {
    List<Element> all = elements.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      TextNode first = firstText(e);
      if (first == null || !StatedZone.mayOpen(first.getWholeText())) {
        continue;
      }
      Optional<String> line = Texts.shortText(e, MAX_LINE);
      Optional<ZoneId> zone = line.flatMap(l -> StatedZone.read(l, zoneName(e)));
      if (zone.isPresent()) {
        return zone;
      }
    }
    return Optional.empty();
  }

  /** The element's first text node that is more than white space, if no element stands before it. */
  private static @Nullable TextNode firstText(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode t) {
        if (!t.isBlank()) {
          return t;
        }
      } else if (child instanceof Element) {
        return null;
      }
    }
    return null;
  }

  /** phpBB 3.1's {@code <span title="Europe/Berlin">UTC+01:00</span>}: the title of the line's one element. */
  private static String zoneName(Element line) {
    @Nullable Element only = line.childrenSize() == 1 ? line.child(0) : null;
    return only == null ? "" : only.attr("title");
  }
}
