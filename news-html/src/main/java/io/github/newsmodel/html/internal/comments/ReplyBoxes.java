package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A box inside a comment that holds an answer to it: Contao's {@code div.reply} inside its
 * {@code div.comment_default#c42}, which holds the editor's "Antwort von Gerda" and the answer's own
 * {@code div.comment}. The comment's text and the answer's are two comments of the same kind inside the comment's
 * element, which would otherwise read as a box around two comments; the box tells the answer for a reply.
 */
final class ReplyBoxes {
  /** The classes of such a box, whole: a part of a longer class ("reply-link", "comment-reply") says another thing. */
  private static final Set<String> BOX_CLASSES = Set.of("reply", "answer", "antwort", "response");

  private ReplyBoxes() {}

  /**
   * Whether an element inside a comment's element sits in a reply box between the two. Asked only of the few
   * candidates inside a candidate: it reads the classes of the elements between them.
   *
   * @param inner a candidate inside the comment's element
   * @param comment the comment's element
   * @return whether an element between them, or the inner one's parent, is classed as a reply box
   */
  static boolean boxed(Element inner, Element comment) {
    for (Element p = inner.parent(); p != null && p != comment; p = p.parent()) {
      if (box(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The replies whose element is the only comment in a reply box of the comment they answer, rooted at the box: the
   * box holds the answer's header ("Antwort von Gerda"), which is the reply's and no part of the comment answered.
   *
   * @param units the comments in page order, each reply after its parent
   * @return the same comments, a reply in such a box rooted at it
   */
  static List<Unit> rooted(List<Unit> units) {
    Map<Unit, Unit> moved = new IdentityHashMap<>();
    List<Unit> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      Element around = u.root.parent();
      Unit n = u;
      if (u.parent != null && around != null && around != u.parent.root && box(around)
          && CommentScope.isInside(around, u.parent.root, u.parent.root) && onlyComment(i, around, units)) {
        n = new Unit(around);
        n.parts.addAll(u.parts);
        n.header = u.header;
        n.footer.addAll(u.footer);
        n.givenId = u.givenId;
        moved.put(u, n);
      }
      n.parent = u.parent == null ? null : moved.getOrDefault(u.parent, u.parent);
      out.add(n);
    }
    return moved.isEmpty() ? units : out;
  }

  /**
   * Whether the reply is the only comment in the box. In page order, any other comment in the box is right before
   * or right after the reply, or inside one that is: only those two are looked at.
   */
  private static boolean onlyComment(int index, Element box, List<Unit> units) {
    return (index == 0 || !CommentScope.isInside(units.get(index - 1).root, box, box))
        && (index + 1 == units.size() || !CommentScope.isInside(units.get(index + 1).root, box, box));
  }

  private static boolean box(Element e) {
    if (e.attributesSize() == 0 || e.className().isEmpty()) {
      return false;
    }
    for (String c : e.classNames()) {
      if (BOX_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
