package io.github.newsmodel.html.internal.comments;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The posts of a forum thread that a page marks each as a schema.org {@code DiscussionForumPosting}, one after
 * another, as Discourse's crawler view did until 2022: the first post opens the thread and is the page's article,
 * and each later one is a reply to it, a comment. (Discourse now marks the later posts {@code Comment}, which
 * {@link CommentUnits} reads as such.)
 */
public final class ForumPostings {
  private static final Pattern POSTING = Pattern.compile("(?i)schema(?:\\.org/|:)DiscussionForumPosting\\s*$");

  private ForumPostings() {}

  /**
   * Whether an element is a forum post after the thread's first: a {@code DiscussionForumPosting} item with an
   * earlier sibling of the same type.
   *
   * @param e the element
   * @return true if it is a later post of a thread
   */
  public static boolean isReply(Element e) {
    if (!e.hasAttr("itemtype") || !posting(e)) {
      return false;
    }
    for (Element before = e.previousElementSibling(); before != null; before = before.previousElementSibling()) {
      if (before.hasAttr("itemtype") && posting(before)) {
        return true;
      }
    }
    return false;
  }

  private static boolean posting(Element e) {
    return e.hasAttr("itemscope") && POSTING.matcher(e.attr("itemtype").trim()).find();
  }
}
