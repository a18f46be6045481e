package io.github.newsmodel.html.internal.comments;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The schema.org property an element holds, which ranks it above any class name as a comment's text, author or
 * date: a page that marks its comments with Microdata or RDFa says what each part is.
 */
final class ItemProperty {
  private ItemProperty() {}

  /**
   * The property an element holds, in Microdata ({@code itemprop="text"}) or RDFa ({@code property="schema:text"}),
   * lower-cased and without its vocabulary, so that both spellings compare alike; empty if it holds none.
   */
  static String of(Element e) {
    String p = e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("property");
    if (p.isEmpty()) {
      return "";
    }
    int cut = Math.max(p.lastIndexOf(':'), p.lastIndexOf('/'));
    return p.substring(cut + 1).trim().toLowerCase(Locale.ROOT);
  }
}
