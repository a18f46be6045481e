package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A topic of Simple Machines Forum 1.1 in the default theme (2005 to 2011), archived by the Wayback Machine: each
 * post a table of the poster's cell and the message cell, no element named as a post, its anchor two tables out
 * (the first post's at the top of the page), quotes after their header line, "« Last Edit: ... by ann »" under the
 * text, "Logged" and the signature beside it, and the last post of the capture's day printed "Today at".
 */
class SmfOneFixturesTest {
  private static final String NAME = "smf1-library-opening-hours";
  private static final String ARCHIVED = "https://web.archive.org/web/20080314183055/"
      + "http://www.westbury-green.example.org.uk/forum/index.php?topic=431.0";
  private static final String PROFILES = "http://www.westbury-green.example.org.uk/forum/index.php?action=profile;u=";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Author NEIL = Author.builder().name("Neil Hartley").url(URI.create(PROFILES + "5")).build();
  private static final Author SARAH = Author.builder().name("sarahk").url(URI.create(PROFILES + "38")).build();
  /** What SMF 1 prints around a post that is no part of its text. */
  private static final String[] FURNITURE = {"Logged", "Last Edit", "Reply #", "Quote from", "Posts:", "Full Member",
      "Global Moderator", "Guest", "View Profile", "Views my own", "join us", "Re: Library"};

  @Test
  void theFirstPostIsTheArticle() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.title()).hasValue("Library opening hours to be cut from April");
    assertThat(a.authors()).as("the profile link, not the website's beside it").containsExactly(NEIL);
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2008-03-11T21:42:17Z"));
    assertThat(a.assumedZone()).hasValue(LONDON);
    assertThat(a.body()).extracting(b -> b.text().substring(0, 20)).containsExactly("The county council h",
        "The notice went up o", "There was no consult");
    assertThat(a.text()).as("no page header, news line, topic line, signature, jump box nor quick reply")
        .doesNotContain("Westbury Green Community Forum", "Welcome, Guest", "litter pick", "Read 387 times",
            "viewing this topic", "Westbury Green born", "Jump to", "Quick Reply", "Powered by", "Pages:")
        .doesNotContain(FURNITURE);
    assertThat(a.edits()).isEmpty();
  }

  /**
   * A topic whose title is short enough for the header row "Author | Topic: Bins (Read 387 times)" to read as a
   * labelled byline: the cell beside "Author" opens with a label of its own and names no one.
   */
  @Test
  void aShortTopicsHeaderRowNamesNoAuthor() {
    String page = Pages.text(NAME + ".html").replace("Topic: Library opening hours to be cut from April", "Topic: Bins");

    Article a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    assertThat(a.authors()).containsExactly(NEIL);
    assertThat(a.comments()).hasSize(4);
  }

  @Test
  void theRepliesAreCommentsWithTheirPostersTimesAndNumbers() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.comments()).extracting(c -> c.id() + " #" + c.number().orElse(0) + " "
        + c.author().map(Author::name).orElse("-")).containsExactly("msg5506 #1 sarahk", "msg5512 #2 bookworm",
            "msg5519 #3 Retired librarian", "msg5524 #4 sarahk");
    assertThat(a.comments().get(0).author()).hasValue(SARAH);
    assertThat(a.comments().get(2).author().flatMap(Author::url)).as("a guest's name is unlinked").isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2008-03-11T22:15:03Z"), OffsetDateTime.parse("2008-03-12T08:03:51Z"),
        OffsetDateTime.parse("2008-03-13T16:27:40Z"),
        OffsetDateTime.parse("2008-03-14T10:05:12Z")); // "Today at 10:05:12 AM" of the capture's day
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(LONDON));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain(FURNITURE));
    assertThat(a.comments().get(1).body()).as("the wink from the Smileys folder is no image of the post")
        .hasSize(2).allSatisfy(b -> assertThat(b).isInstanceOf(Paragraph.class));
    assertThat(a.comments().get(3).text()).isEqualTo("The parish council has put the library on the agenda for"
        + " Tuesday. The clerk says written questions must reach her by Monday noon.");
  }

  @Test
  void aQuoteIsCitedByItsHeaderLine() {
    Comment reply = Pages.article(NAME, ARCHIVED).comments().get(0);

    assertThat(reply.body().get(0)).isEqualTo(Quote.of("There was no consultation that I know of. Did anyone get a"
        + " letter about it?", "Quote from: Neil Hartley on March 11, 2008, 09:42:17 PM"));
    assertThat(reply.body().get(1).text()).startsWith("No letter here either.");
    assertThat(reply.body()).hasSize(3);
  }

  @Test
  void theLastEditLineIsAnEditWithItsEditorAndTime() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.comments().get(1).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2008-03-12T08:30:12Z"));
      assertThat(e.editor()).as("not 'bookworm »'").hasValue(Author.of("bookworm"));
      assertThat(e.note()).hasValue("Last Edit: March 12, 2008, 08:30:12 AM by bookworm");
    });
    assertThat(a.comments().get(3).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).as("'Today at 01:02:45 PM', its seconds and its PM")
          .isEqualTo(OffsetDateTime.parse("2008-03-14T13:02:45Z"));
      assertThat(e.editor()).hasValue(Author.of("Neil Hartley"));
    });
    assertThat(a.comments()).filteredOn(c -> !c.edits().isEmpty()).extracting(Comment::id)
        .containsExactly("msg5512", "msg5524");
  }

  /**
   * SMF 1.0, before quick modify, named neither the subject ({@code div#subject_5506}) nor the edit line's cell
   * ({@code td#modified_5506}): the posts are found and read without them.
   */
  @Test
  void withoutTheIdsOfQuickModifyThePostsAreReadAlike() {
    String page = Pages.text(NAME + ".html").replaceAll(" id=\"(?:subject|modified)_\\d+\"", "");
    assertThat(page).doesNotContain("subject_55", "modified_55");

    Article a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    assertThat(a.authors()).containsExactly(NEIL);
    assertThat(a.comments()).extracting(Comment::id).containsExactly("msg5506", "msg5512", "msg5519", "msg5524");
    assertThat(a).isEqualTo(Pages.article(NAME, ARCHIVED));
  }

  /**
   * A viewer who may edit the posts (a moderator's saved copy) gets each text as {@code div.post#msg_5506}, an id
   * that names a comment: the table is still read as the post, with its poster and time.
   */
  @Test
  void aTextNamedByItsPostIsStillReadInItsTable() {
    String page = Pages.text(NAME + ".html")
        .replaceAll("(<div style=\"font-weight: bold;\" id=\"subject_(\\d+)\">(?s:.*?))<div class=\"post\">",
            "$1<div class=\"post\" id=\"msg_$2\">");
    assertThat(page).contains("<div class=\"post\" id=\"msg_5501\">", "<div class=\"post\" id=\"msg_5524\">");

    Article a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    assertThat(a.authors()).containsExactly(NEIL);
    assertThat(a.comments()).extracting(Comment::id).containsExactly("msg5506", "msg5512", "msg5519", "msg5524");
    assertThat(a.comments()).flatExtracting(Comment::edits).extracting(e -> e.editor().orElseThrow())
        .containsExactly(Author.of("bookworm"), Author.of("Neil Hartley"));
  }

  /** A code box: its label "Code:" is no text, and its lines, which SMF ends with {@code <br />}, are the code's. */
  @Test
  void aCodeBoxIsPreformattedWithoutItsLabel() {
    String page = Pages.text(NAME + ".html").replace("Ask at the meeting how many",
        "<div class=\"codeheader\">Code:</div><div class=\"code\">Mon 09:30-17:00<br />Tue 09:30-19:00</div>"
            + "Ask at the meeting how many");

    Comment guest = HtmlArticles.parse(page, URI.create(ARCHIVED)).comments().get(2);

    assertThat(guest.body()).hasSize(3);
    assertThat(guest.body().get(0).text()).startsWith("I worked at the branch");
    assertThat(guest.body().get(1)).isEqualTo(Preformatted.of("Mon 09:30-17:00\nTue 09:30-19:00"));
    assertThat(guest.body().get(2).text()).startsWith("Ask at the meeting");
  }

  /** A quote in a quote, as SMF nests them, and a quote without a name, whose header "Quote" cites no one. */
  @Test
  void nestedAndUncitedQuotes() {
    String page = Pages.text(NAME + ".html").replace("No letter here either.",
        "<div class=\"quoteheader\">Quote</div><div class=\"quote\"><div class=\"quoteheader\"><a href=\"#\">Quote"
            + " from: bookworm on March 10, 2008, 07:00:00 PM</a></div><div class=\"quote\">Inner words.</div>"
            + "Outer words.</div>No letter here either.");

    Comment reply = HtmlArticles.parse(page, URI.create(ARCHIVED)).comments().get(0);

    assertThat(reply.body().get(1)).isEqualTo(Quote.of("Inner words.\n\nOuter words."));
    assertThat(reply.body().get(2)).isEqualTo(Paragraph.of("No letter here either. The only mention I can find is"
        + " one line in the county's budget papers from February, under \"library service efficiencies\"."));
  }

  /** A label numbered 0, as a board's own template may print it, numbers no post: a comment's number is 1 or more. */
  @Test
  void aReplyNumberedZeroHasNoNumber() {
    String page = Pages.text(NAME + ".html").replace("<b>Reply #1 on:</b>", "<b>Reply #0 on:</b>");

    Article a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    assertThat(a.comments()).hasSize(4);
    assertThat(a.comments().get(0).number()).isEmpty();
    assertThat(a.comments().get(1).number()).hasValue(2);
  }
}
