package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The number of comments a page declares as a labelled total in no heading: uCoz, the site builder behind many
 * Russian-language news sites, prints "Всего комментариев: <b>3</b>" in a table cell above the comments. Only a
 * label that says "total" is read, since a page's lists of other articles print "Comments: <b>12</b>" beside each
 * of them.
 */
final class TotalCount {
  /** The label right before the bold number: uCoz's Russian, Ukrainian and English. */
  private static final Pattern LABEL = Pattern.compile("(?iu)(?:^|\\s)(?:всего комментариев|усього коментарів"
      + "|всього коментарів|total comments|comments total|kommentare insgesamt)\\s*:\\s*$");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");

  private TotalCount() {}

  /**
   * The total the page declares.
   *
   * @param elements the page's elements
   * @return the count, if a bold number follows a label of a total
   */
  static OptionalInt find(PageElements elements) {
    for (String tag : new String[] {"b", "strong"}) {
      for (Element e : elements.byTag(tag)) {
        String n = e.text().strip();
        Node before = e.previousSibling();
        if (NUMBER.matcher(n).matches() && before instanceof TextNode t
            && LABEL.matcher(Texts.normalise(t.text())).find()) {
          return OptionalInt.of(Integer.parseInt(n));
        }
      }
    }
    return OptionalInt.empty();
  }
}
