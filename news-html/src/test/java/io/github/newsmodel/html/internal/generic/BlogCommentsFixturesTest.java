package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Reader comments in the markup of the hosted blog platforms that fill web archives from the 2000s on: Blogger, in
 * its definition-list templates and in its threaded one, TypePad and Movable Type 3, and Movable Type since 4.2.
 * {@code GoldenPagesTest} compares each fixture's whole article with its golden JSON.
 */
class BlogCommentsFixturesTest {
  private static final String BLOG = "https://ridership-notes.example.org";
  /** The zone of Russia's domain: a Russian site's times print no offset. */
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private static Author profile(String name, String id) {
    return Author.builder().name(name).url(URI.create("https://www.blogger.com/profile/" + id)).build();
  }

  /**
   * Blogger's templates of about 2006 to 2015 name the term of a definition list after the comment, {@code <dt
   * id=c123>Ann said...</dt>}, and put the text and the date in the two descriptions after it. The comment is the
   * three together; "said..." is not part of the name. The permalink of each comment holds the instant it was
   * posted ({@code ?showComment=1236075120000}), which gives the printed time its offset: no zone is assumed.
   */
  @Test
  void bloggerDefinitionListGivesEachTermItsTextAndDate() {
    Article a = Pages.article("blogger-tram-line-reopens", BLOG + "/2009/03/tram-line-4-reopens.html");

    assertThat(a.comments()).containsExactly(
        Comment.builder().id("c1234567890123456").author(profile("Jonas Berg", "0001"))
            .publishedAt(OffsetDateTime.parse("2009-03-03T11:12+01:00"))
            .addBody(Paragraph.of("Thanks for counting! I took the second car and it was just as full. Do you know"
                + " when the Mill Lane shelter gets its roof?"))
            .build(),
        Comment.builder().id("c2234567890123456").author(Author.of("Anonymous"))
            .publishedAt(OffsetDateTime.parse("2009-03-03T15:45+01:00"))
            .addBody(Paragraph.of("The step-free platform is a big deal for my mother, who has not taken the tram"
                + " in two years. Good news at last."))
            .build(),
        Comment.builder().id("c3234567890123456").author(profile("Marta Lindqvist", "0002"))
            .publishedAt(OffsetDateTime.parse("2009-03-03T17:30+01:00"))
            .addBody(Paragraph.of("Jonas: the city says the roof comes in April, together with the summer"
                + " timetable boards."))
            .build());
    assertThat(a.commentCount()).hasValue(3);
    assertThat(a.text()).doesNotContain("said", "Thanks for counting", "Post a Comment", "Blog Archive");
  }

  /**
   * Blogger's oldest templates print the date first in the term, "At <a href=#c123>3/03/2009 3:45 PM</a>, Anonymous
   * said...", and no description of the date: the name after the date, up to "said...", is the author.
   */
  @Test
  void bloggerClassicTermGivesTheDateAndTheNameAfterIt() {
    Article a = Pages.article("blogger-classic-tram-first-week", BLOG + "/2009/03/tram-line-4-first-week.html");

    assertThat(a.comments()).extracting(Comment::id)
        .containsExactly("c1234567890123456", "c2234567890123456", "c3234567890123456");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("Jonas Berg", "Anonymous", "Marta Lindqvist");
    assertThat(a.comments()).extracting(c -> c.publishedAt().map(Object::toString).orElse("-"))
        .containsExactly("2009-03-03T11:12+01:00", "2009-03-03T15:45+01:00", "2009-03-03T17:30+01:00");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("said", "At ", "2009"));
  }

  /** Blogger's threaded template of 2011 on nests a reply in its parent's {@code comment-replies}. */
  @Test
  void bloggerThreadedTemplateKeepsTheReply() {
    Article a = Pages.article("blogger-night-buses", BLOG + "/2016/01/night-buses.html");

    assertThat(a.comments()).extracting(Comment::id).containsExactly("c5551112223334445", "c6661112223334445");
    Comment reply = a.comments().get(1);
    assertThat(reply.replyTo()).hasValue("c5551112223334445");
    assertThat(reply.author()).hasValue(profile("Marta Lindqvist", "0002"));
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2016-01-18T10:20+01:00"));
    assertThat(reply.assumedZone()).as("the permalink's instant gives the offset").isEmpty();
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Reply", "Delete"));
  }

  /**
   * Movable Type and TypePad print the author and the date in a footer after the text: "Posted by: <a>Ann</a> | <a
   * href=#comment-6a00d8>April 14, 2007 at 11:02 AM</a>", the date a link to the comment itself, the name linked to
   * the site the commenter gave or not linked at all.
   */
  @Test
  void typePadFooterGivesTheLinkedOrPlainNameAndTheDate() {
    Article a = Pages.article("typepad-ferry-fare-freeze",
        "https://ridership.example.net/notes/2007/04/the-ferry-fare-freeze.html");

    assertThat(a.comments()).containsExactly(
        Comment.builder().id("comment-6a00d8341c01")
            .author(Author.builder().name("Ole Svensson").url(URI.create("http://example.org/ole")).build())
            .publishedAt(OffsetDateTime.parse("2007-04-14T11:02Z")).assumedZone(ZoneOffset.UTC)
            .addBody(Paragraph.of("Good. The fare went up twice in 2005 already and the boats were half empty all"
                + " winter."))
            .build(),
        Comment.builder().id("comment-6a00d8341c02").author(Author.of("Karin"))
            .publishedAt(OffsetDateTime.parse("2007-04-15T20:47Z")).assumedZone(ZoneOffset.UTC)
            .addBody(Paragraph.of("Who pays for the engines then? Someone will, and it will be us through the"
                + " harbour tax."))
            .build());
    assertThat(a.text()).doesNotContain("Posted by:", "Good. The fare");
  }

  /**
   * Movable Type since 4.2 prints a flat list: a reply says which comment it answers only in its byline, "Moira
   * replied to <a href=#comment-9931>comment from Fergus Tait</a>", which gives its parent. Each time is an ISO 8601
   * {@code abbr.published} title with its offset, so no zone is assumed; the sidebar's "Recent Comments" repeat
   * the comments' openings and are no comments.
   */
  @Test
  void movableTypeReplyBylineNamesTheCommentItAnswers() {
    Article a = Pages.article("movabletype-tide-gauge-back-online",
        "https://desk.quayside-post.example/2011/03/the-tide-gauge-is-back-online.html");
    Author fergus = Author.builder().name("Fergus Tait").url(URI.create("http://gullwatch.example.org/")).build();

    assertThat(a.comments()).containsExactly(
        Comment.builder().id("comment-9931").author(fergus)
            .publishedAt(OffsetDateTime.parse("2011-03-08T11:42:10Z"))
            .addBody(Paragraph.of("About time. I watched a pilot wait forty minutes off the bar on Saturday because"
                + " nobody could tell him what the water was doing."))
            .build(),
        Comment.builder().id("comment-9934").author(Author.of("Moira")).replyTo("comment-9931")
            .publishedAt(OffsetDateTime.parse("2011-03-08T13:05:44Z"))
            .addBody(Paragraph.of("He could have called the harbour office. They had someone reading the old staff"
                + " gauge by eye twice a day."))
            .build(),
        Comment.builder().id("comment-9940").author(fergus).replyTo("comment-9934")
            .publishedAt(OffsetDateTime.parse("2011-03-08T18:20:02Z"))
            .addBody(Paragraph.of("Twice a day is no use on a spring tide. Glad the gauge is back, anyway."))
            .build());
    assertThat(a.commentCount()).hasValue(3);
    assertThat(a.authors()).containsExactly(Author.builder().name("Ruth Abernethy")
        .url(URI.create("https://desk.quayside-post.example/authors/ruth-abernethy/")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2011-03-08T09:15Z"));
    assertThat(a.text()).doesNotContain("replied to", "Recent Comments", "About time");
  }

  /**
   * Movable Type 3 titles a post "Pier lights to stay on till midnight (Harbour Notes)" and shows the headline in
   * an {@code <h2>} under the blog's name, which makes the post's own footer, "Posted by Ann Gray on ...", its byline.
   * Each comment prints its author twice, in a header ("Bob Reid:") and in the footer with its time ("Posted by:
   * Bob Reid | May 9, 2006 11:02 AM"); its anchor, {@code <a id="c000101">}, pads its number, and a reply that links
   * to it "in reply to" answers that comment.
   */
  @Test
  void movableType3PostAndCommentsKeepTheirHeadlineBylineAndReply() {
    Article a = Pages.article("movabletype-3-pier-lights-till-midnight",
        "http://harbour-notes.example.org/archives/2006/05/pier_lights.html");

    assertThat(a.title()).hasValue("Pier lights to stay on till midnight");
    assertThat(a.siteName()).hasValue("Harbour Notes");
    assertThat(a.authors()).containsExactly(Author.of("Ann Gray"));
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2006-05-09T09:30Z"));
    assertThat(a.comments()).containsExactly(
        Comment.builder().id("comment-101")
            .author(Author.builder().name("Bob Reid").url(URI.create("http://bob.example.org/")).build())
            .publishedAt(OffsetDateTime.parse("2006-05-09T11:02Z")).assumedZone(ZoneOffset.UTC)
            .addBody(Paragraph.of("Midnight is still too early on a Saturday in August."))
            .build(),
        Comment.builder().id("comment-102").author(Author.of("Cath")).replyTo("comment-101")
            .publishedAt(OffsetDateTime.parse("2006-05-09T12:40Z")).assumedZone(ZoneOffset.UTC)
            .addBody(Paragraph.of("Bob, in reply to your comment: the pub on the pier shuts at eleven anyway."))
            .build());
    assertThat(a.text()).doesNotContain("Posted", "Midnight is still", "single entry");
  }

  /**
   * A Movable Type or TypePad post's own headline is its {@code <h3>}, after the blog's name in the {@code
   * <title>}; its byline and time are in the footer after its text, "Posted by Ann on April 14, 2007 at 09:30 AM",
   * inside the post's {@code div.entry}.
   */
  @Test
  void typePadPostGivesItsHeadlineByLineAndTime() {
    Article a = Pages.article("typepad-ferry-fare-freeze",
        "https://ridership.example.net/notes/2007/04/the-ferry-fare-freeze.html");

    assertThat(a.title()).hasValue("The ferry fare freeze");
    assertThat(a.authors()).containsExactly(Author.of("Marta Lindqvist"));
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2007-04-14T09:30Z"));
    assertThat(a.publishedAtDateOnly()).isFalse();
  }

  /**
   * LiveJournal's classic comment pages set each comment's {@code div#ljcmt500} side by side, as deep as its own
   * {@code margin-left}, with a header bar of "From:" (the {@code span.ljuser}) and "Date:", whose time names its
   * zone in brackets: "June 18th, 2009 09:57 am (UTC)".
   */
  @Test
  void liveJournalCommentsThreadedByTheirMarginWithTheirBracketedZone() {
    Article a = HtmlArticles.parse(Pages.text("livejournal-new-ferry-first-crossing.html"),
        URI.create("https://ferrydiary.livejournal.com/4821.html"));

    assertThat(a.text()).startsWith("I took the new ferry on its first crossing").doesNotContain("proper deck");
    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("ljcmt500<-", "ljcmt612<ljcmt500", "ljcmt734<-");
    Comment reply = a.comments().get(1);
    assertThat(reply.author().map(Author::name)).hasValue("tidewriter");
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2009-06-18T10:40Z"));
    assertThat(reply.assumedZone()).as("the page says UTC").isEmpty();
    assertThat(reply.body()).containsExactly(Paragraph.of("The windows open in summer, or so the crew told me."));
    assertThat(a.comments().get(2).author()).as("(Anonymous)").isEmpty();
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("From:", "Date:", "Reply",
        "Thread", "Link"));
  }

  /**
   * A Jekyll blog with Staticman's comments, which the site's build writes into the page, in the threaded template
   * of Made Mistakes: every comment is an {@code article.js-comment.comment} at the same level, and a reply is named
   * by the id of the comment it answers and its own number, {@code comment-1-2} after {@code comment-1}. The time
   * is a {@code <time datetime>} with its offset; a name is linked only where the writer gave a website.
   */
  @Test
  void staticmanRepliesNamedAfterTheCommentTheyAnswer() {
    Article a = Pages.article("staticman-harbour-swim-season", "https://pierdiary.example.org/notes/harbour-swim-season/");

    Author lotte = Author.builder().name("Lotte V").url(URI.create("https://lotte-swims.example.net/")).build();
    assertThat(a.comments()).extracting(Comment::id, c -> c.replyTo().orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("comment-1", "-"),
            org.assertj.core.groups.Tuple.tuple("comment-1-1", "comment-1"),
            org.assertj.core.groups.Tuple.tuple("comment-1-2", "comment-1"),
            org.assertj.core.groups.Tuple.tuple("comment-2", "-"));
    assertThat(a.comments().get(0)).isEqualTo(Comment.builder().id("comment-1").author(lotte)
        .publishedAt(OffsetDateTime.parse("2021-05-29T08:05:41+02:00"))
        .addBody(Paragraph.of("Is the water temperature posted anywhere? Last year there was a board by the kiosk."))
        .build());
    Comment answer = a.comments().get(1);
    assertThat(answer.author()).hasValue(Author.of("Nils Aaberg"));
    assertThat(answer.publishedAt()).hasValue(OffsetDateTime.parse("2021-05-29T10:47:03+02:00"));
    assertThat(answer.assumedZone()).as("the datetime gives the offset").isEmpty();
    assertThat(answer.text()).isEqualTo("The board is back from June, and the lifeguards write the temperature on it"
        + " every morning at nine.");
    assertThat(a.comments().get(2).author()).hasValue(lotte);
    assertThat(a.comments().get(3).author()).hasValue(Author.of("Pekka"));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.edits()).isEmpty();
      assertThat(c.text()).doesNotContain("Reply to", "Permalink");
    });
    assertThat(a.commentCount()).hasValue(4);
    assertThat(a.text()).doesNotContain("water temperature", "ladder");
  }

  /**
   * Joomla's K2 lists its comments as the bare items of {@code ul.itemCommentsList}, classed only {@code even} and
   * {@code odd}: the list's name says what they are. Each opens with its own anchor, a link to itself labelled
   * "Comment Link", which is its id and no part of its text.
   */
  @Test
  void k2CommentsAreTheItemsOfItsCommentList() {
    Article a = Pages.article("k2-riverside-footbridge", "https://www.riverside-weekly.example/news/item/418-footbridge");

    assertThat(a.comments()).extracting(Comment::id).containsExactly("comment1201", "comment1202", "comment1205");
    assertThat(a.comments().get(0)).isEqualTo(Comment.builder().id("comment1201")
        .author(Author.builder().name("Jonas Weber").url(URI.create("http://jonasweber.example.net")).build())
        .publishedAt(OffsetDateTime.parse("2019-03-12T11:05Z")).assumedZone(java.time.ZoneId.of("Europe/London"))
        .addBody(Paragraph.of("Six weeks is not much after all these years of waiting. Will the ferry still run on"
            + " Sundays until then?"))
        .build());
    assertThat(a.comments().get(1).author()).hasValue(Author.of("Ilse"));
    assertThat(a.comments().get(2).author().map(Author::name)).hasValue("Marta Lind");
    assertThat(a.comments().get(2).publishedAt()).hasValue(OffsetDateTime.parse("2019-03-13T08:15Z"));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.replyTo()).isEmpty();
      assertThat(c.text()).doesNotContain("Comment Link", "posted by");
    });
    assertThat(a.commentCount()).hasValue(3);
    assertThat(a.text()).contains("first weekend of May").doesNotContain("pram", "Comment Link");
  }

  /**
   * uCoz, the site builder behind many Russian-language news sites, names each comment {@code div.comEnt} (id
   * {@code comEnt41}), prints the author as {@code a.cAuthor} after the comment's number, the date in brackets
   * after it, and the text in {@code div.cMessage}; an answer is nested in the comment it answers. The
   * {@code cAuthor} of a comment is no byline of the article.
   */
  @Test
  void uCozCommentsNamedComEntWithTheirAnswers() {
    Article a = Pages.article("ucoz-ferry-runs-more-often",
        "https://gavan-gorod.ucoz.ru/news/parom_na_ostrov/2020-03-12-1034");

    assertThat(a.comments()).extracting(Comment::id).containsExactly("comEnt41", "comEnt44", "comEnt47");
    assertThat(a.comments().get(0)).isEqualTo(Comment.builder().id("comEnt41")
        .author(Author.of("Марина"))
        .publishedAt(OffsetDateTime.parse("2020-03-12T10:15+03:00")).assumedZone(MOSCOW)
        .addBody(Paragraph.of("Наконец-то! Зимой приходилось ждать на причале почти час."))
        .build());
    Comment answer = a.comments().get(1);
    assertThat(answer.author()).hasValue(Author.of("Олег"));
    assertThat(answer.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-12T11:02+03:00"));
    assertThat(answer.replyTo()).hasValue("comEnt41");
    assertThat(answer.text()).isEqualTo("А автобус на острове тоже будет ждать последний рейс?");
    Comment guest = a.comments().get(2);
    assertThat(guest.author()).as("uCoz's guest, a bare <b> before the date").hasValue(Author.of("Гость"));
    assertThat(guest.replyTo()).isEmpty();
    assertThat(guest.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-13T08:40+03:00"));
    assertThat(guest.text()).isEqualTo("Хорошая новость для дачников.");
    assertThat(a.commentCount()).as("\"Всего комментариев: <b>3</b>\" above the comments").hasValue(3);
    assertThat(a.authors()).as("no commenter is the article's author").isEmpty();
    assertThat(a.text()).contains("каждые сорок минут").doesNotContain("Наконец-то", "дачников");
  }

  /**
   * DataLife Engine, common on Russian-language news sites, wraps each comment of a template it leaves to the site
   * ({@code div.comm-item} here) in {@code div#comment-id-41}, and in its tree mode in
   * {@code li.comments-tree-item} with the list of the replies after it. Its templates print the name after the
   * label "Автор:" ("Author:"), and a quote as {@code div.quote_block} whose {@code div.title_quote} names whom it
   * quotes.
   */
  @Test
  void dataLifeEngineCommentsInTheirTreeWithTheirQuotes() {
    Article a = Pages.article("dle-new-benches-on-the-embankment",
        "https://gavan-news.example.ru/gorod/1034-na-naberezhnoj-novye-skamejki.html");

    assertThat(a.comments()).extracting(Comment::id)
        .containsExactly("comment-id-41", "comment-id-44", "comment-id-47");
    assertThat(a.comments().get(0)).isEqualTo(Comment.builder().id("comment-id-41")
        .author(Author.builder().name("Светлана").url(URI.create("https://gavan-news.example.ru/user/"
            + "%D0%A1%D0%B2%D0%B5%D1%82%D0%BB%D0%B0%D0%BD%D0%B0/")).build())
        .publishedAt(OffsetDateTime.parse("2020-03-12T10:15+03:00")).assumedZone(MOSCOW)
        .addBody(Paragraph.of("Хорошо бы поставить несколько скамеек лицом к морю."))
        .build());
    Comment reply = a.comments().get(1);
    assertThat(reply.author()).as("a guest's name, without the label").hasValue(Author.of("Пётр"));
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2020-03-12T12:30+03:00"));
    assertThat(reply.replyTo()).hasValue("comment-id-41");
    Comment quoting = a.comments().get(2);
    assertThat(quoting.author().map(Author::name)).hasValue("Ирина К.");
    assertThat(quoting.replyTo()).isEmpty();
    assertThat(quoting.body()).containsExactly(
        io.github.newsmodel.core.Quote.builder().text("Хорошо бы поставить несколько скамеек лицом к морю.")
            .cite("Цитата: Светлана").build(),
        Paragraph.of("Поддерживаю, вид там лучший в городе."));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text())
        .doesNotContain("Автор", "Ответить", "Цитировать", "Посетители", "+3"));
    assertThat(a.text()).contains("двенадцать новых скамеек").doesNotContain("лицом к морю");
  }

  /**
   * Joomla's Komento marks each comment {@code li#kmt-45.kmt-item} a schema.org {@code Comment}, lists replies flat
   * with the parent's id in a bare {@code parentid="kmt-45"}, and wraps a member's name in the link to the profile
   * inside the {@code creator}: {@code <span itemprop=creator itemscope><a itemprop=url><span itemprop=name>}.
   */
  @Test
  void komentoCommentsWithTheirLinkedNamesAndParents() {
    Article a = Pages.article("komento-harbour-wall-benches", "https://news.harbourtown.example/benches");

    assertThat(a.comments()).extracting(Comment::id).containsExactly("kmt-45", "kmt-46", "kmt-48");
    assertThat(a.comments().get(0)).isEqualTo(Comment.builder().id("kmt-45")
        .author(Author.builder().name("Ruth Hale")
            .url(URI.create("https://news.harbourtown.example/index.php/component/komento/profile?id=62")).build())
        .publishedAt(OffsetDateTime.parse("2021-05-04T10:12+01:00"))
        .addBody(Paragraph.of("Lovely, but could some of them face the sea?"))
        .build());
    Comment reply = a.comments().get(1);
    assertThat(reply.author()).as("without Komento's \"Guest - \" before a guest's name").hasValue(Author.of("Tom"));
    assertThat(a.comments().get(2).author()).hasValue(Author.of("Ada"));
    assertThat(reply.replyTo()).hasValue("kmt-45");
    assertThat(reply.text()).isEqualTo("Four of them do, near the lifeboat station.");
    assertThat(a.comments().get(2).replyTo()).as("parentid kmt-0 is no comment").isEmpty();
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Reply", "ago", "In reply to"));
    assertThat(a.authors()).as("no commenter is the article's author").isEmpty();
  }
}
