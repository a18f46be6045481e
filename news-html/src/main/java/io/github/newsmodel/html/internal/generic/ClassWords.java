package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tells elements by the words in their {@code class} and {@code id}, such as "date" in {@code post-date} or
 * "byline" in {@code article__byline}. A plain substring test of the lower-cased attributes, which is what a
 * case-insensitive regular expression of alternatives would do, at a fraction of its cost on the long class lists
 * of today's pages. The words are looked for all at once ({@link NamePattern}); the lists that scans for date lines,
 * bylines and headlines read for every element of a page are {@link PageWords}, which the page's elements look for
 * in one read of each distinct class attribute, for these and the other scans of the page ({@link PageScans}).
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
  /** The bits of the class words, id words and not-words among the {@link PageWords}; 0 for lists of no page scan. */
  private final int classBit;
  private final int idBit;
  private final int notBit;

  /**
   * Makes a test.
   *
   * @param classWords words that mark an element when its {@code class} holds one; lower-case ASCII
   * @param idWords words that mark an element when its {@code id} holds one; lower-case ASCII
   * @param notWords words that unmark an element, such as "authority" for "author"
   */
  ClassWords(List<String> classWords, List<String> idWords, List<String> notWords) {
    this(classWords, idWords, notWords, 0, 0, 0);
  }

  /**
   * Makes a test of lists that the page's elements look for in each class attribute and id ({@link PageWords}), for
   * walks over the whole page ({@link PageScans#walk}).
   *
   * @param classWords words that mark an element when its {@code class} holds one
   * @param idWords words that mark an element when its {@code id} holds one
   * @param notWords words that unmark an element
   */
  ClassWords(PageWords.WordList classWords, PageWords.WordList idWords, PageWords.WordList notWords) {
    this(classWords.words(), idWords.words(), notWords.words(), classWords.bit(), idWords.bit(), notWords.bit());
  }

  private ClassWords(List<String> classWords, List<String> idWords, List<String> notWords, int classBit, int idBit,
      int notBit) {
    this.classWords = NamePattern.anywhere(classWords.toArray(String[]::new));
    this.idWords = NamePattern.anywhere(idWords.toArray(String[]::new));
    this.notWords = List.copyOf(notWords);
    this.notPattern = NamePattern.anywhere(notWords.toArray(String[]::new));
    this.classBit = classBit;
    this.idBit = idBit;
    this.notBit = notBit;
  }

  /** Whether the element's class or id holds one of the words. */
  boolean marks(Element e) {
    if (e.attributesSize() == 0) {
      return false; // most elements of a page, which every scan tests: no attribute to look up
    }
    return holds(e.className(), classWords) || holds(e.id(), idWords);
  }

  private boolean holds(String attribute, NamePattern words) {
    if (attribute.isEmpty()) {
      return false;
    }
    if (notWords.isEmpty() || !notPattern.findIgnoringCase(attribute)) {
      return words.findIgnoringCase(attribute); // nothing to take out: no lower-cased copy to make
    }
    return holdsWithoutNotWords(attribute, words);
  }

  /** Whether the attribute holds one of the words once the {@link #notWords} are taken out of it. */
  private boolean holdsWithoutNotWords(String attribute, NamePattern words) {
    String a = attribute.toLowerCase(Locale.ROOT);
    for (String not : notWords) {
      a = a.replace(not, " ");
    }
    return words.find(a);
  }

  /**
   * Starts the walks of one page.
   *
   * @param elements the page's elements
   * @return the scans of the page, for {@link PageScans#walk} to read for each list
   */
  static PageScans scan(PageElements elements) {
    return new PageScans(elements);
  }

  /**
   * What the {@link PageWords} each id of one page holds, read when first asked for, beside what each distinct class
   * attribute holds, which the page's elements read once for all the scans of the page: a page repeats a few hundred
   * class attributes over thousands of elements, and its ids are mostly unique but asked for by each walk.
   */
  static final class PageScans {
    /** The bit that tells a scan read from one not yet made: above all the lists' bits. */
    private static final int READ = 1 << (Integer.SIZE - 1);
    private final PageElements elements;
    /** For each element: the scan of its id with {@link #READ} once read, 0 before. */
    private final int[] idScans;

    private PageScans(PageElements elements) {
      this.elements = elements;
      this.idScans = new int[elements.all().size()];
    }

    /**
     * A walk of the page for one of the lists.
     *
     * @param list a test made of {@link PageWords} lists
     * @return the walk
     * @throws IllegalArgumentException if the list is not made of them
     */
    ClassWords.Walk walk(ClassWords list) {
      if (list.classBit == 0) {
        throw new IllegalArgumentException("a list the page's elements do not look for");
      }
      return list.new Walk(this);
    }

    /** The scan of the id of the element at {@code index}, which has one. */
    private int idScan(int index) {
      if (idScans[index] == 0) {
        idScans[index] = PageWords.classes(elements.all().get(index).id()) | READ;
      }
      return idScans[index];
    }
  }

  /** The test of {@link #marks} for the elements of one page, read from the page's {@link PageScans}. */
  final class Walk {
    private final PageScans scans;
    /** For each distinct class attribute: 0 while unread, 1 if it holds none of the words, 2 if it holds one. */
    private final byte[] classVerdicts;

    private Walk(PageScans scans) {
      this.scans = scans;
      this.classVerdicts = new byte[scans.elements.distinctClasses() + 1];
    }

    /**
     * Whether an element's class or id holds one of the words, as {@link ClassWords#marks} tells.
     *
     * @param index the element's index in the page's elements
     */
    boolean marks(int index) {
      PageElements elements = scans.elements;
      if (!elements.hasIdOrClass(index)) {
        return false;
      }
      int classId = elements.classId(index);
      if (classId != 0) {
        if (classVerdicts[classId] == 0) {
          classVerdicts[classId] = (byte) (classHolds(index) ? 2 : 1);
        }
        if (classVerdicts[classId] == 2) {
          return true;
        }
      }
      return elements.hasId(index) && idHolds(index);
    }

    /**
     * Whether the class attribute holds one of the words, as its scan tells; the attribute is read again only if it
     * holds one of the {@link #notWords}.
     */
    private boolean classHolds(int index) {
      int scan = scans.elements.classWords(index);
      if ((scan & notBit) == 0) {
        return (scan & classBit) != 0;
      }
      return holdsWithoutNotWords(scans.elements.all().get(index).className(), classWords);
    }

    /** Whether the element's id holds one of the words, as {@link #classHolds} tells of its class. */
    private boolean idHolds(int index) {
      int scan = scans.idScan(index);
      if ((scan & notBit) == 0) {
        return (scan & idBit) != 0;
      }
      return holdsWithoutNotWords(scans.elements.all().get(index).id(), idWords);
    }
  }
}
