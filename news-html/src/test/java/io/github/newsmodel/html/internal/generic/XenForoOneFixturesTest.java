package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A thread of XenForo 1 (2010 to 2017) in its default style: each post an {@code li#post-88101.message} with the
 * poster's name in {@code data-author}, the text in a {@code blockquote.messageText}, quotes in a
 * {@code div.bbCodeQuote} whose {@code aside} holds "ann said:" and the quoted {@code blockquote.quoteContainer},
 * and a post's time as {@code <span class=DateTime title="Mar 3, 2014 at 9:14 PM">Mar 3, 2014</span>} once it is a
 * week old, or as {@code <abbr class=DateTime data-time=1393920120>} before.
 */
class XenForoOneFixturesTest {
  private static final String ARCHIVED = "https://web.archive.org/web/20140305000000/"
      + "https://forums.westbay.example/threads/harbour-car-park-charges.4410/";
  private static final String MEMBERS = "https://forums.westbay.example/members/";

  @Test
  void theFirstPostIsTheArticleWithTheTimeOfItsDatesTooltip() {
    var a = Pages.article("xenforo1-harbour-car-park-charges", ARCHIVED);

    assertThat(a.authors()).containsExactly(
        Author.builder().name("quaywalker").url(URI.create(MEMBERS + "quaywalker.17/")).build());
    assertThat(a.publishedAt()).as("the time of day from the tooltip of \"Mar 3, 2014\"")
        .hasValue(OffsetDateTime.parse("2014-03-03T21:14Z"));
    assertThat(a.publishedAtDateOnly()).isFalse();
    assertThat(a.body()).as("the post's text, not a quote: XenForo sets it in a blockquote").containsExactly(
        Paragraph.of("The council wants to charge for the harbour car park from April: a pound an hour, and five"
            + " for the day."),
        Paragraph.of("Residents' permits are to cost sixty a year."));
  }

  @Test
  void aReplyIsACommentWithItsQuoteAndEdit() {
    var a = Pages.article("xenforo1-harbour-car-park-charges", ARCHIVED);

    assertThat(a.comments()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("post-88107");
      assertThat(c.number()).hasValue(2);
      assertThat(c.author()).hasValue(
          Author.builder().name("selina_k").url(URI.create(MEMBERS + "selina_k.23/")).build());
      assertThat(c.publishedAt()).as("the abbr's data-time").hasValue(OffsetDateTime.parse("2014-03-04T08:02Z"));
      assertThat(c.body()).containsExactly(
          Quote.of("Residents' permits are to cost sixty a year.", "quaywalker said:"),
          Paragraph.of("Sixty a year is less than a month of day tickets, so most of us will buy one."));
      assertThat(c.edits()).singleElement().satisfies(e -> {
        assertThat(e.editedAt().orElseThrow()).as("the tooltip of \"Last edited: Mar 4, 2014\"")
            .isEqualTo(OffsetDateTime.parse("2014-03-04T08:20Z"));
        assertThat(e.editedAtDateOnly()).isFalse();
      });
    });
    assertThat(a.comments()).extracting(Comment::text).allSatisfy(t -> assertThat(t)
        .doesNotContain("Click to expand", "Last edited"));
  }
}
