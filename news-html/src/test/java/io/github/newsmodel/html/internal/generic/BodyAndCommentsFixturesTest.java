package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generic extractor's main text and reader comments on pages of sites it has never seen, point by point, so
 * that a failure says which broke. {@code GoldenPagesTest} compares each fixture's whole article with its golden
 * JSON.
 */
class BodyAndCommentsFixturesTest {

  /** A fixture, the URL it is parsed as, and the zone the caller assumes for times without an offset. */
  private record Fixture(String name, String url, Optional<ZoneId> zone) {
    Article parse() {
      return parse(ParseOptions.builder());
    }

    Article parse(ParseOptions.Builder options) {
      zone.ifPresent(options::assumedZone);
      return HtmlArticles.parse(Pages.text(name + ".html"), URI.create(url), options.build());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Fixture WORDPRESS = new Fixture("wordpress-community-garden",
      "https://riverside-notes.example.org/2024/03/01/community-garden/", Optional.of(ZoneId.of("Europe/London")));
  private static final Fixture WORDPRESS_CLASSIC = new Fixture("wordpress-classic-allotment",
      "https://gartenfreunde-nordstadt.example.de/2019/10/neue-beete-am-bahndamm/", Optional.empty());
  private static final Fixture DRUPAL = new Fixture("drupal-library-hours",
      "https://www.stadtanzeiger-lindenau.example.de/kultur/neue-oeffnungszeiten",
      Optional.of(ZoneId.of("Europe/Berlin")));
  private static final Fixture PHPBB = new Fixture("phpbb-tram-timetable",
      "https://forum.northgate-transport.example.com/viewtopic.php?t=4411", Optional.of(ZoneId.of("UTC")));
  private static final Fixture VBULLETIN = new Fixture("vbulletin-bike-lanes",
      "https://forum.harbourcity-cyclists.example.net/showthread.php?t=3120", Optional.of(ZoneId.of("Europe/Dublin")));
  /** An archived copy: "Today" and "Yesterday" are read against the capture, 2007-04-12T18:30:55Z. */
  private static final Fixture VBULLETIN3 = new Fixture("vbulletin3-market-square-parking",
      "https://web.archive.org/web/20070412183055/http://forum.eastmere-town.example.org.uk/showthread.php?t=2291",
      Optional.of(ZoneId.of("Europe/London")));
  private static final Fixture MICRODATA = new Fixture("news-microdata-comments",
      "https://islandcourier.example.co.uk/news/ferry-fares", Optional.empty());
  private static final Fixture JSON_LD = new Fixture("news-jsonld-comments",
      "https://valleyherald.example.com/news/night-buses", Optional.empty());
  private static final Fixture DISQUS = new Fixture("blog-disqus-fallback",
      "https://valveandsolder.example.com/2011/06/09/radio-part-two/", Optional.of(ZoneId.of("America/Chicago")));
  private static final Fixture GENERIC = new Fixture("generic-sauna-club",
      "https://jarvikylansanomat.example.fi/uutiset/rantasauna", Optional.of(ZoneId.of("Europe/Helsinki")));
  private static final Fixture HOME = new Fixture("home-page-metro-daily", "https://metrodaily.example.com/",
      Optional.empty());
  private static final Fixture ERROR = new Fixture("error-page-not-found",
      "https://metrodaily.example.com/news/no-such-story", Optional.empty());
  private static final Fixture LOGIN = new Fixture("login-wall-members",
      "https://theledger.example.co.uk/council-budget-cuts", Optional.empty());
  private static final Fixture NUMBERED = new Fixture("news-numbered-comments",
      "https://www.beispielzeitung.example.de/wirtschaft/2024-05/waermepumpe", Optional.empty());

  /**
   * The classic WordPress comment markup puts the author and the date inside {@code div.comment-body}, beside the
   * paragraphs, with no element of its own for the text.
   */
  @Test
  void classicWordPressCommentsGiveAuthorTimeAndReplyApartFromTheText() {
    Article article = WORDPRESS_CLASSIC.parse();
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    assertThat(article.comments()).containsExactly(
        Comment.builder().id("comment-101").author(Author.of("Borchert"))
            .publishedAt(OffsetDateTime.parse("2019-10-18T15:05+02:00")).assumedZone(berlin)
            .addBody(Paragraph.of("Endlich! Ich melde mich für ein Beet an, am liebsten eines in der Sonne."))
            .build(),
        Comment.builder().id("comment-102").replyTo("comment-101")
            .author(Author.builder().name("Ilse Brandt")
                .url(URI.create("https://gartenfreunde-nordstadt.example.de/author/ilse/")).build())
            .publishedAt(OffsetDateTime.parse("2019-10-18T17:40+02:00")).assumedZone(berlin)
            .addBody(Paragraph.of("Die Sonnenbeete sind die ersten vier. Komm am Samstag vorbei, dann suchen wir"
                + " eines aus."))
            .build(),
        Comment.builder().id("comment-103").author(Author.of("Vögele"))
            .publishedAt(OffsetDateTime.parse("2019-10-19T09:12+02:00")).assumedZone(berlin)
            .addBody(Paragraph.of("Gibt es auch Beete, die man mit dem Rollstuhl erreicht?"))
            .build());
    assertThat(article.commentCount()).hasValue(3);
    assertThat(article.commentsOpen()).contains(true);
    assertThat(article.text()).doesNotContain("Borchert", "sagt:", "Antworten");
  }

  /**
   * A comment's number before its date, "#1 — 3. Mai 2024, 10:15 Uhr", is no range of days from the 1st to the 3rd:
   * each comment is dated the day it prints, not the day of its number.
   */
  @Test
  void aCommentsNumberBeforeItsDateIsNotItsDay() {
    Article article = NUMBERED.parse();

    assertThat(article.comments()).extracting(Comment::id, c -> c.publishedAt().orElseThrow())
        .containsExactly(
            tuple("cid-101", OffsetDateTime.parse("2024-05-03T10:15+02:00")),
            tuple("cid-102", OffsetDateTime.parse("2024-05-03T10:31+02:00")),
            tuple("cid-103", OffsetDateTime.parse("2024-05-03T11:02+02:00")));
    assertThat(article.comments().get(1).replyTo()).hasValue("cid-101");
  }

  @Test
  void wordPressKeepsTheArticleAndLeavesTheFurnitureOut() {
    Article a = WORDPRESS.parse();

    assertThat(a.body()).first().satisfies(b -> assertThat(b.text()).startsWith("After two years of planning"));
    assertThat(a.body()).anySatisfy(b -> assertThat(b).isInstanceOf(Heading.class))
        .anySatisfy(b -> assertThat(b).isInstanceOf(Quote.class))
        .anySatisfy(b -> assertThat(b).isInstanceOf(ItemList.class))
        .anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Image.class, i -> assertThat(i.caption())
            .hasValue("The raised beds were built by volunteers over the winter.")));
    assertThat(a.text()).doesNotContain("Share this", "Twitter", "seed swap", "courgettes", "Market day",
        "Recent Posts", "volunteer-run newsletter", "cookies", "Proudly powered", "Leave a Reply", "radishes",
        "The community garden opens its gates");
  }

  @Test
  void wordPressThreadsTheRepliesAndReadsTheEditNotice() {
    Article a = WORDPRESS.parse();

    assertThat(a.commentCount()).hasValue(3);
    assertThat(a.commentsOpen()).hasValue(true);
    assertThat(a.comments()).extracting(Comment::id).containsExactly("comment-41", "comment-42", "comment-45");
    Comment first = a.comments().get(0);
    assertThat(first.author()).hasValueSatisfying(au -> {
      assertThat(au.name()).isEqualTo("Tom Baker");
      assertThat(au.url()).hasValue(URI.create("https://tomsplot.example.net/"));
    });
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2024-03-01T12:04Z"));
    assertThat(first.assumedZone()).as("the page gave the offset").isEmpty();
    assertThat(first.text()).doesNotContain("Last edited", "Reply", "says");
    EditRecord edit = first.edits().get(0);
    assertThat(edit.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-03-01T12:30Z"));
    assertThat(edit.assumedZone()).hasValue(ZoneId.of("Europe/London"));
    assertThat(edit.editor()).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Tom Baker"));
    Comment reply = a.comments().get(1);
    assertThat(reply.replyTo()).hasValue("comment-41");
    assertThat(reply.body().get(0)).isInstanceOf(Quote.class);
    assertThat(a.comments().get(2).replyTo()).isEmpty();
  }

  @Test
  void drupalRepliesFollowTheirParentInAnIndentedBlock() {
    Article a = DRUPAL.parse();

    assertThat(a.comments()).extracting(Comment::id).containsExactly("comment-501", "comment-502", "comment-507");
    assertThat(a.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "comment-501", "-");
    assertThat(a.comments().get(1).edits()).singleElement().satisfies(e -> {
      assertThat(e.note()).hasValue("Zuletzt bearbeitet von Stadtbibliothek am 03.04.2024 um 10:05");
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-04-03T10:05+02:00"));
    });
    assertThat(a.text()).doesNotContain("Neuen Kommentar", "Meistgelesen", "Impressum", "Redaktion");
  }

  /**
   * A later page of the prosilver topic: its posts' lines, "by railfan_ed » Sun Mar 03, 2024 10:15 am", were read
   * as the page's bylines ("railfan_ed" and "Sun"), though no post of this page opened the topic.
   */
  @Test
  void onALaterPhpbbPageNoPosterIsTheAuthor() {
    Article a = HtmlArticles.parse(Pages.text("phpbb-tram-timetable.html"),
        URI.create("https://forum.northgate-transport.example.com/viewtopic.php?t=4411&start=15"));

    assertThat(a.authors()).isEmpty();
    assertThat(a.body()).isEmpty();
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-")).first()
        .isEqualTo("railfan_ed");
  }

  @Test
  void phpbbPostsAreCommentsWithTheirQuotesAndEditNotices() {
    Article a = PHPBB.parse();

    assertThat(a.text()).as("the opening post is the article").startsWith("The operator has published the summer")
        .doesNotContain("riding the 4");
    assertThat(a.authors()).as("its poster, not 'railfan_ed' and 'Sun' of its line 'by railfan_ed » Sun Mar 03'")
        .containsExactly(Author.builder().name("railfan_ed")
            .url(URI.create("https://forum.northgate-transport.example.com/memberlist.php?mode=viewprofile&u=77"))
            .build());
    assertThat(a.comments()).as("the replies").extracting(Comment::id).containsExactly("p90218", "p90233");
    Comment second = a.comments().get(0);
    assertThat(second.body().get(0)).isInstanceOfSatisfying(Quote.class, q -> {
      assertThat(q.text()).isEqualTo("Does anyone know whether the depot works are finished by then?");
      assertThat(q.cite()).hasValue("railfan_ed wrote:");
    });
    assertThat(second.publishedAt()).hasValue(OffsetDateTime.parse("2024-03-04T07:02Z"));
    assertThat(second.edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-03-04T07:20Z"));
      assertThat(e.editor()).hasValueSatisfying(ed -> assertThat(ed.name()).isEqualTo("MiraS"));
    });
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("riding the 4", "Posts:"));
  }

  @Test
  void vbulletinPostsKeepTheirNumbersAndQuotes() {
    Article a = VBULLETIN.parse();

    assertThat(a.text()).as("the opening post, #1").startsWith("The city has finally put the protected lanes");
    assertThat(a.authors()).extracting(Author::name).containsExactly("jonas_h");
    assertThat(a.comments()).extracting(c -> c.number().getAsInt()).containsExactly(2);
    Comment second = a.comments().get(0);
    assertThat(second.body().get(0)).isInstanceOfSatisfying(Quote.class, q -> {
      assertThat(q.text()).isEqualTo("There is a drop-in session at the town hall next Thursday.");
      assertThat(q.cite()).as("the bbcode_postedby line").hasValue("Originally Posted by jonas_h");
    });
    assertThat(second.body().get(1).text()).startsWith("I will be there");
    assertThat(second.edits()).singleElement()
        .satisfies(e -> assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-03-06T09:40Z")));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.publishedAt()).as("'Today' needs a capture time")
        .isEmpty());
    assertThat(a.publishedAt()).as("not the day of the reply's edit notice, nor any: 'Yesterday' needs a capture"
        + " time").isEmpty();
  }

  /**
   * The opening post's own edit notice, the only date near the headline that needs no capture time, is an edit of
   * the article: no date of its publication.
   */
  @Test
  void vbulletinOpeningPostsEditNoticeIsNoPublicationDate() {
    String page = Pages.text(VBULLETIN.name() + ".html").replace(
        "please go and say so.</blockquote></div></div>\n          </div></div>",
        "please go and say so.</blockquote></div></div>\n          </div><blockquote class=\"postcontent lastedited\">"
            + "Last edited by jonas_h; 2024-03-06 at 08:15. <span class=\"reason\">Reason:</span> day of the"
            + " session</blockquote></div>");
    assertThat(page).contains("Last edited by jonas_h");

    Article a = HtmlArticles.parse(page, URI.create(VBULLETIN.url()),
        ParseOptions.builder().assumedZone(ZoneId.of("Europe/Dublin")).build());

    assertThat(a.publishedAt()).as("not the day of the opening post's edit").isEmpty();
    assertThat(a.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2024-03-06T08:15Z"));
    assertThat(a.text()).doesNotContain("Last edited");
  }

  /**
   * vBulletin 3's table layout: the opening post is the article, each reply a comment with the number, poster and
   * time of its header row, its quotes apart, and around its text none of the poster's box, signature, edit note
   * or controls; nothing of the page's furniture below the posts.
   */
  @Test
  void vbulletin3TablePostsAreTheThreadAndItsReplies() {
    Article a = VBULLETIN3.parse();
    String forum = "http://forum.eastmere-town.example.org.uk/";

    assertThat(a.title()).hasValue("Council to charge for Market Square parking from May");
    assertThat(a.text()).as("the opening post, #1").startsWith("The council cabinet agreed last night")
        .endsWith("but I cannot find it.");
    assertThat(a.authors()).containsExactly(Author.builder().name("harbourwatch")
        .url(URI.create(forum + "member.php?u=112")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2007-03-28T19:42+01:00"));
    assertThat(a.comments()).extracting(Comment::id)
        .containsExactly("post40123", "post40131", "post40188", "post40192");
    assertThat(a.comments()).extracting(c -> c.number().getAsInt()).containsExactly(2, 3, 4, 5);
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("Margaret T", "Dave_K", "a shopkeeper", "harbourwatch");
    assertThat(a.comments().get(0).author().flatMap(Author::url)).hasValue(URI.create(forum + "member.php?u=87"));
    assertThat(a.comments().get(2).author().flatMap(Author::url)).as("a guest, unlinked").isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2007-03-28T21:15+01:00"), OffsetDateTime.parse("2007-03-29T07:51+01:00"),
        OffsetDateTime.parse("2007-04-11T23:48+01:00"),
        OffsetDateTime.parse("2007-04-12T09:05+01:00"));
    assertThat(a.comments()).as("the footer's \"All times are GMT +1\" is the forum's word, not the caller's"
        + " zone").allSatisfy(c -> assertThat(c.assumedZone()).isEmpty());
    assertThat(a.assumedZone()).isEmpty();

    Comment second = a.comments().get(0);
    assertThat(second.body().get(0)).isInstanceOfSatisfying(Quote.class, q -> {
      assertThat(q.text()).isEqualTo("Has anyone seen the full report? It is supposed to be on the council website"
          + " but I cannot find it.");
      assertThat(q.cite()).hasValue("Originally Posted by harbourwatch");
    });
    assertThat(second.body().get(1).text()).startsWith("It is under Cabinet papers");
    assertThat(a.comments().get(3).body().get(0)).isInstanceOfSatisfying(Quote.class,
        q -> assertThat(q.cite()).hasValue("Originally Posted by a shopkeeper"));

    assertThat(a.comments().get(1).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2007-03-29T08:02+01:00"));
      assertThat(e.editor()).hasValue(Author.of("Dave_K"));
      assertThat(e.note()).hasValue("Last edited by Dave_K; 03-29-2007 at 08:02 AM. Reason: got the bus times wrong");
    });
    assertThat(a.comments().get(3).edits()).singleElement().as("Today at 09:20 AM")
        .satisfies(e -> assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2007-04-12T09:20+01:00")));

    String all = a.text() + a.comments().stream().map(Comment::text).reduce("", String::concat);
    assertThat(all).doesNotContain("Quote:", "Originally Posted", "View Post", "Reply With Quote", "Last edited",
        "__________________", "keeping an eye on the quay", "Quay Street Traders", "Senior Member", "Join Date",
        "Posts:", "Guest", "Re: Council", "View Public Profile", "Similar Threads", "Quay car park closed",
        "Thread Starter", "Quick Reply", "Quote message in reply", "Posting Rules", "Forum Jump", "All times are",
        "Powered by", "Eastmere Town Forum", "Local News", "Thread Tools", "Remember Me");
  }

  /**
   * vBulletin 3.0 printed the post's number without naming it ({@code #<a href="showpost.php?p=40123&postcount=2">})
   * and set the date of an edit apart with a spaced colon, "Last edited by Dave_K : 03-29-2007 at 08:02 AM.".
   */
  @Test
  void vbulletin30NumbersPostsByTheirPermalinkAndNamesTheEditorBeforeTheColon() {
    String page = Pages.text(VBULLETIN3.name() + ".html")
        .replaceAll(" target=\"new\" rel=\"nofollow\" id=\"postcount\\d+\" name=\"\\d+\"", " target=\"new\"")
        .replaceAll("Last edited by (\\S+); ", "Last edited by $1 : ");
    assertThat(page).doesNotContain("id=\"postcount").contains("Last edited by Dave_K : 03-29-2007");

    Article a = HtmlArticles.parse(page, URI.create(VBULLETIN3.url()),
        ParseOptions.builder().assumedZone(ZoneId.of("Europe/London")).build());

    assertThat(a.comments()).extracting(c -> c.number().orElse(0)).containsExactly(2, 3, 4, 5);
    assertThat(a.comments()).flatExtracting(Comment::edits).extracting(e -> e.editor().orElseThrow().name())
        .containsExactly("Dave_K", "harbourwatch");
  }

  @Test
  void microdataCommentsAndTheDeclaredCount() {
    Article a = MICRODATA.parse();

    assertThat(a.commentCount()).hasValue(2);
    assertThat(a.comments()).extracting(Comment::id).containsExactly("c-3301", "c-3307");
    assertThat(a.comments().get(0).author()).hasValueSatisfying(au -> assertThat(au.name())
        .isEqualTo("Beth from Northbay"));
    assertThat(a.comments().get(1).publishedAt()).hasValue(OffsetDateTime.parse("2024-05-14T09:40+01:00"));
    assertThat(a.text()).doesNotContain("inbox", "Advertisement", "Most read", "Reader comments", "Owen Price");
  }

  @Test
  void jsonLdCommentsWhenTheMarkupHasNone() {
    Article a = JSON_LD.parse();

    assertThat(a.commentCount()).hasValue(4);
    assertThat(a.comments()).hasSize(3);
    assertThat(a.comments().get(1).replyTo()).hasValue(a.comments().get(0).id());
    assertThat(a.comments().get(1).body()).hasSize(2);
    assertThat(a.comments().get(1).author()).hasValueSatisfying(au -> assertThat(au.name())
        .isEqualTo("Valley Herald"));
  }

  @Test
  void disqusFallbackWithItsReplies() {
    Article a = DISQUS.parse();

    assertThat(a.comments()).extracting(Comment::id).containsExactly("dsq-comment-9001", "dsq-comment-9004");
    assertThat(a.comments().get(1).replyTo()).hasValue("dsq-comment-9001");
    assertThat(a.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2011-06-10T16:20-05:00"));
    assertThat(a.comments().get(0).assumedZone()).hasValue(ZoneId.of("America/Chicago"));
  }

  @Test
  void genericCommentContainersWithAReplyMarkerAndAFinnishEditNotice() {
    Article a = GENERIC.parse();

    assertThat(a.commentCount()).hasValue(3);
    assertThat(a.commentsOpen()).as("Kommentointi on suljettu").hasValue(false);
    assertThat(a.comments()).extracting(Comment::id).containsExactly("8801", "8802", "8805");
    assertThat(a.comments().get(2).replyTo()).hasValue("8802");
    assertThat(a.comments().get(1).edits()).singleElement()
        .satisfies(e -> assertThat(e.note()).hasValue("muokattu 2024-05-20 20:10"));
    assertThat(a.text()).doesNotContain("Jaa Facebookissa", "Luetuimmat");
  }

  @Test
  void aPageWithoutArticleHasATitleAndNoBody() {
    for (Fixture page : new Fixture[] {HOME, ERROR, LOGIN}) {
      Article a = page.parse();
      assertThat(a.title()).as(page.name()).isPresent();
      assertThat(a.body()).as(page.name()).isEmpty();
      assertThat(a.comments()).as(page.name()).isEmpty();
    }
  }

  @Test
  void withoutTheCallersZoneCommentTimesTakeTheZoneOfTheSitesCountry() {
    Article a = new Fixture(DRUPAL.name(), DRUPAL.url(), Optional.empty()).parse();

    assertThat(a.comments()).hasSize(3).allSatisfy(c -> {
      assertThat(c.publishedAt()).isPresent();
      assertThat(c.assumedZone()).as("a .de site").hasValue(ZoneId.of("Europe/Berlin"));
    });
    assertThat(a.comments().get(1).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-04-03T10:05+02:00"));
      assertThat(e.assumedZone()).hasValue(ZoneId.of("Europe/Berlin"));
    });
  }

  @Test
  void withTheCaptureTimeRelativeCommentTimesAreRead() {
    OffsetDateTime captured = OffsetDateTime.parse("2024-03-06T12:00Z");
    Article a = VBULLETIN.parse(ParseOptions.builder()
        .source(Source.builder().uri(URI.create(VBULLETIN.url())).capturedAt(captured).build()));

    assertThat(a.publishedAt()).as("#1's 'Yesterday, 08:41 PM', not the day of #2's edit notice, 2024-03-06")
        .hasValue(OffsetDateTime.parse("2024-03-05T20:41Z"));
    assertThat(a.publishedAtDateOnly()).isFalse();
    assertThat(a.assumedZone()).hasValue(ZoneId.of("Europe/Dublin"));
    assertThat(a.modifiedAt()).isEmpty();
    assertThat(a.edits()).as("#2's edit is the reader's").isEmpty();
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-03-06T09:02Z"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(ZoneId.of("Europe/Dublin")));
  }

  @Test
  void aPageWithNeitherTitleNorTextIsNotAnArticle() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> HtmlArticles.parse(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", URI.create("https://x.example/"))))
        .isInstanceOf(PageParseException.class)
        .hasMessageContaining("neither a title");
  }
}
