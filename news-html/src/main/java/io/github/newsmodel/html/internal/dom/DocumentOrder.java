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
  /**
   * The room a list made with the parents of its elements starts with, for {@link PageElements}: that list and its
   * array of parents are the only arrays of the page's size made before the page's size is known, and the small pages
   * of a few hundred elements, whose whole extraction is short, spent a tenth of a jsoup parse making the room of
   * a middling page. It grows four times over, to {@link #ELEMENTS}, and doubles from there.
   */
  private static final int LISTED_ELEMENTS = 256;

  private DocumentOrder() {}

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
   * Lists the elements of a subtree as {@link #of} does, with the index of each one's parent in the list.
   *
   * @param root the subtree's root, listed first
   * @return the elements, and the parent of each; -1 for the root's
   */
  static Listed withParents(Element root) {
    int[][] parents = new int[1][];
    List<Element> all = walk(root, parents);
    return new Listed(all, parents[0]);
  }

  /**
   * A subtree's elements in document order, and where the parent of each is among them.
   *
   * @param elements the elements
   * @param parents the index of the parent of the element at the same index, -1 for the root's; the array may be
   *     longer than the list
   */
  record Listed(List<Element> elements, int[] parents) {}

  /**
   * Lists a subtree; with {@code parentsOut}, notes each element's parent's index in an array that it leaves in
   * {@code parentsOut[0]}, grown with the list, which then starts with less room.
   */
  private static List<Element> walk(Element root, int @Nullable [][] parentsOut) {
    int room = parentsOut == null ? ELEMENTS : LISTED_ELEMENTS;
    ArrayList<Element> out = new ArrayList<>(room);
    int[] parents = parentsOut == null ? null : new int[room];
    out.add(root);
    if (parents != null) {
      parents[0] = -1;
    }
    Element[] path = new Element[32];
    int[] next = new int[32]; // for each element on the path, the index of its next child node to look at
    int[] at = new int[32]; // for each element on the path, its index in the list
    path[0] = root;
    int depth = 0;
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
          // doubles instead, and is copied half as much; a list with parents, which starts small, grows by four
          // times while it is smaller than most pages.
          room = room < ELEMENTS ? room * 4 : room * 2;
          out.ensureCapacity(room);
          if (parents != null) {
            parents = Arrays.copyOf(parents, room);
          }
        }
        out.add(c);
        if (parents != null) {
          parents[index] = at[depth];
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
    if (parentsOut != null) {
      parentsOut[0] = parents;
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
