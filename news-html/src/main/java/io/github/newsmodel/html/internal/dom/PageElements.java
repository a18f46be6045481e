package io.github.newsmodel.html.internal.dom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a page in document order, listed once for all the scans of one extraction, with the
 * {@link Names} of each read at most once. Each scan used to walk the page on its own, with a CSS query or a
 * walk of its own, and read and lower-case the {@code id} and {@code class} of every element again; the page
 * does not change while it is read, so one list and one reading of each element's names serve them all.
 */
public final class PageElements {
  private final Element root;
  private final List<Element> all;
  /** The index of each element's parent in {@link #all}; -1 for the root's. */
  private final int[] parents;
  /** The names of the element at the same index in {@link #all}, all read when first asked for. */
  private String @Nullable [] names;
  /** The number of each element's names among the page's distinct names; 0 for none. */
  private int[] nameIds = new int[0];
  /** The number of each element's {@code class} attribute among the page's distinct ones; 0 for none. */
  private int[] classIds = new int[0];
  /** Whether each element has an id or a class. */
  private boolean[] idOrClass = new boolean[0];
  private int distinctNames;
  private int distinctClasses;
  /** The elements of each tag in document order, sorted out in one pass when first asked for. */
  private @Nullable Map<String, List<Element>> byTag;
  /** The elements with each attribute asked for, in document order. */
  private final Map<String, List<Element>> byAttribute = new HashMap<>();

  private PageElements(Element root) {
    this.root = root;
    DocumentOrder.Parents parents = new DocumentOrder.Parents();
    this.all = DocumentOrder.of(root, parents);
    this.parents = parents.index;
  }

  /**
   * Lists the elements of a page, or of any subtree.
   *
   * @param root the page, listed first
   * @return the list; it must not be used after the page changes
   */
  public static PageElements of(Element root) {
    return new PageElements(root);
  }

  /**
   * The elements in document order, as {@link DocumentOrder#of} lists them.
   *
   * @return the root and every element below it
   */
  public List<Element> all() {
    return all;
  }

  /**
   * The names of an element, as {@link Names#of(Element)} gives them.
   *
   * @param index the element's index in {@link #all()}
   * @return its lower-cased id and classes, without classes of a state; empty if it has neither
   */
  public String names(int index) {
    return readNames()[index];
  }

  /**
   * A number for an element's names, the same for every element with the same names: the scans that judge an
   * element by its names keep their verdict per number, in an array, rather than per string in a map that would
   * hash and compare each element's names again.
   *
   * @param index the element's index in {@link #all()}
   * @return from 1 to {@link #distinctNames()}; 0 if the element has no names
   */
  public int nameId(int index) {
    readNames();
    return nameIds[index];
  }

  /**
   * How many distinct names the page's elements have.
   *
   * @return the largest {@link #nameId}
   */
  public int distinctNames() {
    readNames();
    return distinctNames;
  }

  /**
   * A number for an element's {@code class} attribute as written, the same for every element with the same one,
   * for the scans that judge an element by its classes, as {@link #nameId} is for its names.
   *
   * @param index the element's index in {@link #all()}
   * @return from 1 to {@link #distinctClasses()}; 0 if the element has no class
   */
  public int classId(int index) {
    readNames();
    return classIds[index];
  }

  /**
   * How many distinct {@code class} attributes the page's elements have.
   *
   * @return the largest {@link #classId}
   */
  public int distinctClasses() {
    readNames();
    return distinctClasses;
  }

  /**
   * Whether an element has an {@code id} or a {@code class}, known without looking them up again.
   *
   * @param index the element's index in {@link #all()}
   * @return false for an element with neither, such as one without attributes: most elements of a page
   */
  public boolean hasIdOrClass(int index) {
    readNames();
    return idOrClass[index];
  }

  /**
   * Reads every element's names and numbers them, all at once: the date-line and comment scans read every
   * element's names, so none is read in vain. jsoup counts an element's attributes anew each time it is asked, so
   * an element's id and class are read rather than its attributes counted first.
   */
  private String[] readNames() {
    String[] read = names;
    if (read != null) {
      return read;
    }
    int n = all.size();
    read = new String[n];
    nameIds = new int[n];
    classIds = new int[n];
    idOrClass = new boolean[n];
    Map<String, Integer> nameNumbers = new HashMap<>();
    Map<String, Integer> classNumbers = new HashMap<>();
    // The names of each distinct class attribute and their number: most elements with names have a class and no
    // id, and their names are those of their class, read once.
    List<String> namesOfClass = new ArrayList<>();
    List<Integer> nameIdOfClass = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Element e = all.get(i);
      String classes = e.className(); // both "" for an element without attributes, known without a lookup
      String id = e.id();
      if (classes.isEmpty() && id.isEmpty()) {
        read[i] = "";
        continue;
      }
      idOrClass[i] = true;
      int classId = 0;
      if (!classes.isEmpty()) {
        Integer known = classNumbers.get(classes);
        if (known == null) {
          known = classNumbers.size() + 1;
          classNumbers.put(classes, known);
          String classNames = Names.of("", classes);
          namesOfClass.add(classNames);
          nameIdOfClass.add(number(nameNumbers, classNames));
        }
        classId = known;
      }
      classIds[i] = classId;
      if (id.isEmpty()) {
        read[i] = namesOfClass.get(classId - 1);
        nameIds[i] = nameIdOfClass.get(classId - 1);
      } else {
        read[i] = Names.of(id, classes);
        nameIds[i] = number(nameNumbers, read[i]);
      }
    }
    distinctNames = nameNumbers.size();
    distinctClasses = classNumbers.size();
    names = read;
    return read;
  }

  /** The number of some names among those numbered so far, numbering them if they are new; 0 for none. */
  private static int number(Map<String, Integer> numbers, String elementNames) {
    if (elementNames.isEmpty()) {
      return 0;
    }
    Integer known = numbers.get(elementNames);
    if (known == null) {
      known = numbers.size() + 1;
      numbers.put(elementNames, known);
    }
    return known;
  }

  /**
   * Where an element's parent is in {@link #all()}.
   *
   * @param index the element's index
   * @return its parent's index; -1 for the first element, the listed root
   */
  public int parent(int index) {
    return parents[index];
  }

  /**
   * Where an element's subtree starts in {@link #all()}: its own index. A subtree is a run of the list, from
   * its root to {@link #end}.
   *
   * @param e an element of the page
   * @return its index
   * @throws IllegalArgumentException if the element is not on the page
   */
  public int start(Element e) {
    for (int i = 0, n = all.size(); i < n; i++) {
      if (all.get(i) == e) {
        return i;
      }
    }
    throw new IllegalArgumentException("not an element of the page: <" + e.normalName() + ">");
  }

  /**
   * Where an element's subtree ends in {@link #all()}: the index of the first element after it, the next sibling
   * of the element or of its nearest ancestor that has one, or the list's size.
   *
   * @param start the element's index, as {@link #start} gives it
   * @return the end of its subtree, exclusive
   */
  public int end(int start) {
    // The first element after the subtree is a sibling of its root or of an ancestor: its parent comes before the
    // root, where every element in the subtree has its parent in the subtree.
    int n = all.size();
    int i = start + 1;
    while (i < n && parents[i] >= start) {
      i++;
    }
    return i;
  }

  /**
   * The elements with a tag, as {@code root.getElementsByTag(tag)} finds them. The first call sorts the elements
   * by tag, so that each further query of a tag reads only the elements it can match, not the whole page.
   *
   * @param tag the tag's normal (lower-case) name
   * @return the elements in document order
   */
  public List<Element> byTag(String tag) {
    if (byTag == null) {
      byTag = new HashMap<>();
      for (Element e : all) {
        byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
      }
    }
    return byTag.getOrDefault(tag, List.of());
  }

  /**
   * The elements with an attribute, as {@code root.select("[key]")} finds them, listed in one pass the first time,
   * for the several scans that read the same attribute ({@code itemprop}).
   *
   * @param key the attribute's name
   * @return the elements in document order
   */
  public List<Element> withAttribute(String key) {
    return byAttribute.computeIfAbsent(key, k -> {
      List<Element> out = new ArrayList<>();
      for (Element e : all) {
        if (e.hasAttr(k)) {
          out.add(e);
        }
      }
      return out;
    });
  }

  /**
   * The elements that a CSS query finds, as {@code root.select(query)} finds them, for a query that only elements
   * with one tag can match, such as {@code script[type]}: it reads only those elements.
   *
   * @param tag the tag's normal name, which every element the query finds has
   * @param query the parsed query
   * @return the matching elements in document order
   */
  public List<Element> selectTagged(String tag, Evaluator query) {
    List<Element> out = new ArrayList<>();
    for (Element e : byTag(tag)) {
      if (query.matches(root, e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The first element that a CSS query finds, as {@code root.selectFirst(query)} finds it, for a query that only
   * elements with one attribute can match, such as {@code [itemprop=commentCount]}.
   *
   * @param key the attribute's name, which every element the query finds has
   * @param query the parsed query
   * @return the element, or null if none matches
   */
  public @Nullable Element selectFirstWith(String key, Evaluator query) {
    for (Element e : withAttribute(key)) {
      if (query.matches(root, e)) {
        return e;
      }
    }
    return null;
  }
}
