package io.github.newsmodel.html.internal.dom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * Every element of a subtree in document order: what jsoup's {@code getAllElements()} lists, read with a plain
 * loop over each element's child nodes rather than a stream over a node iterator, which costs about twice as
 * much, and several parts of the extractor list a whole page.
 */
public final class DocumentOrder {
  /**
   * More elements than most pages have (the median page of the benchmark has 744, the largest 1597), so that
   * listing one seldom copies the list. Room for four times as many cost more than the copies it saved: a new
   * array's slots are all written before it is used, and profiles put those 16 kB a page at a twelfth of the time
   * of listing the page's elements ({@link PageElements#of}).
   */
  private static final int ELEMENTS = 1024;

  private DocumentOrder() {}

  /**
   * The element after {@code e} in the document order within {@code root}, which holds it: its first child, else
   * the next sibling of it or of its nearest ancestor below the root that has one; null after the root's last. A
   * walk by it can stop where it has seen enough, where {@link #of} lists the whole subtree first.
   *
   * @param e an element inside {@code root}, or the root itself
   * @param root where the walk stays
   * @return the next element, or null
   */
  public static @Nullable Element nextInside(Element e, Element root) {
    Element next = e.firstElementChild();
    while (next == null && e != root) {
      next = e.nextElementSibling();
      if (next == null) {
        e = e.parent();
        if (e == null) {
          return null;
        }
      }
    }
    return next;
  }

  /**
   * Lists the elements of a subtree. The walk keeps its path on a stack of its own, so that a page nested
   * thousands deep needs no more of the thread's stack than a flat one.
   *
   * @param root the subtree's root, listed first
   * @return the root and every element below it, in document order
   */
  public static List<Element> of(Element root) {
    return walk(root, null);
  }

  /**
   * Lists the elements of a subtree as {@link #of} does, and shows each one to a visitor as it is listed, so that
   * a caller that reads something of every element does so in the same pass rather than in a second one.
   *
   * @param root the subtree's root, listed first
   * @param visitor told of each listed element, with its index and its parent's
   * @return the root and every element below it, in document order
   */
  static List<Element> of(Element root, Visitor visitor) {
    return walk(root, visitor);
  }

  /** What reads each element as the walk lists it. */
  interface Visitor {
    /**
     * Reads a listed element.
     *
     * @param e the element
     * @param index its index in the list
     * @param parent its parent's index in the list; -1 for the root
     */
    void listed(Element e, int index, int parent);
  }

  private static List<Element> walk(Element root, @Nullable Visitor visitor) {
    int room = ELEMENTS;
    ArrayList<Element> out = new ArrayList<>(room);
    out.add(root);
    Element[] path = new Element[32];
    int[] next = new int[32]; // for each element on the path, the index of its next child node to look at
    int[] at = new int[32]; // for each element on the path, its index in the list
    path[0] = root;
    int depth = 0;
    if (visitor != null) {
      visitor.listed(root, 0, -1);
    }
    while (depth >= 0) {
      Element e = path[depth];
      int i = next[depth];
      if (i >= e.childNodeSize()) {
        depth--;
        continue;
      }
      next[depth] = i + 1;
      Node child = e.childNode(i);
      if (child instanceof Element c) {
        int index = out.size();
        if (index == room) {
          // The list would grow by half, and a page of tens of thousands of elements copy it many times over: it
          // doubles instead, as the arrays of PageElements do, and is copied half as much.
          room *= 2;
          out.ensureCapacity(room);
        }
        out.add(c);
        if (visitor != null) {
          visitor.listed(c, index, at[depth]);
        }
        if (++depth == path.length) {
          path = Arrays.copyOf(path, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
          at = Arrays.copyOf(at, depth * 2);
        }
        path[depth] = c;
        next[depth] = 0;
        at[depth] = index;
      }
    }
    return out;
  }

  /**
   * The elements that a CSS query finds in a listed subtree, as {@code root.select(query)} finds them, without
   * walking the subtree again.
   *
   * @param all a subtree's elements, as {@link #of} lists them
   * @param query the parsed query, such as {@code QueryParser.parse("h1")}
   * @return the matching elements in document order
   */
  public static List<Element> select(List<Element> all, Evaluator query) {
    List<Element> out = new ArrayList<>();
    Element root = all.get(0);
    for (Element e : all) {
      if (query.matches(root, e)) {
        out.add(e);
      }
    }
    return out;
  }
}
