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
  /** The names of the element at the same index in {@link #all}, read when first asked for. */
  private final @Nullable String[] names;
  /** The elements of each tag in document order, sorted out in one pass when first asked for. */
  private @Nullable Map<String, List<Element>> byTag;
  /** The elements with each attribute asked for, in document order. */
  private final Map<String, List<Element>> byAttribute = new HashMap<>();

  private PageElements(Element root) {
    this.root = root;
    this.all = DocumentOrder.of(root);
    this.names = new String[all.size()];
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
    String n = names[index];
    if (n == null) {
      n = Names.of(all.get(index));
      names[index] = n;
    }
    return n;
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
    Element after = null;
    for (Element e = all.get(start); e != root && e != null && after == null; e = e.parent()) {
      after = e.nextElementSibling();
    }
    if (after == null) {
      return all.size();
    }
    for (int i = start + 1, n = all.size(); i < n; i++) {
      if (all.get(i) == after) {
        return i;
      }
    }
    return all.size();
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
