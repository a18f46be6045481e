package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A topic of FUDforum 3 in its default theme: each message a {@code table.MsgTable} named nothing the generic rules
 * know, its id in the anchor {@code <a name="msg_4716">}, its time in {@code span.DateText}, the poster's details in
 * a row of their own, a quote in the template's table under its header "ann wrote on ...", "[Message #4716 is a reply
 * to Message #4711]" beside the subject and "[Updated on: ...]" under the text.
 */
class FudForumFixturesTest {
  private static final String NAME = "fudforum-harbour-ferry-timetable";
  private static final String URL = "http://www.kinsale-harbour.example.ie/forum/index.php?t=msg&th=812&start=0&";
  private static final String PROFILE = "http://www.kinsale-harbour.example.ie/forum/index.php?t=usrinfo&id=";
  private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
  private static final Author SIOBHAN = Author.builder().name("siobhan_k").url(URI.create(PROFILE + "12&")).build();
  /** What FUDforum prints around a message that is no part of its text. */
  private static final String[] FURNITURE = {"Messages:", "Registered:", "Location:", "Senior Member", "Report message",
      "Summercove moorings", "Updated on", "is a reply to", "Re: The summer", "Go to next message"};

  @Test
  void theOpeningMessageIsTheArticle() {
    Article a = Pages.article(NAME, URL);

    assertThat(a.title()).as("the page's own title, the forum's name before the subject")
        .hasValue("Kinsale Harbour Forum: The summer ferry timetable starts early this year");
    assertThat(a.authors()).containsExactly(SIOBHAN);
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-11T09:15:00Z"));
    assertThat(a.assumedZone()).hasValue(DUBLIN);
    assertThat(a.body()).extracting(b -> b.text().substring(0, 20))
        .containsExactly("The harbour office p", "Bikes still go free ");
    assertThat(a.text()).doesNotContain("Forum Search", "Today's Messages", "Pages (1)", "Previous Topic",
        "Current Time", "Powered by").doesNotContain(FURNITURE);
    assertThat(a.edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2019-03-11T10:02:00Z"));
      assertThat(e.editor()).isEmpty();
      assertThat(e.kind()).isEqualTo(EditKind.UPDATE);
      assertThat(e.note()).hasValue("[Updated on: Mon, 11 March 2019 10:02]");
    });
  }

  @Test
  void theRepliesAreCommentsWithTheirPostersTimesAndParents() {
    Article a = Pages.article(NAME, URL);

    assertThat(a.comments()).extracting(c -> c.id() + " " + c.author().map(Author::name).orElse("-") + " > "
        + c.replyTo().orElse("topic")).containsExactly("msg_4716 declan.o > topic", "msg_4722 siobhan_k > msg_4716",
            "msg_4730 Anonymous Coward > topic");
    assertThat(a.comments().get(1).author()).hasValue(SIOBHAN);
    assertThat(a.comments().get(2).author().flatMap(Author::url)).as("an anonymous poster's name is unlinked")
        .isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2019-03-11T12:40:00Z"), OffsetDateTime.parse("2019-03-12T08:05:00Z"),
        OffsetDateTime.parse("2019-03-13T19:22:00Z"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(DUBLIN));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain(FURNITURE));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.number()).as("msg_num_2 is a place on the page").isEmpty());
  }

  @Test
  void aQuoteIsCitedByItsHeader() {
    Comment reply = Pages.article(NAME, URL).comments().get(0);

    assertThat(reply.body()).containsExactly(
        Quote.of("the last boat back on Saturdays leaves at half ten instead of ten.",
            "siobhan_k wrote on Mon, 11 March 2019 09:15"),
        Paragraph.of("That is good news for anyone working the late shift at the hotel. Does the half ten boat run"
            + " on bank holiday Mondays too?"));
  }

  /** The header "Quote:" of a quote that names no one cites no one. */
  @Test
  void aQuoteWithoutANameIsUncited() {
    String page = Pages.text(NAME + ".html").replace("<b>siobhan_k wrote on Mon, 11 March 2019 09:15</b>",
        "<b>Quote:</b>");

    Comment reply = HtmlArticles.parse(page, URI.create(URL)).comments().get(0);

    assertThat(reply.body().get(0)).isEqualTo(Quote.of("the last boat back on Saturdays leaves at half ten instead"
        + " of ten."));
  }

  @Test
  void aModeratorsUpdateIsAnEditByNoNamedEditor() {
    Comment edited = Pages.article(NAME, URL).comments().get(1);

    assertThat(edited.edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2019-03-12T08:31:00Z"));
      assertThat(e.editor()).as("'Moderator' names a role, not who").isEmpty();
    });
    assertThat(Pages.article(NAME, URL).comments()).filteredOn(c -> !c.edits().isEmpty()).extracting(Comment::id)
        .containsExactly("msg_4722");
  }

  /**
   * The template prints a message's attached files between its text and the update line, each file's size in a
   * {@code span.SmallText}: the update line is still the one of the {@code div.SmallText} under them.
   */
  @Test
  void anAttachedFileLeavesTheUpdateLineAnEdit() {
    String page = Pages.text(NAME + ".html");
    String text = "the boats run every hour until midnight.</span>";
    assertThat(page).contains(text);
    String attached = text + "\n<ul class=\"AttachmentsList\">\n<li><a href=\"/forum/index.php?t=getfile&amp;id=88&amp;\">"
        + "<img alt=\"\" src=\"images/mime/pdf.gif\" class=\"at\" /></a>\n<span class=\"GenText fb\">Attachment:</span>"
        + " <a href=\"/forum/index.php?t=getfile&amp;id=88&amp;\">regatta-sailings.pdf</a><br />\n"
        + "<span class=\"SmallText\">(Size: 48.20KB, Downloaded 12 times)</span></li>\n</ul>";

    Comment edited = HtmlArticles.parse(page.replace(text, attached), URI.create(URL)).comments().get(1);

    assertThat(edited.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2019-03-12T08:31:00Z"));
    assertThat(edited.text()).doesNotContain("Downloaded");
  }
}
