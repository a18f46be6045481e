package io.github.newsmodel.html.internal.dom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a page in document order, listed once for all the scans of one extraction, with the
 * {@link Names} of each read once. Each scan used to walk the page on its own, with a CSS query or a walk of its
 * own, and read and lower-case the {@code id} and {@code class} of every element again; the page does not change
 * while it is read, so one list and one reading of each element's names serve them all. The walk that lists the
 * elements also reads their names, sorts them by tag and notes those with an {@code itemprop}: the date-line and
 * comment scans read every element's names, and the metadata scans the tags and microdata of every page, so none
 * of it is read in vain, and each element is read while the walk has it at hand rather than in a pass of its own.
 */
public final class PageElements {
  /**
   * The room the index of each element's parent starts with, while the walk lists the elements: more than most pages
   * have, grown for the rest, as {@link DocumentOrder} grows its list. The other arrays kept per element are made
   * once the elements are listed, as long as the page has elements: a new array's every slot is written before it is
   * used, and in profiles of small pages making arrays for 1024 elements cost more than a third of listing the page.
   */
  private static final int ROOM = 1024;
  /**
   * The share of a page's elements that the arrays kept per distinct class attribute, and per distinct names, start
   * with room for: the pages of the benchmark have a distinct class attribute for every fifth element and distinct
   * names for every fourth, on average; the arrays grow for more.
   */
  private static final int ELEMENTS_PER_DISTINCT = 4;
  /** The one attribute whose elements the scans ask for, noted in the walk: microdata's. */
  private static final String ITEMPROP = "itemprop";

  private final Element root;
  private final List<Element> all;
  /** The index of each element's parent in {@link #all}; -1 for the root's. */
  private int[] parents = new int[ROOM];
  /** The names of the element at the same index in {@link #all}. */
  private final String[] names;
  /**
   * The lower-cased id of an element whose names are joined from it and the names of its class
   * ({@link Names#withPlainId}), by the number of its names; null for the others. Kept per names rather than per
   * element, as the words found in them are: another element with the same names but not so joined gives the same
   * words read whole ({@link #nameWords}).
   */
  private @Nullable String[] plainIds;
  /** The number of each element's names among the page's distinct names; 0 for none. */
  private final int[] nameIds;
  /** The number of each element's {@code class} attribute among the page's distinct ones; 0 for none. */
  private final int[] classIds;
  /** Whether each element has an id or a class. */
  private final boolean[] idOrClass;
  /** Whether each element has an id: most elements with names have only a class. */
  private final boolean[] withId;
  private final Numbering nameNumbers;
  private final Numbering classNumbers;
  /**
   * The names of each distinct class attribute and their number, by the attribute's number: most elements with
   * names have a class and no id, and their names are those of their class, read once.
   */
  private String[] namesOfClass;
  private int[] nameIdOfClass;
  /**
   * Each distinct class attribute as written, by its number: {@link #classWords} reads it from here rather than
   * look it up on an element again, among the element's attributes, long after the walk had it at hand.
   */
  private String[] classOfId;
  /**
   * Whether the names of each distinct class attribute are the whole attribute lower-cased, by its number: the
   * names of an element with such a class and a plain id are joined from them ({@link Names#withPlainId}).
   */
  private boolean[] wholeClass;
  /**
   * What {@link PageWords#names} finds in each distinct names, by their number, and {@link PageWords#classes} in
   * each distinct class attribute, by its number: with {@link #READ} once read, 0 before; made when first asked.
   */
  private int @Nullable [] wordsOfNames;
  private int @Nullable [] wordsOfClass;
  /** The bit that tells a scan read from one not yet made: above all the lists' bits. */
  private static final int READ = 1 << (Integer.SIZE - 1);
  /** Each tag of the page with its number and its elements. */
  private final Map<String, Tagged> byTag = new HashMap<>();
  /**
   * The number of each element's tag among the page's tags, from 1: the scans that ask each element whether its tag
   * is one of a set keep the answer per number, rather than look the tag's name up in the set again.
   */
  private final int[] tagIds;
  /** The name of each tag, by its number less one. */
  private final List<String> tagNames = new ArrayList<>();

  /**
   * A tag of the page: its number, how many elements have it, and those elements in document order, listed from
   * {@link #tagIds} when first asked for. The scans ask for a few tags of the forty or so a page has, and listing
   * every tag's elements as the page was read cost a twentieth of listing the page, most of it in growing the lists.
   */
  private static final class Tagged {
    final int id;
    int count;
    @Nullable List<Element> elements;

    Tagged(int id) {
      this.id = id;
    }
  }
  /** The elements with each attribute asked for, in document order. */
  private final Map<String, List<Element>> byAttribute = new HashMap<>();

  /**
   * Lists the page's elements and where each one's parent is, then, knowing how many there are, makes the arrays
   * kept per element just large enough and reads each element into them.
   */
  private PageElements(Element root) {
    this.root = root;
    byAttribute.put(ITEMPROP, new ArrayList<>());
    this.all = DocumentOrder.of(root, this::parentListed);
    int n = all.size();
    names = new String[n];
    nameIds = new int[n];
    classIds = new int[n];
    idOrClass = new boolean[n];
    withId = new boolean[n];
    tagIds = new int[n];
    int distinct = n / ELEMENTS_PER_DISTINCT;
    nameNumbers = new Numbering(distinct);
    classNumbers = new Numbering(distinct);
    int room = distinct + 2; // numbers from 1, and the arrays grow when the next number reaches their length
    plainIds = new String[room];
    namesOfClass = new String[room];
    nameIdOfClass = new int[room];
    classOfId = new String[room];
    wholeClass = new boolean[room];
    List<Element> elements = all;
    for (int i = 0; i < n; i++) {
      listed(elements.get(i), i);
    }
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
    return names[index];
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
    return nameIds[index];
  }

  /**
   * How many distinct names the page's elements have.
   *
   * @return the largest {@link #nameId}
   */
  public int distinctNames() {
    return nameNumbers.size();
  }

  /**
   * A number for an element's {@code class} attribute as written, the same for every element with the same one,
   * for the scans that judge an element by its classes, as {@link #nameId} is for its names.
   *
   * @param index the element's index in {@link #all()}
   * @return from 1 to {@link #distinctClasses()}; 0 if the element has no class
   */
  public int classId(int index) {
    return classIds[index];
  }

  /**
   * How many distinct {@code class} attributes the page's elements have.
   *
   * @return the largest {@link #classId}
   */
  public int distinctClasses() {
    return classNumbers.size();
  }

  /**
   * Which {@link PageWords} lists an element's names hold, as {@link PageWords#names} tells: read once per distinct
   * names of the page for all the scans that ask, each of which used to read them with its own lists.
   *
   * @param index the element's index in {@link #all()}
   * @return the bits of the lists found; 0 if the element has no names
   */
  public int nameWords(int index) {
    int nameId = nameIds[index];
    if (nameId == 0) {
      return 0;
    }
    int[] words = wordsOfNames;
    if (words == null) {
      words = new int[nameNumbers.size() + 1];
      wordsOfNames = words;
    }
    if (words[nameId] == 0) {
      String id = nameId < plainIds.length ? plainIds[nameId] : null;
      int classId = classIds[index];
      // Names joined from a plain id and the names of a class: no word of the lists holds white space, so the words
      // found in the joined names are those found in the id and those found in the class's names, which are read once
      // for every element with that class, with an id or without. Most ids are another element's each, and reading
      // the class's names again with each of them cost about a fifth of all the names read. The same names may come
      // whole from an element without a class, such as one with the id "comment list", which has no class's names to
      // read apart: those are read whole.
      words[nameId] = (id == null || classId == 0 ? PageWords.names(names[index])
          : PageWords.names(id) | wordsOfNames(words, nameIdOfClass[classId], namesOfClass[classId])) | READ;
    }
    return words[nameId] & ~READ;
  }

  /** What {@link PageWords#names} finds in some names numbered {@code nameId}, kept in {@code words}. */
  private static int wordsOfNames(int[] words, int nameId, String names) {
    if (words[nameId] == 0) {
      words[nameId] = PageWords.names(names) | READ;
    }
    return words[nameId] & ~READ;
  }

  /**
   * Which {@link PageWords} lists an element's {@code class} attribute holds, as {@link PageWords#classes} tells:
   * read once per distinct class attribute of the page, as {@link #nameWords} are per distinct names.
   *
   * @param index the element's index in {@link #all()}
   * @return the bits of the lists found; 0 if the element has no class
   */
  public int classWords(int index) {
    int classId = classIds[index];
    if (classId == 0) {
      return 0;
    }
    int[] words = wordsOfClass;
    if (words == null) {
      words = new int[classNumbers.size() + 1];
      wordsOfClass = words;
    }
    if (words[classId] == 0) {
      words[classId] = PageWords.classes(classOfId[classId]) | READ;
    }
    return words[classId] & ~READ;
  }

  /**
   * Whether an element has an {@code id} or a {@code class}, known without looking them up again.
   *
   * @param index the element's index in {@link #all()}
   * @return false for an element with neither, such as one without attributes: most elements of a page
   */
  public boolean hasIdOrClass(int index) {
    return idOrClass[index];
  }

  /**
   * Whether an element has an {@code id}, known without looking it up again: the scans that read ids look up
   * only those of the few elements that have one.
   *
   * @param index the element's index in {@link #all()}
   * @return false for an element without an id, or with an empty one
   */
  public boolean hasId(int index) {
    return withId[index];
  }

  /** Notes where an element's parent is, as the walk lists it. */
  private void parentListed(Element e, int index, int parent) {
    if (index == parents.length) {
      parents = Arrays.copyOf(parents, index * 2);
    }
    parents[index] = parent;
  }

  /**
   * Reads a listed element: its tag, whether it has an {@code itemprop}, and its names. jsoup counts an element's
   * attributes anew each time it is asked, so an element's id and class are read rather than its attributes counted
   * first; both are "" for an element without attributes, known without a lookup.
   */
  private void listed(Element e, int index) {
    // A lookup and, for a tag new to the page, a put: computeIfAbsent with this::newTag would make a new method
    // reference, which holds this, for every element.
    String tag = e.normalName();
    Tagged tagged = byTag.get(tag);
    if (tagged == null) {
      tagged = newTag(tag);
      byTag.put(tag, tagged);
    }
    tagged.count++;
    tagIds[index] = tagged.id;
    if (e.hasAttr(ITEMPROP)) {
      byAttribute.get(ITEMPROP).add(e);
    }
    String classes = e.className();
    String id = e.id();
    if (classes.isEmpty() && id.isEmpty()) {
      names[index] = "";
      return;
    }
    idOrClass[index] = true;
    withId[index] = !id.isEmpty();
    int classId = 0;
    if (!classes.isEmpty()) {
      classId = classNumbers.number(classes);
      if (classId == namesOfClass.length) {
        namesOfClass = Arrays.copyOf(namesOfClass, classId * 2);
        nameIdOfClass = Arrays.copyOf(nameIdOfClass, classId * 2);
        classOfId = Arrays.copyOf(classOfId, classId * 2);
        wholeClass = Arrays.copyOf(wholeClass, classId * 2);
      }
      if (namesOfClass[classId] == null) {
        readClass(classId, classes);
      }
    }
    classIds[index] = classId;
    if (id.isEmpty()) {
      names[index] = namesOfClass[classId];
      nameIds[index] = nameIdOfClass[classId];
    } else {
      idNames(index, id, classes, classId);
    }
  }

  /**
   * Reads the names of an element with an id, and the class numbered {@code classId} (0 for none): joined from the
   * class's names where {@link Names#withPlainId} can, so that the class, read once for all its elements, is not
   * lower-cased and read again with each id, which is most often another.
   */
  private void idNames(int index, String id, String classes, int classId) {
    String plainId = classId != 0 && wholeClass[classId] ? Names.plainId(id) : null;
    if (plainId == null) {
      names[index] = Names.of(id, classes);
      nameIds[index] = number(names[index]);
      return;
    }
    names[index] = Names.withPlainId(plainId, namesOfClass[classId]);
    int nameId = number(names[index]);
    nameIds[index] = nameId;
    if (nameId >= plainIds.length) {
      plainIds = Arrays.copyOf(plainIds, Math.max(nameId + 1, plainIds.length * 2));
    }
    if (plainIds[nameId] == null) {
      plainIds[nameId] = plainId;
    }
  }

  /** Numbers a tag new to the page. */
  private Tagged newTag(String tag) {
    tagNames.add(tag);
    return new Tagged(tagNames.size());
  }

  /** Reads the names of a class attribute new to the page, numbered {@code classId}. */
  private void readClass(int classId, String classes) {
    String lowered = classes.toLowerCase(Locale.ROOT);
    String classNames = Names.withoutStates(lowered.trim()); // what Names.of("", classes) gives
    classOfId[classId] = classes;
    namesOfClass[classId] = classNames;
    nameIdOfClass[classId] = number(classNames);
    // Both steps give back the very string they are given when they change nothing.
    wholeClass[classId] = classNames == lowered;
  }

  /** The number of some names among those numbered so far, numbering them if they are new; 0 for none. */
  private int number(String elementNames) {
    return elementNames.isEmpty() ? 0 : nameNumbers.number(elementNames);
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
   * The elements with a tag, as {@code root.getElementsByTag(tag)} finds them, sorted out as the page was listed,
   * so that each query of a tag reads only the elements it can match, not the whole page.
   *
   * @param tag the tag's normal (lower-case) name
   * @return the elements in document order
   */
  public List<Element> byTag(String tag) {
    Tagged tagged = byTag.get(tag);
    if (tagged == null) {
      return List.of();
    }
    List<Element> elements = tagged.elements;
    if (elements == null) {
      elements = new ArrayList<>(tagged.count);
      for (int i = 0, id = tagged.id, n = all.size(); i < n; i++) {
        if (tagIds[i] == id) {
          elements.add(all.get(i));
        }
      }
      tagged.elements = elements;
    }
    return elements;
  }

  /**
   * A number for an element's tag, the same for every element with the same tag: a scan that asks each element
   * whether its tag is one of a set answers once per tag of the page, and keeps the answers in an array by number.
   *
   * @param index the element's index in {@link #all()}
   * @return from 1 to {@link #distinctTags()}
   */
  public int tagId(int index) {
    return tagIds[index];
  }

  /**
   * How many distinct tags the page's elements have.
   *
   * @return the largest {@link #tagId}
   */
  public int distinctTags() {
    return tagNames.size();
  }

  /**
   * Which of the page's tags are in a set, by their {@link #tagId}.
   *
   * @param tags tags' normal names
   * @return for each number from 0 to {@link #distinctTags()}, whether its tag is in the set; false for 0
   */
  public boolean[] tagsIn(Set<String> tags) {
    // Each tag of the set looked up among the page's, rather than each of the page's forty or so tags probed in the
    // set: the sets asked hold one to a dozen tags, and profiles put the probes at a fifth of a percent of all time.
    boolean[] in = new boolean[tagNames.size() + 1];
    for (String tag : tags) {
      Tagged tagged = byTag.get(tag);
      if (tagged != null) {
        in[tagged.id] = true;
      }
    }
    return in;
  }

  /**
   * The elements with an attribute, as {@code root.select("[key]")} finds them: for {@code itemprop}, which several
   * scans read, noted as the page was listed; for any other, listed in one pass the first time.
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
