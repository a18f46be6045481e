package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * PHP-Nuke's story comments (versions 5 to 7, {@code modules/News/comments.php}): each an {@code <a name=TID>} and a
 * table of a header row, "<b>subject</b> (Score: 1) by ann on Tuesday, March 04 @ 10:52:00 CET (User Info | Send a
 * Message)", and a row of text, below a navigation bar with the count, a threshold form and a disclaimer.
 */
class PhpNukeFixturesTest {
  private static final String ARCHIVED = "https://web.archive.org/web/20030310094512/"
      + "http://www.eastmere-news.org/modules.php?name=News&file=article&sid=412";
  private static final String LIVE = "http://www.eastmere-news.org/modules.php?name=News&file=article&sid=412";
  private static final String NESTED = "http://www.lindholm-village.org.uk/modules.php?name=News&file=article&sid=1187";

  /**
   * Thread mode, the default: the top comments in full, their replies only as a list of subjects, no comments. The
   * default date format prints no year: an archived copy's capture (10 March 2003) gives the latest year whose
   * March 4 is a Tuesday; "CET" gives the offset.
   */
  @Test
  void threadModeTakesTheYearFromTheCapture() {
    Article a = Pages.article("phpnuke-harbour-evening-ferry", ARCHIVED);

    assertThat(a.title()).as("the bold headline above the story's line, not the <title>'s \"Site - Story\"")
        .hasValue("Second evening ferry to the islands from April");
    assertThat(a.authors()).extracting(Author::name).as("\"Posted on Tuesday, March 04 @ 09:15:00 CET by ...\"")
        .containsExactly("harbourmaster");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2003-03-04T09:15:00+01:00"));
    assertThat(a.text()).as("the story's line is the metadata's").startsWith("mhendriks writes")
        .doesNotContain("Posted on");

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("95<-", "96<-", "97<-");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("islandgirl", "Anonymous", "pietvos");
    assertThat(a.comments().get(0).author().flatMap(Author::url)).as("the User Info page, not the journal")
        .hasValue(URI.create("http://www.eastmere-news.org/modules.php?name=Your_Account&op=userinfo"
            + "&username=islandgirl"));
    assertThat(a.comments().get(1).author().flatMap(Author::url)).as("Anonymous has no User Info").isEmpty();
    assertThat(a.comments().get(2).author().flatMap(Author::url)).as("the profile, not the mailto link")
        .hasValue(URI.create("http://www.eastmere-news.org/modules.php?name=Your_Account&op=userinfo"
            + "&username=pietvos"));
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2003-03-04T10:52:00+01:00"), OffsetDateTime.parse("2003-03-04T14:07:33+01:00"),
        OffsetDateTime.parse("2003-03-07T19:41:12+01:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).as("CET is printed").isEmpty());
    assertThat(a.comments().get(0).text()).isEqualTo("Twelve years of leaving the pub at nine to catch the last"
        + " boat. I will believe it when I see the boat at the pier at twenty to ten.");
    assertThat(a.comments().get(2).text()).as("cut short, without the link to the rest")
        .startsWith("I skippered the island boat").endsWith("between here and the");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Score", "User Info",
        "Send a Message", "Journal", "Reply to This", "Read the rest", "piet.vos@", "Re: Finally", "CET"));
    assertThat(a.commentCount()).as("the bar's \"| <B>5</B> comments\": two replies are subjects only").hasValue(5);
    assertThat(a.text()).contains("From the first of April", "relief skipper")
        .doesNotContain("Login/Create an Account", "Threshold", "owned by the poster", "Search Discussion",
            "Twelve years", "Reply to This", "Re: Finally", "Holm gets its bread", "pilots' association");
  }

  /** Without a capture time a year-less date is no time at all: no comment gets a guessed year. */
  @Test
  void withoutCaptureTheYearlessTimesAreLeftOut() {
    Article a = HtmlArticles.parse(Pages.text("phpnuke-harbour-evening-ferry.html"), URI.create(LIVE));

    assertThat(a.comments()).extracting(Comment::id).containsExactly("95", "96", "97");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.publishedAt()).isEmpty());
    assertThat(a.publishedAt()).as("the story's line has no year either").isEmpty();
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("islandgirl", "Anonymous", "pietvos");
  }

  /**
   * Nested mode, with a date format that prints the year ("Saturday, June 12, 2004 @ 09:14:05 CEST"): replies are
   * tables of their own in a {@code <ul>} after the comment they answer, each in an {@code <a name>} left open.
   */
  @Test
  void nestedModeThreadsTheRepliesByTheirLists() {
    Article a = Pages.article("phpnuke-nested-village-fete", NESTED);

    assertThat(a.title()).hasValue("Fete moves to the school field");
    assertThat(a.authors()).extracting(Author::name).containsExactly("clerk");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2004-06-11T21:30:00+02:00"));

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("2031<-", "2034<2031", "2040<2034", "2052<-");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("hollyb", "tashby", "Anonymous", "dmercer");
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2004-06-12T09:14:05+02:00"), OffsetDateTime.parse("2004-06-12T11:40:52+02:00"),
        OffsetDateTime.parse("2004-06-13T08:02:19+02:00"), OffsetDateTime.parse("2004-06-14T17:25:44+02:00"));
    assertThat(a.comments().get(1).text()).isEqualTo("It does. They came out on Thursday to look at the field and"
        + " will put it on the flat part by the pavilion, with the tea tent next to it.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Score", "User Info", "Re:",
        "example.net", "]"));
    assertThat(a.commentCount()).hasValue(4);
    assertThat(a.text()).contains("The summer fete will be held on the school field")
        .doesNotContain("Posted on", "Threshold", "owned by the poster", "marquee still come", "cricket club",
            "farm track floods");
  }
}
