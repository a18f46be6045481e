package io.github.newsmodel.html.internal.comments;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The posts of a topic of WoltLab Burning Board, a forum behind many German-language communities, as its templates
 * print them; the generic search finds none of them, since no name of theirs is a comment's:
 * <ul>
 *   <li>Burning Board 4 and 5 (WoltLab Suite Forum), {@code threadPostList.tpl}: each post an
 *       {@code li#post18834} around an {@code article.wbbPost.message} with the poster's {@code aside.messageSidebar},
 *       the time in a {@code <time datetime>} of the {@code messageHeader}, the text in a {@code div.messageText} and
 *       the edit notice in a {@code p.messageFooterNote}. Burning Board 5.2 marks each article a schema.org
 *       {@code DiscussionForumPosting} too ({@link ForumPostings}), 4 and 5.0 do not. Burning Board 6 (2023) keeps
 *       the markup and prints each time as a {@code <woltlab-core-date-time date>} ({@link MachineTime}).
 *   <li>Burning Board 3: each post a {@code div#postRow5512.message} with its {@code div.messageSidebar}, a
 *       {@code div.messageHeader} with the number and the time, the text in a {@code div.messageBody} and the edit
 *       notice in a {@code div.editNote}.
 * </ul>
 * The ids alone say little ({@code post123} is a blog's post as much), the element they name tells.
 */
final class WoltLabPosts {
  /** Burning Board 4's and 5's {@code li#post18834}, lower-cased. */
  private static final Pattern ITEM_ID = Pattern.compile("post\\d{1,12}");
  /** Burning Board 3's {@code div#postRow5512}, lower-cased. */
  private static final Pattern ROW_ID = Pattern.compile("postrow\\d{1,12}");

  private WoltLabPosts() {}

  /**
   * The anchor that Burning Board 3's permalinks target, {@code <a id="post5512"></a>} that opens the post's
   * {@code div.messageInner}: the post's id on the page, rather than its element's {@code postRow5512}.
   *
   * @param post a post's element
   * @return the anchor's id, if the element is Burning Board 3's post and opens with one
   */
  static @Nullable String anchorId(Element post) {
    String id = post.id();
    if (!id.regionMatches(true, 0, "postrow", 0, 7) || !isPost(post)) {
      return null; // most comments
    }
    Element inner = post.firstElementChild();
    Element anchor = inner == null ? null : inner.firstElementChild();
    String own = "post" + id.substring(7);
    return anchor != null && anchor.normalName().equals("a") && anchor.id().equals(own) ? own : null;
  }

  /**
   * Whether an element is a Burning Board post.
   *
   * @param e the element
   * @return true if it is a post of Burning Board 3, 4 or 5
   */
  static boolean isPost(Element e) {
    String id = e.id();
    return id.regionMatches(true, 0, "post", 0, 4) && isPost(e, id.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether an element is a Burning Board post. Asked only of elements whose lower-cased id starts with
   * {@code post}.
   *
   * @param e the element
   * @param id its id, lower-cased
   * @return true if it is a post of Burning Board 3, 4 or 5
   */
  static boolean isPost(Element e, String id) {
    if (id.startsWith("postrow")) {
      return e.normalName().equals("div") && e.hasClass("message") && ROW_ID.matcher(id).matches();
    }
    if (!e.normalName().equals("li") || !ITEM_ID.matcher(id).matches()) {
      return false;
    }
    Element article = e.firstElementChild();
    return article != null && article.normalName().equals("article") && article.hasClass("wbbPost");
  }
}
