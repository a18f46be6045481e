package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SlashTableHeaderTest {
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final CommentTimes TIMES =
      new CommentTimes(new PageClock(DateTimes.english(), EASTERN, Optional.empty()));

  /** Slash's template of 1999 linked the nickname to the poster's homepage and gave the e-mail in brackets. */
  @Test
  void aNicknameWithItsHomepageAndAddress() {
    Element row = row("<a name=\"12\"><b>First</b></a> (Score:1)<br>by <a href=\"http://ann.example.com/\">ann</a>"
        + " (<a href=\"mailto:ann@example.org\">ann@example.org</a>) on Monday March 15, @05:18PM"
        + " (<a href=\"//slashdot.org/comments.pl?sid=99/03/15/1200201&amp;cid=12\">#12</a>)",
        "http://slashdot.org/comments.pl?sid=99/03/15/1200201&cid=12");

    SlashTableHeader h = SlashTableHeader.of(row).orElseThrow();

    assertThat(h.cid()).isEqualTo("12");
    assertThat(h.author()).hasValue(Author.builder().name("ann").url(URI.create("http://ann.example.com/")).build());
    assertThat(h.time(TIMES, new SlashYears()).map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("1999-03-15T17:18-05:00"));
  }

  @Test
  void anAnonymousCowardAndAScoreWithItsReason() {
    Element row = row("<font size=\"3\"><a name=\"5432288\"><b>Re: by the pier on Sunday</b></a> (Score:2, Funny)"
        + "</font><br>by Anonymous Coward on Tuesday March 04, @11:40AM"
        + " (<a href=\"//slashdot.org/comments.pl?sid=56789&amp;cid=5432288\">#5432288</a>)",
        "http://slashdot.org/article.pl?sid=03/03/04/1234217");

    SlashTableHeader h = SlashTableHeader.of(row).orElseThrow();

    assertThat(h.author()).as("the subject's words are no header").hasValue(Author.of("Anonymous Coward"));
    assertThat(h.time(TIMES, new SlashYears()).map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("2003-03-04T11:40-05:00"));
  }

  @Test
  void aRowWithoutTheByLineIsNoHeader() {
    assertThat(SlashTableHeader.of(row("<a name=\"7\"></a>Chapter 7 of the manual", "http://example.org/")))
        .isEmpty();
    assertThat(SlashTableHeader.of(row("<a name=\"top\"></a>by ann on Monday March 15", "http://example.org/")))
        .as("a name that is no number").isEmpty();
  }

  private static Element row(String cell, String url) {
    Document page = Jsoup.parse("<table><tr><td>" + cell + "</td></tr><tr><td>Text.</td></tr></table>", url);
    return page.getElementsByTag("tr").first();
  }
}
