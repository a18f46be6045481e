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
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A topic of vBulletin 5 ("vBulletin Connect") in its default style: each post an {@code li.b-post} of the
 * {@code ul.conversation-list} with its node id in {@code data-node-id} and its instant in
 * {@code data-node-publishdate}, the poster in a {@code div.b-userinfo}, the number in {@code a.b-post__count},
 * the time in {@code <time itemprop=dateCreated>}, the text in {@code div.js-post__content-text}, a quote in a
 * {@code div.bbcode_container} with "Originally posted by" and an arrow to the quoted post, and an edit in a
 * {@code div.b-post__edit}, "Last edited by ann; 03-14-2019, 12:20 PM." The footer states the zone, "All times are
 * GMT-4".
 */
class VBulletinFiveFixturesTest {
  private static final String NAME = "vbulletin5-bus-lanes-quay-road";
  private static final String TOPIC =
      "https://forum.eastbay-transport.example.org/forum/local-transport/buses/4120-bus-lanes-on-quay-road";
  private static final String MEMBERS = "https://forum.eastbay-transport.example.org/member/";
  private static final String STATED_ZONE = "All times are GMT-4. ";
  private static final ZoneOffset EDT = ZoneOffset.ofHours(-4);

  @Test
  void theOpeningPostIsTheArticle() {
    Article a = Pages.article(NAME, TOPIC);

    assertThat(a.title()).hasValue("Bus lanes on Quay Road");
    assertThat(a.authors()).containsExactly(
        Author.builder().name("quaywalker").url(URI.create(MEMBERS + "211-quaywalker")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T09:05:21-04:00"));
    assertThat(a.assumedZone()).isEmpty();
    assertThat(a.body()).containsExactly(
        Paragraph.of("From the first of April the council paints bus lanes on both sides of Quay Road, between the"
            + " station and the ferry terminal."),
        Paragraph.of("The lanes are for buses, taxis and bicycles from seven to ten in the morning and from four to"
            + " seven in the evening."));
  }

  @Test
  void theRepliesAreCommentsWithTheirNumbersQuotesAndEdits() {
    Article a = Pages.article(NAME, TOPIC);

    assertThat(a.comments()).extracting(Comment::id).as("not the comment boxes nor the boxes of the numbers")
        .containsExactly("post4125", "post4127");
    Comment reply = a.comments().get(0);
    assertThat(reply.number()).hasValue(2);
    assertThat(reply.author()).hasValue(
        Author.builder().name("selina_k").url(URI.create(MEMBERS + "305-selina_k")).build());
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T11:42:09-04:00"));
    assertThat(reply.body()).as("the quote's attribution without the words of its arrow, \"View Post\"")
        .containsExactly(
            Quote.of("The lanes are for buses, taxis and bicycles from seven to ten in the morning",
                "Originally posted by quaywalker"),
            Paragraph.of("So the number 9 will be stuck behind the cars at the junction with Mill Street until ten"
                + " past seven at least."));
    assertThat(reply.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2019-03-14T12:20-04:00")).editor(Author.of("selina_k"))
        .note("Last edited by selina_k; 03-14-2019, 12:20 PM. Reason: the bus number").reason("the bus number")
        .kind(EditKind.UPDATE).build());
    Comment moderator = a.comments().get(1);
    assertThat(moderator.number()).hasValue(3);
    assertThat(moderator.edits()).extracting(EditRecord::editor, (EditRecord e) -> e.editedAt().orElseThrow(), EditRecord::reason)
        .containsExactly(tuple(Optional.of(Author.of("Harbour Mod")),
            OffsetDateTime.parse("2019-03-15T14:15-04:00"), Optional.empty()));
    assertThat(a.comments()).extracting(Comment::text).allSatisfy(t -> assertThat(t)
        .doesNotContain("Last edited", "View Post", "Join Date", "like", "Type your comment"));
  }

  /**
   * Without the footer's zone, the instant in {@code data-node-publishdate} gives each post's time with the offset
   * of the time it prints, nothing assumed; an edit's time, printed in the same zone, takes that offset, assumed.
   */
  @Test
  void withoutAStatedZoneThePostsInstantGivesTheOffset() {
    String page = Pages.text(NAME + ".html");
    assertThat(page).contains(STATED_ZONE);

    Article a = HtmlArticles.parse(page.replace(STATED_ZONE, ""), URI.create(TOPIC));

    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T09:05:21-04:00"));
    assertThat(a.assumedZone()).isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2019-03-14T11:42:09-04:00"), OffsetDateTime.parse("2019-03-15T13:03:12-04:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).isEmpty());
    assertThat(a.comments()).flatExtracting(Comment::edits).extracting((EditRecord e) -> e.editedAt().orElseThrow(), EditRecord::assumedZone)
        .containsExactly(
            tuple(OffsetDateTime.parse("2019-03-14T12:20-04:00"),
                Optional.of(EDT)),
            tuple(OffsetDateTime.parse("2019-03-15T14:15-04:00"),
                Optional.of(EDT)));
  }

  /**
   * A server in another zone than the reader's writes its own wall-clock time into {@code datetime}: the words the
   * page prints, with the instant, still give the reader's offset, in which the edit notices print their times too.
   */
  @Test
  void theServersZoneInTheDatetimeAttributeDoesNotMislead() {
    String page = Pages.text(NAME + ".html").replace(STATED_ZONE, "")
        .replace("datetime=\"2019-03-14T09:05:21\"", "datetime=\"2019-03-14T13:05:21\"")
        .replace("datetime=\"2019-03-14T11:42:09\"", "datetime=\"2019-03-14T15:42:09\"")
        .replace("datetime=\"2019-03-15T13:03:12\"", "datetime=\"2019-03-15T17:03:12\"");

    Article a = HtmlArticles.parse(page, URI.create(TOPIC));

    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T09:05:21-04:00"));
    assertThat(a.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T11:42:09-04:00"));
    assertThat(a.comments().get(0).edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2019-03-14T12:20-04:00"));
  }

  /** A topic's later page, {@code /page2}, shows no opening post: every post on it is a reply. */
  @Test
  void aLaterPageHasNoOpeningPost() {
    String page = Pages.text(NAME + ".html");
    int from = page.indexOf("<!-- Starter Conversation -->");
    int to = page.indexOf("<!-- Conversation Replies or Comments -->");
    String later = page.substring(0, from) + page.substring(to);

    Article a = HtmlArticles.parse(later, URI.create(TOPIC + "/page2"));

    assertThat(a.authors()).isEmpty();
    assertThat(a.comments()).extracting(Comment::id).containsExactly("post4125", "post4127");
  }

  /** A node id that is no number names no post: the id is the page's own then, not "post" and the text. */
  @Test
  void aNodeIdThatIsNoNumberNamesNoPost() {
    String page = Pages.text(NAME + ".html");
    assertThat(page).contains("<li data-node-id=\"4127\"");

    Article a = HtmlArticles.parse(page.replace("<li data-node-id=\"4127\"", "<li data-node-id=\"new reply\""),
        URI.create(TOPIC));

    assertThat(a.comments()).hasSize(2);
    assertThat(a.comments().get(0).id()).isEqualTo("post4125");
    assertThat(a.comments().get(1).id()).doesNotContain("new reply");
  }
}
