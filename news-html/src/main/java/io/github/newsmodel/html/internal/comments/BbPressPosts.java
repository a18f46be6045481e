package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The posts of a topic of bbPress, the forum plugin of WordPress (and of the WordPress.org support forums), as its
 * template {@code loop-single-reply.php} prints them: each post is two sibling elements, a
 * {@code div.bbp-reply-header} with the post's id ({@code #post-2205}), its time and its permalink, then the
 * post's own element, classed {@code type-topic} for the topic's opening post and {@code type-reply} for a reply,
 * with the poster in a {@code div.bbp-reply-author} and the text in a {@code div.bbp-reply-content}. The header
 * stands outside the post's element, so the generic search would find a post without its time, and it finds
 * {@code div.bbp-no-reply} ("You must be logged in to reply") as a reply.
 */
final class BbPressPosts {
  private static final String HEADER_CLASS = "bbp-reply-header";
  private static final String CONTENT_CLASS = "bbp-reply-content";
  private static final byte UNREAD = 0;
  private static final byte HEADER = 1;
  private static final byte OTHER = 2;

  private BbPressPosts() {}

  /**
   * Finds the posts of a bbPress topic.
   *
   * @param elements the page's elements
   * @return the posts in page order, each with its header; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    List<Element> all = elements.all();
    // the verdict per distinct names, listed with the page and repeated over hundreds of its elements
    byte[] verdicts = new byte[elements.distinctNames() + 1];
    List<Unit> units = new ArrayList<>();
    for (int i = 0, n = all.size(); i < n; i++) {
      int nameId = elements.nameId(i);
      if (nameId == 0) {
        continue; // most elements
      }
      if (verdicts[nameId] == UNREAD) {
        verdicts[nameId] = hasToken(elements.names(i), HEADER_CLASS) ? HEADER : OTHER;
      }
      if (verdicts[nameId] == HEADER) {
        Element header = all.get(i);
        Element post = header.nextElementSibling();
        if (post != null && holdsContent(post)) {
          units.add(Unit.forumPost(post, header, header.id().isBlank() ? null : header.id().strip()));
        }
      }
    }
    return units;
  }

  /** Whether a post's element holds bbPress's text block as a child, as its template puts it. */
  private static boolean holdsContent(Element post) {
    for (Element child : post.children()) {
      if (child.hasClass(CONTENT_CLASS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasToken(String names, String token) {
    if (!names.contains(token)) {
      return false;
    }
    for (String t : Texts.tokens(names)) {
      if (t.equals(token)) {
        return true;
      }
    }
    return false;
  }
}
