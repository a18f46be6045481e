package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A phpBB 2 topic in the subSilver style (2002 to 2008): each post a table row of the poster's cell and the
 * message's, no element named as a post, quotes in tables, "All times are GMT + 1 Hour" in the footer.
 */
class PhpBbTwoFixturesTest {
  private static final String ARCHIVED = "https://web.archive.org/web/20060312081544/"
      + "http://www.eastmere-harbour.org.uk/forum/viewtopic.php?t=210";
  private static final String PROFILES = "http://www.eastmere-harbour.org.uk/forum/profile.php?mode=viewprofile&u=";

  @Test
  void theFirstPostIsTheArticleAndTheRepliesItsComments() {
    var a = Pages.article("phpbb2-marina-car-park-charges", ARCHIVED);

    assertThat(a.title()).as("the <title>'s \"Site :: View topic - \" goes").hasValue("Car park charges at the marina");
    assertThat(a.authors()).as("not the \"Author | Message\" header's \"Message\"").containsExactly(
        Author.builder().name("harbourwatch").url(URI.create(PROFILES + "12")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2006-03-06T22:05+01:00"));
    assertThat(a.text()).startsWith("The council has put up signs").endsWith("held in January?")
        .doesNotContain("Eastmere born and bred", "_____", "Posted:", "Regular", "Joined:", "cannot post",
            "Back to top", "Powered by");

    assertThat(a.comments()).extracting(c -> c.id() + " " + c.author().map(Author::name).orElse("-"))
        .containsExactly("1190 selina_k", "1194 Ferryman", "1201 harbourwatch");
    assertThat(a.comments().get(0).author().flatMap(Author::url)).hasValue(URI.create(PROFILES + "57"));
    assertThat(a.comments().get(1).author().flatMap(Author::url)).as("a guest has no profile").isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2006-03-06T23:31+01:00"), OffsetDateTime.parse("2006-03-07T08:47+01:00"),
        OffsetDateTime.parse("2006-03-07T18:20+01:00"));
    assertThat(a.comments().get(0).body().get(0)).isEqualTo(
        Quote.of("Has anyone seen the consultation they say was held in January?", "harbourwatch wrote:"));
    assertThat(a.comments().get(0).body().get(1).text()).startsWith("It was a single evening in the library");
    assertThat(a.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2006-03-07T09:12+01:00"));
      assertThat(e.editor()).map(Author::name).hasValue("selina_k");
    });
    assertThat(a.comments().get(2).text()).as("the signature after the underscores is no text")
        .isEqualTo("The harbour committee meets on the fourteenth. I will ask them to put the charges on the agenda.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Last edited", "Post subject",
        "Reply with quote", "Guest", "_____"));
  }

  /**
   * The footer's "All times are GMT + 1 Hour" is the forum's own word for every time it prints: no zone is
   * assumed, and it beats the caller's and the domain's.
   */
  @Test
  void theFootersStatedOffsetIsNoAssumption() {
    var a = HtmlArticles.parse(Pages.text("phpbb2-marina-car-park-charges.html"), URI.create(ARCHIVED),
        ParseOptions.builder().assumedZone(ZoneId.of("America/New_York")).build());

    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2006-03-06T22:05+01:00"));
    assertThat(a.assumedZone()).isEmpty();
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).isEmpty());
    assertThat(a.comments()).flatExtracting(Comment::edits).extracting(EditRecord::assumedZone)
        .allSatisfy(z -> assertThat(z).isEmpty());
  }

  /**
   * The same posts on a later page of the topic ("&start=15"): the first of them is a reply, and the opening post,
   * on the first page, is not on this one. The page has no text of its own and every post is a comment.
   */
  @Test
  void onALaterPageTheFirstPostIsAReply() {
    var a = HtmlArticles.parse(Pages.text("phpbb2-marina-car-park-charges.html"), URI.create(ARCHIVED + "&start=15"));

    assertThat(a.body()).isEmpty();
    assertThat(a.authors()).as("no poster of this page opened the topic").isEmpty();
    assertThat(a.publishedAt()).isEmpty();
    assertThat(a.title()).hasValue("Car park charges at the marina");
    assertThat(a.comments()).extracting(Comment::id).containsExactly("1187", "1190", "1194", "1201");
  }

  /**
   * A German board's words, from phpBB 2's German language pack: "Verfasst am: 06.03.2006, 22:05", "Alle Zeiten
   * sind GMT + 1 Stunde", "Zuletzt bearbeitet von ... am ...", "Thema anzeigen", and the list of rights whose verbs
   * come after the forum.
   */
  @Test
  void aGermanBoardIsReadInItsOwnWords() {
    String page = Pages.text("phpbb2-marina-car-park-charges.html")
        .replace("Posted: Mon Mar 06, 2006 10:05 pm", "Verfasst am: 06.03.2006, 22:05")
        .replace("Posted: Mon Mar 06, 2006 11:31 pm", "Verfasst am: 06.03.2006, 23:31")
        .replace("Posted: Tue Mar 07, 2006 8:47 am", "Verfasst am: 07.03.2006, 08:47")
        .replace("Posted: Tue Mar 07, 2006 6:20 pm", "Verfasst am: 07.03.2006, 18:20")
        .replace("Post subject:", "Titel:")
        .replace("All times are GMT + 1 Hour", "Alle Zeiten sind GMT + 1 Stunde")
        .replace(" wrote:", " hat folgendes geschrieben:")
        .replace("Last edited by selina_k on Tue Mar 07, 2006 9:12 am; edited 1 time in total",
            "Zuletzt bearbeitet von selina_k am 07.03.2006, 09:12, insgesamt einmal bearbeitet")
        .replace("View topic -", "Thema anzeigen -")
        .replace("You <b>cannot</b> post new topics in this forum", "Du <b>kannst keine</b> Beiträge in dieses Forum"
            + " schreiben.")
        .replace("You <b>cannot</b> reply to topics in this forum", "Du <b>kannst</b> auf Beiträge in diesem Forum"
            + " <b>nicht</b> antworten.")
        .replace("You <b>cannot</b> edit your posts in this forum", "Du <b>kannst</b> deine Beiträge in diesem Forum"
            + " <b>nicht</b> bearbeiten.");
    var a = HtmlArticles.parse(page, URI.create("https://web.archive.org/web/20060312081544/"
        + "http://www.hafen-forum.example.de/viewtopic.php?t=210"));

    assertThat(a.title()).as("no site name known: what follows \"Thema anzeigen - \"")
        .hasValue("Car park charges at the marina");
    assertThat(a.siteName()).as("what stands before it").hasValue("Eastmere Harbour Forum");
    assertThat(a.text()).startsWith("The council has put up signs").doesNotContain("Forum");
    assertThat(a.authors()).extracting(Author::name).containsExactly("harbourwatch");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2006-03-06T22:05+01:00"));
    assertThat(a.assumedZone()).as("stated, though .de would assume Berlin").isEmpty();
    Comment reply = a.comments().get(0);
    assertThat(reply.body().get(0)).isEqualTo(Quote.of("Has anyone seen the consultation they say was held in"
        + " January?", "harbourwatch hat folgendes geschrieben:"));
    assertThat(reply.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2006-03-07T09:12+01:00"));
  }

  /**
   * A quote of a post that quoted another: phpBB 2 nests the second quote's table in the first's {@code td.quote},
   * so the outer table holds four rows, two of them its own.
   */
  @Test
  void aQuoteInAQuoteIsTwoQuotes() {
    String page = Pages.text("phpbb2-marina-car-park-charges.html").replace("<td class=\"quote\">Has anyone seen",
        "<td class=\"quote\"><table width=\"90%\" cellspacing=\"1\" cellpadding=\"3\" border=\"0\" align=\"center\">"
            + "<tr><td><span class=\"genmed\"><b>Ferryman wrote:</b></span></td></tr><tr><td class=\"quote\">"
            + "The signs went up on Friday.</td></tr></table><span class=\"postbody\">Has anyone seen");
    var a = HtmlArticles.parse(page, URI.create(ARCHIVED));

    Comment reply = a.comments().get(0);
    assertThat(reply.body().get(0)).isInstanceOf(Quote.class);
    Quote outer = (Quote) reply.body().get(0);
    assertThat(outer.cite()).hasValue("harbourwatch wrote:");
    assertThat(outer.text()).contains("The signs went up on Friday.", "Has anyone seen the consultation");
    assertThat(reply.body()).as("the quote and the reply's own paragraph").hasSize(2);
    assertThat(reply.body().get(1).text()).startsWith("It was a single evening");
  }
}
