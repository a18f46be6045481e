package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The day a poster joined, printed in the profile box beside each forum post, is never the post's time, and the
 * box's rows are not its text.
 */
class ProfileRowsTest {

  private static CommentSection find(String body) {
    Document page = Jsoup.parse("<html><body><div id=posts>" + body + "</div><footer>end</footer></body></html>",
        "https://forum.example.org/thread/12");
    PageClock clock = new PageClock(DateTimes.anyLanguage().withNumericOrder(DateTimes.NumericOrder.DAY_FIRST),
        ZoneOffset.UTC, Optional.empty());
    return ReaderComments.find(page, JsonLd.of(page), clock);
  }

  /** MyBB's statistics, one text node a row, before the post's date in an unnamed span. */
  @Test
  void aJoinDateInARowOfItsOwnTextLosesToThePostsDate() {
    String post = """
        <div class="post" id="post_%s"><div class="post_author"><a href="/member.php?uid=%s">%s</a>
         <div class="author_statistics">Posts: 14<br>Threads: 3<br>Joined: 12 Mar 2005<br>Reputation: 0</div></div>
         <div class="post_content"><div class="post_head"><span>%s</span></div>
         <div class="post_body">%s</div></div></div>""";
    CommentSection s = find(post.formatted("1", "7", "Ann", "08.01.2024, 10:15", "The boat is late again.")
        + post.formatted("2", "8", "Bo", "08.01.2024, 11:40", "It was on time yesterday."));

    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-01-08T10:15Z"), OffsetDateTime.parse("2024-01-08T11:40Z"));
  }

  /** XenForo's and vBulletin 4's pairs: a term "Joined" and the date in the description after it. */
  @Test
  void aJoinDateAfterItsTermLosesToThePostsDate() {
    String post = """
        <div class="message post" id="post_%s"><div class="message-user"><a href="/members/%s/">%s</a>
         <dl class="pairs"><dt>Joined</dt><dd>3 March 2015</dd></dl><dl class="pairs"><dt>Messages</dt>
         <dd>1,204</dd></dl></div><div class="message-main"><div class="message-attribution">%s</div>
         <div class="message-body">%s</div></div></div>""";
    CommentSection s = find(post.formatted("1", "7", "Ann", "8 January 2024 at 10:15", "The boat is late again.")
        + post.formatted("2", "8", "Bo", "8 January 2024 at 11:40", "It was on time yesterday."));

    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-01-08T10:15Z"), OffsetDateTime.parse("2024-01-08T11:40Z"));
  }

  /**
   * A date in the profile box that no label names (the poster's last visit) loses to the post's date outside
   * the box, as the labelled join date does.
   */
  @Test
  void theProfileBoxLosesToThePostsDate() {
    String post = """
        <div class="post" id="p%s"><dl class="postprofile"><dt><a href="/memberlist.php?u=%s">%s</a></dt>
         <dd><strong>Registriert:</strong> 12.03.2005</dd><dd>Zuletzt aktiv 03.01.2024 18:00</dd></dl>
         <div class="postbody"><p class="author">von %s &raquo; %s</p><div class="content">%s</div></div></div>""";
    CommentSection s = find(post.formatted("1", "7", "Ann", "Ann", "08.01.2024 10:15", "Die Fähre hat Verspätung.")
        + post.formatted("2", "8", "Bo", "Bo", "08.01.2024 11:40", "Gestern war sie pünktlich."));

    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-01-08T10:15Z"), OffsetDateTime.parse("2024-01-08T11:40Z"));
  }

  /** Where the page names no element as a comment's text, the profile's rows are left out of it. */
  @Test
  void theRowsAreNoText() {
    String post = """
        <li class="comment" id="c%s"><a class="author" href="/u/%s">%s</a>
         <div>Mitglied seit 12.03.2005</div><div>Beiträge: 1234</div>
         <span class="date">%s</span><p>%s</p></li>""";
    CommentSection s = find("<ul>" + post.formatted("1", "7", "Ann", "08.01.2024 10:15", "Die Fähre hat Verspätung.")
        + post.formatted("2", "8", "Bo", "08.01.2024 11:40", "Gestern war sie pünktlich.") + "</ul>");

    assertThat(s.comments()).extracting(Comment::text)
        .containsExactly("Die Fähre hat Verspätung.", "Gestern war sie pünktlich.");
    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2024-01-08T10:15Z"));
  }

  /** A line of what the poster wrote stays, though it starts as a profile's row would. */
  @Test
  void aLineOfThePostsTextStays() {
    CommentSection s = find("""
        <div class="post" id="p1"><a class="username" href="/u/7">Ann</a> <span class="date">08.01.2024 10:15</span>
         <div class="content"><p>Registered: 12 March 2005, the day the ferry came back.</p><p>Posts: 3</p></div>
        </div>""");

    assertThat(s.comments()).singleElement().extracting(Comment::text)
        .isEqualTo("Registered: 12 March 2005, the day the ferry came back.\n\nPosts: 3");
  }
}
