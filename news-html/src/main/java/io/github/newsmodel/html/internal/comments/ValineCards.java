package io.github.newsmodel.html.internal.comments;

import java.util.Set;
import org.jsoup.nodes.Element;

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
 */
final class ValineCards {
  /** The lists that hold Valine's cards: the thread's, and a thread's replies. */
  private static final Set<String> LISTS = Set.of("vcards", "vlist", "vquote");
  /** The first part of a card: {@code div.vh} since 1.1, {@code div.vhead} before. */
  private static final Set<String> PARTS = Set.of("vh", "vhead");

  private ValineCards() {}

  /**
   * Whether an element classed {@code vcard} is Valine's card of a comment.
   *
   * @param e an element whose class holds {@code vcard}
   * @return true if its parent is one of Valine's lists and one of its children is Valine's head of a comment
   */
  static boolean isCard(Element e) {
    Element list = e.parent();
    if (list == null || !e.hasClass("vcard") || !hasAny(list, LISTS)) {
      return false;
    }
    for (Element child : e.children()) { // a card has two or three children: its avatar, its head, its text
      if (hasAny(child, PARTS)) {
        return true;
      }
    }
    return false;
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
