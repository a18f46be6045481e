package io.github.newsmodel.html.internal.dom;

import java.util.List;
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
   * The elements that a CSS query finds, as {@code root.select(query)} finds them, without walking the page.
   *
   * @param query the parsed query, such as {@code QueryParser.parse("form")}
   * @return the matching elements in document order
   */
  public List<Element> select(Evaluator query) {
    return DocumentOrder.select(all, query);
  }

  /**
   * The first element that a CSS query finds, as {@code root.selectFirst(query)} finds it.
   *
   * @param query the parsed query
   * @return the element, or null if none matches
   */
  public @Nullable Element selectFirst(Evaluator query) {
    return DocumentOrder.selectFirst(all, query);
  }
}
