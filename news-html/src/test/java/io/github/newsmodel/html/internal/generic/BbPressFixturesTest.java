package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A topic of bbPress, the forum plugin of WordPress, in its default templates: each post is a
 * {@code div.bbp-reply-header} with its time and permalink, then the post's own element with the poster and the
 * text; the topic's line "This topic has 2 replies ... and was last updated 4 days, 1 hour ago by selina_k" stands
 * above them all, and "You must be logged in to reply" below.
 */
class BbPressFixturesTest {
  private static final String TOPIC = "https://harbour.example.org/forums/topic/night-ferry-to-holm-from-may/";
  private static final String ARCHIVED = "https://web.archive.org/web/20240308120000/" + TOPIC;
  private static final String PROFILES = "https://harbour.example.org/forums/users/";

  @Test
  void theOpeningPostIsTheArticle() {
    var a = Pages.article("bbpress-night-ferry-to-holm", ARCHIVED);

    assertThat(a.title()).hasValue("Night ferry to Holm from May");
    assertThat(a.authors()).as("the opening post's poster, not the topic line's last to reply")
        .containsExactly(Author.builder().name("quaywalker").url(URI.create(PROFILES + "quaywalker/")).build());
    assertThat(a.publishedAt()).as("the opening post's header, not the topic line's \"last updated 4 days ago\"")
        .hasValue(OffsetDateTime.parse("2024-03-03T21:14Z"));
    assertThat(a.body()).containsExactly(
        Paragraph.of("From the first of May there is a night ferry to Holm on Fridays and Saturdays. It leaves"
            + " Westbay at a quarter to one and comes back at half past one."),
        Paragraph.of("The fare is the same as by day, and the monthly pass is valid on it."));
  }

  @Test
  void theRepliesAreCommentsWithTheirHeadersTimesAndRevisionLog() {
    var a = Pages.article("bbpress-night-ferry-to-holm", ARCHIVED);

    assertThat(a.comments()).extracting(Comment::id).as("not the notice \"You must be logged in to reply\"")
        .containsExactly("post-2205", "post-2207");
    Comment reply = a.comments().get(0);
    assertThat(reply.author()).hasValue(
        Author.builder().name("selina_k").url(URI.create(PROFILES + "selina_k/")).build());
    assertThat(reply.publishedAt()).as("the header before the post's element")
        .hasValue(OffsetDateTime.parse("2024-03-04T08:02Z"));
    assertThat(reply.body()).containsExactly(Quote.of("It leaves Westbay at a quarter to one"),
        Paragraph.of("Good: the last bus from the harbour goes at half past twelve, so it connects."));
    assertThat(reply.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2024-03-04T09:00Z")).assumedZone(ZoneOffset.UTC)
        .editor(Author.of("selina_k"))
        .note("This reply was modified 4 days, 3 hours ago by selina_k. Reason: the bus time")
        .reason("the bus time").kind(EditKind.UPDATE).build());
    Comment guest = a.comments().get(1);
    assertThat(guest.author()).as("a guest's name, without a link").hasValue(Author.of("Harbour Master"));
    assertThat(guest.text()).isEqualTo("The night ferry will not run on the bank holiday weekend at the end of May.");
  }

  /** A topic's later page, {@code /page/2/}, shows no opening post: every post on it is a reply. */
  @Test
  void aLaterPageHasNoOpeningPost() {
    String page = Pages.text("bbpress-night-ferry-to-holm.html");
    // the second page: the replies without the opening post's header and element
    int from = page.indexOf("<div id=\"post-2201\"");
    int to = page.indexOf("<div id=\"post-2205\"");
    String later = page.substring(0, from) + page.substring(to);

    var a = HtmlArticles.parse(later, URI.create(TOPIC + "page/2/"));

    assertThat(a.body()).isEmpty();
    assertThat(a.authors()).isEmpty();
    assertThat(a.comments()).extracting(Comment::id).containsExactly("post-2205", "post-2207");
  }

  /**
   * A post revised twice lists each revision in an item of its own: two edits, each with its own time, editor and
   * reason, not one whose note and reason run the two lines together.
   */
  @Test
  void eachItemOfTheRevisionLogIsAnEditOfItsOwn() {
    String page = Pages.text("bbpress-night-ferry-to-holm.html");
    String first = "Reason: the bus time</li>";
    String second = "\n<li id=\"bbp-reply-revision-log-2205-item-2208\" class=\"bbp-reply-revision-log-item\">This"
        + " reply was modified 4 days, 1 hour ago by <a href=\"" + PROFILES + "harbour_master/\""
        + " class=\"bbp-author-link\"><span class=\"bbp-author-name\">Harbour Master</span></a>.</li>";
    assertThat(page).contains(first);

    var a = HtmlArticles.parse(page.replace(first, first + second), URI.create(ARCHIVED));

    assertThat(a.comments().get(0).edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2024-03-04T09:00Z")).assumedZone(ZoneOffset.UTC)
        .editor(Author.of("selina_k"))
        .note("This reply was modified 4 days, 3 hours ago by selina_k. Reason: the bus time")
        .reason("the bus time").kind(EditKind.UPDATE).build(), EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2024-03-04T11:00Z")).assumedZone(ZoneOffset.UTC)
        .editor(Author.of("Harbour Master"))
        .note("This reply was modified 4 days, 1 hour ago by Harbour Master.").kind(EditKind.UPDATE).build());
    assertThat(a.comments().get(0).text()).doesNotContain("modified");
  }
}
