package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Replies that a flat list of comments marks only in words and a link to the comment answered. */
class ReplyLinksTest {
  private static final String PAGE = "https://example.org/2011/03/story.html";

  private static CommentSection find(String comments) {
    Document page = Jsoup.parse("<html><body><article><h1>Story</h1><p>The story's own text, long enough to be"
        + " the article and not a comment.</p></article><div id=comments>" + comments
        + "</div><footer>end</footer></body></html>", PAGE);
    return ReaderComments.find(page, JsonLd.of(page), new PageClock(DateTimes.anyLanguage(), ZoneOffset.UTC,
        Optional.empty()));
  }

  private static String comment(String id, String header, String text) {
    return "<div class=comment id=" + id + "><div class=comment-header>" + header + "</div>"
        + "<div class=comment-content><p>" + text + "</p></div></div>";
  }

  private static Optional<String> replyTo(CommentSection s, String id) {
    return s.comments().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().replyTo();
  }

  @Test
  void movableTypeRepliedToNamesTheParent() {
    CommentSection s = find(comment("comment-11", "<span class=author>Fergus</span>", "First.")
        + comment("comment-12", "<span class=author>Moira</span> replied to <a href=\"" + PAGE
            + "#comment-11\">comment from Fergus</a> | <a href=\"#comment-12\">March 8, 2011 1:05 PM</a>", "Second.")
        + comment("comment-13", "<span class=author>Ann</span> | <a href=\"#comment-13\">March 8, 2011</a>",
            "Third."));

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-11", "comment-12", "comment-13");
    assertThat(replyTo(s, "comment-11")).isEmpty();
    assertThat(replyTo(s, "comment-12")).hasValue("comment-11");
    assertThat(replyTo(s, "comment-13")).isEmpty();
  }

  /** Movable Type's German puts the verb after the link; Drupal prints "In reply to <title> by <author>". */
  @Test
  void wordsAfterTheLinkOrOpeningItAlsoSayReply() {
    CommentSection german = find(comment("comment-21", "Fergus", "Erster.")
        + comment("comment-22", "Moira hat auf den <a href=\"#comment-21\">Kommentar von Fergus</a> geantwortet",
            "Zweiter."));
    CommentSection drupal = find(comment("comment-31", "Fergus", "First.")
        + comment("comment-32", "<p class=visually-hidden>In reply to <a href=\"/comment/31#comment-31\">Title"
            + "</a> by Fergus</p>", "Second."));
    CommentSection at = find(comment("comment-41", "Fergus", "First.")
        + comment("comment-42", "Moira", "<a href=\"#comment-41\">@Fergus</a> no, it was Tuesday."));

    assertThat(replyTo(german, "comment-22")).hasValue("comment-21");
    assertThat(replyTo(drupal, "comment-32")).hasValue("comment-31");
    assertThat(replyTo(at, "comment-42")).hasValue("comment-41");
  }

  /** Older templates anchor a comment with a padded number, {@code <a name="c000051">}, apart from its id. */
  @Test
  void aPaddedAnchorNumberNamesTheCommentOfThatNumber() {
    CommentSection s = find(comment("comment-51", "Fergus", "First.")
        + comment("comment-52", "Moira, in reply to <a href=\"#c000051\">Fergus</a>", "Second."));

    assertThat(replyTo(s, "comment-52")).hasValue("comment-51");
  }

  /** A link to another comment in what a reader wrote, or to a later one, or to itself, makes no reply. */
  @Test
  void aLinkWithoutReplyWordsOrToNoEarlierCommentIsNoReply() {
    CommentSection s = find(comment("comment-61", "Fergus", "First, and see <a href=\"#comment-63\">Ann</a>.")
        + comment("comment-62", "Moira", "As <a href=\"#comment-61\">Fergus</a> said, it was Tuesday.")
        + comment("comment-63", "Ann replied to <a href=\"#comment-63\">this</a>", "Third.")
        + comment("comment-64", "Bo in reply to <a href=\"#comment-99\">Nobody</a>", "Fourth."));

    assertThat(s.comments()).extracting(Comment::replyTo).containsOnly(Optional.empty());
  }
  /**
   * A reply that is its parent's sibling holds a form that leads to the parent, whose button names it: "Antwort auf
   * #1 von Fergus". A reply box's own form, which leads to the comment form, names no one; a form whose button says
   * something else leads to no parent.
   */
  @Test
  void aFormWhoseButtonSaysReplyAndWhoseActionNamesAnEarlierCommentIsTheReplyLink() {
    String comment = "<article class=comment id=cid-51><div class=comment-meta><h4 class=comment-meta__name>Fergus"
        + "</h4></div><div class=comment__body><p>First.</p></div><div class=comment__reactions><form action=\""
        + PAGE + "#comment-form\"><button>Antworten</button></form></div></article>";
    String reply = "<article class=comment id=cid-52><div class=comment-meta><h4 class=comment-meta__name>Moira"
        + "</h4></div><div class=comment__body><p>Second.</p></div><div class=comment__reactions><form action=\""
        + PAGE + "#cid-51\"><input type=hidden name=cid value=51><button class=comment__origin>Antwort auf"
        + " <strong>#1</strong> von <strong>Fergus</strong></button></form></div></article>";
    String jump = "<article class=comment id=cid-53><div class=comment-meta><h4 class=comment-meta__name>Ann"
        + "</h4></div><div class=comment__body><p>Third.</p></div><div class=comment__reactions><form action=\""
        + PAGE + "#cid-51\"><button>Zum Anfang</button></form></div></article>";

    CommentSection s = find(comment + reply + jump);

    assertThat(s.comments()).extracting(Comment::id).containsExactly("cid-51", "cid-52", "cid-53");
    assertThat(replyTo(s, "cid-52")).hasValue("cid-51");
    assertThat(replyTo(s, "cid-53")).isEmpty();
    assertThat(s.comments()).extracting(Comment::text).containsExactly("First.", "Second.", "Third.");
  }
}
