package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Topics of WoltLab Burning Board, in the default styles of two eras.
 *
 * <ul>
 *   <li>Burning Board 5 (WoltLab Suite Forum): each post an {@code li#post18834} around an
 *       {@code article.wbbPost.message} marked a schema.org {@code DiscussionForumPosting}, its time a
 *       {@code <time datetime>} with the offset, its number the permalink "#2", quotes in a
 *       {@code blockquote.quoteBox} with "Zitat von X" in a {@code div.quoteBoxTitle}, the edit notice in a
 *       {@code p.messageFooterNote} with the editor's link, the time and the reason; the thread declares the opening
 *       post's plain text in JSON-LD.
 *   <li>Burning Board 3: each post a {@code div#postRow5512.message} with the number in an
 *       {@code a.messageNumber}, the time "Samstag, 7. März 2009, 21:14" without an offset, quotes headed "Zitat von
 *       »X«" in a {@code div.quoteHeader} and the notice "Dieser Beitrag wurde bereits 1 mal editiert, zuletzt von
 *       »X« (...)" in a {@code div.editNote}.
 * </ul>
 */
class WoltLabFixturesTest {
  private static final String FIVE = "woltlab5-fahrradstrasse-uferpromenade";
  private static final String FIVE_URL =
      "https://forum.elbtal-radler.example.de/thread/2291-fahrradstra%C3%9Fe-an-der-uferpromenade-kommt/";
  private static final String FIVE_USERS = "https://forum.elbtal-radler.example.de/user/";
  private static final String THREE = "woltlab3-weichenantrieb-summt";
  private static final String THREE_URL =
      "http://www.modellbahn-stammtisch.example.de/forum/index.php?page=Thread&threadID=3412";
  private static final String THREE_USER = "http://www.modellbahn-stammtisch.example.de/forum/index.php?page=User"
      + "&userID=";
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void burningBoardFivesOpeningPostIsTheArticle() {
    var a = Pages.article(FIVE, FIVE_URL);

    assertThat(a.title()).hasValue("Fahrradstraße an der Uferpromenade kommt");
    assertThat(a.authors()).as("the opening post's poster, with the profile JSON-LD leaves out")
        .containsExactly(Author.builder().name("Kettenfett").url(URI.create(FIVE_USERS + "17-kettenfett/")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T14:02:11+01:00"));
    assertThat(a.assumedZone()).as("the offset is the page's").isEmpty();
    assertThat(a.body()).containsExactly(
        Paragraph.of("Der Bauausschuss hat gestern beschlossen, die Uferpromenade zwischen Fährstelle und Bootshaus"
            + " zur Fahrradstraße zu machen. Autos dürfen dort nur noch als Anlieger fahren, und zwar höchstens mit"
            + " Tempo 30."),
        Paragraph.of("Die Schilder sollen bis zu den Osterferien stehen. Wer mag, kann am 28. März zur"
            + " Bürgersprechstunde ins Rathaus kommen."));
    assertThat(a.text()).doesNotContain("Anlieger sind dort", "Ortsbeirat", "Lieber Kette ölen");
  }

  @Test
  void burningBoardFivesRepliesAreCommentsWithQuotesAndEditNotes() {
    var a = Pages.article(FIVE, FIVE_URL);

    assertThat(a.comments()).as("the replies, not the opening post").extracting(Comment::id)
        .containsExactly("post18840", "post18851");
    assertThat(a.comments()).extracting(c -> c.number().orElse(0)).as("the permalinks' \"#2\", not a reaction count")
        .containsExactly(2, 3);
    Comment reply = a.comments().get(0);
    assertThat(reply.author()).hasValue(
        Author.builder().name("Radlerin_Mia").url(URI.create(FIVE_USERS + "42-radlerin-mia/")).build());
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-14T16:47:30+01:00"));
    assertThat(reply.assumedZone()).isEmpty();
    assertThat(reply.body()).containsExactly(
        Quote.of("Autos dürfen dort nur noch als Anlieger fahren, und zwar höchstens mit Tempo 30.",
            "Zitat von Kettenfett"),
        Paragraph.of("Anlieger sind dort aber auch die Gäste vom Bootshaus, also abends doch wieder jeder. Ich"
            + " hoffe, das Ordnungsamt kontrolliert wenigstens am Wochenende."),
        Paragraph.of("Der Beschluss steht übrigens schon im Ratsinformationssystem, Vorlage 2019/117."));
    assertThat(reply.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2019-03-14T17:05:02+01:00"))
        .editor(Author.of("Radlerin_Mia"))
        .note("Dieser Beitrag wurde bereits 2 Mal editiert, zuletzt von Radlerin_Mia (14. März 2019, 17:05) aus"
            + " folgendem Grund: Nummer der Vorlage ergänzt.")
        .reason("Nummer der Vorlage ergänzt.").kind(EditKind.UPDATE).build());

    Comment last = a.comments().get(1);
    assertThat(last.body()).contains(
        ItemList.bulleted("Fahrradbügel am Fähranleger", "eine Beleuchtung für den Abschnitt hinter dem Bootshaus"));
    assertThat(last.edits()).singleElement().satisfies(e -> {
      assertThat(e.editor()).as("a moderator's edit").hasValue(Author.of("Moderation"));
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2019-03-15T09:03:10+01:00"));
      assertThat(e.reason()).isEmpty();
    });
    assertThat(a.comments()).extracting(Comment::text).allSatisfy(t -> assertThat(t)
        .doesNotContain("Dieser Beitrag wurde", "Zitieren", "Beiträge", "Pendlerin"));
  }

  /** A topic's later page, {@code ?pageNo=2}, shows no opening post: every post on it is a reply. */
  @Test
  void burningBoardFivesLaterPageHasNoOpeningPost() {
    String page = Pages.text(FIVE + ".html");
    int from = page.indexOf("<li id=\"post18834\"");
    int to = page.indexOf("<li id=\"post18840\"");
    String later = page.substring(0, from) + page.substring(to);

    var a = HtmlArticles.parse(later, URI.create(FIVE_URL + "?pageNo=2"));

    assertThat(a.comments()).extracting(Comment::id).containsExactly("post18840", "post18851");
    assertThat(a.comments()).extracting(c -> c.author().map(Author::name).orElse(""))
        .containsExactly("Radlerin_Mia", "bernd.k");
  }

  /**
   * The English language pack's notes: "This post has been edited 2 times, last by “X” (Mar 14th 2019, 5:05pm) for
   * the following reason: ...", the time in a {@code <time>} or, as the second note has it, only in words.
   */
  @Test
  void burningBoardFivesEnglishEditNotes() {
    String page = Pages.text(FIVE + ".html");
    String note = "<p class=\"messageFooterNote wbbPostEditNote\">";
    int first = page.indexOf(note);
    int second = page.indexOf(note, first + 1);
    String english = page.substring(0, first) + note + "This post has been edited 2 times, last by &ldquo;<a href=\""
        + FIVE_USERS + "42-radlerin-mia/\" class=\"userLink\" data-user-id=\"42\">Radlerin_Mia</a>&rdquo; (<time"
        + " datetime=\"2019-03-14T17:05:02+01:00\" class=\"datetime\" data-timestamp=\"1552579502\">Mar 14th 2019,"
        + " 5:05pm</time>) for the following reason: Added the number of the proposal.</p>"
        + page.substring(page.indexOf("</p>", first) + 4, second) + note
        + "This post has been edited 1 time, last by &ldquo;Moderation&rdquo; (Mar 15th 2019, 9:03am).</p>"
        + page.substring(page.indexOf("</p>", second) + 4);

    var a = HtmlArticles.parse(english, URI.create(FIVE_URL));

    assertThat(a.comments()).hasSize(2);
    assertThat(a.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editor()).as("the name without its quotes").hasValue(Author.of("Radlerin_Mia"));
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2019-03-14T17:05:02+01:00"));
      assertThat(e.reason()).hasValue("Added the number of the proposal.");
    });
    assertThat(a.comments().get(1).edits()).singleElement().satisfies(e -> {
      assertThat(e.editor()).hasValue(Author.of("Moderation"));
      assertThat(e.editedAt().orElseThrow()).as("\"Mar 15th 2019, 9:03am\" at the offset of the page's times")
          .isEqualTo(OffsetDateTime.parse("2019-03-15T09:03+01:00"));
    });
  }

  @Test
  void burningBoardThreesOpeningPostIsTheArticle() {
    var a = Pages.article(THREE, THREE_URL);

    assertThat(a.title()).hasValue("Weichenantrieb summt nach Umbau");
    assertThat(a.authors()).containsExactly(
        Author.builder().name("Lokführer_Hans").url(URI.create(THREE_USER + "231")).build());
    assertThat(a.publishedAt()).as("\"Samstag, 7. März 2009, 21:14\" in the zone of .de")
        .hasValue(OffsetDateTime.parse("2009-03-07T21:14+01:00"));
    assertThat(a.assumedZone()).hasValue(BERLIN);
    assertThat(a.body()).containsExactly(
        Paragraph.of("Seit ich die Weichen auf Servos umgebaut habe, summt der Antrieb der Weiche 4 auch in der"
            + " Endlage. Die anderen fünf sind ruhig."),
        Paragraph.of("Decoder ist derselbe wie vorher, nur die Endlagen habe ich neu eingestellt. Hat jemand eine"
            + " Idee?"));
  }

  @Test
  void burningBoardThreesRepliesAreCommentsWithQuotesAndEditNotes() {
    var a = Pages.article(THREE, THREE_URL);

    assertThat(a.comments()).extracting(Comment::id).containsExactly("post5519", "post5531");
    assertThat(a.comments()).extracting(c -> c.number().orElse(0)).containsExactly(2, 3);
    Comment reply = a.comments().get(0);
    assertThat(reply.author()).hasValue(
        Author.builder().name("Spur_N_Susi").url(URI.create(THREE_USER + "57")).build());
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2009-03-07T22:03+01:00"));
    assertThat(reply.assumedZone()).hasValue(BERLIN);
    assertThat(reply.body()).containsExactly(
        Quote.of("Decoder ist derselbe wie vorher, nur die Endlagen habe ich neu eingestellt.",
            "Zitat von »Lokführer_Hans«"),
        Paragraph.of("Dann fährt der Servo wahrscheinlich gegen den Anschlag. Stell die Endlage der Weiche 4 zwei"
            + " oder drei Schritte zurück, dann ist Ruhe."));
    assertThat(reply.edits()).containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2009-03-07T22:10+01:00")).assumedZone(BERLIN)
        .editor(Author.of("Spur_N_Susi"))
        .note("Dieser Beitrag wurde bereits 1 mal editiert, zuletzt von »Spur_N_Susi« (7. März 2009, 22:10)")
        .kind(EditKind.UPDATE).build());

    Comment last = a.comments().get(1);
    assertThat(last.publishedAt()).hasValue(OffsetDateTime.parse("2009-03-08T10:47+01:00"));
    assertThat(last.text()).as("without the signature and the edit notice")
        .isEqualTo("Zwei Schritte haben gereicht, danke! Weiche 4 ist jetzt still.");
    assertThat(last.edits()).singleElement().satisfies(e -> {
      assertThat(e.editor()).as("the name inside the guillemets").hasValue(Author.of("Moderator Bahnwärter"));
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2009-03-08T11:30+01:00"));
    });
  }
}
