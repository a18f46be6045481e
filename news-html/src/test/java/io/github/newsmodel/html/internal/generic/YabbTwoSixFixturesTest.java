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
import org.junit.jupiter.api.Test;

/**
 * A topic of YaBB 2.6 in its {@code default} template, archived by the Wayback Machine: each post a table whose
 * poster's cell, opened by {@code <span class="anchor" id="1">}, spans the post's rows; the header with the subject
 * and "Reply #1 - 17.06.2021 at 11:40:00" is the cell beside it, and the text, the "« Last Edit: ... »" line and
 * the signature are rows of their own under the header.
 */
class YabbTwoSixFixturesTest {
  private static final String NAME = "yabb26-mill-lane-bridge-repairs";
  private static final String ARCHIVED = "https://web.archive.org/web/20210619091200/"
      + "http://www.hollins-bridge.example.org.uk/cgi-bin/yabb2/YaBB.pl?num=1623921300";
  private static final String PROFILES =
      "http://www.hollins-bridge.example.org.uk/cgi-bin/yabb2/YaBB.pl?action=viewprofile;username=";
  private static final Author JUDITH =
      Author.builder().name("Judith Dawson").url(URI.create(PROFILES + "jdawson")).build();
  private static final Author PETER =
      Author.builder().name("Peter Ashworth").url(URI.create(PROFILES + "pashworth")).build();
  /** What YaBB prints around a post that is no part of its text. */
  private static final String[] FURNITURE = {"Reply #", "Last Edit", "Logged", "Back to top", "Posts:",
      "Parish Councillor", "Full Member", "Guest", "ward of Low Moor", "Re: Mill", "Print Post"};

  @Test
  void theOpeningPostIsTheArticle() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.title()).hasValue("Mill Lane bridge to close for repairs");
    assertThat(a.authors()).containsExactly(JUDITH);
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2021-06-17T09:15:00+01:00"));
    assertThat(a.body()).extracting(b -> b.text().substring(0, 20)).containsExactly("The county highways ",
        "The bridge will be s", "The signed diversion");
    assertThat(a.text()).as("no page header, news line, topic line, signature nor footer")
        .doesNotContain("Hello, Guest", "summer fete", "Read 318 times", "Forum software", "Pages:")
        .doesNotContain(FURNITURE);
    assertThat(a.edits()).isEmpty();
  }

  @Test
  void theRepliesAreCommentsWithTheirPostersTimesAndNumbers() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.comments()).extracting(c -> c.id() + " #" + c.number().orElse(0) + " "
        + c.author().map(Author::name).orElse("-")).containsExactly("1 #1 Peter Ashworth",
            "2 #2 Ruth at the farm shop", "3 #3 Judith Dawson");
    assertThat(a.comments().get(0).author()).as("after the quick reply's icon link").hasValue(PETER);
    assertThat(a.comments().get(1).author().flatMap(Author::url)).as("a guest's name is unlinked").isEmpty();
    assertThat(a.comments().get(2).author()).hasValue(JUDITH);
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2021-06-17T11:40:00+01:00"), OffsetDateTime.parse("2021-06-18T08:02:41+01:00"),
        OffsetDateTime.parse("2021-06-18T19:30:12+01:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain(FURNITURE));
    assertThat(a.comments().get(1).text()).isEqualTo("We had the same closure in 2009 and trade fell by a third"
        + " over the summer. A sign at the Low Moor turning saying the shop is still open would help more than"
        + " anything.");
    assertThat(a.comments().get(2).text()).startsWith("Highways have agreed").endsWith("farm shop sign.");
  }

  @Test
  void aQuoteIsCitedByItsHeaderLine() {
    Comment reply = Pages.article(NAME, ARCHIVED).comments().get(0);

    assertThat(reply.body()).containsExactly(
        Quote.of("The signed diversion runs through Low Moor and adds roughly four miles for anyone coming from the"
            + " station end.", "Judith Dawson wrote on 17.06.2021 at 09:15:00:"),
        Paragraph.of("Four miles each way is a long detour for the school bus. Has anyone asked whether it can be"
            + " let over the bridge at fixed times?"));
  }

  @Test
  void theLastEditLineInTheRowUnderTheTextIsAnEdit() {
    Article a = Pages.article(NAME, ARCHIVED);

    assertThat(a.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2021-06-17T12:05:30+01:00"));
      assertThat(e.editor()).hasValue(Author.of("Peter Ashworth"));
      assertThat(e.note()).hasValue("Last Edit: 17.06.2021 at 12:05:30 by Peter Ashworth");
    });
    assertThat(a.comments().subList(1, 3)).allSatisfy(c -> assertThat(c.edits()).isEmpty());
  }

  /** YaBB 2.5's {@code default} template names the anchor beside the message cell {@code <a id="1">}. */
  @Test
  void anAnchorNamedByItsIdOpensThePosterCellToo() {
    String page = Pages.text("yabb2-village-hall-roof-appeal.html").replaceAll("<a name=\"(\\d)\"></a>",
        "<a id=\"$1\"></a>");

    Article a = HtmlArticles.parse(page, URI.create("https://web.archive.org/web/20190316091200/"
        + "http://www.oakfield-parish.example.org.uk/cgi-bin/yabb2/YaBB.pl?num=1552557720"));

    assertThat(a.comments()).extracting(c -> c.id() + " " + c.author().map(Author::name).orElse("-"))
        .containsExactly("1 Tom Harker", "2 Walter from the allotments", "3 Margaret Ellis");
  }
}
