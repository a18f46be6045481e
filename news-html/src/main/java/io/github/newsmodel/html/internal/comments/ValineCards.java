package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Valine's comments as its script renders them into the page, which a headless browser's copy or a browser's saved
 * page holds: each comment a {@code div.vcard} (an {@code li.vcard} before version 1.1) named after the LeanCloud
 * object it is, in the list {@code div.vcards} ({@code .vlist} before 1.4), its replies in the {@code div.vquote} of
 * the comment that opened the thread; inside it {@code div.vh} with the nickname ({@code .vnick}), the time
 * ({@code .vtime}) and the text ({@code .vcontent}), or {@code div.vhead} and {@code div.vcomment} before 1.1.
 *
 * <p>{@code vcard} names no comment elsewhere: it is microformats' hCard, the class of WordPress's comment author
 * line ({@code div.comment-author.vcard}), of bylines and of a blog's author box. A card counts only in Valine's
 * list and with Valine's parts.
 *
 * <p>Every reply of a thread stands in the {@code div.vquote} of its first comment, whichever comment of the thread
 * it answers; the one it answers is the comment its text opens with a link to, {@code <a class="at"
 * href="#5e6a2f0c...">@Ann</a>}.
 */
final class ValineCards {
  /** The lists that hold Valine's cards: the thread's, and a thread's replies. */
  private static final Set<String> LISTS = Set.of("vcards", "vlist", "vquote");
  /** The first part of a card: {@code div.vh} since 1.1, {@code div.vhead} before. */
  private static final Set<String> PARTS = Set.of("vh", "vhead");
  /** A card's text: {@code div.vcontent} in its {@code div.vh}, {@code div.vcomment} before 1.1. */
  private static final Set<String> TEXTS = Set.of("vcontent", "vcomment");
  private static final String CARD = "vcard";
  /** The most parents walked up to a thread's first comment: no page nests deeper, and a cycle ends. */
  private static final int MAX_DEPTH = 64;

  private ValineCards() {}

  /**
   * Whether an element classed {@code vcard} is Valine's card of a comment.
   *
   * @param e an element whose class holds {@code vcard}
   * @return true if its parent is one of Valine's lists and one of its children is Valine's head of a comment
   */
  static boolean isCard(Element e) {
    Element list = e.parent();
    if (list == null || !e.hasClass(CARD) || !hasAny(list, LISTS)) {
      return false;
    }
    for (Element child : e.children()) { // a card has two or three children: its avatar, its head, its text
      if (hasAny(child, PARTS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives each reply of a Valine thread the comment of the thread that its text opens with a link to, in place of
   * the thread's first comment.
   *
   * @param units the page's comments, in page order
   */
  static void threadReplies(List<Unit> units) {
    if (units.isEmpty() || !units.get(0).root.hasClass(CARD)) {
      return; // Valine's first card is the page's first comment: no other page is looked at
    }
    Map<String, Unit> byId = new HashMap<>();
    for (Unit u : units) {
      if (u.parent != null && isCard(u.root)) {
        Unit answered = answered(u, byId);
        if (answered != null && thread(answered) == thread(u.parent)) {
          u.parent = answered;
        }
      }
      if (!u.root.id().isEmpty()) {
        byId.putIfAbsent(u.root.id(), u);
      }
    }
  }

  /** The earlier comment that a card's text opens with a link to, {@code a.at}, if any. */
  private static @Nullable Unit answered(Unit u, Map<String, Unit> byId) {
    Element text = text(u.root);
    Element at = text == null ? null : text.selectFirst("a.at");
    String href = at == null ? "" : at.attr("href");
    return href.length() > 1 && href.charAt(0) == '#' ? byId.get(href.substring(1)) : null;
  }

  /** A card's own text, a child of its head's box or of the card: not a text of the replies in its quote. */
  private static @Nullable Element text(Element card) {
    for (Element child : card.children()) {
      if (hasAny(child, TEXTS)) {
        return child;
      }
      if (child.hasClass("vh")) {
        for (Element part : child.children()) {
          if (hasAny(part, TEXTS)) {
            return part;
          }
        }
      }
    }
    return null;
  }

  /** The first comment of a comment's thread. */
  private static Unit thread(Unit u) {
    Unit top = u;
    for (int steps = 0; top.parent != null && steps < MAX_DEPTH; steps++) {
      top = top.parent;
    }
    return top;
  }

  private static boolean hasAny(Element e, Set<String> classes) {
    for (String c : classes) {
      if (e.hasClass(c)) {
        return true;
      }
    }
    return false;
  }
}
