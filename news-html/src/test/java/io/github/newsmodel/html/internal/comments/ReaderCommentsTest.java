package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReaderCommentsTest {
  private static final Optional<ZoneId> BERLIN = Optional.of(ZoneId.of("Europe/Berlin"));

  private static CommentSection find(String body, Optional<ZoneId> zone) {
    Document page = Jsoup.parse("<html><body>" + body + "<footer>end</footer></body></html>",
        "https://example.org/story");
    return ReaderComments.find(page, JsonLd.of(page), zone);
  }

  private static String item(String id, String author, String text) {
    return "<li class=comment id=" + id + "><span class=comment-author>" + author + "</span>"
        + "<div class=comment-content><p>" + text + "</p></div>";
  }

  @Test
  void nestedItemsOfTheSameKindAreReplies() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Ann", "First.")
        + "<ol class=children>" + item("comment-2", "Bo", "An answer.") + "</li></ol></li>"
        + item("comment-3", "Cy", "Third.") + "</li></ol>", Optional.empty());

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1", "comment-2", "comment-3");
    assertThat(s.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "comment-1", "-");
    assertThat(s.comments()).extracting(Comment::text).containsExactly("First.", "An answer.", "Third.");
  }

  @Test
  void anInnerElementWithTheSameNumberIsPartOfTheSameComment() {
    CommentSection s = find("<ol class=commentlist><li id=li-comment-7 class=comment><div id=comment-7"
        + " class=comment><cite class=fn>Ann</cite><div class=comment-text><p>Only one comment.</p></div></div>"
        + "</li></ol>", Optional.empty());

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("li-comment-7");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
    });
  }

  @Test
  void aWrapperNamedLikeACommentIsNotOne() {
    CommentSection s = find("<div id=comments class=comment-wrapper><h2>2 Comments</h2>"
        + "<div class='comment-item' data-comment-id=11><p>One.</p></div>"
        + "<div class='comment-item' data-comment-id=12><p>Two.</p></div></div>", Optional.empty());

    assertThat(s.comments()).extracting(Comment::id).containsExactly("11", "12");
    assertThat(s.count()).hasValue(2);
  }

  @Test
  void buttonsAndFormsNamedAfterCommentsAreNotComments() {
    CommentSection s = find("<div class=comments><a class=bi-write-comment href=#>Write a comment</a>"
        + "<form id=commentform><textarea name=comment></textarea></form>"
        + "<p class=comment-count>0 comments</p></div>", Optional.empty());

    assertThat(s.comments()).isEmpty();
    assertThat(s.open()).hasValue(true);
    assertThat(s.count()).as("a declared count of none").hasValue(0);
  }

  @Test
  void authorLabelsAndActionLinksStayOutOfTheText() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-5><div class=comment-meta>"
        + "<span class=author>Dee</span> says: <a class=comment-reply-link href=#>Reply</a></div>"
        + "<p>The text itself.</p><div class=comment-actions><a href=#>Report</a> <a href=#>Like</a></div></div>"
        + "</div>", Optional.empty());

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("The text itself.");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Dee"));
    });
  }

  @Test
  void quotesInACommentAreQuoteBlocks() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-9><div class=comment-text>"
        + "<blockquote><cite>Ann wrote:</cite>Earlier words.</blockquote><p>My answer.</p></div></div></div>",
        Optional.empty());

    Comment c = s.comments().get(0);
    assertThat(c.body().get(0)).isInstanceOfSatisfying(Quote.class, q -> {
      assertThat(q.text()).isEqualTo("Earlier words.");
      assertThat(q.cite()).hasValue("Ann wrote:");
    });
    assertThat(c.body().get(1).text()).isEqualTo("My answer.");
  }

  @Test
  void timesWithAnOffsetAreKeptAndLocalTimesNeedTheCallersZone() {
    String html = "<div class=comments><div class=comment id=comment-1><time datetime='2024-04-03T08:12:00+02:00'>"
        + "3 April</time><p>With offset.</p></div><div class=comment id=comment-2><span class=date>03.04.2024 - 09:30"
        + "</span><p>Local time.</p></div><div class=comment id=comment-3><span class=date>3.4.2024</span>"
        + "<p>Only a date.</p></div></div>";

    CommentSection withoutZone = find(html, Optional.empty());
    assertThat(withoutZone.comments()).extracting(c -> c.publishedAt().isPresent()).containsExactly(true, false,
        false);

    CommentSection berlin = find(html, BERLIN);
    assertThat(berlin.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T08:12+02:00"));
    assertThat(berlin.comments().get(0).assumedZone()).isEmpty();
    assertThat(berlin.comments().get(1).publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T09:30+02:00"));
    assertThat(berlin.comments().get(1).assumedZone()).isEqualTo(BERLIN);
    Comment dateOnly = berlin.comments().get(2);
    assertThat(dateOnly.publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T00:00+02:00"));
    assertThat(dateOnly.publishedAtDateOnly()).isTrue();
  }

  @Test
  void aUnixTimestampIsAnExactTime() {
    CommentSection s = find("<div class=comments><article class=comment id=comment-1><mark class=hidden"
        + " data-comment-timestamp=1712131920></mark><p>Text.</p></article></div>", Optional.empty());

    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T08:12Z"));
  }

  @Test
  void editNoticesInEnglishGermanAndFinnishBecomeEdits() {
    String html = "<div class=comments>"
        + "<div class=comment id=comment-1><time datetime='2024-04-03T08:00:00Z'>x</time><p>One.</p>"
        + "<p>Edited by Ann on 3 April 2024 10:15</p></div>"
        + "<div class=comment id=comment-2><time datetime='2024-04-03T08:00:00Z'>x</time><p>Two.</p>"
        + "<div class=edited>bearbeitet am 03.04.2024 um 11:00</div></div>"
        + "<div class=comment id=comment-3><time datetime='2024-04-03T08:00:00Z'>x</time><p>Three.</p>"
        + "<small>muokattu 3.4.2024 klo 12.30</small></div>"
        + "<div class=comment id=comment-4><time datetime='2024-04-03T08:00:00Z'>x</time><p>Four.</p>"
        + "<small>edited</small></div></div>";

    CommentSection s = find(html, Optional.of(ZoneId.of("UTC")));

    assertThat(s.comments()).extracting(Comment::text).containsExactly("One.", "Two.", "Three.", "Four.");
    assertThat(s.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt()).isEqualTo(OffsetDateTime.parse("2024-04-03T10:15Z"));
      assertThat(e.editor()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
    });
    assertThat(s.comments().get(1).edits()).singleElement()
        .satisfies(e -> assertThat(e.editedAt()).isEqualTo(OffsetDateTime.parse("2024-04-03T11:00Z")));
    assertThat(s.comments().get(2).edits()).singleElement()
        .satisfies(e -> assertThat(e.editedAt()).isEqualTo(OffsetDateTime.parse("2024-04-03T12:30Z")));
    assertThat(s.comments().get(3).edits()).as("a notice without a time cannot be an edit record").isEmpty();
  }

  @Test
  void anEditBeforeTheCommentIsDropped() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><time"
        + " datetime='2024-04-03T08:00:00Z'>x</time><p>Text.</p><p>Edited 2 April 2024 10:00</p></div></div>",
        Optional.of(ZoneId.of("UTC")));

    assertThat(s.comments().get(0).edits()).isEmpty();
  }

  @Test
  void repeatedPageIdsAreMadeUniqueAndEmptyCommentsLeftOut() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><p>A.</p></div>"
        + "<div class=comment id=comment-1><p>B.</p></div><div class=comment id=comment-2> </div>"
        + "<div class=comment><p>C.</p></div></div>", Optional.empty());

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1", "comment-1~2", "c4");
  }

  @Test
  void aReplyToALeftOutCommentRepliesToItsParent() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Ann", "Root.")
        + "<ol class=children><li class=comment id=comment-2><ol class=children>"
        + item("comment-3", "Cy", "Deep reply.") + "</li></ol></li></ol></li></ol>", Optional.empty());

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1", "comment-3");
    assertThat(s.comments().get(1).replyTo()).hasValue("comment-1");
  }

  @Test
  void aCommentThePageMayHaveCutOffIsLeftOut() {
    Document page = Jsoup.parse("<body><div class=comments><div class=comment id=comment-1><p>Whole.</p></div>"
        + "<div class=comment id=comment-2><p>Cut off in the mid");

    assertThat(ReaderComments.find(page, JsonLd.of(page), Optional.empty()).comments()).extracting(Comment::id)
        .containsExactly("comment-1");
  }

  @Test
  void aBlogPostMarkedUpAsAReviewIsTheArticleNotAComment() {
    CommentSection s = find("<div class='post hentry' itemscope itemtype='http://schema.org/Review'><h2>Title</h2>"
        + "<p>The post itself.</p></div>", Optional.empty());

    assertThat(s.comments()).isEmpty();
  }

  @Test
  void theCountAndTheStateOfTheSection() {
    assertThat(find("<div id=comments><h3>Kommentare (12)</h3><div class=comment id=comment-1><p>x</p></div>"
        + "</div>", Optional.empty()).count()).hasValue(12);
    assertThat(find("<div id=comments><h2>One thought on “Story”</h2></div>", Optional.empty()).count())
        .hasValue(1);
    assertThat(find("<div id=comments><p class=nocomments>Comments are closed.</p></div>", Optional.empty())
        .open()).hasValue(false);
    assertThat(find("<p>Nothing about comments here.</p>", Optional.empty()).open()).isEmpty();
  }

  @Test
  void jsonLdCountAndCommentsWhenTheMarkupHasNone() {
    Document page = Jsoup.parse("<html><head><script type=application/ld+json>{\"@type\":\"BlogPosting\","
        + "\"commentCount\":\"5\",\"comment\":[{\"@type\":\"Comment\",\"text\":\"<p>Nice.</p><p>Really.</p>\","
        + "\"author\":\"Eve\"}]}</script></head><body></body></html>");

    CommentSection s = ReaderComments.find(page, JsonLd.of(page), Optional.empty());

    assertThat(s.count()).hasValue(5);
    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.body()).extracting(b -> b.text()).containsExactly("Nice.", "Really.");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Eve"));
    });
  }
}
