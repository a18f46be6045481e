package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The comment a comment replies to, where the page shows it otherwise than by nesting the reply in its parent:
 * Drupal's block of replies after the comment ({@link #indented}), a list of replies right after it
 * ({@link #following}), an attribute that names the parent ({@link #marked}), or a list named after the parent's
 * number ({@link #listed}). Each sets the parent only of a
 * comment that has none yet, so that nesting, where the page has it, stays the first word.
 */
final class ReplyParents {
  /** Attributes that name the comment a comment replies to; Komento's is a bare {@code parentid="kmt-45"}. */
  private static final List<String> REPLY_ATTRIBUTES = List.of("data-parent-id", "data-parent", "data-reply-to",
      "data-replyto", "data-parent-comment-id", "data-in-reply-to", "data-parentid", "parentid");
  /**
   * The id of a list of replies that names the comment they reply to: JComments' {@code comments-list-311} after
   * the comment {@code comment-311}.
   */
  private static final Pattern REPLY_LIST_ID =
      Pattern.compile("(?i)^(?:comments?|children|replies)[-_](?:list[-_]|items?[-_])?(\\d+)$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private ReplyParents() {}

  /**
   * Drupal puts the replies of a comment in a {@code div.indented} right after it, not inside it: a comment
   * without a parent whose ancestor is such a block replies to the comment before the block.
   */
  static void indented(List<Unit> units) {
    Map<Element, Unit> byRoot = Unit.byRoot(units);
    for (Unit u : units) {
      if (u.parent != null) {
        continue;
      }
      for (Element p = u.root.parent(); p != null && u.parent == null; p = p.parent()) {
        if (p.hasClass("indented")) {
          u.parent = commentBefore(p, byRoot, prev -> prev.normalName().equals("a")); // past the anchors
        }
        if (byRoot.containsKey(p)) {
          break;
        }
      }
    }
  }

  /**
   * Replies listed right after the comment they answer, beside it rather than inside it: Lobsters'
   * {@code li.comments_subtree} holds the comment's {@code div#c_k2w8ab} and then an {@code ol.comments} of its
   * replies, and Slash's {@code li#tree_33111111} the comment's {@code div#comment_33111111} and then its
   * {@code ul#group_33111111}. A comment without a parent whose nearest list is such a list replies to the comment
   * before the list; empty elements between the two, such as the lines that draw the tree, do not count. The two
   * stand in an item of a list, as a branch of the tree: a list of all the comments after one printed on its own,
   * an editor's pick above the rest, is no list of its replies.
   */
  static void following(List<Unit> units) {
    Map<Element, Unit> byRoot = Unit.byRoot(units);
    for (Unit u : units) {
      if (u.parent != null) {
        continue;
      }
      for (Element p = u.root.parent(); p != null && !byRoot.containsKey(p); p = p.parent()) {
        String tag = p.normalName();
        if (tag.equals("ol") || tag.equals("ul")) {
          Element branch = p.parent();
          Unit before = branch == null || !branch.normalName().equals("li") ? null
              : commentBefore(p, byRoot, prev -> prev.childrenSize() == 0 && prev.text().isBlank());
          if (before != u) {
            u.parent = before;
          }
          break; // only the nearest list says whose replies these are
        }
      }
    }
  }

  /** The comment right before a block of replies, past the siblings that {@code passable} lets by, if one is. */
  private static @Nullable Unit commentBefore(Element block, Map<Element, Unit> byRoot,
      Predicate<Element> passable) {
    for (Element prev = block.previousElementSibling(); prev != null; prev = prev.previousElementSibling()) {
      Unit u = byRoot.get(prev);
      if (u != null) {
        return u;
      }
      if (!passable.test(prev)) {
        return null;
      }
    }
    return null;
  }

  /**
   * A comment without a parent that names one, {@code data-parent-id="8802"}, replies to the earlier comment
   * whose id or number that is.
   */
  static void marked(List<Unit> units) {
    if (!anyMarked(units)) {
      return; // most pages: no comment names its parent, and the ids and numbers of all would be read for nothing
    }
    Map<String, Unit> seen = new HashMap<>();
    for (Unit u : units) {
      if (u.parent == null) {
        for (String attr : REPLY_ATTRIBUTES) {
          String v = u.root.attr(attr).trim();
          Unit parent = v.isEmpty() ? null : seen.get(v);
          if (parent == null && !v.isEmpty()) {
            Matcher m = DIGITS.matcher(v);
            parent = m.find() ? seen.get(m.group()) : null;
          }
          if (parent != null && parent != u) {
            u.parent = parent;
            break;
          }
        }
      }
      u.pageId().ifPresent(id -> seen.putIfAbsent(id, u));
      CommentUnits.number(u.root).ifPresent(n -> seen.putIfAbsent(n, u));
    }
  }

  /** Whether a comment without a parent has one of the {@link #REPLY_ATTRIBUTES}, which {@link #marked} reads. */
  private static boolean anyMarked(List<Unit> units) {
    for (Unit u : units) {
      if (u.parent == null) {
        for (String attr : REPLY_ATTRIBUTES) {
          if (!u.root.attr(attr).trim().isEmpty()) { // as marked reads it
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A comment without a parent inside a list whose id names an earlier comment's number ({@code
   * div#comments-list-311}, which JComments prints after the comment {@code #comment-311}) replies to that comment.
   */
  static void listed(List<Unit> units) {
    Map<String, Unit> byNumber = new HashMap<>();
    Map<Element, Unit> byRoot = Unit.byRoot(units);
    for (Unit u : units) {
      if (u.parent == null) {
        for (Element p = u.root.parent(); p != null && !byRoot.containsKey(p); p = p.parent()) {
          // every id the pattern matches ends with a digit, and most ids around a comment do not
          String id = p.id();
          Matcher m = id.isEmpty() || !Character.isDigit(id.charAt(id.length() - 1)) ? null
              : REPLY_LIST_ID.matcher(id);
          Unit parent = m != null && m.matches() ? byNumber.get(m.group(1)) : null;
          if (parent != null) {
            u.parent = parent;
            break;
          }
        }
      }
      u.pageId().map(DIGITS::matcher).filter(Matcher::find).ifPresent(m -> byNumber.putIfAbsent(m.group(), u));
    }
  }
}
