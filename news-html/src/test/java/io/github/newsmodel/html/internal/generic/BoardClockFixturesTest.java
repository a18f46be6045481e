package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forum pages saved without a capture time, whose relative times ("Today, 09:05", "Yesterday at 04:27:40 PM") count
 * back from the clock the page states ("It is currently 03 Mar 2024, 21:14"), as the forum counted them.
 */
class BoardClockFixturesTest {
  /** phpBB 3.0 in subsilver2, its board date format "|d M Y|, H:i", "All times are UTC + 1 hour". */
  private static final String SUBSILVER = "phpbb3-subsilver2-allotment-water-meters";
  private static final String SUBSILVER_URL = "https://forum.ashcombe-allotments.example.org/viewtopic.php?f=3&t=77";
  private static final String SMF21 = "smf2-ferry-pier-cafe-reopens";
  private static final String SMF21_URL = "https://forum.eastbay-ferries.example.org.uk/index.php?topic=455.0";

  @Test
  void aTopicSavedWithoutItsCaptureTimeCountsBackFromTheBoardsClock() {
    Article a = Pages.article(SUBSILVER, SUBSILVER_URL);

    assertThat(a.source()).isEmpty();
    assertThat(a.publishedAt()).as("the first post's own date, not the clock of the header's date bar")
        .hasValue(OffsetDateTime.parse("2024-03-02T18:20+01:00"));
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-03-02T23:48+01:00"), // "Yesterday, 23:48"
        OffsetDateTime.parse("2024-03-03T09:05+01:00")); // "Today, 09:05"
    assertThat(a.comments().get(1).edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2024-03-03T20:02+01:00")); // "on Today, 20:02"
    assertThat(a.comments()).as("the clock and the times are in the zone the board states: nothing is assumed")
        .allSatisfy(c -> assertThat(c.assumedZone()).isEmpty());
    assertThat(a.comments().get(1).edits()).allSatisfy(e -> assertThat(e.assumedZone()).isEmpty());
  }

  @Test
  void aKnownCaptureTimeWinsOverTheBoardsClock() {
    OffsetDateTime captured = OffsetDateTime.parse("2024-03-05T12:00Z");
    Article a = HtmlArticles.parse(Pages.text(SUBSILVER + ".html"), URI.create(SUBSILVER_URL), ParseOptions.builder()
        .source(Source.builder().uri(URI.create(SUBSILVER_URL)).capturedAt(captured).build()).build());

    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-03-04T23:48+01:00"), OffsetDateTime.parse("2024-03-05T09:05+01:00"));
  }

  /**
   * SMF 1's header prints its clock, "March 14, 2008, 06:30:55 PM", without a label: the live page gives the times
   * that its archived copy gives with the capture time of 18:30:55 UTC. The live page is the archived copy without
   * the archive's rewritten addresses, and with the day before the capture printed "Yesterday", as SMF printed it.
   */
  @Test
  void smfOnesHeaderClockGivesWhatTheCaptureGives() {
    String livePage = Pages.text("smf1-library-opening-hours.html")
        .replaceAll("/web/\\d{14}[a-z_]*/", "").replace("\"/http://", "\"http://")
        .replace("<b>Reply #3 on:</b> March 13, 2008, 04:27:40 PM",
            "<b>Reply #3 on:</b> <b>Yesterday</b> at 04:27:40 PM");
    Article live = HtmlArticles.parse(livePage,
        URI.create("http://www.westbury-green.example.org.uk/forum/index.php?topic=431.0"));
    Article archived = Pages.article("smf1-library-opening-hours", "https://web.archive.org/web/20080314183055/"
        + "http://www.westbury-green.example.org.uk/forum/index.php?topic=431.0");

    assertThat(live.source()).isEmpty();
    assertThat(times(live)).isEqualTo(times(archived)).contains(
        OffsetDateTime.parse("2008-03-13T16:27:40Z"), // "Yesterday at 04:27:40 PM" in the live copy
        OffsetDateTime.parse("2008-03-14T10:05:12Z"), // "Today at 10:05:12 AM"
        OffsetDateTime.parse("2008-03-14T13:02:45Z")); // "Last Edit: Today at 01:02:45 PM"
    assertThat(live.comments()).allSatisfy(c -> assertThat(c.assumedZone()).isPresent());
  }

  /**
   * SMF 2.1 prints its clock in {@code div.user}, "<time datetime=2024-07-14T20:30:12Z>July 14, 2024, 09:30:12
   * PM</time>", above every page, and each post's time in the link to the post, "<a href=index.php?msg=6131
   * class=smalltext><strong>Yesterday</strong> at 11:48:02 PM</a>".
   */
  @Test
  void smfTwoPointOnesClockIsNoArticleDateAndAnchorsItsPostsTimes() {
    Article a = Pages.article(SMF21, SMF21_URL);

    assertThat(a.publishedAt()).as("the first post's time, not the clock of the page's header")
        .hasValue(OffsetDateTime.parse("2024-07-12T18:02:41+01:00"));
    assertThat(times(a)).containsExactly(OffsetDateTime.parse("2024-07-13T23:48:02+01:00"),
        OffsetDateTime.parse("2024-07-14T10:05:12+01:00"), OffsetDateTime.parse("2024-07-14T13:02:45+01:00"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(ZoneId.of("Europe/London")));
  }

  @Test
  void smfTwoPointOnesRelativePostTimesAreReadAgainstACaptureToo() {
    Article a = HtmlArticles.parse(Pages.text(SMF21 + ".html"), URI.create(SMF21_URL), ParseOptions.builder()
        .source(Source.builder().uri(URI.create(SMF21_URL)).capturedAt(OffsetDateTime.parse("2024-07-20T12:00Z"))
            .build()).build());

    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-07-19T23:48:02+01:00"), OffsetDateTime.parse("2024-07-20T10:05:12+01:00"));
  }

  private static List<OffsetDateTime> times(Article a) {
    return a.comments().stream().flatMap(c -> java.util.stream.Stream.concat(c.publishedAt().stream(),
        c.edits().stream().map(e -> e.editedAt().orElseThrow()))).toList();
  }

  @Test
  void vBulletinsClockNamesNoDayAndAnchorsNothing() {
    // "All times are GMT +1. The time now is 07:30 PM." names no day, and "Yesterday, 11:48 PM" needs one
    String page = Pages.text("vbulletin3-market-square-parking.html");
    Article a = HtmlArticles.parse(page, URI.create("http://forum.eastmere-town.example.org.uk/showthread.php?t=2291"));

    assertThat(page).contains("The time now is <span class=\"time\">07:30 PM</span>");
    assertThat(a.comments()).extracting(Comment::publishedAt).anySatisfy(t -> assertThat(t).isEmpty());
  }
}
