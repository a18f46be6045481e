package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The posts of a phpBB 3.0 topic in its second style, subsilver2 (2007 to 2014, the table layout many boards kept
 * from phpBB 2), which names no element as a post: each is a {@code table.tablebg} of its own whose first row holds
 * the poster's cell ({@code <a name="p1234"></a><b class="postauthor">ann</b>}) and the line "Post subject: ...
 * Posted: Mon Mar 06, 2006 10:05 pm", whose second row holds the member's details ({@code td.profile}) and the text
 * ({@code div.postbody}), and whose third row holds "Top" and the poster's profile link. A post is read by
 * {@link SubsilverTwoPost}.
 */
final class SubsilverTwoPosts {
  private SubsilverTwoPosts() {}

  /**
   * Finds the posts of a page in subsilver2's layout.
   *
   * @param elements the page's elements
   * @return the posts in page order, each with its table as its element and the anchor's name ({@code p1234}, as
   *     prosilver's {@code div#p1234} names its posts) as its id; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    List<Unit> units = new ArrayList<>();
    for (Element name : elements.byTag("b")) {
      if (!name.hasClass("postauthor")) {
        continue; // nearly every b
      }
      SubsilverTwoPost post = SubsilverTwoPost.at(name);
      if (post == null) {
        continue;
      }
      units.add(Unit.forumPost(post.table(), null, post.id()));
    }
    return units;
  }

  /**
   * What the article's text leaves out around the posts: the box that holds them, with the buttons, the page
   * links and the "Display posts from previous" form, and everything after it on the page, which on a topic's page
   * is the board's furniture: the quick reply, the breadcrumbs and the stated zone, "Who is online", the list of
   * the visitor's rights, the search box and the jump box, in whatever language the board speaks.
   *
   * @param units the posts found by {@link #find}
   * @return the elements to leave out
   */
  static Set<Element> regions(List<Unit> units) {
    return InvisionTwoPosts.regions(units); // the same shape: a box of one table for each post, the furniture after
  }
}
