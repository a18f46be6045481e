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
import io.github.newsmodel.html.internal.time.PageZone;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * News-discussion sites whose story pages hold their readers' threads, read by the generic comment reader: Slashdot
 * (Slash's templates, 2006 on: {@code li#tree_N} items, {@code div#comment_N}, replies in {@code ul#group_N}; and its
 * table layout before that: a header row with {@code <A NAME=N>}, a row of text, replies in a {@code <UL>}) and
 * Lobsters ({@code li.comments_subtree} with the comment and then an {@code ol.comments} of its replies).
 */
class NewsDiscussionFixturesTest {
  private static final String SLASHDOT =
      "http://tech.slashdot.org/story/10/08/02/2142230/Harbour-Town-Puts-Its-Ferry-Timetable-Online";
  private static final String SLASHDOT_2003 = "http://slashdot.org/article.pl?sid=03/03/04/1234217";
  private static final String LOBSTERS = "https://lobste.rs/s/k3xq9z/harbour_ferries_publish_their_timetable";
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");

  /**
   * A Slashdot comment is "by ann (12345) on Monday August 02, 2010 @08:12PM (#33111111)": the poster without the
   * account's number, the time in US Eastern time (the anonymous reader's, recorded as assumed), replies by their
   * nesting; the score, the "(#N)" link, the "Parent" link, the journal's link and the signature are no text.
   */
  @Test
  void slashdotNestedCommentsInEasternTime() {
    Article a = Pages.article("slashdot-harbour-ferry-timetable", SLASHDOT);

    assertThat(a.title()).hasValue("Harbour Town Puts Its Ferry Timetable Online");
    assertThat(a.authors()).extracting(Author::name).as("\"posted by timothy\" under the topic's headline")
        .containsExactly("timothy");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2010-08-02T18:41-04:00"));
    assertThat(a.assumedZone()).hasValue(EASTERN);
    assertThat(a.text()).as("the byline line is the metadata's").doesNotContain("posted by", "dept.")
        .startsWith("An anonymous reader writes");

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("comment_33111111<-", "comment_33111205<comment_33111111",
            "comment_33111342<comment_33111205", "comment_33112001<-");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("ferrywatcher", "Anonymous Coward", "lkarlsson", "mbrandt");
    assertThat(a.comments().get(0).author().flatMap(Author::url))
        .as("the profile, not the journal's or homepage's link")
        .hasValue(URI.create("http://slashdot.org/~ferrywatcher"));
    assertThat(a.comments().get(3).author().flatMap(Author::url))
        .hasValue(URI.create("http://slashdot.org/~mbrandt"));
    assertThat(a.comments().get(1).author().flatMap(Author::url)).as("an unlinked Anonymous Coward").isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).as("EDT, not the journal's date")
        .containsExactly(OffsetDateTime.parse("2010-08-02T20:12-04:00"), OffsetDateTime.parse("2010-08-02T20:47-04:00"),
            OffsetDateTime.parse("2010-08-02T21:05-04:00"), OffsetDateTime.parse("2010-08-03T00:30-04:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(EASTERN));
    assertThat(a.comments().get(2).body()).containsExactly(
        Quote.of("A feed will not fix the people who type them in."),
        Paragraph.of("It does, a little: the converter rejects a pier that the boat never calls at, so the worst"
            + " mistakes bounce back to the clerk."));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text())
        .doesNotContain("Score", "Insightful", "#331", "Parent", "Journal", "Homepage", "Timetables are promises",
            "Re:", "Monday"));
    assertThat(a.commentsOpen()).as("\"This discussion has been archived. No new comments can be posted.\"")
        .hasValue(false);
    assertThat(a.commentCount()).as("the story's links, <li class=\"comments\"><a>4 comments</a>").hasValue(4);
    assertThat(a.text()).contains("The small harbour town of Eastmere")
        .doesNotContain("My commute", "pier numbers were wrong", "night boat");
  }

  /**
   * Slash's table layout (2003): each comment is a header row, "<A NAME=5432101>subject</A> (Score:5, Insightful) by
   * ann (12345) on Tuesday March 04, @10:52AM (#5432101)", a row of text and a row of links; replies shown in full
   * have tables of their own in the {@code <UL>} after the comment they answer. The times have no year: the story's
   * id in the address ({@code sid=03/03/04/...}) gives it. A reply shown as a line of its subject has no text and is
   * no comment.
   */
  @Test
  void slashdot2003TableLayoutWithYearsFromTheStory() {
    Article a = Pages.article("slashdot-2003-library-opening-hours", SLASHDOT_2003);

    assertThat(a.title()).hasValue("Town Library Publishes Its Opening Hours as Open Data");
    assertThat(a.authors()).extracting(Author::name).as("\"posted by michael on Tuesday March 04, @10:30AM\"")
        .containsExactly("michael");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2003-03-04T10:30-05:00"));
    assertThat(a.assumedZone()).hasValue(EASTERN);
    assertThat(a.commentsOpen()).as("its display options offer \"Reply\"").hasValue(true);
    assertThat(a.commentCount()).as("the bar above the comments, \"| <B>5</B> comments\": one is a line only")
        .hasValue(5);

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("5432101<-", "5432288<5432101", "5432517<5432288", "5433002<-");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("ferrywatcher", "Anonymous Coward", "lkarlsson", "mbrandt");
    assertThat(a.comments().get(0).author().flatMap(Author::url)).as("the profile, not the homepage or e-mail")
        .hasValue(URI.create("http://slashdot.org/~ferrywatcher"));
    assertThat(a.comments().get(1).author().flatMap(Author::url)).as("an unlinked Anonymous Coward").isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .as("the story's year, US Eastern time, not the journal's date")
        .containsExactly(OffsetDateTime.parse("2003-03-04T10:52-05:00"), OffsetDateTime.parse("2003-03-04T11:40-05:00"),
            OffsetDateTime.parse("2003-03-04T13:05-05:00"), OffsetDateTime.parse("2003-03-05T00:30-05:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(EASTERN));
    assertThat(a.comments().get(2).body()).containsExactly(
        Quote.of("A data file will not fix the people who type them in."),
        Paragraph.of("It does, a little: the export refuses a closing day that is not on the council's calendar, so"
            + " the worst mistakes go back to the desk before anyone sees them."));
    assertThat(a.comments().get(3).text()).as("the signature after \"--\" is not the comment's")
        .isEqualTo("The summary says every stop, but the van's Saturday stop at the harbour was never on the sheet"
            + " either. Is it in the file?");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text())
        .doesNotContain("Score", "Insightful", "#543", "Reply to This", "Parent", "Read the rest", "Journal",
            "February", "example.org", "example.com", "Re:", "parishclerk", "Tuesday", "promises"));
    assertThat(a.text()).as("the story's line and department are the metadata's")
        .startsWith("shelfreader writes \"The public library of the small town of Westmere")
        .doesNotContain("posted by", "dept.", "My mother lives", "photocopied sheet were wrong", "Saturday stop", "parishclerk",
            "Finally, the van", "Score");
  }

  /**
   * An archived story's static copy, written in Slash's archive mode: no "[ Reply to This | Parent ]" rows, so each
   * reply answers the comment before the {@code <UL>} around it; the display options lose their "Reply" button and
   * the notice says the discussion is closed. The story's id is in the copy's path.
   */
  @Test
  void slashdotArchivedCopyThreadsByItsLists() {
    String page = Pages.text("slashdot-2003-library-opening-hours.html")
        .replaceAll("<TR><TD>\\s*<FONT SIZE=\"2\">\\s*\\[[^\\]]*]\\s*</FONT>\\s*</TD></TR>", "")
        .replace("<INPUT TYPE=\"SUBMIT\" NAME=\"op\" VALUE=\"Reply\">", "")
        .replace("<A NAME=\"topcomment\"></A>", "<DIV CLASS=\"commentBox\">This discussion has been archived."
            + " No new comments can be posted.</DIV>\n<A NAME=\"topcomment\"></A>");
    assertThat(page).doesNotContain("Reply to This", ">Parent<");

    Article a = HtmlArticles.parse(page, URI.create("http://slashdot.org/articles/03/03/04/1234217.shtml"));

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("5432101<-", "5432288<5432101", "5432517<5432288", "5433002<-");
    assertThat(a.comments().get(3).publishedAt()).hasValue(OffsetDateTime.parse("2003-03-05T00:30-05:00"));
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2003-03-04T10:30-05:00"));
    assertThat(a.commentsOpen()).as("the display options are no comment form").hasValue(false);
  }

  /**
   * A comment of January on a story of December 31 is of the next year; the weekdays agree. The Wayback Machine's
   * address holds the story's id too, and its capture bounds the times.
   */
  @Test
  void slashdotYearTurnsAfterADecemberStory() {
    String page = Pages.text("slashdot-2003-library-opening-hours.html")
        .replace("sid=03/03/04/", "sid=02/12/31/")
        .replace("Tuesday March 04", "Tuesday December 31")
        .replace("Wednesday March 05", "Wednesday January 01");

    Article a = HtmlArticles.parse(page,
        URI.create("https://web.archive.org/web/20030102093000/http://slashdot.org/article.pl?sid=02/12/31/1234217"));

    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2002-12-31T10:30-05:00"));
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2002-12-31T10:52-05:00"), OffsetDateTime.parse("2002-12-31T11:40-05:00"),
            OffsetDateTime.parse("2002-12-31T13:05-05:00"), OffsetDateTime.parse("2003-01-01T00:30-05:00"));
  }

  /**
   * Lobsters nests a comment's replies in the {@code ol.comments} after it; its {@code <time>} gives the local
   * time and {@code data-at-unix} the instant, so the offset is exact; an edited comment shows only the edit's time,
   * after the word "edited".
   */
  @Test
  void lobstersThreadWithExactTimesAndAnEdit() {
    Article a = Pages.article("lobsters-ferry-timetable-json", LOBSTERS);

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("c_k2w8ab<-", "c_m4p7cd<c_k2w8ab", "c_q9r1ef<c_m4p7cd", "c_z5t2gh<-");
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow())
        .containsExactly(profile("ann_b"), profile("tjorvik"), profile("ann_b"), profile("harbourmaster"));
    assertThat(a.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2024-02-13T09:14:22-06:00"));
    assertThat(a.comments().get(0).assumedZone()).as("the Unix seconds make it exact").isEmpty();
    Comment edited = a.comments().get(1);
    assertThat(edited.publishedAt()).as("the page shows the edit's time only").isEmpty();
    assertThat(edited.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2024-02-13T11:40:05-06:00")).note("edited").kind(EditKind.UPDATE).build());
    assertThat(edited.body()).containsExactly(
        Paragraph.of("Every departure has a full timestamp with its offset, so the night of the change reads right."),
        Quote.of("The old PDF is still there"),
        Paragraph.of("Please keep it: the kiosk at the pier prints it every morning."));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("edited", "ago", "flag", "ann_b"));
    assertThat(a.publishedAt()).as("the story's local time, in the site's documented zone")
        .hasValue(OffsetDateTime.parse("2024-02-13T08:02:11-06:00"));
    assertThat(a.assumedZone()).hasValue(ZoneId.of("America/Chicago"));
    assertThat(a.authors()).as("\"authored by <a href=/~harbourmaster>harbourmaster</a>\", a member's page")
        .containsExactly(profile("harbourmaster"));
    assertThat(a.text()).startsWith("We run the three boats").doesNotContain("Does each departure", "schema file");
  }

  /**
   * A member's page written with the site's own scheme and host, {@code https://lobste.rs/~harbourmaster}, is an
   * author's page as {@code /~harbourmaster} is; the same path on another site is not.
   */
  @Test
  void lobstersStoryAuthorByAnAbsoluteLinkToTheMembersPage() {
    String page = Pages.text("lobsters-ferry-timetable-json.html");
    Article absolute = HtmlArticles.parse(page.replace("href=\"/~harbourmaster\"",
        "href=\"https://lobste.rs/~harbourmaster\""), URI.create(LOBSTERS));
    Article elsewhere = HtmlArticles.parse(page.replace("href=\"/~harbourmaster\"",
        "href=\"https://mirror.example/~harbourmaster\""), URI.create(LOBSTERS));

    assertThat(absolute.authors()).containsExactly(profile("harbourmaster"));
    assertThat(elsewhere.authors()).extracting(Author::url).doesNotContain(
        Optional.of(URI.create("https://mirror.example/~harbourmaster")));
  }

  /** Before 2023 Lobsters printed the time in a tooltip with its offset, "2019-05-02 09:12:33 -0500". */
  @Test
  void lobstersOlderTooltipWithItsOffset() {
    String page = Pages.text("lobsters-ferry-timetable-json.html").replaceAll(
        "<time title=\"([^\"]+)\" datetime=\"[^\"]+\" data-at-unix=\"\\d+\">([^<]+)</time>",
        "<span title=\"$1 -0600\">$2</span>");
    assertThat(page).doesNotContain("data-at-unix");

    Article a = HtmlArticles.parse(page, URI.create(LOBSTERS));

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("c_k2w8ab<-", "c_m4p7cd<c_k2w8ab", "c_q9r1ef<c_m4p7cd", "c_z5t2gh<-");
    assertThat(a.comments().get(2).publishedAt()).hasValue(OffsetDateTime.parse("2024-02-13T12:03:40-06:00"));
    assertThat(a.comments().get(2).assumedZone()).isEmpty();
  }

  /** The sites' documented zones win over the country-code rule, which would read {@code .rs} as Serbia's. */
  @Test
  void documentedZonesOfKnownSites() {
    assertThat(PageZone.ofHost(URI.create(LOBSTERS))).hasValue(ZoneId.of("America/Chicago"));
    assertThat(PageZone.ofHost(URI.create(SLASHDOT))).hasValue(EASTERN);
    assertThat(PageZone.ofHost(URI.create("https://slashdot.org/"))).hasValue(EASTERN);
    assertThat(PageZone.ofHost(URI.create("https://notslashdot.org/"))).isEmpty();
    assertThat(PageZone.ofHost(URI.create("https://news.example.rs/"))).hasValue(ZoneId.of("Europe/Belgrade"));
  }

  private static Author profile(String login) {
    return Author.builder().name(login).url(URI.create("https://lobste.rs/~" + login)).build();
  }
}
