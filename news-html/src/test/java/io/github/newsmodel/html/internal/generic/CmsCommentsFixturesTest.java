package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Reader comments in the markup of today's content and forum systems: WordPress's block themes (the default themes
 * since 2022), Drupal's Olivero (its default theme since Drupal 9) and XenForo 2. {@code GoldenPagesTest} compares
 * each fixture's whole article with its golden JSON.
 */
class CmsCommentsFixturesTest {

  /**
   * A block theme sets each part of a comment in a block of its own ({@code wp-block-comment-author-name},
   * {@code wp-block-comment-date}, {@code wp-block-comment-content}) and a reply in {@code ol.children}.
   */
  @Test
  void wordPressBlockThemeCommentsAndTheirReply() {
    Article a = Pages.article("wordpress-block-ferry-timetable",
        "https://harbourwalks.example.org/2023/11/winter-ferry-timetable/");

    assertThat(a.comments()).containsExactly(
        Comment.builder().id("comment-301")
            .author(Author.builder().name("Tom Peel").url(URI.create("https://tompeel.example.net")).build())
            .publishedAt(OffsetDateTime.parse("2023-11-02T09:02:11Z"))
            .addBody(Paragraph.of("Twenty minutes later is a problem for anyone who starts work on the island at"
                + " seven."))
            .build(),
        Comment.builder().id("comment-302").replyTo("comment-301").author(Author.of("Nell Hardy"))
            .publishedAt(OffsetDateTime.parse("2023-11-02T10:30Z"))
            .addBody(Paragraph.of("Tom, the harbour office says a 6:20 boat runs on weekdays when enough people"
                + " book it the day before."))
            .build());
    assertThat(a.commentCount()).hasValue(2);
    assertThat(a.commentsOpen()).hasValue(true);
    assertThat(a.text()).doesNotContain("Twenty minutes later", "Leave a Reply", "Reply to", "Proudly powered");
  }

  /**
   * Isso, rendered into the page (a browser's saved copy or an archive that ran the script): its thread, a reply in
   * {@code .isso-follow-up}, machine times on {@code <time datetime>} beside ages, and a bare "(edited)" that says
   * a comment was edited and not when, kept as an edit without a time.
   */
  @Test
  void issoCommentsTheirReplyAndAnEditWithoutItsTime() {
    Article a = Pages.article("isso-self-hosted-comments", "https://quiet.example.org/2024/03/self-hosted-comments/");

    assertThat(a.comments()).extracting(Comment::id, Comment::replyTo, c -> c.author().orElseThrow().name(),
            Comment::publishedAt)
        .containsExactly(
            tuple("isso-12", Optional.empty(), "Maria Kask", Optional.of(OffsetDateTime.parse("2024-03-05T09:12:31Z"))),
            tuple("isso-14", Optional.of("isso-12"), "Jane Roe",
                Optional.of(OffsetDateTime.parse("2024-03-05T11:40:02Z"))),
            tuple("isso-13", Optional.empty(), "Anonymous", Optional.of(OffsetDateTime.parse("2024-03-06T07:03:55Z"))));
    assertThat(a.comments().get(1).edits()).containsExactly(
        EditRecord.builder().note("(edited)").kind(EditKind.UPDATE).build());
    assertThat(a.comments().get(1).text()).isEqualTo("Same here. We run the copy from cron every night now, and keep"
        + " a week of them.");
    assertThat(a.comments().get(0).edits()).isEmpty();
    assertThat(a.text()).doesNotContain("SQLite file is the best part", "Reply");
  }

  /**
   * Waline, rendered into a Hexo blog's page by its script: cards named after no comment, a reply in the card of the
   * comment it answers, ids that are database object ids of hexadecimal digits (a reply's starting with its
   * parent's digits, no number of either), and each time in full in its tooltip beside a day or "昨天".
   */
  @Test
  void walineCommentsTheirReplyAndTheirTimes() {
    Article a = Pages.article("waline-hexo-three-years", "https://lin.example.cn/2024/03/hexo-three-years/");

    assertThat(a.comments()).extracting(Comment::id, Comment::replyTo, c -> c.author().orElseThrow().name(),
            Comment::publishedAt)
        .containsExactly(
            tuple("65e6f0a1c4b2d93e7f1a2b3c", Optional.empty(), "老王",
                Optional.of(OffsetDateTime.parse("2024-03-05T14:30:12+08:00"))),
            tuple("65e6f3c2a9d84e1b0c5f6a7d", Optional.of("65e6f0a1c4b2d93e7f1a2b3c"), "小林",
                Optional.of(OffsetDateTime.parse("2024-03-05T15:02:40+08:00"))),
            tuple("65e7a011e3f24b6c8d9a0b1e", Optional.empty(), "匿名",
                Optional.of(OffsetDateTime.parse("2024-03-06T09:15:00+08:00"))));
    assertThat(a.comments().get(0).text()).isEqualTo("同样从 Valine 迁过来的，LeanCloud 那次真的很突然。Waline 的导入脚本好用吗？");
    assertThat(a.comments().get(0).author().orElseThrow().url()).hasValue(URI.create("https://wang.example.net"));
    assertThat(a.text()).startsWith("三年前我把博客从 WordPress 搬到了 Hexo。").doesNotContain("老王", "回复");
  }

  /**
   * Twikoo, as its script renders it: {@code div.tk-comment} with its replies in {@code div.tk-replies}, object ids
   * that start alike, machine times in {@code <time datetime>} beside "3 天前", and a count of likes beside the reply
   * link ({@code span.tk-action-count}), which is no comment's number.
   */
  @Test
  void twikooCommentsTheirReplyAndNoNumberFromTheLikes() {
    Article a = Pages.article("twikoo-hexo-three-years", "https://lin.example.cn/2024/03/hexo-three-years/");

    assertThat(a.comments()).extracting(Comment::id, Comment::replyTo, c -> c.author().orElseThrow().name(),
            Comment::publishedAt, Comment::number)
        .containsExactly(
            tuple("65f1a2b3c4d5e6f7a8b9c0d1", Optional.empty(), "老王",
                Optional.of(OffsetDateTime.parse("2024-03-05T06:30:12Z")), OptionalInt.empty()),
            tuple("65f1a2b3c4d5e6f7a8b9c0d2", Optional.of("65f1a2b3c4d5e6f7a8b9c0d1"), "小林",
                Optional.of(OffsetDateTime.parse("2024-03-05T07:02:40Z")), OptionalInt.empty()),
            tuple("65f1a2b3c4d5e6f7a8b9c0d3", Optional.empty(), "匿名",
                Optional.of(OffsetDateTime.parse("2024-03-06T01:15:00Z")), OptionalInt.empty()));
    assertThat(a.comments().get(2).text()).isEqualTo("请问对象存储用的是哪家？一个月不到一块钱是怎么做到的？");
  }

  /**
   * Olivero prints a comment's time for people in the site's zone and for machines in a hidden
   * {@code data-comment-timestamp}, which wins; it marks a commenter without an account "(not verified)", which is
   * no part of the name.
   */
  @Test
  void drupalOliveroCommentsTakeTheTimestampAndLoseTheNotVerifiedMark() {
    Article a = Pages.article("drupal-olivero-library-hours",
        "https://lindenau-gazette.example.com/news/library-opening-hours");

    assertThat(a.comments()).extracting(Comment::id).containsExactly("comment-12", "comment-13");
    Comment first = a.comments().get(0);
    assertThat(first.author()).hasValue(Author.of("Ann Weber"));
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2023-11-14T20:33Z"));
    assertThat(first.assumedZone()).isEmpty();
    Comment reply = a.comments().get(1);
    assertThat(reply.replyTo()).hasValue("comment-12");
    assertThat(reply.author()).hasValue(Author.builder().name("Ines Kraft")
        .url(URI.create("https://lindenau-gazette.example.com/user/7")).build());
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Permalink", "Reply"));
  }

  /**
   * A XenForo thread's posts are schema.org {@code Comment} items: the author of each is no author of the thread's
   * page, a quote's "jane said:" title is its attribution, and its "Click to expand..." control is no part of it.
   */
  @Test
  void xenForoPostsWithTheirQuoteAndEdit() {
    Article a = Pages.article("xenforo-bike-lanes-harbour-street",
        "https://forum.harbourcity-cyclists.example.net/threads/bike-lanes-on-harbour-street-when.5512/");

    assertThat(a.text()).as("the opening post is the article").startsWith("The council promised painted lanes");
    assertThat(a.authors()).as("the opening post's poster, not 'Mira S Well-known member Joined', its author box")
        .containsExactly(Author.builder().name("Mira S")
            .url(URI.create("https://forum.harbourcity-cyclists.example.net/members/mira-s.12/")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2023-11-14T21:33+01:00"));
    assertThat(a.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2023-11-14T22:05+01:00"));
    assertThat(a.comments()).as("the replies").extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("Tom B");
    Comment second = a.comments().get(0);
    assertThat(second.body().get(0)).isEqualTo(Quote.builder().text("Has anyone seen a date for the works?")
        .cite("Mira S said:").build());
    assertThat(second.text()).doesNotContain("Click to expand", "Reply", "Like");
  }

  /**
   * Some sites class a reply after the comments it answers ({@code div.comment-reply} inside the
   * {@code div.comment-content} of a {@code div.comment}): each is a reply of its own, not its parent's text, while
   * the reply link and the reply form's box of the same class are no comments.
   */
  @Test
  void repliesClassedAfterTheCommentsTheyAnswer() {
    Article a = Pages.article("thinktank-harbour-levy", "https://harbourpolicy.example.org/blogs/harbour-levy");

    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"), c -> c.replyTo().orElse("-"))
        .containsExactly(tuple("Tom Achterberg", "-"), tuple("Ines Marlow", "c1"), tuple("Tom Achterberg", "c1"),
            tuple("Rosa Lindqvist", "-"));
    assertThat(a.comments().get(0).text()).startsWith("Who sets the levy").doesNotContain("The council would set it");
    assertThat(a.comments().get(1).text()).startsWith("The council would set it");
    assertThat(a.comments().get(1).publishedAt()).hasValue(OffsetDateTime.parse("2023-06-12T14:40+01:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Reply", "Report", "Post reply"));
    assertThat(a.text()).doesNotContain("The council would set it", "Who sets the levy");
  }

  /**
   * Joomla's JComments names a comment by the anchor at its start ({@code a#comment-311}) and lists its replies
   * after it in {@code div#comments-list-311}: the list's id names the comment they reply to.
   */
  @Test
  void jCommentsRepliesListedAfterTheCommentTheyAnswer() {
    Article a = Pages.article("jcomments-neue-baenke-am-hafen", "https://hafenblatt.example.de/hafen/neue-baenke");

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("comment-311<-", "comment-318<comment-311", "comment-325<-");
    Comment reply = a.comments().get(1);
    assertThat(reply.author()).hasValue(Author.of("Jens"));
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2012-04-30T11:40+02:00"));
    assertThat(reply.assumedZone()).as("the page prints no zone").hasValue(java.time.ZoneId.of("Europe/Berlin"));
    assertThat(reply.text()).isEqualTo("Die Bänke am Fähranleger fehlen aber in der Liste.");
    assertThat(a.text()).startsWith("Die Stadt stellt zwölf neue Bänke").doesNotContain("Endlich", "#1");
  }
}
