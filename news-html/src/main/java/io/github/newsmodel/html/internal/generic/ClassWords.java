package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tells elements by the words in their {@code class} and {@code id}, such as "date" in {@code post-date} or
 * "byline" in {@code article__byline}. A plain substring test of the lower-cased attributes, which is what a
 * case-insensitive regular expression of alternatives would do, at a fraction of its cost on the long class lists
 * of today's pages. The words are looked for all at once ({@link NamePattern}), since the scans for date lines
 * and bylines test every element of a page.
 */
final class ClassWords {
  private final NamePattern classWords;
  private final NamePattern idWords;
  private final List<String> notWords;
  /**
   * The {@link #notWords} as a pattern: most attributes hold none, and are read without taking them out. Most tests
   * have no such words, and skip this read of the attribute altogether.
   */
  private final NamePattern notPattern;

  /**
   * Makes a test.
   *
   * @param classWords words that mark an element when its {@code class} holds one; lower-case ASCII
   * @param idWords words that mark an element when its {@code id} holds one; lower-case ASCII
   * @param notWords words that unmark an element, such as "authority" for "author"
   */
  ClassWords(List<String> classWords, List<String> idWords, List<String> notWords) {
    this.classWords = NamePattern.anywhere(classWords.toArray(String[]::new));
    this.idWords = NamePattern.anywhere(idWords.toArray(String[]::new));
    this.notWords = List.copyOf(notWords);
    this.notPattern = NamePattern.anywhere(notWords.toArray(String[]::new));
  }

  /** Whether the element's class or id holds one of the words. */
  boolean marks(Element e) {
    if (e.attributesSize() == 0) {
      return false; // most elements of a page, which every scan tests: no attribute to look up
    }
    return holds(e.className(), classWords) || holds(e.id(), idWords);
  }

  /**
   * A test for a walk over the elements of one page, which reads each distinct {@code class} attribute once: a page
   * repeats a few hundred class attributes over thousands of elements. Ids are mostly unique and read each time.
   *
   * @param elements the page's elements
   * @return a new test, for that page
   */
  Walk walk(PageElements elements) {
    return new Walk(elements);
  }

  /** The test of {@link #marks}, remembering what each class attribute held. */
  final class Walk {
    private final PageElements elements;
    /** For each distinct class attribute: 0 while unread, 1 if it holds none of the words, 2 if it holds one. */
    private final byte[] classVerdicts;

    private Walk(PageElements elements) {
      this.elements = elements;
      this.classVerdicts = new byte[elements.distinctClasses() + 1];
    }

    /**
     * Whether an element's class or id holds one of the words, as {@link ClassWords#marks} tells.
     *
     * @param index the element's index in the page's elements
     */
    boolean marks(int index) {
      if (!elements.hasIdOrClass(index)) {
        return false;
      }
      Element e = elements.all().get(index);
      int classId = elements.classId(index);
      if (classId != 0) {
        if (classVerdicts[classId] == 0) {
          classVerdicts[classId] = (byte) (holds(e.className(), classWords) ? 2 : 1);
        }
        if (classVerdicts[classId] == 2) {
          return true;
        }
      }
      return holds(e.id(), idWords);
    }
  }

  private boolean holds(String attribute, NamePattern words) {
    if (attribute.isEmpty()) {
      return false;
    }
    if (notWords.isEmpty() || !notPattern.findIgnoringCase(attribute)) {
      return words.findIgnoringCase(attribute); // nothing to take out: no lower-cased copy to make
    }
    String a = attribute.toLowerCase(Locale.ROOT);
    for (String not : notWords) {
      a = a.replace(not, " ");
    }
    return words.find(a);
  }
}
