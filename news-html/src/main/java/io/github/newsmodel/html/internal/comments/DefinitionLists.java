package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Comments laid out as a definition list: Blogger's templates name the term ({@code dt}) after the comment and put
 * its text and date in the descriptions ({@code dd}) after it; themes such as Thesis print a comment's author and
 * date in the {@code dt} before the {@code dd} named as the comment. Either way the term and its descriptions are
 * one comment, which {@link CommentUnits#find} reads as one unit.
 */
final class DefinitionLists {
  private DefinitionLists() {}

  /**
   * Blogger's templates lay comments out as a definition list and name the term, not its description, after the
   * comment: {@code <dt id=c123>Ann said...</dt><dd class=comment-body>text</dd><dd class=comment-footer>date</dd>}.
   * The comment is the term and the descriptions up to the next term: the first is its element, the term its
   * header and the others its footer. A term with no description after it is no candidate, and one whose
   * description is named as a comment itself is that comment's header ({@link #headers}).
   */
  static List<Unit> terms(List<Unit> units) {
    Map<Element, Unit> byRoot = Unit.byRoot(units);
    Map<Unit, Unit> moved = new IdentityHashMap<>();
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      if (!u.root.normalName().equals("dt")) {
        out.add(u);
        continue;
      }
      Element first = u.root.nextElementSibling(); // a <dd>, as only a described term is a candidate
      if (first == null) {
        out.add(u);
        continue;
      }
      Unit named = byRoot.get(first);
      if (named != null) {
        moved.put(u, named); // the description is named as the comment, with this term as its header
        continue;
      }
      Unit comment = new Unit(first);
      comment.header = u.root;
      comment.parts.add(u.root);
      comment.parent = u.parent;
      for (Element e = first.nextElementSibling(); e != null && e.normalName().equals("dd");
          e = e.nextElementSibling()) {
        comment.footer.add(e);
      }
      moved.put(u, comment);
      out.add(comment);
    }
    if (moved.isEmpty()) {
      return out;
    }
    Map<Unit, Integer> place = new IdentityHashMap<>();
    for (int i = 0; i < out.size(); i++) {
      place.put(out.get(i), i);
    }
    for (Unit u : out) {
      u.parent = movedParent(u, moved, place);
    }
    return out;
  }

  /**
   * The parent of a comment once the terms have moved: what its term became, where that stands above it. A
   * description named as a comment stands after what its term holds, so a comment inside the term replies to the
   * term's own parent instead: a parent below its reply would let a later step, such as {@link
   * ReplyParents#marked}, make the two parents of each other, the kind of circle that once hung the walk to a
   * reply's parent in {@link CommentThread} (HtmlArticlesFuzzTest).
   */
  private static @Nullable Unit movedParent(Unit u, Map<Unit, Unit> moved, Map<Unit, Integer> place) {
    int at = place.get(u);
    Unit p = u.parent;
    while (p != null && moved.containsKey(p)) {
      Integer to = place.get(moved.get(p));
      if (to != null && to < at) {
        return moved.get(p);
      }
      p = p.parent;
    }
    return p;
  }

  /** Whether an element that is a definition term has a description after it, as a comment's term does. */
  static boolean describedIfTerm(Element e) {
    if (!e.normalName().equals("dt")) {
      return true;
    }
    Element next = e.nextElementSibling();
    return next != null && next.normalName().equals("dd");
  }

  /**
   * Themes that lay comments out as a definition list ({@code <dt>} author and date, {@code <dd>} text, as
   * Thesis does) put a comment's header in the {@code dt} right before its {@code dd}: it is part of the comment.
   */
  static void headers(List<Unit> units) {
    for (Unit u : units) {
      Element before = u.root.normalName().equals("dd") && u.header == null ? u.root.previousElementSibling() : null;
      if (before != null && before.normalName().equals("dt")) {
        u.header = before;
        u.parts.add(before);
      }
    }
  }
}
