package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.NamePattern;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tells elements by the words in their {@code class} and {@code id}, such as "date" in {@code post-date} or
 * "byline" in {@code article__byline}. A substring test of the lower-cased attributes, which is what a
 * case-insensitive regular expression of alternatives would do, made in one read of the attribute
 * ({@link NamePattern}) at a fraction of its cost on the long class lists of today's pages.
 */
final class ClassWords {
  private final NamePattern classWords;
  private final NamePattern idWords;
  private final List<String> notWords;

  /**
   * Words to look for.
   *
   * @param classWords words that mark an element when its {@code class} holds one
   * @param idWords words that mark an element when its {@code id} holds one
   * @param notWords words that unmark an element, such as "authority" for "author"
   */
  ClassWords(List<String> classWords, List<String> idWords, List<String> notWords) {
    this.classWords = NamePattern.anywhere(classWords.toArray(String[]::new));
    this.idWords = NamePattern.anywhere(idWords.toArray(String[]::new));
    this.notWords = List.copyOf(notWords);
  }

  /** Whether the element's class or id holds one of the words. */
  boolean marks(Element e) {
    return holds(e.className(), classWords) || holds(e.id(), idWords);
  }

  private boolean holds(String attribute, NamePattern words) {
    if (attribute.isEmpty()) {
      return false;
    }
    String a = attribute.toLowerCase(Locale.ROOT);
    for (String not : notWords) {
      a = a.replace(not, " ");
    }
    return words.find(a);
  }
}
