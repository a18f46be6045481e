package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.StatedZone;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the line in which a forum states the zone of its times ({@link StatedZone}): "All times are GMT + 1 Hour".
 * Forums print it in their footer, below the posts, so the page's elements are read from the last, and only the
 * last two hundred of the tags a line is set in, each at the cost of a look at its first child.
 */
final class FooterZone {
  private static final int MAX_LINE = 120;
  /**
   * How many elements of the {@link #LINE_TAGS} are looked at, from the page's last. A forum's footer holds a few
   * dozen after the line (the board's copyright, a jump box's form, the list of a guest's rights), and an article's
   * page, which states no zone, is spared the walk through all its elements.
   */
  private static final int MAX_LOOKED = 200;
  /** The elements a footer's line is set in: not a link, an image, a form's option or a script. */
  private static final Set<String> LINE_TAGS = Set.of("span", "div", "td", "li", "p", "font", "small", "b", "strong",
      "em", "i", "center", "footer", "th", "dd", "address");

  private FooterZone() {}

  /**
   * The zone the page's footer states.
   *
   * @param elements the page's elements
   * @return the zone, if a line states one
   */
  static Optional<ZoneId> of(PageElements elements) {
    List<Element> all = elements.all();
    boolean[] lineTags = elements.tagsIn(LINE_TAGS); // per tag of the page, not looked up for each element
    int looked = 0;
    for (int i = all.size() - 1; i >= 0 && looked < MAX_LOOKED; i--) {
      if (!lineTags[elements.tagId(i)]) {
        continue; // links, images, options, scripts: most of a page's elements
      }
      looked++;
      Element e = all.get(i);
      // the line opens its element: a text node first, as jsoup merges the text before the first element into one
      @Nullable Node first = e.childNodeSize() == 0 ? null : e.childNode(0);
      if (!(first instanceof TextNode t) || !StatedZone.mayOpen(t.getWholeText())) {
        continue;
      }
      Optional<String> line = Texts.shortText(e, MAX_LINE);
      Optional<ZoneId> zone = line.flatMap(l -> StatedZone.read(l, zoneName(e)));
      if (zone.isPresent() && !inArticle(e)) {
        return zone;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a line stands in an article's text, an {@code <article>} or an {@code articleBody}: a match report's "All
   * times are GMT." names the zone of the kick-offs it lists, not of the page's dates. A forum prints the line in
   * its footer, outside its posts.
   */
  static boolean inArticle(Element line) {
    for (Element p = line; p != null; p = p.parent()) {
      if (p.normalName().equals("article") || p.attr("itemprop").equalsIgnoreCase("articleBody")) {
        return true;
      }
    }
    return false;
  }

  /** phpBB 3.1's {@code <span title="Europe/Berlin">UTC+01:00</span>}: the title of the line's one element. */
  private static String zoneName(Element line) {
    @Nullable Element only = line.childrenSize() == 1 ? line.child(0) : null;
    return only == null ? "" : only.attr("title");
  }
}
