package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The comments of a list named only as the comment section, {@code ol.comments}, whose items are named nothing
 * but each print the permalink that links to itself: Textpattern's {@code <txp:comments />} wraps its comment form
 * in bare {@code li} elements, and the form of its first versions prints each comment's line "— Ann · 14 March
 * 2019, 11:02 · <a href="...#c000127" id="c000127">#</a>". A list item is no comment by itself, so a list counts
 * only when every one of its items holds such a link (a list of recent comments links to other pages), and only on
 * a page where nothing else was found as a comment.
 */
final class SelfLinkedItems {
  /** The lists whose items can be comments: the ordered ones are tried first. */
  private static final Set<String> LIST_TAGS = Set.of("ol", "ul");

  private SelfLinkedItems() {}

  /**
   * Finds the comments of the first list named as comments whose items all link to themselves.
   *
   * @param elements the page's elements
   * @return the list's items in page order, each with the id of its permalink; none if no list qualifies
   */
  static List<Unit> find(PageElements elements) {
    // One pass over the listing's tags and names, read already, rather than the names of every list looked up and
    // joined again (Names.of): the ordered lists are tried as they come, the unordered ones kept for after them all.
    boolean[] listTags = elements.tagsIn(LIST_TAGS);
    List<Element> all = elements.all();
    List<Element> unordered = new ArrayList<>();
    for (int i = 0, n = all.size(); i < n; i++) {
      if (!listTags[elements.tagId(i)] || !elements.names(i).contains("comment")) {
        continue; // a cheap test first: few lists are named as comments
      }
      Element list = all.get(i);
      if (list.childrenSize() == 0) {
        continue;
      }
      if (!list.normalName().equals("ol")) {
        unordered.add(list);
        continue;
      }
      List<Unit> units = items(list);
      if (!units.isEmpty()) {
        return units;
      }
    }
    for (Element list : unordered) {
      List<Unit> units = items(list);
      if (!units.isEmpty()) {
        return units;
      }
    }
    return List.of();
  }

  /** The list's items as comments, if each is an item that links to itself; else none. */
  private static List<Unit> items(Element list) {
    List<Unit> units = new ArrayList<>();
    for (Element item : list.children()) {
      Optional<String> id = item.normalName().equals("li") ? SelfLinks.id(item) : Optional.empty();
      if (id.isEmpty()) {
        return List.of();
      }
      Unit u = new Unit(item);
      u.givenId = id.get();
      units.add(u);
    }
    return units;
  }
}
