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
 * A topic of IP.Board 3 (2009 to 2014): each post a {@code div#post_id_20511.post_block.hentry}, hAtom's entry as a
 * blog's post is; its time in an {@code abbr.published} with the offset in its title; a quote's attribution in a
 * {@code p.citation} before the quote's boxes; and the edit notice "This post has been edited by ann: ...
 * Reason for edit: ..." at the end of the text.
 */
class IpBoardThreeFixturesTest {
  private static final String ARCHIVED = "https://web.archive.org/web/20120310080000/"
      + "http://forum.westbay.example/topic/3120-harbour-swimming-pool-hours/";
  private static final String USERS = "http://forum.westbay.example/user/";

  @Test
  void theFirstPostIsTheArticleWithItsOffset() {
    var a = Pages.article("ipboard3-harbour-swimming-pool-hours", ARCHIVED);

    assertThat(a.authors()).containsExactly(
        Author.builder().name("millroad_mike").url(URI.create(USERS + "5-millroad-mike/")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2012-03-03T21:14Z"));
    assertThat(a.assumedZone()).as("the post's abbr gives the offset that the topic's line leaves out").isEmpty();
    assertThat(a.body()).containsExactly(
        Paragraph.of("From April the harbour pool opens at seven on weekdays instead of six, the council says."),
        Paragraph.of("The early swim club is not pleased."));
  }

  @Test
  void aReplyIsACommentWithItsNumberCitedQuoteAndEditReason() {
    var a = Pages.article("ipboard3-harbour-swimming-pool-hours", ARCHIVED);

    assertThat(a.comments()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("post_id_20514");
      assertThat(c.number()).as("the link \"#2\" in span.post_id").hasValue(2);
      assertThat(c.author()).hasValue(Author.builder().name("ann_t").url(URI.create(USERS + "57-ann-t/")).build());
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2012-03-04T08:02Z"));
      assertThat(c.body()).containsExactly(
          Quote.of("The early swim club is not pleased.", "millroad_mike, on 03 March 2012 - 09:14 PM, said:"),
          Paragraph.of("They could ask for one early session a week, on Saturdays."));
      assertThat(c.edits()).singleElement().satisfies(e -> {
        assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2012-03-04T08:20Z"));
        assertThat(e.editor()).map(Author::name).hasValue("ann_t");
        assertThat(e.reason()).hasValue("typo");
      });
    });
    assertThat(a.comments()).extracting(Comment::text).allSatisfy(t -> assertThat(t)
        .doesNotContain("MultiQuote", "posts", "Members", "edited by"));
  }
}
