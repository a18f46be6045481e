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
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Forum threads in the static markup that forum software serves to crawlers and archives: a thread's first post is
 * the article, with its poster as the author and its time as the publication time where the page declares neither,
 * and the later posts are its comments. {@code GoldenPagesTest} compares each fixture's whole article
 * with its golden JSON.
 */
class ForumCommentsFixturesTest {

  /**
   * Discourse's crawler view marks the later posts schema.org {@code Comment}, prints a poster as "login (Full
   * Name)" where the forum shows names, and marks the time of a post's last revision {@code dateModified}.
   */
  @Test
  void discourseCrawlerViewPostsWithLoginAndNameAndRevision() {
    Article a = Pages.article("discourse-allotment-water-tap",
        "https://talk.harbourcity.example.org/t/the-water-tap-at-the-allotments-is-broken-again/2231");

    assertThat(a.authors()).as("one person, not 'mira_s' and 'Mira Sandberg'").containsExactly(
        Author.builder().name("Mira Sandberg").url(URI.create("https://talk.harbourcity.example.org/u/mira_s"))
            .build());
    assertThat(a.text()).startsWith("The tap by the tool shed has leaked since Saturday")
        .doesNotContain("I reported it on Saturday", "He came this afternoon", "Likes", "Powered by");
    assertThat(a.comments()).containsExactly(
        Comment.builder().id("post_2")
            .author(Author.builder().name("Tom Becker")
                .url(URI.create("https://talk.harbourcity.example.org/u/tomb")).build())
            .publishedAt(OffsetDateTime.parse("2023-06-12T09:40:05Z"))
            .addBody(Paragraph.of("I reported it on Saturday. They said a plumber comes on Wednesday, and that we"
                + " may fill cans at the cemetery tap until then."))
            .addEdits(EditRecord.builder().editedAt(OffsetDateTime.parse("2023-06-12T10:02:47Z"))
                .kind(EditKind.UPDATE).build())
            .build(),
        Comment.builder().id("post_3")
            .author(Author.builder().name("ines.k")
                .url(URI.create("https://talk.harbourcity.example.org/u/ines.k")).build())
            .publishedAt(OffsetDateTime.parse("2023-06-14T16:21:50Z"))
            .addBody(Quote.builder().text("They said a plumber comes on Wednesday").cite("tomb:").build())
            .addBody(Paragraph.of("He came this afternoon and fitted a new valve. The tap works again."))
            .build());
  }

  /**
   * Discourse's crawler view until 2022 marked every post a {@code DiscussionForumPosting} of its own, each with
   * its text as {@code articleBody}: the posts after the first are replies, not more of the article, and their
   * posters are no authors of it.
   */
  @Test
  void discourseOlderCrawlerViewReadsLaterPostingsAsComments() {
    Article a = Pages.article("discourse-2019-ferry-lane-stop",
        "https://neighbours.quayside.example.net/t/is-the-ferry-lane-bus-stop-closed/918");

    assertThat(a.authors()).containsExactly(Author.builder().name("Jo Lindqvist")
        .url(URI.create("https://neighbours.quayside.example.net/u/jo_lindqvist")).build());
    assertThat(a.body()).containsExactly(Paragraph.of("The 42 bus has skipped the stop at Ferry Lane every evening"
        + " this week. Is the stop closed, or is the driver just not stopping?"));
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("dockhand_ola", "Jo Lindqvist");
    Comment first = a.comments().get(0);
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2019-11-18T14:39:17Z"));
    assertThat(first.text()).isEqualTo("The stop is closed until the resurfacing is done. There is a temporary stop"
        + " fifty metres up the hill, by the bakery.");
    assertThat(first.edits()).isEmpty();
    Comment second = a.comments().get(1);
    assertThat(second.publishedAt()).hasValue(OffsetDateTime.parse("2019-11-18T17:35:54Z"));
    assertThat(second.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2019-11-18T18:02:10Z"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Like"));
  }

  /**
   * Invision Community marks each post {@code article.ipsComment} with its text in {@code data-role=commentContent}
   * and prints an edit as "<strong>Edited 8 January 2024 by X</strong><br>reason" at the end of the text: a notice
   * with its reason, not a line of the post. The thread's first post is a post like the others, as XenForo's is.
   */
  @Test
  void invisionCommunityPostsWithTheirQuoteAndEditNotice() {
    Article a = Pages.article("invision-harbour-pool-hours",
        "https://forums.harbourcity.example.com/topic/4410-harbour-pool-winter-opening-hours/");

    assertThat(a.body()).as("the opening post").containsExactly(
        Paragraph.of("The harbour pool keeps its winter hours until the end of March: weekdays from seven until eight"
            + " in the evening, weekends from nine until five."),
        Paragraph.of("The sauna stays closed on Mondays for cleaning."));
    assertThat(a.authors()).containsExactly(Author.builder().name("Lena K")
        .url(URI.create("https://forums.harbourcity.example.com/profile/318-lena-k/")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2024-01-08T07:45:10Z"));
    assertThat(a.comments()).extracting(Comment::id).containsExactly("elComment_58820", "elComment_58831");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("pkowalski", "Lena K");
    Comment question = a.comments().get(0);
    assertThat(question.author().flatMap(Author::url))
        .hasValue(URI.create("https://forums.harbourcity.example.com/profile/977-pkowalski/"));
    assertThat(question.publishedAt()).hasValue(OffsetDateTime.parse("2024-01-08T12:03:44Z"));
    assertThat(question.body()).containsExactly(
        Quote.builder().text("The sauna stays closed on Mondays for cleaning.").cite("Lena K said:").build(),
        Paragraph.of("Is the learner pool open in the evenings too? My daughter has lessons on Thursdays."));
    assertThat(question.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2024-01-08T12:20:05Z")).editor(Author.of("pkowalski"))
        .note("Edited January 8, 2024 by pkowalski typo").reason("typo").kind(EditKind.UPDATE).build());
    assertThat(a.comments().get(1).publishedAt()).hasValue(OffsetDateTime.parse("2024-01-08T13:15Z"));
    assertThat(a.text()).doesNotContain("learner pool", "Powered by");
  }

  /**
   * Hacker News prints its comments as flat table rows ({@code tr.comtr}), each as deep as its indent cell is
   * wide, with the author's {@code a.hnuser} and the age's title holding the local time and the Unix seconds.
   */
  @Test
  void hackerNewsRowsThreadedByTheirIndent() {
    Article a = Pages.article("hackernews-first-ferry", "https://news.ycombinator.com/item?id=39119950");

    assertThat(a.comments()).extracting(Comment::id, c -> c.replyTo().orElse("-"),
            c -> c.author().map(Author::name).orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("39120001", "-", "ferrywatcher"),
            org.assertj.core.groups.Tuple.tuple("39120044", "39120001", "lkarlsson"),
            org.assertj.core.groups.Tuple.tuple("39120102", "39120044", "ferrywatcher"),
            org.assertj.core.groups.Tuple.tuple("39120230", "-", "mbrandt"));
    assertThat(a.authors()).as("the story's submitter, by the first comment's shape").containsExactly(
        Author.builder().name("islandnews").url(URI.create("https://news.ycombinator.com/user?id=islandnews"))
            .build());
    assertThat(a.publishedAt()).as("the story's time, from its Unix seconds")
        .hasValue(OffsetDateTime.parse("2024-01-23T08:58:40Z"));
    assertThat(a.assumedZone()).isEmpty();
    assertThat(a.body()).as("a link's submission has no text: not its title, points or links").isEmpty();
    assertThat(a.comments()).as("the first comment answers the story, and is no opening post").hasSize(4);
    Comment reply = a.comments().get(1);
    assertThat(reply.author().flatMap(Author::url))
        .hasValue(URI.create("https://news.ycombinator.com/user?id=lkarlsson"));
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2024-01-23T09:40:31Z"));
    assertThat(reply.assumedZone()).as("the Unix seconds make the instant exact").isEmpty();
    assertThat(reply.body()).containsExactly(
        Paragraph.of("They tried this in 2019 and went back after a month because the crew rota did not work."),
        Paragraph.of("The article skips that."));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("reply", "next", "[–]"));
  }

  /** An "Ask HN" story has a text of its own, {@code div.toptext}: it is the body. */
  @Test
  void hackerNewsAskStoryWithItsText() {
    String page = Pages.text("hackernews-first-ferry.html").replace(
        "<tr style=\"height:10px\"></tr><tr><td colspan=\"2\"></td><td>\n          <form",
        "<tr style=\"height:2px\"></tr><tr><td colspan=\"2\"></td><td><div class=\"toptext\">Would the first boat"
            + " at 6:20 make the island worth living on?</div></td></tr>"
            + "<tr style=\"height:10px\"></tr><tr><td colspan=\"2\"></td><td>\n          <form");
    assertThat(page).contains("toptext");

    Article a = HtmlArticles.parse(page, URI.create("https://news.ycombinator.com/item?id=39119950"));

    assertThat(a.body()).containsExactly(
        Paragraph.of("Would the first boat at 6:20 make the island worth living on?"));
    assertThat(a.authors()).extracting(Author::name).containsExactly("islandnews");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2024-01-23T08:58:40Z"));
    assertThat(a.comments()).hasSize(4);
  }

  /**
   * A block before the comments that shares their classes but names no time is no post: the comments answer it,
   * and its submitter is no author.
   */
  @Test
  void hackerNewsStoryWithoutItsTimeIsNoPost() {
    String page = Pages.text("hackernews-first-ferry.html")
        .replace("<span class=\"age\" title=\"2024-01-23T08:58:40 1706000320\"><a href=\"item?id=39119950\">3 hours"
            + " ago</a></span>", "");
    assertThat(page).doesNotContain("1706000320");

    Article a = HtmlArticles.parse(page, URI.create("https://news.ycombinator.com/item?id=39119950"));

    assertThat(a.authors()).isEmpty();
    assertThat(a.publishedAt()).isEmpty();
    assertThat(a.comments()).hasSize(4);
  }

  /** Before 2022 a row's depth was only its spacer's width, and an age had no title. */
  @Test
  void hackerNewsRowsOfSpacerWidthsOnly() {
    String row = """
        <tr class="athing comtr" id="%s"><td><table border="0"><tr><td class="ind"><img src="s.gif" height="1"
         width="%d"></td><td class="default"><div><span class="comhead"><a href="user?id=%s">%s</a>
         <span class="age"><a href="item?id=%s">on Jan 23, 2014</a></span></span></div><br>
         <span class="comment"><span class="c00">%s</span></span></td></tr></table></td></tr>""";
    String page = "<html><head><title>Ferry fares | Hacker News</title></head><body><table class=\"comment-tree\">"
        + row.formatted("7001", 0, "ann", "ann", "7001", "Fares went up twice this year already.")
        + row.formatted("7002", 40, "bob", "bob", "7002", "The second rise was the fuel surcharge.")
        + row.formatted("7003", 80, "ann", "ann", "7003", "Which they promised to drop in spring.")
        + row.formatted("7004", 40, "cy", "cy", "7004", "Season tickets did not go up at all.")
        + "</table></body></html>";

    Article a = HtmlArticles.parse(page, URI.create("https://news.ycombinator.com/item?id=7000"));

    assertThat(a.comments()).as("the first comment, with replies of its own, opens no thread")
        .extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("7001<-", "7002<7001", "7003<7002", "7004<7001");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("ann", "bob", "ann", "cy");
    assertThat(a.comments().get(0).publishedAt().map(t -> t.toLocalDate()))
        .hasValue(java.time.LocalDate.of(2014, 1, 23));
  }

  /**
   * A Stack Exchange question is the article; its answers, schema.org {@code Answer} items, are comments, and the
   * short comments listed under a post reply to that post. A comment's date is exact in its tooltip,
   * "2024-01-08 09:30:11Z, License: CC BY-SA 4.0", and its text is the {@code comment-copy}.
   */
  @Test
  void stackExchangeAnswersAndTheCommentsUnderEachPost() {
    Article a = Pages.article("stackexchange-ferry-timetable-parse",
        "https://stackoverflow.com/questions/77812345/reading-a-ferry-timetables-times-with-their-zone");

    assertThat(a.text()).startsWith("The harbour's timetable page prints departures")
        .doesNotContain("Which zone", "Parse the feed", "That works");
    assertThat(a.authors()).as("the question's author, not an answer's").containsExactly(Author.builder()
        .name("Nell Hardy").url(URI.create("https://stackoverflow.com/users/2210987/nell-hardy")).build());
    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("comment-137001<-", "comment-137004<-", "answer-77812999<-",
            "comment-137020<answer-77812999");
    assertThat(a.comments().get(0)).isEqualTo(Comment.builder().id("comment-137001")
        .author(Author.builder().name("Tom Peel")
            .url(URI.create("https://stackoverflow.com/users/5550123/tom-peel")).build())
        .publishedAt(OffsetDateTime.parse("2024-01-08T09:30:11Z"))
        .addBody(Paragraph.of("Which zone does the timetable mean, the harbour's or the island's? They are the same"
            + " today, but not in every archive."))
        .build());
    Comment answer = a.comments().get(2);
    assertThat(answer.author()).hasValue(Author.builder().name("Ines Kraft")
        .url(URI.create("https://stackoverflow.com/users/998877/ines-kraft")).build());
    assertThat(answer.text()).startsWith("Parse the feed's value with OffsetDateTime.parse")
        .doesNotContain("answered", "18.4k");
    assertThat(a.comments().get(3).publishedAt()).hasValue(OffsetDateTime.parse("2024-01-08T10:15:03Z"));
    assertThat(a.comments().get(3).assumedZone()).isEmpty();
    assertThat(a.commentCount()).as("the question's commentCount, 2, is not the page's four").isEmpty();
  }

  /**
   * SMF 2 sets a topic's posts ({@code div#msg5501}) in its moderation form, which has no text field and so is no
   * comment form, and prints the poster's group and post count in a {@code ul.user_info} beside the name.
   */
  @Test
  void smfPostsInsideTheModerationForm() {
    Article a = Pages.article("smf-night-bus-n4-diverted", "https://forum.harbourbus.example.org/index.php?topic=812.0");

    assertThat(a.text()).as("the opening post").startsWith("The N4 skips the old town this week");
    assertThat(a.authors()).containsExactly(Author.builder().name("Greta L")
        .url(URI.create("https://forum.harbourbus.example.org/index.php?action=profile;u=41")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2023-03-02T23:42:10Z"));
    assertThat(a.comments()).extracting(Comment::id).containsExactly("msg5507");
    Comment reply = a.comments().get(0);
    assertThat(reply.author()).hasValue(Author.builder().name("omarh")
        .url(URI.create("https://forum.harbourbus.example.org/index.php?action=profile;u=57")).build());
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2023-03-03T07:05:44Z"));
    assertThat(reply.text()).isEqualTo("Thanks. Does the N4 still run every half hour?");
    assertThat(reply.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2023-03-03T07:20:01Z"));
  }

  /**
   * phpBB's prosilver prints the poster's profile box ({@code dl.postprofile}) before the post, with the day the
   * poster joined, "Registriert: Mi 12. Mär 2005, 10:00", and the post's date after it, unmarked, in the
   * {@code p.author} line: the join date is the poster's, never the post's time nor its text.
   */
  @Test
  void phpBbGermanJoinDateInTheProfileBoxIsNoPostsTime() {
    Article a = Pages.article("phpbb-de-faehre-winterfahrplan",
        "https://forum.hafenstadt.example.de/viewtopic.php?t=1207");

    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2009-01-21T14:03+01:00"));
    assertThat(a.assumedZone()).hasValue(berlin);
    assertThat(a.authors()).extracting(Author::name).containsExactly("kapitaen_jens");
    assertThat(a.text()).startsWith("Ab Februar fährt die Fähre").doesNotContain("Registriert", "Beiträge", "1234");
    assertThat(a.comments()).extracting(Comment::id).containsExactly("p8850", "p8863");
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).as("not Fr 3. Okt 2008, Mi 12. Mär 2005")
        .containsExactly(OffsetDateTime.parse("2009-01-21T16:40+01:00"), OffsetDateTime.parse("2009-01-22T08:12+01:00"));
    assertThat(a.comments().get(0).edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2009-01-21T17:05+01:00"));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.assumedZone()).hasValue(berlin);
      assertThat(c.text()).doesNotContain("Registriert", "Beiträge", "Wohnort", "2005", "2008");
    });
  }

  /**
   * MyBB 1.8 prints a post's author box as the name's link on a line of its own, then the user title and stars;
   * its {@code post_head} (the post's number and date) beside the {@code post_body} inside the
   * {@code post_content}; an empty {@code span.post_edit} in every post; and its dates in its default
   * {@code m-d-Y} format, "01-08-2024, 10:15 AM", whose order a later post's "01-13-2024" settles.
   */
  @Test
  void myBbPostsWithTheirTitlesHeadsAndEditNotice() {
    Article a = Pages.article("mybb-harbour-ferry-winter-timetable",
        "https://boards.harbourferry.example.net/showthread.php?tid=214");

    Author frida = Author.builder().name("Frida N")
        .url(URI.create("https://boards.harbourferry.example.net/member.php?action=profile&uid=17")).build();
    assertThat(a.comments()).extracting(Comment::id).containsExactly("post_1024", "post_1030");
    assertThat(a.body()).as("the opening post").containsExactly(
        Paragraph.of("The winter timetable starts on Monday. The first boat leaves the old pier at 06:40"
            + " instead of 06:10, and the last one back from the island is at 22:15."),
        Paragraph.of("The Sunday boats stay as they were."));
    assertThat(a.edits()).containsExactly(EditRecord.builder().editedAt(OffsetDateTime.parse("2024-01-08T11:02Z"))
        .assumedZone(java.time.ZoneOffset.UTC).editor(Author.of("Frida N"))
        .note("(This post was last modified: 01-08-2024, 11:02 AM by Frida N.)").kind(EditKind.UPDATE).build());
    Comment question = a.comments().get(0);
    assertThat(question.author().map(Author::name)).hasValue("olek_w");
    assertThat(question.publishedAt()).hasValue(OffsetDateTime.parse("2024-01-08T13:47Z"));
    assertThat(question.body()).containsExactly(
        Quote.builder().text("The Sunday boats stay as they were.").cite("(01-08-2024, 10:15 AM)Frida N Wrote:")
            .build(),
        Paragraph.of("Does that include the early boat for the market on Sundays? It was dropped last winter."));
    Comment answer = a.comments().get(1);
    assertThat(answer.author()).hasValue(frida);
    assertThat(answer.publishedAt()).hasValue(OffsetDateTime.parse("2024-01-13T09:05Z"));
    assertThat(answer.edits()).as("the empty post_edit span is no notice").isEmpty();
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).as("MyBB's threads are flat").isEmpty();
      assertThat(c.text()).doesNotContain("#1", "#2", "#3", "Member", "Posts:", "Reply");
    });
    assertThat(a.text()).doesNotContain("market", "ferry office", "#1", "Member");
    assertThat(a.authors()).as("the thread's starter, without the user title, with the link to the profile")
        .containsExactly(frida);
    assertThat(a.publishedAt()).as("the first post's date, read month first as the page settles it")
        .hasValue(OffsetDateTime.parse("2024-01-08T10:15Z"));
  }

  /**
   * Kunena 6 (Joomla's forum, template Aurelia) prints each post as a {@code div.row.message}: the poster's
   * {@code ul.profilebox}, a header whose {@code span.kdate} prints the age ("1 week 3 days ago") with the time in
   * its tooltip, the post's id only in its permalink {@code <a href="#2207" id="2207">}, the text in
   * {@code div.kmsg}, a signature, and a "Last edit: ... by X. Reason: ..." notice whose tooltip holds the edit's
   * time. The box around header, text and notice is named after the post's state, {@code message-published}.
   */
  @Test
  void kunenaPostsWithTheirTooltipTimesPermalinkIdsAndEditNotice() {
    Article a = Pages.article("kunena-harbour-library-summer-hours", "https://www.harbourtown-club.example.org/forum/"
        + "harbour-library/318-summer-opening-hours-of-the-harbour-library");

    ZoneId london = ZoneId.of("Europe/London"); // the page's language is en-GB, and it prints no offset
    Author frida = Author.builder().name("Frida N")
        .url(URI.create("https://www.harbourtown-club.example.org/forum/user/42-frida-n")).build();
    assertThat(a.comments()).extracting(Comment::id).containsExactly("2211", "2214");
    assertThat(a.publishedAt()).as("the opening post's date line, its tooltip")
        .hasValue(OffsetDateTime.parse("2024-06-04T08:12+01:00"));
    assertThat(a.authors()).as("the opening post's poster, with the link to the profile").containsExactly(frida);
    assertThat(a.body()).as("the opening post").containsExactly(
        Paragraph.of("The harbour library keeps shorter hours from June to August. It opens at 10:00"
            + " instead of 09:00, and it is closed on Mondays."),
        Paragraph.of("Tuesday and Thursday evenings stay open until 19:00, for people who work during the day."));
    assertThat(a.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2024-06-04T09:47+01:00")).assumedZone(london).editor(Author.of("Frida N"))
        .note("Last edit: 1 week 3 days ago by Frida N. Reason: the Thursday hours").reason("the Thursday hours")
        .kind(EditKind.UPDATE).build());
    Comment question = a.comments().get(0);
    assertThat(question.author()).hasValue(Author.builder().name("tomasz_b")
        .url(URI.create("https://www.harbourtown-club.example.org/forum/user/57-tomasz-b")).build());
    assertThat(question.publishedAt()).hasValue(OffsetDateTime.parse("2024-06-04T12:30+01:00"));
    assertThat(question.body()).containsExactly(
        Quote.of("It opens at 10:00 instead of 09:00, and it is closed on Mondays."),
        Paragraph.of("Is the returns box by the door still emptied on Mondays? I have two books due on the tenth."));
    assertThat(question.edits()).isEmpty();
    Comment answer = a.comments().get(1);
    assertThat(answer.author()).hasValue(frida);
    assertThat(answer.publishedAt()).hasValue(OffsetDateTime.parse("2024-06-05T07:55+01:00"));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).as("Kunena's topics are flat").isEmpty();
      assertThat(c.text()).doesNotContain("Reading group", "Thank you", "replied the topic", "ago", "#22");
    });
  }

  /**
   * FluxBB (and PunBB 1.2) prints each post as a {@code div#p5120.blockpost}: the date in the link of its
   * {@code h2}, the poster in a definition list ({@code <dl><dt><strong><a href="profile.php?id=17">}, a guest's
   * name without the link) before the user title and post count, the text in {@code div.postmsg}, the notice of the
   * last edit in its {@code p.postedit}, and a signature in a second {@code postmsg}.
   */
  @Test
  void fluxBbPostsWithTheirPosterBoxesAndEditNotice() {
    Article a = Pages.article("fluxbb-night-bus-ferry-connection",
        "https://forum.harbourtown.example/viewtopic.php?id=812");

    assertThat(a.comments()).as("the replies").extracting(Comment::id).containsExactly("p5124", "p5131");
    Author quaywalker = Author.builder().name("quaywalker")
        .url(URI.create("https://forum.harbourtown.example/profile.php?id=17")).build();
    assertThat(a.authors()).as("the opening post's poster").containsExactly(quaywalker);
    assertThat(a.publishedAt()).as("the opening post's time, not that of its last edit")
        .hasValue(OffsetDateTime.parse("2011-03-01T09:12:40Z"));
    assertThat(a.assumedZone()).as("as the replies' times").hasValue(java.time.ZoneOffset.UTC);
    assertThat(a.body()).as("the opening post").containsExactly(Paragraph.of("From next month the N4 leaves the"
        + " station at ten past the hour instead of quarter past. Does anyone know whether the last connection to the"
        + " ferry is kept?"));
    assertThat(a.edits()).containsExactly(EditRecord.builder().editedAt(OffsetDateTime.parse("2011-03-01T10:00:00Z"))
        .assumedZone(java.time.ZoneOffset.UTC).editor(Author.of("quaywalker"))
        .note("Last edited by quaywalker (2011-03-01 10:00:00)").kind(EditKind.UPDATE).build());
    Comment answer = a.comments().get(0);
    assertThat(answer.author()).hasValue(Author.builder().name("Mira Kellner")
        .url(URI.create("https://forum.harbourtown.example/profile.php?id=203")).build());
    assertThat(answer.publishedAt()).hasValue(OffsetDateTime.parse("2011-03-01T11:47:05Z"));
    assertThat(answer.body()).containsExactly(
        Quote.builder().text("Does anyone know whether the last connection to the ferry is kept?")
            .cite("quaywalker wrote:").build(),
        Paragraph.of("It is, the ferry waits five minutes longer from April. The notice at the pier says so."));
    assertThat(answer.edits()).isEmpty();
    assertThat(a.comments().get(1).author()).as("a guest's name, without a link").hasValue(Author.of("Guest rider"));
    assertThat(a.comments().get(1).publishedAt()).hasValue(OffsetDateTime.parse("2011-03-02T08:03:51Z"));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).as("FluxBB's topics are flat").isEmpty();
      assertThat(c.text()).doesNotContain("#1", "Member", "Registered", "Posts:", "Offline", "Cycling since");
    });
    assertThat(a.text()).doesNotContain("#1", "Member", "Registered", "Posts:", "Offline", "Cycling since");
  }

  /**
   * Vanilla Forums prints a discussion's opening post as a {@code div#Discussion_77.ItemDiscussion}, which is the
   * article, and its comments as {@code li#Comment_301.ItemComment}: the name in {@code a.Username}, the time in a
   * {@code time[datetime]} of the permalink, and the text in {@code div.Message.userContent}, whose "user" does not
   * make it the author's part, so that a quote ({@code blockquote.UserQuote}) stays in the text.
   */
  @Test
  void vanillaCommentsWithTheirQuotesInTheUsersContent() {
    Article a = Pages.article("vanilla-ferry-pier-lighting",
        "https://community.harbourtown.example/discussion/77/ferry-pier-lighting");

    assertThat(a.comments()).extracting(Comment::id).containsExactly("Comment_301", "Comment_305", "Comment_312");
    assertThat(a.comments().get(0)).isEqualTo(Comment.builder().id("Comment_301")
        .author(Author.builder().name("Piet O")
            .url(URI.create("https://community.harbourtown.example/profile/Piet%20O")).build())
        .publishedAt(OffsetDateTime.parse("2020-03-12T11:40Z"))
        .addBody(Paragraph.of("Yes, the harbour office knows. A new cable is ordered."))
        .build());
    Comment thanks = a.comments().get(1);
    assertThat(thanks.author().map(Author::name)).hasValue("lenab");
    assertThat(thanks.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-13T08:02Z"));
    assertThat(thanks.body()).containsExactly(
        Quote.builder().text("A new cable is ordered.").cite("Piet O said:").build(),
        Paragraph.of("Thanks, good to know."));
    assertThat(a.comments().get(2).body()).containsExactly(
        Paragraph.of("The lamps were back on when I took the seven o'clock boat tonight."),
        Paragraph.of("The new ones are brighter, too."));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).as("Vanilla's discussions are flat").isEmpty();
      assertThat(c.edits()).isEmpty();
      assertThat(c.text()).doesNotContain("Options", "Like", "Member", "Moderator", "March 2020");
    });
    assertThat(a.text()).startsWith("The lamps on the ferry pier have been out for a week.")
        .doesNotContain("cable", "brighter");
    assertThat(a.authors()).as("the opening post's poster").containsExactly(Author.builder().name("lenab")
        .url(URI.create("https://community.harbourtown.example/profile/lenab")).build());
    assertThat(a.publishedAt()).as("the opening post's time, with its offset")
        .hasValue(OffsetDateTime.parse("2020-03-12T10:05Z"));
    assertThat(a.assumedZone()).isEmpty();
  }

  /**
   * An opening post of a few words is less running text than an article needs, but it is the thread's article
   * still: its text is the body, and its poster and time the author and the publication time.
   */
  @Test
  void vanillaShortOpeningPostIsTheBody() {
    String page = Pages.text("vanilla-ferry-pier-lighting.html").replaceFirst(
        "<div class=\"Message userContent\"><p>The lamps on the ferry pier.*?</div>",
        "<div class=\"Message userContent\"><p>Lamps out on the pier again?</p></div>");
    assertThat(page).contains("Lamps out on the pier again?");

    Article a = HtmlArticles.parse(page, URI.create("https://community.harbourtown.example/discussion/77/"
        + "ferry-pier-lighting"));

    assertThat(a.body()).containsExactly(Paragraph.of("Lamps out on the pier again?"));
    assertThat(a.authors()).extracting(Author::name).containsExactly("lenab");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-12T10:05Z"));
    assertThat(a.comments()).extracting(Comment::id).containsExactly("Comment_301", "Comment_305", "Comment_312");
  }

  /**
   * A page that names its writer and shows none of the article's text (a video's page) is no thread: its first
   * comment, by a reader, stays a comment, and the reader is no author.
   */
  @Test
  void aFirstCommentByAnotherThanThePagesWriterIsNoOpeningPost() {
    String post = """
        <div id="p%s" class="post"><div class="postbody"><p class="author">by <a href="/memberlist.php?u=%s"
         class="username">%s</a> &raquo; %s</p><div class="content">%s</div></div></div>""";
    String page = "<html><head><title>Harbour fireworks, the video</title>"
        + "<meta name=author content='Anna Schmid'></head><body><h1>Harbour fireworks, the video</h1>"
        + "<div id=comments>"
        + post.formatted("11", "7", "petra", "Sun Mar 03, 2024 9:15 pm", "Lovely pictures of the harbour.")
        + post.formatted("12", "8", "olek", "Mon Mar 04, 2024 7:02 am", "Where was this filmed from?")
        + "</div></body></html>";

    Article a = HtmlArticles.parse(page, URI.create("https://harbourgazette.example.com/video/fireworks"));

    assertThat(a.authors()).extracting(Author::name).containsExactly("Anna Schmid");
    assertThat(a.body()).isEmpty();
    assertThat(a.comments()).extracting(Comment::id).containsExactly("p11", "p12");
  }

  /**
   * A blog's page that shows none of the article's text and names no writer (a video's page) is no thread either:
   * its comments are named as a reader's ({@code li#comment-11.comment}), not as a forum's posts, so the first stays
   * a comment and its reader is no author.
   */
  @Test
  void aBlogsFirstReaderCommentOnAPageWithoutTextIsNoOpeningPost() {
    String comment = """
        <li id="comment-%s" class="comment even depth-1"><article id="div-comment-%s" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">says:\
        </span></div><div class="comment-metadata"><a href="#comment-%s"><time datetime="%s">%s</time></a></div>
        </footer><div class="comment-content"><p>%s</p></div></article></li>""";
    String page = "<html><head><title>Harbour fireworks 2023 (video)</title></head><body><main>"
        + "<article class='post type-post'><h1 class='entry-title'>Harbour fireworks 2023 (video)</h1>"
        + "<div class='entry-content'><iframe src='https://video.example/embed/123'></iframe></div></article>"
        + "<div id=comments class=comments-area><ol class=comment-list>"
        + comment.formatted("11", "11", "Ann Lee", "11", "2023-12-31T23:40:00+00:00", "31 December 2023 at 23:40",
            "Best show in years, the finale over the lighthouse was amazing.")
        + comment.formatted("12", "12", "Tom Berg", "12", "2024-01-01T00:15:00+00:00", "1 January 2024 at 00:15",
            "Too loud for the dogs on the island again.")
        + "</ol></div></main></body></html>";

    Article a = HtmlArticles.parse(page, URI.create("https://harbourgazette.example.com/2024/01/fireworks-video/"));

    assertThat(a.authors()).isEmpty();
    assertThat(a.body()).isEmpty();
    assertThat(a.comments()).extracting(Comment::id).containsExactly("comment-11", "comment-12");
    assertThat(a.comments().get(0).author()).hasValue(Author.of("Ann Lee"));
  }

  /**
   * A page with an article's text of its own, a news story, above posts named as a forum's: the first post is the
   * first reader comment, not the thread's article, so its time is the readers' like the others', and never the
   * story's publication time, which this page does not show.
   */
  @Test
  void aFirstPostThatIsNoOpeningPostGivesTheArticleNoDate() {
    String page = Pages.text("phpbb-tram-timetable.html").replace("<div id=\"page-body\" class=\"page-body\" role=\"main\">",
        "<div id=\"page-body\" class=\"page-body\" role=\"main\"><div class=\"story\"><h1>Trams every eight"
            + " minutes on line 4</h1><p>The operator's summer timetable adds trams at peak times on line 4, which"
            + " runs every eight minutes instead of every ten from the first of June.</p><p>On Fridays the last"
            + " tram leaves the station at half past midnight, an hour later than in winter, and the night bus"
            + " waits for it at the depot.</p><p>The depot's works are to be finished in May, the operator told"
            + " the council.</p></div>");

    Article a = HtmlArticles.parse(page, URI.create("https://forum.tramfans.example.org/viewtopic.php?t=4411"));

    assertThat(a.body()).as("the story's own text").isNotEmpty();
    assertThat(a.comments()).extracting(Comment::id).as("the first post is a reader comment")
        .containsExactly("p90210", "p90218", "p90233");
    assertThat(a.comments().get(0).publishedAt()).isPresent();
    assertThat(a.publishedAt()).as("the first post's time is a reader's").isEmpty();
  }

  /**
   * Discuz! X3 prints each post as a {@code div#post_40211} around a {@code table.plhin}: the poster's link
   * ({@code a.xw1}, to {@code home.php?mod=space&uid=5520}) in the left column, the time in
   * {@code em#authorposton40211} "发表于 2020-3-12 10:05", whose "author" names no author, the text in
   * {@code td.t_f#postmessage_40211}, and the notice "本帖最后由 X 于 2020-3-12 10:30 编辑" ("last edited by X at
   * ...") at the start of the text.
   */
  @Test
  void discuzPostsWithTheirPostersTimesAndEditNotice() {
    Article a = Pages.article("discuz-ferry-summer-timetable",
        "https://bbs.gangcheng.example.cn/forum.php?mod=viewthread&tid=3051");

    ZoneId shanghai = ZoneId.of("Asia/Shanghai"); // the page prints no offset: the zone of the site's .cn
    Author haifeng = Author.builder().name("海风")
        .url(URI.create("https://bbs.gangcheng.example.cn/home.php?mod=space&uid=5520")).build();
    assertThat(a.comments()).extracting(Comment::id).containsExactly("post_40218", "post_40225");
    assertThat(a.body()).as("the opening post").containsExactly(
        Paragraph.of("从四月一日起，渡轮每天早上六点半开出第一班，比冬季提前半小时。"),
        Paragraph.of("周末晚上最后一班改为十一点。"));
    assertThat(a.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2020-03-12T10:30+08:00")).assumedZone(shanghai).editor(Author.of("海风"))
        .note("本帖最后由 海风 于 2020-3-12 10:30 编辑").kind(EditKind.UPDATE).build());
    Comment question = a.comments().get(0);
    assertThat(question.author()).hasValue(Author.builder().name("小林")
        .url(URI.create("https://bbs.gangcheng.example.cn/home.php?mod=space&uid=7731")).build());
    assertThat(question.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-12T11:47+08:00"));
    assertThat(question.body()).as("Discuz!'s attribution line, an unnamed <font>, is the quote's cite")
        .containsExactly(
            Quote.builder().text("周末晚上最后一班改为十一点。").cite("海风 发表于 2020-3-12 10:05").build(),
            Paragraph.of("那么岛上的公交车也会等最后一班渡轮吗？"));
    assertThat(question.edits()).isEmpty();
    Comment answer = a.comments().get(1);
    assertThat(answer.author()).hasValue(haifeng);
    assertThat(answer.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-13T08:03+08:00"));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).as("Discuz!'s threads are flat").isEmpty();
      assertThat(c.text()).doesNotContain("只看该作者", "回复", "举报", "楼主", "中级会员", "#");
    });
    assertThat(a.authors()).as("the opening post's poster, not the word 发表于 of the date's line")
        .containsExactly(haifeng);
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-12T10:05+08:00"));
  }
}
