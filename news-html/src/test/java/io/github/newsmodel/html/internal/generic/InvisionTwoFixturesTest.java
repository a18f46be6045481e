package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * An Invision Power Board 2.1 topic in the "IPB Default" skin (2004 to 2009): each post a table of its own, no
 * element named as a post, the name and time in the first row and the member's details beside the text in the
 * second, quotes as a "QUOTE(ann @ ...)" line above the quoted text, the title "Board -> Topic", and the times of
 * the last two days as "Yesterday" and "Today".
 */
class InvisionTwoFixturesTest {
  private static final String ARCHIVED = "https://web.archive.org/web/20060315091207/"
      + "http://www.westbay-forum.co.uk/index.php?showtopic=1842";
  /** The profiles, without the session id that a crawler's links hold. */
  private static final String PROFILES = "http://www.westbay-forum.co.uk/index.php?showuser=";

  @Test
  void theFirstPostIsTheArticle() {
    var a = Pages.article("invision2-library-opening-hours", ARCHIVED);

    assertThat(a.title()).as("the <title>'s \"Board -> \" goes").hasValue("Library opening hours cut from April");
    assertThat(a.siteName()).as("the board, which the navigation strip links too").hasValue("Westbay Community Forum");
    assertThat(a.authors()).containsExactly(
        Author.builder().name("millroad_mike").url(URI.create(PROFILES + "5")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2006-03-13T22:05Z"));
    assertThat(a.text()).startsWith("There is a notice on the door").endsWith("have been told?")
        .doesNotContain("Westbay born and bred", "-----", "Group:", "Member No.", "Post #1", "Fast Reply",
            "Add Reply", "Topic Options", "Track this topic", "User(s) are reading", "Display Modes", "Time is now",
            "Powered By");
  }

  @Test
  void theRepliesAreCommentsWithTheirNumbersQuotesAndEdits() {
    var a = Pages.article("invision2-library-opening-hours", ARCHIVED);

    assertThat(a.comments()).extracting(c -> c.id() + " #" + c.number().orElse(0) + " "
        + c.author().map(Author::name).orElse("-")).containsExactly(
            "20514 #2 ann_t", "20520 #3 Ferryman", "20533 #4 millroad_mike");
    assertThat(a.comments().get(0).author().flatMap(Author::url)).hasValue(URI.create(PROFILES + "57"));
    assertThat(a.comments().get(1).author().flatMap(Author::url)).as("a guest has no profile").isEmpty();
    assertThat(a.comments().get(0).body().get(0)).isEqualTo(Quote.of(
        "Does anyone know whether the reading groups that meet in the evenings have been told?",
        "QUOTE(millroad_mike @ Mar 13 2006, 10:05 PM)"));
    assertThat(a.comments().get(0).body().get(1).text()).startsWith("Ours was told by a letter last week.");
    assertThat(a.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2006-03-14T09:12Z"));
      assertThat(e.editor()).map(Author::name).as("not the date after the colon").hasValue("ann_t");
    });
    assertThat(a.comments().get(2).text()).as("the signature after the dashes is no text").isEqualTo(
        "The library committee meets on the twentieth. I will ask them to put the Saturday hours on the agenda, and"
            + " to ask the council for the figures.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("QUOTE(", "edited by", "Group:",
        "Posts:", "Westbay born and bred", "-----", "Quote Post"));
  }

  /** "Yesterday, 08:47 AM" and "Today, 07:20 AM" are the days before and of the capture, 15 March 2006. */
  @Test
  void theLastTwoDaysAreReadFromTheCapture() {
    var a = Pages.article("invision2-library-opening-hours", ARCHIVED);

    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2006-03-13T23:31Z"), OffsetDateTime.parse("2006-03-14T08:47Z"),
        OffsetDateTime.parse("2006-03-15T07:20Z"));
    assertThat(a.comments()).extracting(Comment::assumedZone).as("the board states no zone; a .co.uk's is assumed")
        .allSatisfy(z -> assertThat(z).map(Object::toString).hasValue("Europe/London"));
  }

  /**
   * IPB 2.2 and 2.3 wrap the name in a member menu whose hidden items link the profile too ("View Profile"), print
   * the time after an image that links nowhere, and set the reason for an edit under its notice.
   */
  @Test
  void theLaterSkinsMenusAndEditReasonsAreNoPartOfThePost() {
    String post = """
        <table class="ipbtable" cellspacing="1"><tr>
        <td class="row2" valign="middle" width="1%%"><a name="entry%1$d"></a>
        <div id="post-member-%1$d" class="popmenubutton-new-out"><span class="normalname">\
        <a href="http://forum.example.org/index.php?showuser=%2$d">%3$s</a></span></div>
        <div class="popupmenu-new" id="post-member-%1$d_menu" style="display:none"><div class="popupmenu-item">\
        <a href="http://forum.example.org/index.php?showuser=%2$d">View Profile</a></div></div></td>
        <td class="row2" valign="middle"><div style="float: left;"><span class="postdetails"> \
        <img src="style_images/1/to_post_off.gif" alt="post" /> %4$s</span></div>
        <div align="right"><span class="postdetails">Post <a href="#" onclick="link_to_post(%1$d); return false;">\
        #%5$d</a></span></div></td></tr>
        <tr><td valign="top" class="post1"><span class="postdetails">Group: Members<br />Posts: 12</span></td>
        <td width="100%%" valign="top" class="post1"><div class="postcolor" id="post-%1$d">%6$s</div></td></tr>
        </table>
        """;
    String html = "<html><head><title>Ferry timetable</title></head><body><div class=\"borderwrap\">"
        + post.formatted(901, 7, "quaywalker", "Jun 2 2008, 06:15 PM", 1, "The summer timetable starts next week"
            + " and the last boat is now at ten past eleven.<br /><br /><span class=\"edit\">This post has been"
            + " edited by <b>quaywalker</b>: Jun 2 2008, 06:40 PM</span><div class=\"post-edit-reason\">Reason for"
            + " edit: typo</div>")
        + post.formatted(905, 9, "selina_k", "Jun 2 2008, 07:01 PM", 2, "<div class=\"quotetop\">QUOTE"
            + " (quaywalker @ Jun 2 2008, 06:15 PM)</div><div class=\"quotemain\">the last boat is now at ten past"
            + " eleven</div>Good, the crews asked for that.<div class=\"codetop\">CODE</div>"
            + "<div class=\"codemain\">23:10 Westbay - Holm</div>")
        + "</div></body></html>";

    var a = HtmlArticles.parse(html, URI.create("http://forum.example.org/index.php?showtopic=55"));

    assertThat(a.authors()).extracting(Author::name).containsExactly("quaywalker");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2008-06-02T18:15Z"));
    assertThat(a.text()).isEqualTo("The summer timetable starts next week and the last boat is now at ten past"
        + " eleven.");
    assertThat(a.edits()).singleElement().satisfies(e -> {
      assertThat(e.editor()).map(Author::name).hasValue("quaywalker");
      assertThat(e.reason()).as("IPB 2.2's reason, after the notice").hasValue("typo");
    });
    assertThat(a.comments()).singleElement().satisfies(c -> {
      assertThat(c.number()).hasValue(2);
      assertThat(c.author().flatMap(Author::url)).hasValue(URI.create("http://forum.example.org/index.php?showuser=9"));
      assertThat(c.body()).containsExactly(
          Quote.of("the last boat is now at ten past eleven", "QUOTE (quaywalker @ Jun 2 2008, 06:15 PM)"),
          Paragraph.of("Good, the crews asked for that."),
          Preformatted.of("23:10 Westbay - Holm"));
    });
  }

  /**
   * A quote of a post that quoted another: IPB sets the second quote's title line and box in the first's {@code
   * div.quotemain}, and its "QUOTE(...)" line is a cite, no quoted words.
   */
  @Test
  void aQuoteInAQuoteIsTwoQuotes() {
    String page = Pages.text("invision2-library-opening-hours.html").replace("<!--quotec-->Does anyone know",
        "<!--quotec--><div class='quotetop'>QUOTE(Ferryman @ Mar 12 2006, 08:00 PM)</div><div class='quotemain'>"
            + "The notice went up on Friday.</div>Does anyone know");
    var a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    Quote outer = (Quote) a.comments().get(0).body().get(0);
    assertThat(outer.cite()).hasValue("QUOTE(millroad_mike @ Mar 13 2006, 10:05 PM)");
    assertThat(outer.text()).isEqualTo("The notice went up on Friday.\n\nDoes anyone know whether the reading groups"
        + " that meet in the evenings have been told?");
  }

  /**
   * IPB 1.3's post parser closes the {@code div.postcolor} before each quote or code, sets it in a table of its own
   * ("QUOTE (ann @ ...)" above a {@code td#QUOTE}, "CODE" above a {@code td#CODE}) and opens another div for the
   * rest: the post's text runs on through all of them, and a quote in a quote is a table in the quote's cell.
   */
  @Test
  void invisionOneQuotesAndCodeStandInTablesBetweenTheTextsDivs() {
    String post = """
        <table width='100%%' border='0' cellspacing='1' cellpadding='3'>
        <tr><td valign='middle' class='row4' width='1%%'><a name='entry%1$d'></a><span class='normalname'>\
        <a href='http://forum.example.org/index.php?showuser=%2$d'>%3$s</a></span></td>
        <td class='row4' valign='top' width='99%%'><div align='left' class='row4' style='float:left'>\
        <span class='postdetails'><b>Posted on: </b>%4$s</span></div>\
        <div align='right'><img src='style_images/1/p_quote.gif' border='0' alt='Quote Post' /></div></td></tr>
        <tr><td valign='top' class='post1'><span class='postdetails'>Group: Members<br />Posts: 12</span></td>
        <td width='100%%' valign='top' class='post1'><div class='postcolor'>%5$s</div>
        <br /><br />--------------------<br /><div class='signature'>Holm born</div></td></tr>
        </table>
        """;
    String quoteOpens = "</div><table border='0' align='center' width='95%%' cellpadding='3' cellspacing='1'><tr>"
        + "<td><b>QUOTE</b> (%s)</td></tr><tr><td id='QUOTE'><!--QuoteEBegin-->";
    String quoteCloses = "<!--QuoteEnd--></td></tr></table><div class='postcolor'><!--QuoteEEnd-->";
    String html = "<html><head><title>Westbay Forum -> Ferry timetable</title></head><body><div class=tableborder>"
        + post.formatted(3101, 7, "quaywalker", "Jun 2 2004, 06:15 PM", "The summer timetable starts next week.")
        + post.formatted(3105, 9, "selina_k", "Jun 2 2004, 07:01 PM", "Two things."
            + quoteOpens.formatted("quaywalker @ Jun 2 2004, 06:15 PM") + quoteOpens.formatted("ann @ Jun 1 2004")
            + "Is there a timetable yet?" + quoteCloses + "The summer timetable starts next week." + quoteCloses
            + "<br />Good, the crews asked for that.<br /><br /><!--c1--></div><table border='0' align='center'"
            + " width='95%' cellpadding='3' cellspacing='1'><tr><td><b>CODE</b> </td></tr><tr><td id='CODE'>"
            + "<!--ec1-->23:10 Westbay - Holm<!--c2--></td></tr></table><div class='postcolor'><!--ec2-->"
            + "And the first boat at six.<br /><br /><span class='edit'>This post has been edited by <b>selina_k</b>:"
            + " Jun 2 2004, 07:20 PM</span>")
        + "</div></body></html>";

    var a = HtmlArticles.parse(html, URI.create("http://forum.example.org/index.php?showtopic=55"));

    assertThat(a.text()).isEqualTo("The summer timetable starts next week.");
    assertThat(a.comments()).singleElement().satisfies(c -> {
      assertThat(c.author()).map(Author::name).hasValue("selina_k");
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2004-06-02T19:01Z"));
      assertThat(c.body()).containsExactly(
          Paragraph.of("Two things."),
          Quote.of("Is there a timetable yet?\n\nThe summer timetable starts next week.",
              "QUOTE (quaywalker @ Jun 2 2004, 06:15 PM)"),
          Paragraph.of("Good, the crews asked for that."),
          Preformatted.of("23:10 Westbay - Holm"),
          Paragraph.of("And the first boat at six."));
      assertThat(c.edits()).singleElement()
          .satisfies(e -> assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2004-06-02T19:20Z")));
    });
  }

  /** A title's "A -> B" names a site only where a link of the page shows A: a post "Vim -> Neovim" names none. */
  @Test
  void anArrowInAPostsTitleNamesNoSite() {
    var a = HtmlArticles.parse("<html><head><title>Vim -> Neovim: what I kept</title></head><body><p>I moved my"
        + " editor configuration over a weekend, and most of it carried over without a change.</p></body></html>",
        URI.create("https://notes.example.com/2024/vim-neovim"));

    assertThat(a.siteName()).isEmpty();
  }
}
