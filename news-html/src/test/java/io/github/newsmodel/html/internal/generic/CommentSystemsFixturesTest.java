package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Blog posts of three comment systems in their default templates: b2evolution's {@code div.bCommentTitle}
 * "Comment from: <a>Ann</a> [Visitor]" over a {@code bCommentSmallPrint} of "03/14/11 @ 11:02", a two-digit year;
 * Textpattern's first default form, bare items of {@code ol.comments} each ending in "— <a>Ann</a> · 14 March 2019,
 * 11:02 · <a id=c000127>#</a>"; django-comments-xtd's tree of media objects, each opened by {@code <a name=c12>}
 * and headed "March 14, 2011, 11:02 a.m. - <a>Ann</a>", its replies nested in it. None prints an offset: their times
 * are read in UTC, and say so ({@code assumedZone}).
 */
class CommentSystemsFixturesTest {
  private static final String B2EVO = "http://quayside.example.net/index.php/quayside/2011/03/14/ferry-goes-hourly";
  private static final String TXP = "http://harbourlog.example.org/articles/41/the-ferry-keeps-its-winter-timetable";
  private static final String DJANGO = "http://harbournotes.example.org/blog/2011/03/14/ferry-goes-hourly/";

  @Test
  void b2evolutionPostWithoutItsComments() {
    var a = Pages.article("b2evolution-ferry-winter-timetable", B2EVO);

    assertThat(a.title()).hasValue("Ferry goes hourly for the winter");
    assertThat(a.authors()).extracting(Author::name).containsExactly("Hannah Quill");
    assertThat(a.publishedAt()).as("\"03/14/11 @ 09:30\" on an en-US page").hasValue(
        OffsetDateTime.parse("2011-03-14T09:30Z"));
    assertThat(a.body()).hasSize(2);
    assertThat(a.text()).doesNotContain("Comment from", "Visitor", "far too little", "Leave a comment");
    assertThat(a.commentCount()).as("the heading \"2 comments\"").hasValue(2);
    assertThat(a.commentsOpen()).hasValue(true);
  }

  @Test
  void b2evolutionCommentsFromAVisitorAndAMember() {
    var a = Pages.article("b2evolution-ferry-winter-timetable", B2EVO);

    assertThat(a.comments()).extracting(Comment::id).containsExactly("c412", "c415");
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow())
        .as("the name after \"Comment from:\", without \"[Visitor]\", linked to the site or to the profile")
        .containsExactly(Author.builder().name("Gerald Wilde").url(URI.create("http://gwilde.example.com/")).build(),
            Author.builder().name("Hannah Quill")
                .url(URI.create("http://quayside.example.net/index.php/quayside/?disp=user&user_ID=1")).build());
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .as("\"03/14/11 @ 11:02\": a two-digit year, read with its time of day")
        .containsExactly(OffsetDateTime.parse("2011-03-14T11:02Z"), OffsetDateTime.parse("2011-03-14T12:30Z"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(java.time.ZoneOffset.UTC));
    assertThat(a.comments().get(0).body()).containsExactly(Paragraph.of(
        "Once an hour is far too little for those who work on the mainland. You arrive either too early or too late."));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).isEmpty();
      assertThat(c.text()).doesNotContain("Comment from", "Visitor", "Member", "03/14/11", "Permalink");
    });
  }

  @Test
  void textpatternPostWithoutItsComments() {
    var a = Pages.article("textpattern-ferry-winter-timetable", TXP);

    assertThat(a.title()).hasValue("The ferry keeps its winter timetable");
    assertThat(a.authors()).extracting(Author::name).containsExactly("Hannah Quill");
    assertThat(a.body()).hasSize(2);
    assertThat(a.text()).doesNotContain("Gerald", "too little", "Textile Help", "Preview");
    assertThat(a.commentCount()).as("the heading \"Comment\" is the invitation and counts none").isEmpty();
    assertThat(a.commentsOpen()).as("form#txpCommentInputForm").hasValue(true);
  }

  @Test
  void textpatternItemsReadTheirDottedFooters() {
    var a = Pages.article("textpattern-ferry-winter-timetable", TXP);

    assertThat(a.comments()).extracting(Comment::id).as("the permalinks' own ids, zero-filled")
        .containsExactly("c000127", "c000128", "c000131");
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow())
        .as("the site the name links to, not an e-mail address; a guest without either")
        .containsExactly(Author.builder().name("Gerald Wilde").url(URI.create("http://gwilde.example.com")).build(),
            Author.of("Hannah Quill"), Author.of("Ferry passenger"));
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2019-03-14T11:02Z"), OffsetDateTime.parse("2019-03-14T12:30Z"),
        OffsetDateTime.parse("2019-03-15T08:15Z"));
    assertThat(a.comments().get(1).body()).containsExactly(
        Paragraph.of("The operator is looking at an extra crossing at half past eight. I will ask again next week."),
        Paragraph.of("Until then the bus from the bridge is the only other way across."));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).isEmpty();
      assertThat(c.text()).doesNotContain("·", "—", "March", "#");
    });
  }

  @Test
  void djangoCommentsXtdPostWithoutItsComments() {
    var a = Pages.article("django-comments-xtd-ferry-winter", DJANGO);

    assertThat(a.title()).hasValue("The ferry goes hourly for the winter");
    assertThat(a.body()).hasSize(2);
    assertThat(a.text()).doesNotContain("Gerald", "too little", "Your comment", "Reply");
    assertThat(a.commentCount()).as("the library prints no count; \"3 comments have been posted.\" is no heading")
        .isEmpty();
    assertThat(a.commentsOpen()).hasValue(true);
  }

  @Test
  void djangoCommentsXtdTreeKeepsItsReplies() {
    var a = Pages.article("django-comments-xtd-ferry-winter", DJANGO);

    assertThat(a.comments()).extracting(Comment::id).as("<a name=c12> that opens each media object")
        .containsExactly("c12", "c14", "c15");
    assertThat(a.comments()).extracting(c -> c.replyTo().orElse(""))
        .as("the div.media inside li.media#c12 replies to it").containsExactly("", "c12", "");
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow())
        .as("the name after the date's \" - \", with the site it links to")
        .containsExactly(Author.builder().name("Gerald Wilde").url(URI.create("http://gwilde.example.com/")).build(),
            Author.of("Hannah Quill"),
            Author.builder().name("Ida Brandt").url(URI.create("http://holmresident.example.net/")).build());
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).as("Django's \"N j, Y, P\"")
        .containsExactly(OffsetDateTime.parse("2011-03-14T11:02Z"), OffsetDateTime.parse("2011-03-14T12:47Z"),
            OffsetDateTime.parse("2011-03-15T08:15Z"));
    assertThat(a.comments().get(1).text())
        .isEqualTo("The operator is looking at an extra crossing at half past eight. I will ask them again next week.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Reply", "¶", "a.m.", "p.m."));
  }
}
