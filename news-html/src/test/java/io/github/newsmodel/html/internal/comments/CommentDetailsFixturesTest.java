package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The details of each comment that structured comments live by, on pages in the shapes of real comment sections:
 * the name without its badges, the number the page prints, the reply that names its parent's author with an "@",
 * and a removed comment in its place. {@code GoldenPagesTest} compares each whole article with its golden JSON.
 */
class CommentDetailsFixturesTest {
  private static final String KANALBLOG = "https://kanalblog.example.de/2021/03/schleuse-gesperrt/";
  private static final String TALBOTE = "https://www.talbote.example.de/lokales/2024/05/02/freibad-oeffnet-spaeter";
  private static final String GAZETTE =
      "https://www.eastbrookgazette.example.co.uk/news/2023/10/09/library-late-opening-trial";
  private static final String BOTE = "https://www.lindenthaler-bote.example.de/lokales/neue-buslinie-oberweiler";
  private static final String HOLLYBROOK = "https://hollybrookdiary.example.org/2023/06/allotment-waiting-list/";

  private static String name(Comment c) {
    return c.author().map(Author::name).orElse("-");
  }

  private static String parent(Comment c) {
    return c.replyTo().orElse("-");
  }

  /**
   * A WordPress theme that does not thread its comments: readers answer by "@" and a name, which answers that
   * author's latest comment above (the longest name that fits, in any case, with or without a space after the "@"
   * and the punctuation after the name), and so does the name and a colon without the "@" ("Clara: ..."), but not a
   * name no comment above is signed with. Badges that plugins print into the name, "(Redaktion)", "· Abonnentin",
   * "[Autor]", "✓", are no part of it, so "@ Grace" answers "Grace (Redaktion)".
   */
  @Test
  void aFlatListsRepliesByNameAndNamesWithoutBadges() {
    Article a = Pages.article("wordpress-flat-replies-by-name", KANALBLOG);

    assertThat(a.comments()).extracting(Comment::id, CommentDetailsFixturesTest::name,
            CommentDetailsFixturesTest::parent)
        .containsExactly(
            tuple("comment-501", "Bernd", "-"),
            tuple("comment-502", "Bernd Müller", "-"),
            tuple("comment-503", "Grace", "-"),
            tuple("comment-504", "Clara", "comment-502"),
            tuple("comment-505", "Bernd", "-"),
            tuple("comment-506", "Frank", "comment-503"),
            tuple("comment-507", "Dave", "comment-505"),
            tuple("comment-508", "Heidi", "-"),
            tuple("comment-509", "Ivo", "comment-504"),
            tuple("comment-510", "Jana", "comment-504"));
    assertThat(a.comments().get(3).text())
        .isEqualTo("@Bernd Müller: Doch, 2009, als das Obertor getauscht wurde. Das dauerte fast einen Monat.");
  }

  /**
   * A news site's own comment section: each header opens with the comment's number in a bare {@code <strong>},
   * and the name carries the reader's badges, as an element ({@code span.badge}, a bare {@code <span>}) or as
   * words ("Moderatorin", "✓", "· Premium"). A reader whose name the page hides behind the badge is no one's. The
   * numbers are the comments' and answer "Antwort auf #1" and "@#3".
   */
  @Test
  void aNewsSitesNumbersAndBadges() {
    Article a = Pages.article("news-comment-badges-and-numbers", TALBOTE);

    assertThat(a.comments()).extracting(Comment::id, c -> c.number().orElse(0), CommentDetailsFixturesTest::name,
            CommentDetailsFixturesTest::parent)
        .containsExactly(
            tuple("kommentar-7101", 1, "Heidi Berger", "-"),
            tuple("kommentar-7102", 2, "Eve Kranz", "-"),
            tuple("kommentar-7103", 3, "Dave Lenz", "-"),
            tuple("kommentar-7104", 4, "Jo Wendt", "kommentar-7101"),
            tuple("kommentar-7105", 5, "-", "kommentar-7103"),
            tuple("kommentar-7106", 6, "Carola Imhof", "-"));
    assertThat(a.comments().get(0).text()).startsWith("Drei Wochen später");
  }

  /**
   * A flat list of numbered comments, each headed "Kommentar 3 von Dora": the line is the number and the author,
   * and no text. Readers answer by an earlier commenter's name and a colon ("Bernd Hofmann: ..."), by "@" and the
   * number ("@2:", "@#4"); "Note: ..." names no one who commented.
   */
  @Test
  void aFlatNumberedListsHeadersAndRepliesByNameOrNumber() {
    Article a = Pages.article("lokal-numbered-replies-by-name", BOTE);

    assertThat(a.comments()).extracting(Comment::id, c -> c.number().orElse(0), CommentDetailsFixturesTest::name,
            CommentDetailsFixturesTest::parent)
        .containsExactly(
            tuple("kommentar-1", 1, "Bernd Hofmann", "-"),
            tuple("kommentar-2", 2, "Clara", "-"),
            tuple("kommentar-3", 3, "Dora", "kommentar-1"),
            tuple("kommentar-4", 4, "Emil", "kommentar-2"),
            tuple("kommentar-5", 5, "Clara", "kommentar-4"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Kommentar").doesNotContain(
        " von "));
    assertThat(a.comments().get(2).text()).startsWith("Bernd Hofmann: Auf der Landstraße");
  }

  /**
   * A threaded WordPress section whose readers sometimes address an earlier commenter at the top level instead of
   * answering with the reply button: "@Bernard Cole" answers Bernard's comment. Without the "@", or naming no one
   * who commented, a comment at the top stays one.
   */
  @Test
  void anAtAtTheTopOfAThreadedListAnswersThatCommenter() {
    Article a = Pages.article("wordpress-threaded-at-reply-at-top", HOLLYBROOK);

    assertThat(a.comments()).extracting(Comment::id, CommentDetailsFixturesTest::name,
            CommentDetailsFixturesTest::parent)
        .containsExactly(
            tuple("comment-901", "Bernard Cole", "-"),
            tuple("comment-902", "Nina Patel", "comment-901"),
            tuple("comment-903", "Owen Briggs", "comment-901"),
            tuple("comment-904", "Rita Shaw", "-"),
            tuple("comment-905", "Tom Hale", "-"));
  }

  /**
   * A threaded section that shows removed comments in their place: a notice without author or time, an author and
   * text of "[deleted]", and a moderator's removal under a reader's name. Each keeps its place, so the replies to
   * it answer it, removed and without text, and with no "[deleted]" as its author; a name and time still shown stay.
   */
  @Test
  void removedCommentsKeepTheirPlaceWithoutTheNotice() {
    Article a = Pages.article("news-removed-comments-in-thread", GAZETTE);

    assertThat(a.comments()).extracting(Comment::id, CommentDetailsFixturesTest::name,
            CommentDetailsFixturesTest::parent, Comment::removed, Comment::text)
        .containsExactly(
            tuple("comment-3300", "Alan Pryce", "-", false,
                "Late opening on Thursdays would finally let me use the study rooms after work."),
            tuple("comment-3301", "-", "-", true, ""),
            tuple("comment-3302", "Bea Holt", "comment-3301", false, "What did it say? I missed it."),
            tuple("comment-3305", "Dan Okafor", "-", false, "Will the buses run that late too?"),
            tuple("comment-3303", "-", "comment-3305", true, ""),
            tuple("comment-3304", "Cleo Marsh", "comment-3303", false,
                "Thanks, the bus timetable is on the council site."),
            tuple("comment-3306", "Erin Walsh", "-", true, ""));
    assertThat(a.comments().get(4).publishedAt()).isPresent();
  }

  /**
   * Numbers in the other places a page prints them: "Kommentar 12" as the first line of the text, "4. Dora" before
   * the name. Neither is the text nor the name.
   */
  @Test
  void aNumberAsTheTextsFirstLineOrBeforeTheName() {
    Article a = HtmlArticles.parse("<html><body><article><h1>Marktplatz</h1><p>Der Marktplatz wird neu gepflastert,"
        + " das dauert bis zum Herbst. Die Händler ziehen so lange auf den Kirchplatz um.</p></article>"
        + "<div id=comments><div class=comment id=comment-12><span class=comment-author>Ann</span>"
        + "<div class=comment-content><p>Kommentar 12</p><p>Endlich.</p></div></div>"
        + "<div class=comment id=comment-13><span class=comment-author>13. Dora</span>"
        + "<div class=comment-content><p>Antwort auf #12 Ja, endlich.</p></div></div></div></body></html>",
        URI.create("https://www.example.de/lokales/marktplatz"));

    assertThat(a.comments()).extracting(Comment::number, CommentDetailsFixturesTest::name, Comment::text,
            CommentDetailsFixturesTest::parent)
        .containsExactly(tuple(OptionalInt.of(12), "Ann", "Endlich.", "-"),
            tuple(OptionalInt.of(13), "Dora", "Antwort auf #12 Ja, endlich.", "comment-12"));
  }

  /**
   * A text whose first line is the header, "Kommentar 12 von Ann Berger" or "Comment #13 by Jonas", in no element of
   * its own: the line is the number and the author, and no text. A reader's sentence that opens so ("Kommentar 12
   * von Ann Berger ist richtig.") is text, and names no author.
   */
  @Test
  void aHeaderPrintedAsTheTextsFirstLineIsTheNumberAndTheAuthor() {
    Article a = Pages.article("lokal-numbered-header-in-text",
        "https://www.lindenthaler-bote.example.de/lokales/freibad-tannenwinkel-spaeter");

    assertThat(a.comments()).extracting(Comment::id, c -> c.number().orElse(0), CommentDetailsFixturesTest::name)
        .containsExactly(tuple("kommentar-12", 12, "Ann Berger"), tuple("kommentar-13", 13, "Jonas"),
            tuple("kommentar-14", 0, "-"));
    assertThat(a.comments()).extracting(Comment::text).containsExactly(
        "Schade, aber lieber später als mit trübem Wasser.",
        "Will the season tickets for families be extended too?",
        "Kommentar 12 von Ann Berger ist richtig.\n\nDas Wasser war letztes Jahr im Juni wirklich trüb.");
  }

  /**
   * wpDiscuz prints only ages ("1 Stunde 51 Minuten her"): the page read as a web archive's copy, whose address
   * gives the capture time, counts them back from it; the same page without a capture time gives none. A count of months names no
   * day, captured or not.
   */
  @Test
  void wpDiscuzAgesCountBackFromTheArchivesCaptureAndAreNotGuessedWithoutIt() {
    Article captured = Pages.article("wpdiscuz-relative-ages",
        "https://web.archive.org/web/20240308120000/https://hafenblog.example.de/2024/03/neue-faehre-nach-holm/");
    Article uncaptured = Pages.article("wpdiscuz-relative-ages",
        "https://hafenblog.example.de/2024/03/neue-faehre-nach-holm/");

    assertThat(captured.comments()).extracting(Comment::id, c -> c.publishedAt().map(Object::toString).orElse("-"),
            CommentDetailsFixturesTest::parent)
        .containsExactly(tuple("comment-901", "2024-03-08T11:09+01:00", "-"),
            tuple("comment-905", "2024-03-08T12:09:14+01:00", "comment-901"), tuple("comment-877", "-", "-"));
    assertThat(uncaptured.comments()).extracting(Comment::id).containsExactly("comment-901", "comment-905",
        "comment-877");
    assertThat(uncaptured.comments()).allSatisfy(c -> assertThat(c.publishedAt()).isEmpty());
  }

  /**
   * Replies printed as their parents' siblings, each with a form that leads to its parent and the button "Antwort
   * auf #1 von Nachteule": the form's address names the parent. The reply box's form leads to no comment. The
   * date line "#1 — 02.05.2024, 09:12 Uhr" opens with the comment's number; a reply's "#1.1" is its place in the
   * thread, no number.
   */
  @Test
  void siblingRepliesAnswerTheCommentTheirFormLeadsTo() {
    Article a = Pages.article("talbote-sibling-replies-by-form",
        "https://www.talbote.example.de/lokales/2024/05/02/nachtbus-talheim");

    assertThat(a.comments()).extracting(Comment::id, c -> c.number().orElse(0), CommentDetailsFixturesTest::name,
            CommentDetailsFixturesTest::parent)
        .containsExactly(tuple("cid-7101", 1, "Nachteule", "-"), tuple("cid-7105", 0, "Pendlerin", "cid-7101"),
            tuple("cid-7110", 2, "Kassenwart", "-"), tuple("cid-7114", 0, "Nachteule", "cid-7110"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Antwort"));
  }
}
