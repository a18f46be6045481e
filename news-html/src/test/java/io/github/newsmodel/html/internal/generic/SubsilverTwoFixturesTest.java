package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A phpBB 3.0 topic in the subsilver2 style (2007 to 2014): each post a table of its own, named nothing, with the
 * name in {@code b.postauthor}, "Posted: Mon Jun 08, 2009 7:42 pm" beside it, the member's details and the text in
 * the row below, quotes as {@code div.quotetitle} + {@code div.quotecontent}, and "All times are UTC + 1 hour [ DST
 * ]" in the breadcrumbs' box, which is +02:00.
 */
class SubsilverTwoFixturesTest {
  private static final String FIXTURE = "phpbb3-subsilver2-station-road-bridge";
  private static final String ARCHIVED = "https://web.archive.org/web/20090714071602/"
      + "http://www.hollybrook-village.org.uk/forum/viewtopic.php?f=2&t=318";
  private static final String PROFILES = "http://www.hollybrook-village.org.uk/forum/memberlist.php?mode=viewprofile"
      + "&u=";
  /** What a topic's page prints around its posts, and what no post's text holds. */
  private static final String[] FURNITURE = {"Post subject", "Posted:", "Regular", "Joined:", "Posts:",
      "Location:", "_____", "Residents' Association", "Last edited", "Top", "Reply with quote", "Display posts",
      "Sort by", "Who is online", "Users browsing", "in this forum", "Jump to", "Board index", "All times",
      "It is currently", "Quick Reply", "Powered by"};

  @Test
  void theFirstPostIsTheArticle() {
    Article a = Pages.article(FIXTURE, ARCHIVED);

    assertThat(a.title()).as("the <title>'s \"Board • View topic - \" goes")
        .hasValue("Station Road bridge closed for six weeks");
    assertThat(a.authors()).containsExactly(
        Author.builder().name("millpond_mike").url(URI.create(PROFILES + "23")).build());
    assertThat(a.publishedAt()).as("the post's time, in the footer's UTC + 1 with its hour of DST, not the"
        + " header's \"It is currently Tue Jul 14, 2009 9:16 am\"")
        .hasValue(OffsetDateTime.parse("2009-06-08T19:42+02:00"));
    assertThat(a.assumedZone()).isEmpty();
    assertThat(a.body()).extracting(b -> b.text().substring(0, 24)).containsExactly(
        "The county council has p", "The diversion for cars g", "Does anyone know what ha");
    assertThat(a.text()).doesNotContain(FURNITURE);
  }

  @Test
  void theRepliesAreCommentsWithQuotesEditsAndAGuest() {
    Article a = Pages.article(FIXTURE, ARCHIVED);

    assertThat(a.comments()).extracting(c -> c.id() + " " + c.author().map(Author::name).orElse("-"))
        .containsExactly("p2744 jenny_r", "p2750 Bus user", "p2758 millpond_mike");
    assertThat(a.comments()).extracting(c -> c.author().flatMap(Author::url).map(URI::toString).orElse("-"))
        .as("a guest has no profile").containsExactly(PROFILES + "57", "-", PROFILES + "23");
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2009-06-08T20:15+02:00"), OffsetDateTime.parse("2009-06-09T09:30+02:00"),
        OffsetDateTime.parse("2009-06-09T12:05+02:00"));
    Comment reply = a.comments().get(0);
    assertThat(reply.body().get(0)).isEqualTo(
        Quote.of("Does anyone know what happens to the school bus?", "millpond_mike wrote:"));
    assertThat(reply.body()).hasSize(3);
    assertThat(reply.edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2009-06-09T07:03+02:00"));
      assertThat(e.editor()).map(Author::name).hasValue("jenny_r");
    });
    assertThat(a.comments().get(2).text()).as("the signature under the underscores is no text").isEqualTo(
        "Thanks both. I have written to the bus company to ask whether the 31 could use the farm road while the"
            + " bridge is shut, and will post the answer here.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain(FURNITURE));
  }

  /** The footer's "All times are UTC + 1 hour [ DST ]" is the board's word for its times: no zone is assumed. */
  @Test
  void theFootersStatedOffsetIsNoAssumption() {
    Article a = HtmlArticles.parse(Pages.text(FIXTURE + ".html"), URI.create(ARCHIVED),
        ParseOptions.builder().assumedZone(ZoneId.of("America/New_York")).build());

    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2009-06-08T19:42+02:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).isEmpty());
    assertThat(a.comments()).flatExtracting(Comment::edits).extracting(EditRecord::assumedZone)
        .allSatisfy(z -> assertThat(z).isEmpty());
  }

  /**
   * A member's copy of the page: the header says when the member last visited, and below the posts stands the
   * quick reply, which phpBB 3.0 shows only to members. Neither is the article's, nor a comment.
   */
  @Test
  void aMembersCopyKeepsItsVisitAndItsQuickReplyOut() {
    String page = Pages.text(FIXTURE + ".html")
        .replace("<td class=\"gensmall\"></td>", "<td class=\"gensmall\">Last visit was: Mon Jul 13, 2009 8:02 pm"
            + "</td>")
        .replace("<div id=\"pagefooter\"></div>", """
            <div id="pagefooter"></div>
            <br clear="all" />
            <form method="post" action="./posting.php?mode=reply&amp;f=2&amp;t=318">
            <table class="tablebg" width="100%" cellspacing="1">
            <tr><th align="center" colspan="2">Quick Reply</th></tr>
            <tr><td class="row1" width="22%"><b class="genmed">Subject:</b></td><td class="row2" width="78%">\
            <input class="post" type="text" name="subject" value="Re: Station Road bridge closed for six weeks" />\
            </td></tr>
            <tr><td class="row1" width="22%"><b class="genmed">Message:</b></td><td class="row2" width="78%">\
            <textarea name="message" rows="7" cols="76"></textarea></td></tr>
            <tr><td class="cat" colspan="2" align="center"><input class="btnlite" type="submit" name="preview"\
             value="Full Editor" />&nbsp;<input class="btnmain" type="submit" name="post" value="Submit" /></td></tr>
            </table>
            </form>
            <br clear="all" />""");

    Article a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2009-06-08T19:42+02:00"));
    assertThat(a.text()).startsWith("The county council").doesNotContain(FURNITURE).doesNotContain("Last visit");
    assertThat(a.comments()).hasSize(3).allSatisfy(c -> assertThat(c.text()).doesNotContain(FURNITURE));
    assertThat(a.commentsOpen()).as("the quick reply is a form to reply with").hasValue(true);
  }

  /**
   * What other releases of 3.0 and other posts print: the subject linked to the post, a quote within a quote, a
   * quote of no one ("Quote:" in bold), code broken into lines, 3.0.0's signature in a {@code span.postbody}, and
   * the reason for an edit in a table under its notice.
   */
  @Test
  void quotesCodeAndTheEarlierTemplatesSignature() {
    String page = Pages.text(FIXTURE + ".html")
        .replace("<b>Post subject:</b> Re: Station Road bridge closed for six weeks</div><div style=\"float: right;\">"
            + "<a href=\"./viewtopic.php?p=2744#p2744\">", "<b>Post subject:</b> <a href=\"#p2744\">Re: Station Road"
            + " bridge closed on Mon Jun 22, 2009 9:00 am</a></div><div style=\"float: right;\">"
            + "<a href=\"./viewtopic.php?p=2744#p2744\">")
        .replace("<div class=\"quotetitle\">millpond_mike wrote:</div><div class=\"quotecontent\">Does anyone know"
            + " what happens to the school bus?</div>", "<div class=\"quotetitle\">Bus user wrote:</div>"
            + "<div class=\"quotecontent\"><div class=\"quotetitle\">millpond_mike wrote:</div><div class=\"quotecontent\">"
            + "Does anyone know what happens to the school bus?</div>It goes round.</div>"
            + "<div class=\"quotetitle\"><b>Quote:</b></div><div class=\"quotecontent\">Bridge closed.</div>"
            + "<div class=\"codetitle\"><b>Code:</b></div><div class=\"codecontent\">07:50&nbsp; The Green<br />"
            + "08:05&nbsp; School</div>")
        .replace("<div class=\"postbody\"><br />_________________<br />Hollybrook Residents' Association: we meet the"
            + " first Tuesday of every month in the village hall.</div>\n\n\t\t\t\t\t<br clear=\"all\" /><br />\n\n"
            + "\t\t\t\t\t\t<table width=\"100%\" cellspacing=\"0\">\n\t\t\t\t\t\t<tr valign=\"middle\">\n\t\t\t\t\t\t\t"
            + "<td class=\"gensmall\" align=\"right\">\n\t\t\t\t\t\t\t\t<a href=\"./report.php?f=2&amp;p=2758\">",
            "<span class=\"postbody\"><br />_________________<br />Hollybrook Residents' Association: we meet the"
            + " first Tuesday of every month in the village hall.</span>\n\t\t\t\t\t<br /><br />\n<table"
            + " class=\"tablebg\" width=\"100%\" cellspacing=\"1\"><tr><td class=\"row3\"><span class=\"gensmall\">"
            + "Last edited by <a href=\"./memberlist.php?mode=viewprofile&amp;u=23\">millpond_mike</a> on Tue Jun 09,"
            + " 2009 12:30 pm, edited 2 times in total.</span></td></tr><tr><td class=\"row2\"><span"
            + " class=\"genmed\">added the bus company</span></td></tr></table>"
            + "<table width=\"100%\" cellspacing=\"0\"><tr valign=\"middle\"><td class=\"gensmall\" align=\"right\">"
            + "<a href=\"./report.php?f=2&amp;p=2758\">");

    Article a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    Comment reply = a.comments().get(0);
    assertThat(reply.publishedAt()).as("the time, not a date in the linked subject")
        .hasValue(OffsetDateTime.parse("2009-06-08T20:15+02:00"));
    assertThat(reply.body().subList(0, 3)).containsExactly(
        Quote.of("Does anyone know what happens to the school bus?\n\nIt goes round.", "Bus user wrote:"),
        Quote.of("Bridge closed."),
        Preformatted.of("07:50  The Green\n08:05  School"));
    assertThat(reply.body().get(3)).isEqualTo(Paragraph.of("The headteacher sent a letter home on Friday. The bus"
        + " will go round by Cutler's Green as well, so it leaves the Green ten minutes earlier, at 7:50."));
    Comment last = a.comments().get(2);
    assertThat(last.text()).startsWith("Thanks both.").endsWith("post the answer here.")
        .doesNotContain("Residents' Association", "added the bus company");
    assertThat(last.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2009-06-09T12:30+02:00"));
  }

  /**
   * The same posts on a later page of the topic ("&start=15"): the first of them is a reply, and the opening post,
   * on the first page, is not on this one.
   */
  @Test
  void onALaterPageTheFirstPostIsAReply() {
    Article a = HtmlArticles.parse(Pages.text(FIXTURE + ".html"), URI.create(ARCHIVED + "&start=15"));

    assertThat(a.body()).isEmpty();
    assertThat(a.publishedAt()).as("no post of this page opened the topic").isEmpty();
    assertThat(a.authors()).as("nor is any poster's b.postauthor the page's author").isEmpty();
    assertThat(a.title()).hasValue("Station Road bridge closed for six weeks");
    assertThat(a.comments()).extracting(Comment::id).containsExactly("p2741", "p2744", "p2750", "p2758");
  }
}
