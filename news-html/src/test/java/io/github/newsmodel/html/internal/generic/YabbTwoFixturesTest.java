package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A topic of YaBB 2 in the table layout of its {@code yabb21} template, archived by the Wayback Machine: each post
 * a table of the poster's cell, opened by the post's anchor {@code <a name="1">}, beside the message cell, no
 * element named as a post, "Reply #1 - 14.03.2019 at 11:02:00" over the text, a quote after its header line "ann
 * wrote on ...:", and "« Last Edit: ... by ann »" and the signature in the row under it.
 */
class YabbTwoFixturesTest {
  private static final String NAME = "yabb2-village-hall-roof-appeal";
  private static final String ARCHIVED = "https://web.archive.org/web/20190316091200/"
      + "http://www.oakfield-parish.example.org.uk/cgi-bin/yabb2/YaBB.pl?num=1552557720";
  private static final String PROFILES =
      "http://www.oakfield-parish.example.org.uk/cgi-bin/yabb2/YaBB.pl?action=viewprofile;username=";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Author MARGARET =
      Author.builder().name("Margaret Ellis").url(URI.create(PROFILES + "margaret_e")).build();
  private static final Author TOM = Author.builder().name("Tom Harker").url(URI.create(PROFILES + "tom_h")).build();
  /** What YaBB prints around a post that is no part of its text. */
  private static final String[] FURNITURE = {"Reply #", "Last Edit", "IP Logged", "Back to top", "Posts:",
      "Hall committee", "Full Member", "Guest", "built by the village in 1921", "Bell ringer", "Re: Village"};

  @Test
  void theOpeningPostIsTheArticle() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.title()).hasValue("Village hall roof appeal");
    assertThat(a.authors()).containsExactly(MARGARET);
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T10:02:00Z"));
    assertThat(a.assumedZone()).hasValue(LONDON);
    assertThat(a.body()).extracting(b -> b.text().substring(0, 20)).containsExactly("The surveyor's repor",
        "The committee has se", "Collection tins are ");
    assertThat(a.text()).as("no page header, news line, topic line, signature nor footer")
        .doesNotContain("Welcome, Guest", "litter pick", "Read 214 times", "Moderators:", "Powered by", "Pages:")
        .doesNotContain(FURNITURE);
    assertThat(a.edits()).isEmpty();
  }

  @Test
  void theRepliesAreCommentsWithTheirPostersTimesAndNumbers() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.comments()).extracting(c -> c.id() + " #" + c.number().orElse(0) + " "
        + c.author().map(Author::name).orElse("-")).containsExactly("1 #1 Tom Harker",
            "2 #2 Walter from the allotments", "3 #3 Margaret Ellis");
    assertThat(a.comments().get(0).author()).hasValue(TOM);
    assertThat(a.comments().get(1).author().flatMap(Author::url)).as("a guest's name is unlinked").isEmpty();
    assertThat(a.comments().get(2).author()).hasValue(MARGARET);
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2019-03-14T11:02:00Z"), OffsetDateTime.parse("2019-03-15T08:45:12Z"),
        OffsetDateTime.parse("2019-03-16T08:30:05Z")); // "<b>Today</b> at 08:30:05" of the capture's day
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(LONDON));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain(FURNITURE));
    assertThat(a.comments().get(1).text()).startsWith("The allotment society voted").endsWith("six hundred pounds.");
  }

  @Test
  void aQuoteIsCitedByItsHeaderLine() {
    Comment reply = Pages.article(NAME, ARCHIVED).comments().get(0);

    assertThat(reply.body()).containsExactly(
        Quote.of("The parish council has promised to match the first five thousand that villagers give.",
            "Margaret Ellis wrote on 14.03.2019 at 10:02:00:"),
        Paragraph.of("Is that promise in the council's minutes? Last time a match was promised it shrank to two"
            + " thousand once the precept was set."));
  }

  /** Words before the header line on its line stay the poster's: only the line's end is the quote's cite. */
  @Test
  void wordsBeforeAQuotesHeaderLineStayText() {
    String page = Pages.text(NAME + ".html").replace("<a class=\"message\" href=",
        "Quite right. <a class=\"message\" href=");

    Comment reply = HtmlArticles.parse(page, URI.create(ARCHIVED)).comments().get(0);

    assertThat(reply.body()).hasSize(3);
    assertThat(reply.body().get(0)).isEqualTo(Paragraph.of("Quite right."));
    assertThat(reply.body().get(1)).isInstanceOf(Quote.class);
  }

  @Test
  void theLastEditLineIsAnEditWithItsEditorAndTime() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2019-03-14T11:20:45Z"));
      assertThat(e.editor()).as("not 'Tom Harker »'").hasValue(Author.of("Tom Harker"));
      assertThat(e.note()).hasValue("Last Edit: 14.03.2019 at 11:20:45 by Tom Harker");
    });
    assertThat(a.comments().get(2).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).as("'<b>Today</b> at 08:41:30'").isEqualTo(OffsetDateTime.parse("2019-03-16T08:41:30Z"));
      assertThat(e.editor()).hasValue(Author.of("Margaret Ellis"));
    });
    assertThat(a.comments().get(1).edits()).isEmpty();
  }

  /**
   * YaBB 2.4's {@code yabb21} template prints the edit line in the message cell, under the text, not in the row
   * under it: it was found nowhere, since the post's own rule looked only in that row and stood in for the generic
   * one.
   */
  @Test
  void theLastEditLineInTheMessageCellIsAnEditToo() {
    Document doc = Jsoup.parse(Pages.text(NAME + ".html"), ARCHIVED);
    Element line = doc.select("div.small:has(> i)").first();
    Element messageCell = doc.select("td:has(> div.message)").get(1);
    messageCell.appendChild(line); // moved there from the row under it

    Article a = HtmlArticles.parse(doc.outerHtml(), URI.create(ARCHIVED));

    assertThat(a.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2019-03-14T11:20:45Z"));
      assertThat(e.editor()).hasValue(Author.of("Tom Harker"));
    });
    assertThat(a.comments().get(0).text()).doesNotContain("Last Edit");
  }

  /** A page whose first post is "Reply #15", a later page of the topic, opens with a reply: it is a comment. */
  @Test
  void aFirstPostNumberedAsAReplyIsAComment() {
    String page = Pages.text(NAME + ".html").replace("<span class=\"small\"><b></b>14.03.2019 at 10:02:00</span>",
        "<span class=\"small\"><b>Reply #15 - </b>14.03.2019 at 10:02:00</span>");

    Article a = HtmlArticles.parse(page, URI.create(ARCHIVED + "/15"));

    assertThat(a.comments()).extracting(Comment::number).extracting(n -> n.orElse(0)).containsExactly(15, 1, 2, 3);
  }
}
