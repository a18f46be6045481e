package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The posts of a topic of vBulletin 5 ("vBulletin Connect", since 2013), as its template
 * {@code conversation_content} lists them: a {@code ul.conversation-list} whose items are the posts, each an
 * {@code li.b-post} with the post's node id in {@code data-node-id}, the topic's opening post first
 * ({@code b-post--first}, marked a schema.org {@code CreativeWork}) and each reply after it (a {@code Comment}).
 *
 * <p>The generic search finds no post of such a topic: each post holds several blocks named like a comment or a
 * review, the reader's comment box ({@code div.b-comment-entry}) and the box of the post's number
 * ({@code div.b-media__img--rev}), which make its element read as a wrapper of comments, and the opening post is
 * marked as no comment at all. The post's own element is the comment here, with its node id as its page id,
 * {@code post4125} after the anchor {@code <a id="post4125">} that opens it.
 *
 * <p><b>Times.</b> A post prints its time in the reader's zone without an offset, "03-14-2019, 09:05 AM", in a
 * {@code <time datetime="2019-03-14T09:05:21">} whose attribute holds the time in the server's zone, which may be
 * another; its element holds the instant, in seconds since the epoch, in {@code data-node-publishdate}. The instant
 * and the printed time together give the printed time's offset, as {@link PermalinkInstant} reads Blogger's, and
 * the edit notices, "Last edited by ann; 03-14-2019, 12:20 PM.", print their times in the same zone: where the
 * page states no zone, an edit's time is read at the offset of its post's time, recorded as assumed, rather than
 * in the page's assumed zone.
 */
final class VBulletinFivePosts {
  private static final String LIST_CLASS = "conversation-list";
  private static final String POST_CLASS = "b-post";
  private static final String NODE_ID = "data-node-id";
  private static final String PUBLISH_DATE = "data-node-publishdate";
  private static final Pattern NODE_NUMBER = Pattern.compile("\\d{1,12}");

  private VBulletinFivePosts() {}

  /**
   * Finds the posts of a vBulletin 5 topic.
   *
   * @param elements the page's elements
   * @return the posts in page order; none on other pages
   */
  static List<Unit> find(PageElements elements) {
    List<Unit> units = new ArrayList<>();
    for (Element list : elements.byTag("ul")) { // a page has few lists: the posts' items are read only in this one
      if (!list.hasClass(LIST_CLASS)) {
        continue;
      }
      for (Element item : list.children()) {
        if (item.normalName().equals("li") && item.hasAttr(NODE_ID) && item.hasClass(POST_CLASS)) {
          String id = item.attr(NODE_ID).strip();
          // a node id is a number; any other text names no anchor "post..." of the page
          units.add(Unit.forumPost(item, null, NODE_NUMBER.matcher(id).matches() ? "post" + id : null));
        }
      }
    }
    return units;
  }

  /**
   * Whether a post is vBulletin 5's and holds its instant.
   *
   * @param unit the post
   * @return true if the finder found it and its element holds {@code data-node-publishdate}
   */
  static boolean holdsInstant(Unit unit) {
    return unit.forumPost && unit.root.hasAttr(PUBLISH_DATE);
  }

  /**
   * The time of a post: its printed time made exact by the instant of its element, else the time read from its
   * {@code datetime} made exact so, else the instant alone; on a post without an instant, the time read.
   *
   * @param unit the post
   * @param timeElement the element of its time, if found
   * @param read the time read from it, if any
   * @param times how times are read
   * @return the time
   */
  static Optional<ResolvedTime> time(Unit unit, Optional<Element> timeElement, Optional<ResolvedTime> read,
      CommentTimes times) {
    String at = unit.root.attr(PUBLISH_DATE).strip();
    Optional<ResolvedTime> instant = at.isEmpty() ? Optional.empty() : times.exact(at);
    if (instant.isEmpty()) {
      return read;
    }
    Optional<ResolvedTime> shown = PermalinkInstant.refine(
        timeElement.flatMap(Texts::completeText).flatMap(times::find), instant);
    if (agrees(shown, instant.get())) {
      return shown;
    }
    Optional<ResolvedTime> attribute = PermalinkInstant.refine(read, instant);
    return agrees(attribute, instant.get()) ? attribute : instant;
  }

  /**
   * Whether a time is the instant itself, exact: the printed time that the instant made exact, not a printed time
   * that it could not match, which keeps its assumed zone.
   */
  private static boolean agrees(Optional<ResolvedTime> time, ResolvedTime instant) {
    return time.isPresent() && time.get().assumedZone().isEmpty()
        && time.get().time().toInstant().equals(instant.time().toInstant());
  }

  /**
   * The edits of a post, each whose time was read in the page's assumed zone read at the offset of the post's own
   * time instead, where that offset is the page's and not assumed: the reader's zone in which the page prints both.
   *
   * @param edits the edits read from the post's notices
   * @param post the post's time
   * @return the edits
   */
  static List<EditRecord> atPostOffset(List<EditRecord> edits, Optional<ResolvedTime> post) {
    if (edits.isEmpty() || post.isEmpty() || post.get().assumedZone().isPresent()) {
      return edits;
    }
    ZoneOffset offset = post.get().time().getOffset();
    List<EditRecord> out = new ArrayList<>(edits.size());
    for (EditRecord e : edits) {
      if (e.assumedZone().isEmpty() || e.editedAt().isEmpty() || e.editedAt().get().getOffset().equals(offset)) {
        out.add(e);
        continue;
      }
      out.add(EditRecord.builder().from(e).editedAt(e.editedAt().get().toLocalDateTime().atOffset(offset))
          .assumedZone(offset).build());
    }
    return out;
  }
}
