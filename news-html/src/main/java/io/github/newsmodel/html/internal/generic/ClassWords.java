package io.github.newsmodel.html.internal.generic;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tells elements by the words in their {@code class} and {@code id}, such as "date" in {@code post-date} or
 * "byline" in {@code article__byline}. A plain substring test of the lower-cased attributes, which is what a
 * case-insensitive regular expression of alternatives would do, at a fraction of its cost on the long class lists
 * of today's pages.
 *
 * @param classWords words that mark an element when its {@code class} holds one
 * @param idWords words that mark an element when its {@code id} holds one
 * @param notWords words that unmark an element, such as "authority" for "author"
 */
record ClassWords(List<String> classWords, List<String> idWords, List<String> notWords) {

  /** Whether the element's class or id holds one of the words. */
  boolean marks(Element e) {
    return holds(e.className(), classWords) || holds(e.id(), idWords);
  }

  private boolean holds(String attribute, List<String> words) {
    if (attribute.isEmpty()) {
      return false;
    }
    String a = attribute.toLowerCase(Locale.ROOT);
    for (String not : notWords) {
      a = a.replace(not, " ");
    }
    for (String w : words) {
      if (a.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
