package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The messages of a topic of FUDforum (2002 to today) in its {@code drawmsg.tmpl} layout, which names no element
 * as a post in the words the generic rules know: each message is a {@code table.MsgTable} in a row of the topic's
 * {@code table.ContentTable}. Its first row holds the cell of its anchors ({@code <a name="msg_num_2">}, its place on
 * the page, and {@code <a name="msg_4716">}, its id) and subject, with "[Message #4716 is a reply to Message #4711]"
 * after it, and the cell of its time, {@code span.DateText}; the second the poster's details; the third, cell
 * {@code td.MsgR3}, the text in {@code span.MsgBodyText}, the signature and the "[Updated on: ...]" line. A message
 * is read by {@link FudForumPost}. A reply's note names the message it answers ({@link ReplyLinks}); a reply to the
 * topic's opening message, which answers none, is a reply to the topic, as the replies of other forums are.
 */
final class FudForumPosts {
  private FudForumPosts() {}

  /**
   * Finds the messages of a page in FUDforum's layout.
   *
   * @param elements the page's elements
   * @return the messages in page order, each with its table as its element, the cell of its anchors as its header
   *     and {@code msg_4716} as its id; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    List<Unit> units = new ArrayList<>();
    for (Element table : elements.byTag("table")) {
      if (!table.hasClass("MsgTable")) {
        continue;
      }
      Element head = FudForumPost.headCell(table);
      String id = head == null ? null : id(head);
      if (id != null && FudForumPost.of(table, head) != null) {
        units.add(Unit.forumPost(table, head, id));
      }
    }
    if (!units.isEmpty()) {
      ReplyLinks.apply(units); // "[Message #4716 is a reply to Message #4711]"
      Unit first = units.get(0);
      if (!FudForumPost.saysReply(first.header)) {
        // the topic's opening message, which says it answers none: the replies to it answer the topic
        units.forEach(u -> u.parent = u.parent == first ? null : u.parent);
      }
    }
    return units;
  }

  /**
   * What the article's text leaves out around the messages: the table that lists them, whose rows hold nothing
   * else.
   *
   * @param units the messages found by {@link #find}
   * @return the elements
   */
  static Set<Element> regions(List<Unit> units) {
    Set<Element> out = new LinkedHashSet<>();
    for (Unit u : units) {
      Element list = TableLayout.tableAround(u.root);
      out.add(list == null ? u.root : list);
    }
    return out;
  }

  /**
   * The message's id, "msg_4716" of its anchor {@code <a name="msg_4716">}, which its subject's link and the links
   * of the replies to it name; not {@code msg_num_2}, its place on the page.
   */
  private static @Nullable String id(Element head) {
    for (Element a = head.firstElementChild(); a != null && a.normalName().equals("a"); a = a.nextElementSibling()) {
      String name = a.attr("name");
      if (name.startsWith("msg_") && TableLayout.isPostNumber(name.substring(4))) {
        return name;
      }
    }
    return null;
  }
}
