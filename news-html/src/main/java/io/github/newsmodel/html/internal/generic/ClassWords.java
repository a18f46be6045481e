package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.NamePattern.Edge;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tells elements by the words in their {@code class} and {@code id}, such as "date" in {@code post-date} or
 * "byline" in {@code article__byline}. A plain substring test of the lower-cased attributes, which is what a
 * case-insensitive regular expression of alternatives would do, at a fraction of its cost on the long class lists
 * of today's pages. The words are looked for all at once ({@link NamePattern}), since the scans for date lines
 * and bylines test every element of a page; the lists that such scans read are looked for {@link Together}.
 */
final class ClassWords {
  private final List<String> classList;
  private final List<String> idList;
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
    this.classList = List.copyOf(classWords);
    this.idList = List.copyOf(idWords);
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
   * Lists that walks over a whole page read for every element, looked for together: one scan of each distinct
   * {@code class} attribute, and of each {@code id}, tells what all of them hold, where each list's walk would read
   * the page's class attributes and ids again, once for its words and once for its {@link #notWords}.
   */
  static final class Together {
    /** Each list's three bits in a scan: its class words, its id words and its not-words. */
    private static final int BITS = 3;
    private final List<ClassWords> lists;
    /** The words of all the lists, each list's class words at bit {@code BITS * k}, its id words and not-words next. */
    private final NamePattern words;

    /**
     * Puts lists together.
     *
     * @param lists the lists, ten at most
     * @throws IllegalArgumentException for more lists than a scan has bits for
     */
    Together(ClassWords... lists) {
      if (lists.length * BITS >= Integer.SIZE) {
        throw new IllegalArgumentException("at most " + (Integer.SIZE - 1) / BITS + " lists");
      }
      this.lists = List.of(lists);
      NamePattern.Builder b = NamePattern.builder();
      for (ClassWords list : lists) {
        b.add(Edge.ANY, Edge.ANY, list.classList.toArray(String[]::new));
        b.add(Edge.ANY, Edge.ANY, list.idList.toArray(String[]::new));
        b.add(Edge.ANY, Edge.ANY, list.notWords.toArray(String[]::new));
      }
      this.words = b.build();
    }

    /**
     * Starts the walks of one page.
     *
     * @param elements the page's elements
     * @return the scans of the page, for {@link PageScans#walk} to read for each list
     */
    PageScans scan(PageElements elements) {
      return new PageScans(this, elements);
    }
  }

  /**
   * What the words of {@link Together} lists each distinct class attribute and each id of one page holds, read when
   * first asked for: a page repeats a few hundred class attributes over thousands of elements, and its ids are
   * mostly unique but asked for by each walk.
   */
  static final class PageScans {
    /** The bit that tells a scan read from one not yet made: above all the lists' bits. */
    private static final int READ = 1 << (Integer.SIZE - 1);
    private final Together together;
    private final PageElements elements;
    /** For each distinct class attribute: its scan with {@link #READ} once read, 0 before. */
    private final int[] classScans;
    /** For each element: the scan of its id with {@link #READ} once read, 0 before. */
    private final int[] idScans;

    private PageScans(Together together, PageElements elements) {
      this.together = together;
      this.elements = elements;
      this.classScans = new int[elements.distinctClasses() + 1];
      this.idScans = new int[elements.all().size()];
    }

    /**
     * A walk of the page for one of the lists.
     *
     * @param list one of the lists put together
     * @return the walk
     * @throws IllegalArgumentException if the list is not one of them
     */
    ClassWords.Walk walk(ClassWords list) {
      for (int k = 0; k < together.lists.size(); k++) {
        if (together.lists.get(k) == list) {
          return list.new Walk(this, k * Together.BITS);
        }
      }
      throw new IllegalArgumentException("a list not put together with the others");
    }

    /** The scan of the class attribute of the element at {@code index}, numbered {@code classId}. */
    private int classScan(int classId, int index) {
      if (classScans[classId] == 0) {
        classScans[classId] = together.words.scanIgnoringCase(elements.all().get(index).className()) | READ;
      }
      return classScans[classId];
    }

    /** The scan of the id of the element at {@code index}, which has one. */
    private int idScan(int index) {
      if (idScans[index] == 0) {
        idScans[index] = together.words.scanIgnoringCase(elements.all().get(index).id()) | READ;
      }
      return idScans[index];
    }
  }

  /** The test of {@link #marks} for the elements of one page, read from the page's {@link PageScans}. */
  final class Walk {
    private final PageScans scans;
    private final int classBit;
    private final int idBit;
    private final int notBit;
    /** For each distinct class attribute: 0 while unread, 1 if it holds none of the words, 2 if it holds one. */
    private final byte[] classVerdicts;

    private Walk(PageScans scans, int firstBit) {
      this.scans = scans;
      this.classBit = 1 << firstBit;
      this.idBit = 1 << (firstBit + 1);
      this.notBit = 1 << (firstBit + 2);
      this.classVerdicts = new byte[scans.classScans.length];
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
          classVerdicts[classId] = (byte) (classHolds(classId, index) ? 2 : 1);
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
    private boolean classHolds(int classId, int index) {
      int scan = scans.classScan(classId, index);
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
