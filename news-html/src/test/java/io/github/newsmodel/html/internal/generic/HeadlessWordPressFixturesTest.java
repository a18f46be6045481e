package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A WordPress blog served by a headless front end (Next.js over WPGraphQL, styled with styled-components), whose
 * build hashes its class names ({@code ul.Comments__CommentList-hq7tzp-2}, {@code div.sc-bdVaJa}) so that no element
 * is named as a comment, its author or its text. Each comment is a list item opened by WordPress's empty anchor
 * {@code <a name="comment-4102">}, then "{@code <strong>Ann</strong> says:}", a {@code <time>} whose
 * {@code dateTime} is the instant in milliseconds, and the text; replies are nested in their parent's item.
 */
class HeadlessWordPressFixturesTest {
  private static final String URL = "https://quaynotes.example.org/2011/03/14/ferry-goes-hourly/";

  @Test
  void listItemsOpenedByACommentAnchorAreTheComments() {
    var a = Pages.article("headless-wordpress-ferry-winter", URL);

    assertThat(a.comments()).extracting(Comment::id)
        .as("the anchor's name").containsExactly("comment-4102", "comment-4105", "comment-4111");
    assertThat(a.comments()).extracting(c -> c.replyTo().orElse(""))
        .as("an item nested in another's list replies to it").containsExactly("", "comment-4102", "");
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .as("dateTime=\"1300100520000\", milliseconds since the epoch")
        .containsExactly(OffsetDateTime.parse("2011-03-14T11:02Z"), OffsetDateTime.parse("2011-03-14T12:30Z"),
            OffsetDateTime.parse("2011-03-15T08:15Z"));
    assertThat(a.text()).doesNotContain("far too little", "Your comment");
  }

  @Test
  void theNameBeforeSaysIsTheAuthor() {
    var a = Pages.article("headless-wordpress-ferry-winter", URL);

    assertThat(a.comments()).extracting(c -> c.author().orElseThrow())
        .as("<strong>Ann</strong> says:, with the link of a linked name")
        .containsExactly(Author.of("Gerald Wilde"),
            Author.builder().name("Hannah Quill").url(URI.create("https://hquill.example.org/")).build(),
            Author.of("Passenger"));
    assertThat(a.comments().get(0).text()).isEqualTo(
        "Once an hour is far too little for those who work on the mainland. You arrive either too early or too late.");
    assertThat(a.comments().get(1).text()).as("\"says:\" inside the text names no one and stays")
        .isEqualTo("The operator says: the half-hourly boats come back on the first of April.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Reply", "Gerald", "14.03.2011"));
  }
}
