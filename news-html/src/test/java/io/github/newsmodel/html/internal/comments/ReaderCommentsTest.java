package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderCommentsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2024-04-05T12:00+02:00");

  /** The page's clock as the generic extractor makes it: every language, a zone, the capture if known. */
  private static PageClock clock(ZoneId zone, Optional<OffsetDateTime> capturedAt) {
    return new PageClock(DateTimes.anyLanguage().withNumericOrder(DateTimes.NumericOrder.DAY_FIRST), zone,
        capturedAt);
  }

  private static CommentSection find(String body, PageClock clock) {
    Document page = Jsoup.parse("<html><body>" + body + "<footer>end</footer></body></html>",
        "https://example.org/story");
    return ReaderComments.find(page, JsonLd.of(page), clock);
  }

  private static CommentSection find(String body) {
    return find(body, clock(ZoneOffset.UTC, Optional.empty()));
  }

  private static String comment(String id, String date, String text) {
    return "<div class=comment id=" + id + "><span class=date>" + date + "</span><p>" + text + "</p></div>";
  }

  private static String item(String id, String author, String text) {
    return "<li class=comment id=" + id + "><span class=comment-author>" + author + "</span>"
        + "<div class=comment-content><p>" + text + "</p></div>";
  }

  /**
   * Blogger names the term of its definition list after the comment, and prints "said..." after the name in the
   * blog's language: German "hat gesagt…". A term with no description after it is no comment.
   */
  @Test
  void aDefinitionTermNamedAsACommentTakesTheDescriptionsAfterIt() {
    CommentSection s = find("<div id=comments><dl id=comments-block>"
        + "<dt class=comment-author id=c101>Anonym hat gesagt…</dt>"
        + "<dd class=comment-body><p>Endlich fährt die Linie wieder.</p></dd>"
        + "<dd class=comment-footer><span class=comment-timestamp><a href=\"?showComment=1#c101\">"
        + "4. März 2009 um 09:15</a></span></dd>"
        + "<dt class=comment-author id=c102>Ann said...</dt>"
        + "<dd class=comment-body><p>Second.</p></dd>"
        + "<dt class=comment-author id=c103>Bo said...</dt></dl></div>", clock(BERLIN, Optional.empty()));

    assertThat(s.comments()).extracting(Comment::id).containsExactly("c101", "c102");
    Comment first = s.comments().get(0);
    assertThat(first.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Anonym"));
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2009-03-04T09:15+01:00"));
    assertThat(first.text()).isEqualTo("Endlich fährt die Linie wieder.");
    assertThat(s.comments().get(1).author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
  }

  /** A term named as a comment with no description after it is none, and what it holds replies to no one. */
  @Test
  void aCommentInsideATermWithoutDescriptionRepliesToNoOne() {
    CommentSection s = find("<div id=comments><dl><dt class=comment-author id=c1>Ann said..."
        + comment("comment-2", "03.04.2024 08:12", "Inside the term.") + "</dt></dl></div>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-2");
    assertThat(s.comments().get(0).replyTo()).isEmpty();
  }

  /**
   * WordPress prints "says:" after the name in the blog's language; a name that only ends in the letters of such a
   * word keeps them.
   */
  @Test
  void theWordForSaysIsNoPartOfTheNameInAnyLanguageButANamesEndingIs() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Jan pisze:", "Pierwszy.") + "</li>"
        + item("comment-2", "Ольга говорит:", "Второй.") + "</li>" + item("comment-3", "Sanne zegt:", "Derde.")
        + "</li>" + item("comment-4", "Candice", "Fourth.") + "</li>" + item("comment-5", "Ed Mosier says:", "Fifth.")
        + "</li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Jan", "Ольга", "Sanne", "Candice", "Ed Mosier");
  }

  /**
   * uCoz prints a guest's name in a bare {@code <b>} right before the date in the comment's header line; a label
   * in bold there, or a bold name with words between it and the date, names no one.
   */
  @Test
  void aBoldNameRightBeforeTheHeadersDateIsTheAuthor() {
    CommentSection s = find("<div id=comments>" + ucoz(41, "<b>Гость</b> (12.03.2020 10:15)", "Первый.")
        + ucoz(44, "<b>Datum:</b> (12.03.2020 11:02)", "Zweiter.")
        + ucoz(47, "<b>Ann</b> wrote (13.03.2020 08:40)", "Third.") + "</div>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Гость", "-", "-");
    assertThat(s.comments()).allSatisfy(c -> assertThat(c.publishedAt()).isPresent());
  }

  private static String ucoz(int id, String header, String text) {
    return "<div class=comEnt id=comEnt" + id + "><table><tr><td><div class=cTop><a href=#ent" + id + " name=ent"
        + id + "><b>" + id + "</b></a> " + header + "</div><div class=cMessage>" + text + "</div></td></tr></table>"
        + "</div>";
  }

  /** Drupal marks a commenter without an account "(not verified)" in the site's language. */
  @Test
  void drupalsNotVerifiedMarkIsNoPartOfTheName() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Petra (nicht überprüft)", "Eins.")
        + "</li>" + item("comment-2", "Luc (non vérifié)", "Deux.") + "</li>"
        + item("comment-3", "Ann (Not Verified) says:", "Three.") + "</li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Petra", "Luc", "Ann");
  }

  /** Old WordPress themes mark each comment {@code hentry}, as blog posts are; named a comment, it is one. */
  @Test
  void aCommentMarkedAsAnEntryIsStillAComment() {
    CommentSection s = find("<ol class=commentlist><li class='comment even depth-1 hentry' id=comment-17303>"
        + "<span class=comment-author>Ann</span><div class=comment-content><p>First.</p></div></li>"
        + "<li class='post hentry' id=post-9><h2><a href=/other>Another post</a></h2></li></ol>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-17303");
  }

  /** A reader's sentence that uses the word for editing on the way is the comment, not an edit notice. */
  @Test
  void aCommentThatMentionsAnEditIsNoEditNotice() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Walter", "Sie haben gar nichts geändert,"
        + " Sie haben nur den Satz ergänzt, der vorher fehlte.") + "<p>Zuletzt bearbeitet am 03.04.2024</p></li>"
        + item("comment-2", "Ann", "Fine.") + "<p>This comment was edited by the moderator.</p></li></ol>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Sie haben gar nichts geändert, Sie haben"
        + " nur den Satz ergänzt, der vorher fehlte.", "Fine.");
    assertThat(s.comments().get(0).edits()).hasSize(1);
  }

  /**
   * French writes "édité" of books and documents: a short sentence with it is the comment's, while phpBB's French
   * notice is told by its opening words, "Dernière édition par".
   */
  @Test
  void aFrenchSentenceAboutAnEditedBookIsNoEditNotice() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Paul", "Merci pour cet article, je vais"
        + " le lire ce week-end.</p><p>Il est édité chez Gallimard, je crois.") + "</li>" + item("comment-2", "Luc",
        "Très juste.</p><p>Dernière édition par Luc le 03.04.2024 à 11:05, édité 1 fois.") + "</li></ol>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Merci pour cet article, je vais le lire ce"
        + " week-end.\n\nIl est édité chez Gallimard, je crois.", "Très juste.");
    assertThat(s.comments().get(1).edits()).hasSize(1);
  }

  /**
   * wpDiscuz marks a thread's first comment {@code wpdiscuz-root-comment} beside the {@code wc-comment} of its
   * replies: a class of position, not of another kind, so the replies inside it are replies, not its parts.
   */
  @Test
  void aRootCommentsPositionClassDoesNotMakeItsRepliesPartsOfIt() {
    String reply = "<div id=wc-comm-%d_%d class='wc-comment wc-reply'><div class=wc-comment-author>%s</div>"
        + "<div class=wc-comment-text><p>%s</p></div></div>";
    CommentSection s = find("<div id=wpdcom><div id=wc-comm-1_0 class='wc-comment wpdiscuz-root-comment'>"
        + "<div class=wc-comment-author>Ann</div><div class=wc-comment-text><p>First.</p></div>"
        + reply.formatted(2, 1, "Bo", "Second.") + reply.formatted(3, 1, "Cy", "Third.") + "</div>"
        + "<div id=wc-comm-4_0 class=wc-comment><div class=wc-comment-author>Di</div>"
        + "<div class=wc-comment-text><p>Fourth.</p></div></div></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("First.", "Second.", "Third.", "Fourth.");
    assertThat(s.comments()).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "wc-comm-1_0", "wc-comm-1_0", "-");
  }

  /** A count of likes or votes beside a comment is no number of the comment; a counter of the comment is. */
  @Test
  void aCountOfLikesIsNoCommentNumber() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Ann", "First.")
        + "<span class='cld-like-count-wrap cld-count-wrap'>43</span></li>" + item("comment-2", "Bo", "Second.")
        + "<span class=comment-count>#2</span></li></ol>");

    assertThat(s.comments()).extracting(c -> c.number().isPresent() ? c.number().getAsInt() : 0)
        .containsExactly(0, 2);
  }

  /**
   * A comment's "Recommend" link and the "Mehr" that unfolds it are no part of its text; a read-more container
   * that holds the text is.
   */
  @Test
  void controlsToRecommendOrUnfoldAreNoPartOfTheText() {
    CommentSection s = find("<ol class=comment-list>" + "<li class=comment id=comment-1><span class=comment-author>"
        + "Ann</span><div class=comment-content><p>A long thought, cut short… <span class=wpdiscuz-readmore>Mehr"
        + "</span></p><a class='tag comment__recommend'>Recommend</a></div></li>"
        + "<li class=comment id=comment-2><span class=comment-author>Bo</span><div class=comment-content>"
        + "<div class=js-read-more>The whole text, which the page folds after sixty words.</div></div></li></ol>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("A long thought, cut short…",
        "The whole text, which the page folds after sixty words.");
  }

  /** French, Italian and Spanish sites name their comments in their language. */
  @Test
  void commentsNamedInFrenchItalianOrSpanishAreComments() {
    CommentSection s = find("<ul class=commentaires><li class=commentaire id=div_commentaire_12983938>"
        + "<strong>Dekisefouton</strong> <span class=date>02.11.2023 16:43</span><p>Nos juges...</p></li>"
        + "<li class=commento id=commento-7><strong>Gigi</strong> <span class=date>02.11.2023 16:41</span>"
        + "<p>Ma dai.</p></li><li class=comentario id=comentario-9><strong>Ana</strong> <span class=date>"
        + "02.11.2023 16:40</span><p>Claro.</p></li></ul>");

    assertThat(s.comments()).extracting(Comment::id)
        .containsExactly("div_commentaire_12983938", "commento-7", "comentario-9");
    CommentSection login = find("<ul class=commentaires><li class=commentaire id=div_commentaire_12983936>"
        + "<div><strong>norbert777</strong><span class=date>02.11.2023 16:43</span></div><p>Il en va.</p></li></ul>");
    assertThat(login.comments().get(0).author()).as("a login with digits beside the date")
        .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("norbert777"));
  }

  /** A menu item that a site names "comment", a link and nothing else, is no comment; a reader's link is. */
  @Test
  void aMenuItemNamedCommentIsNoComment() {
    assertThat(find("<ul class=menu><li class=comment><a href=/forum>大家論壇</a></li></ul>").comments()).isEmpty();
    assertThat(find("<ol class=comment-list>" + item("comment-1", "Ann", "<a href=https://example.org/a>"
        + "https://example.org/a</a>") + "</li></ol>").comments()).hasSize(1);
  }

  /** "Kommentar von" before the name's element is the header's label, no part of the text. */
  @Test
  void theLabelBeforeTheNameIsNoPartOfTheText() {
    CommentSection s = find("<ol class=commentlist><li class=comment id=comment-4414>Kommentar<small> von </small>"
        + "<cite>Mareike</cite><br><p>Eine interessante Art, Leber zuzubereiten.</p></li></ol>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Eine interessante Art, Leber zuzubereiten.");
    assertThat(s.comments().get(0).author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Mareike"));
  }

  /** The hidden template a script fills for new comments is none; a hidden reply with its id is one. */
  @Test
  void aHiddenTemplateWithoutAnIdIsNoComment() {
    CommentSection s = find("<div id=comments><ul class=comments><li class=comment data-id=7><span class=date>"
        + "03.04.2024 08:12</span><p>Real.</p><ul class=replies style='display: none'><li class=comment "
        + "data-id=8><p>A folded reply.</p></li></ul></li></ul><div class=empty-comment style='display: none'>"
        + "<li class=comment data-id=''><h5>in reply to (Show comment)</h5></li></div></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Real.", "A folded reply.");
  }

  /** The role line under the name's heading in an author element is no part of the name. */
  @Test
  void theRoleUnderTheNamesHeadingIsNoPartOfTheName() {
    CommentSection s = find("<ul class=comments><li class=comment id=bb_message_1><a class='author person'>"
        + "<h4>Ann Weber</h4><h5>Gast</h5></a><time datetime=2020-01-13T19:34:36+01:00>13.01.2020</time>"
        + "<p>Was für eine Wortwahl.</p></li></ul>");

    assertThat(s.comments().get(0).author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann Weber"));
  }

  @Test
  void nestedItemsOfTheSameKindAreReplies() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Ann", "First.")
        + "<ol class=children>" + item("comment-2", "Bo", "An answer.") + "</li></ol></li>"
        + item("comment-3", "Cy", "Third.") + "</li></ol>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1", "comment-2", "comment-3");
    assertThat(s.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "comment-1", "-");
    assertThat(s.comments()).extracting(Comment::text).containsExactly("First.", "An answer.", "Third.");
  }

  @Test
  void anInnerElementWithTheSameNumberIsPartOfTheSameComment() {
    CommentSection s = find("<ol class=commentlist><li id=li-comment-7 class=comment><div id=comment-7"
        + " class=comment><cite class=fn>Ann</cite><div class=comment-text><p>Only one comment.</p></div></div>"
        + "</li></ol>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("li-comment-7");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
    });
  }

  @Test
  void aWrapperNamedLikeACommentIsNotOne() {
    CommentSection s = find("<div id=comments class=comment-wrapper><h2>2 Comments</h2>"
        + "<div class='comment-item' data-comment-id=11><p>One.</p></div>"
        + "<div class='comment-item' data-comment-id=12><p>Two.</p></div></div>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("11", "12");
    assertThat(s.count()).hasValue(2);
  }

  @Test
  void buttonsAndFormsNamedAfterCommentsAreNotComments() {
    CommentSection s = find("<div class=comments><a class=bi-write-comment href=#>Write a comment</a>"
        + "<form id=commentform><textarea name=comment></textarea></form>"
        + "<p class=comment-count>0 comments</p></div>");

    assertThat(s.comments()).isEmpty();
    assertThat(s.open()).hasValue(true);
    assertThat(s.count()).as("a declared count of none").hasValue(0);
  }

  @Test
  void authorLabelsAndActionLinksStayOutOfTheText() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-5><div class=comment-meta>"
        + "<span class=author>Dee</span> says: <a class=comment-reply-link href=#>Reply</a></div>"
        + "<p>The text itself.</p><div class=comment-actions><a href=#>Report</a> <a href=#>Like</a></div></div>"
        + "</div>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("The text itself.");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Dee"));
    });
  }

  @Test
  void quotesInACommentAreQuoteBlocks() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-9><div class=comment-text>"
        + "<blockquote><cite>Ann wrote:</cite>Earlier words.</blockquote><p>My answer.</p></div></div></div>");

    Comment c = s.comments().get(0);
    assertThat(c.body().get(0)).isInstanceOfSatisfying(Quote.class, q -> {
      assertThat(q.text()).isEqualTo("Earlier words.");
      assertThat(q.cite()).hasValue("Ann wrote:");
    });
    assertThat(c.body().get(1).text()).isEqualTo("My answer.");
  }

  @Test
  void timesWithAnOffsetKeepItAndLocalTimesAreReadInThePagesZone() {
    String html = "<div class=comments><div class=comment id=comment-1><time datetime='2024-04-03T08:12:00+02:00'>"
        + "3 April</time><p>With offset.</p></div>" + comment("comment-2", "03.04.2024 - 09:30", "Local time.")
        + comment("comment-3", "3.4.2024", "Only a date.") + "</div>";

    CommentSection berlin = find(html, clock(BERLIN, Optional.empty()));

    assertThat(berlin.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T08:12+02:00"));
    assertThat(berlin.comments().get(0).assumedZone()).as("the page gave the offset").isEmpty();
    assertThat(berlin.comments().get(1).publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T09:30+02:00"));
    assertThat(berlin.comments().get(1).assumedZone()).hasValue(BERLIN);
    Comment dateOnly = berlin.comments().get(2);
    assertThat(dateOnly.publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T00:00+02:00"));
    assertThat(dateOnly.publishedAtDateOnly()).isTrue();
    assertThat(dateOnly.assumedZone()).hasValue(BERLIN);
  }

  @Test
  void commentTimesAreReadInTheLanguagesOfTheArticlesDates() {
    CommentSection s = find("<div class=comments>" + comment("c1", "3. April 2024 um 09:30 Uhr", "Deutsch.")
        + comment("c2", "le 3 avril 2024 à 9h30", "Français.")
        + comment("c3", "3. huhtikuuta 2024 klo 9.30", "Suomi.")
        + comment("c4", "3 апреля 2024 г. в 09:30", "Русский.") + "</div>", clock(BERLIN, Optional.empty()));

    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .containsOnly(OffsetDateTime.parse("2024-04-03T09:30+02:00")).hasSize(4);
  }

  @Test
  void relativeTimesCountBackFromTheCaptureInThePagesZone() {
    String html = "<div class=comments>" + comment("c1", "vor 2 Stunden", "Eins.")
        + comment("c2", "Yesterday, 08:41 PM", "Two.") + comment("c3", "il y a 3 jours", "Trois.")
        + comment("c4", "eilen klo 10.15", "Neljä.") + "</div>";

    CommentSection captured = find(html, clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(captured.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-04-05T10:00+02:00"), OffsetDateTime.parse("2024-04-04T20:41+02:00"),
        OffsetDateTime.parse("2024-04-02T00:00+02:00"), OffsetDateTime.parse("2024-04-04T10:15+02:00"));
    assertThat(captured.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(BERLIN));
    assertThat(captured.comments().get(2).publishedAtDateOnly()).as("days give a date only").isTrue();
    assertThat(find(html, clock(BERLIN, Optional.empty())).comments())
        .as("without the capture time, 'yesterday' means nothing").allSatisfy(c -> {
          assertThat(c.publishedAt()).isEmpty();
          assertThat(c.text()).doesNotContain("vor", "Yesterday", "eilen");
        });
  }

  /**
   * A zone printed after the time of a relative day or of a day without a year gives the comment its offset, which
   * the page states: nobody assumes the page's zone for it.
   */
  @Test
  void aZoneAfterACommentsRelativeOrYearlessTimeGivesItsOffset() {
    String html = "<div class=comments>" + comment("c1", "Yesterday at 14:30 CET", "One.")
        + comment("c2", "Today 5:15 a.m. ET", "Two.") + comment("c3", "4 April 09:15 BST", "Three.")
        + comment("c4", "Today 5:15 ET", "Four.") + "</div>";

    CommentSection s = find(html, clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-04-04T14:30+01:00"), OffsetDateTime.parse("2024-04-05T05:15-04:00"),
        OffsetDateTime.parse("2024-04-04T09:15+01:00"), OffsetDateTime.parse("2024-04-05T05:15+02:00"));
    assertThat(s.comments()).extracting(c -> c.assumedZone().isPresent())
        .as("ET after a 24-hour time is no zone").containsExactly(false, false, false, true);
  }

  @Test
  void aRelativeWordInAHeaderThatIsNotATimeIsNoTime() {
    CommentSection s = find("<div class=comments><div class=comment id=c1><div class=comment-header>"
        + "<span class=author>Ann</span> schreibt hier:</div><div class=comment-text><p>Text.</p></div></div>"
        + "</div>", clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(s.comments()).singleElement().satisfies(c -> assertThat(c.publishedAt()).isEmpty());
  }

  @Test
  void aDateOnTheAuthorsLineIsTheCommentsTimeAndNotPartOfTheName() {
    CommentSection s = find("<section id=comments><div class=comment><p class=comment-author>Von Leserin Petra,"
        + " 2. Mai 2024</p><p>Endlich!</p></div><div class=comment><span class=author>Ann on 3 May 2024 at"
        + " 10:15</span><p>Agreed.</p></div></section>", clock(BERLIN, Optional.empty()));

    assertThat(s.comments()).extracting(c -> c.author().orElseThrow().name()).containsExactly("Leserin Petra",
        "Ann");
    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-05-02T00:00+02:00"), OffsetDateTime.parse("2024-05-03T10:15+02:00"));
    assertThat(s.comments().get(0).publishedAtDateOnly()).isTrue();
  }

  @Test
  void aCommentTimeAfterTheCaptureOrBefore1990IsNoTime() {
    CommentSection s = find("<div class=comments>" + comment("c1", "6 April 2024 10:00", "Future.")
        + comment("c2", "3 April 1989 10:00", "Past.") + comment("c3", "5 April 2024 09:00", "Fine.") + "</div>",
        clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(s.comments()).extracting(c -> c.publishedAt().isPresent()).containsExactly(false, false, true);
  }

  @Test
  void aUnixTimestampIsAnExactTime() {
    CommentSection s = find("<div class=comments><article class=comment id=comment-1><mark class=hidden"
        + " data-comment-timestamp=1712131920></mark><p>Text.</p></article></div>");

    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T08:12Z"));
  }

  @Test
  void editNoticesInEnglishGermanAndFinnishBecomeEdits() {
    String html = "<div class=comments>"
        + "<div class=comment id=comment-1><time datetime='2024-04-03T08:00:00Z'>x</time><p>One.</p>"
        + "<p>Edited by Ann on 3 April 2024 10:15</p></div>"
        + "<div class=comment id=comment-2><time datetime='2024-04-03T08:00:00Z'>x</time><p>Two.</p>"
        + "<div class=edited>bearbeitet am 03.04.2024 um 11:00</div></div>"
        + "<div class=comment id=comment-3><time datetime='2024-04-03T08:00:00Z'>x</time><p>Three.</p>"
        + "<small>muokattu 3.4.2024 klo 12.30</small></div>"
        + "<div class=comment id=comment-4><time datetime='2024-04-03T08:00:00Z'>x</time><p>Four.</p>"
        + "<small>edited</small></div></div>";

    CommentSection s = find(html);

    assertThat(s.comments()).extracting(Comment::text).containsExactly("One.", "Two.", "Three.", "Four.");
    assertThat(s.comments().get(0).edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-04-03T10:15Z"));
      assertThat(e.editor()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
    });
    assertThat(s.comments().get(1).edits()).singleElement()
        .satisfies(e -> assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-04-03T11:00Z")));
    assertThat(s.comments().get(2).edits()).singleElement()
        .satisfies(e -> assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-04-03T12:30Z")));
    assertThat(s.comments().get(3).edits()).as("a bare notice: an edit without its time")
        .containsExactly(EditRecord.builder().note("edited").kind(EditKind.UPDATE).build());
  }

  /**
   * A notice whose time, read in the page's zone where the comments' own times are in UTC, falls before the posting
   * was dropped with its edit: the page says the comment was edited, so the edit stays, without its time. One whose
   * time states its offset and still falls before the posting is no notice of this comment's edit.
   */
  @Test
  void aNoticeWhoseTimeInAnAssumedZoneFallsBeforeThePostingIsAnEditWithoutItsTime() {
    String html = "<div class=comments>"
        + "<div class=comment id=comment-1><time datetime='2024-04-03T09:00:00Z'>x</time><p>One.</p>"
        + "<p class=edited>Edited 3 April 2024 10:41</p></div>"
        + "<div class=comment id=comment-2><time datetime='2024-04-03T09:00:00Z'>x</time><p>Two.</p>"
        + "<p class=edited>Edited 3 April 2024 10:41 UTC+2</p></div></div>";

    CommentSection s = find(html, clock(BERLIN, Optional.empty()));

    assertThat(s.comments().get(0).edits())
        .containsExactly(EditRecord.builder().note("Edited 3 April 2024 10:41").kind(EditKind.UPDATE).build());
    assertThat(s.comments().get(1).edits()).isEmpty();
    assertThat(find(html.replace("10:41", "11:41"), clock(BERLIN, Optional.empty())).comments().get(0).edits())
        .singleElement().satisfies(e -> {
          assertThat(e.editedAt()).hasValue(OffsetDateTime.parse("2024-04-03T11:41+02:00"));
          assertThat(e.assumedZone()).hasValue(BERLIN);
        });
  }

  @ParameterizedTest
  @CsvSource({"comment-123, 123", "c7426542357, 7426542357", "wc-comment-52842_0, 52842", "p12, 12", "5e6f, 5",
      "65e6f0a1c4b2d93e7f1a2b3c, ''", "3f2b8c1e-9a4d-4e6b-8c2a-1d5e7f9a0b3c, ''", "deadbeef12345678, 12345678",
      "commento-comment-card-3f9a1c7e5b2d48a0c6e1, ''", "remark42__comment-a3f2b8c1-9a4d-4e6b-8c2a-1d5e7f9a0b3c, ''",
      "atk-comment-128, 128", "comment-5e6f, 5", "post-12345678, 12345678", "hashover-c1, 1", "hashover-c1r1, 1r1",
      "hashover-c12r3r10, 12r3r10"})
  void aCommentsNumberIsTheFirstOfItsIdButAnOpaqueIdHasNone(String id, String number) {
    Element e = Jsoup.parse("<div id='" + id + "'></div>").expectFirst("div");

    assertThat(CommentUnits.number(e)).isEqualTo(number.isEmpty() ? Optional.empty() : Optional.of(number));
  }

  @Test
  void aTemplatesEmptyNoticeIsNoEdit() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><time datetime='2024-04-03T08:00:00Z'>"
        + "x</time><p>One.</p><span class=edited>last edited by </span></div>"
        + "<div class=comment id=comment-2><time datetime='2024-04-03T08:00:00Z'>x</time><p>Two.</p>"
        + "<span class=edited>Zuletzt bearbeitet von</span></div></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("One.", "Two.");
    assertThat(s.comments()).allSatisfy(c -> assertThat(c.edits()).isEmpty());
  }

  /**
   * XenForo 1 prints the day of an edit and its time of day in the day's tooltip. The tooltip counts past another
   * before it (the notice's own, an editor's link's), and only where it falls on the printed day: a tooltip of
   * another day is another time, and the printed day stands.
   */
  @Test
  void anEditNoticesDateTakesItsTimeOfDayFromItsTooltipOnTheSameDay() {
    String date = "<span class=DateTime title='Mar 4, 2014 at 8:20 AM'>Mar 4, 2014</span>";
    String html = "<div class=comments>"
        + "<div class=comment id=comment-1><time datetime='2014-03-03T08:00:00Z'>x</time><p>One.</p>"
        + "<div class=editDate>Last edited: " + date + "</div></div>"
        + "<div class=comment id=comment-2><time datetime='2014-03-03T08:00:00Z'>x</time><p>Two.</p>"
        + "<div class=editDate title='Last edit'>Last edited: " + date + "</div></div>"
        + "<div class=comment id=comment-3><time datetime='2014-03-03T08:00:00Z'>x</time><p>Three.</p>"
        + "<div class=editDate>Last edited by <a href=/members/ann title='View ann'>ann</a>: " + date + "</div></div>"
        + "<div class=comment id=comment-4><time datetime='2014-03-03T08:00:00Z'>x</time><p>Four.</p>"
        + "<div class=editDate>Last edited: " + date.replace("Mar 4, 2014 at 8:20 AM", "Mar 5, 2014 at 1:20 AM")
        + "</div></div></div>";

    CommentSection s = find(html);

    assertThat(s.comments()).extracting(c -> c.edits().get(0).editedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2014-03-04T08:20Z"), OffsetDateTime.parse("2014-03-04T08:20Z"),
        OffsetDateTime.parse("2014-03-04T08:20Z"), OffsetDateTime.parse("2014-03-04T00:00Z"));
    assertThat(s.comments().get(3).edits().get(0).editedAtDateOnly()).isTrue();
  }

  /**
   * Kunena 5 (template Crypsis) prints a post's text as {@code p.kmsg} in a {@code div.kmessage}, its age with the
   * time in the tooltip, and its edit notice in German as "Letzte Bearbeitung: vor 2 Tagen von X. Grund: ...",
   * whose tooltip holds the exact time: the tooltips win over the ages, which the capture time would only
   * approximate. An element classed {@code message} without Kunena's text block is no post.
   */
  @Test
  void kunenaPostsTakeTheirTimesFromTooltipsAndTheirIdsFromTheirPermalinks() {
    String post = "<div class='row message'><div class=col-md-2><ul class='unstyled center profilebox'><li><strong>"
        + "<a class=kwho-user href='/forum/user/7-ann'>Ann</a></strong></li><li>Mitglied</li></ul></div>"
        + "<div class='col-md-10 message-published'><small class='text-muted float-right'>"
        + "<span class=kdate title='03.04.2024 08:12'>vor 2 Tagen</span> <a href='#311' id=311>#311</a></small>"
        + "<div class='badger-left badger-info khistory'><div class=mykmsg-header><a class=kwho-user"
        + " href='/forum/user/7-ann'>Ann</a> hat das Thema erstellt: Neue Bänke</div>"
        + "<div class=kmessage><p class=kmsg>Die neuen Bänke am Hafen sind aufgestellt.</p></div></div>"
        + "<div class='alert alert-info' title='03.04.2024 09:30'>Letzte Bearbeitung: vor 2 Tagen von"
        + " <a class=kwho-user href='/forum/user/7-ann'>Ann</a>. Grund: Tippfehler</div></div></div>";

    CommentSection s = find("<div class=kunena-topic-item>" + post + "</div>"
        + "<div class=message><p>Ihre Nachricht wurde gesendet, vielen Dank.</p></div>",
        clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("311");
      assertThat(c.author()).hasValueSatisfying(a -> {
        assertThat(a.name()).isEqualTo("Ann");
        assertThat(a.url()).hasValue(java.net.URI.create("https://example.org/forum/user/7-ann"));
      });
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2024-04-03T08:12+02:00"));
      assertThat(c.assumedZone()).hasValue(BERLIN);
      assertThat(c.text()).isEqualTo("Die neuen Bänke am Hafen sind aufgestellt.");
      assertThat(c.edits()).singleElement().satisfies(e -> {
        assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-04-03T09:30+02:00"));
        assertThat(e.editor()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
        assertThat(e.note()).hasValue("Letzte Bearbeitung: vor 2 Tagen von Ann. Grund: Tippfehler");
      });
    });
  }

  @Test
  void editNoticesInOtherLanguagesAndRelativeOnesUseThePagesClock() {
    String posted = "<time datetime='2024-04-03T08:00:00+02:00'>x</time>";
    String html = "<div class=comments>"
        + "<div class=comment id=comment-1>" + posted + "<p>One.</p>"
        + "<p>Zuletzt bearbeitet von Ann am 3. April 2024 um 10:15 Uhr</p></div>"
        + "<div class=comment id=comment-2>" + posted + "<p>Two.</p><div class=edited>bearbeitet vor 5 Minuten</div>"
        + "</div>"
        + "<div class=comment id=comment-3>" + posted + "<p>Three.</p><small>muokattu eilen klo 10.15</small></div>"
        + "<div class=comment id=comment-4>" + posted + "<p>Four.</p>"
        + "<p>Last edited by Bo on 4. huhtikuuta 2024 klo 9.05</p></div></div>";

    CommentSection s = find(html, clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(s.comments()).extracting(Comment::text).containsExactly("One.", "Two.", "Three.", "Four.");
    assertThat(s.comments()).extracting(c -> c.edits().get(0).editedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2024-04-03T10:15+02:00"), OffsetDateTime.parse("2024-04-05T11:55+02:00"),
        OffsetDateTime.parse("2024-04-04T10:15+02:00"), OffsetDateTime.parse("2024-04-04T09:05+02:00"));
    assertThat(s.comments()).allSatisfy(c -> assertThat(c.edits().get(0).assumedZone()).hasValue(BERLIN));
    assertThat(s.comments().get(0).edits().get(0).editor()).hasValueSatisfying(e -> assertThat(e.name())
        .isEqualTo("Ann"));
    assertThat(s.comments().get(3).edits().get(0).editor()).hasValueSatisfying(e -> assertThat(e.name())
        .isEqualTo("Bo"));
  }

  @Test
  void anEditBeforeTheCommentIsDropped() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><time"
        + " datetime='2024-04-03T08:00:00Z'>x</time><p>Text.</p><p>Edited 2 April 2024 10:00</p></div></div>");

    assertThat(s.comments().get(0).edits()).isEmpty();
  }

  @Test
  void repeatedPageIdsAreMadeUniqueAndEmptyCommentsLeftOut() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><p>A.</p></div>"
        + "<div class=comment id=comment-1><p>B.</p></div><div class=comment id=comment-2> </div>"
        + "<div class=comment><p>C.</p></div></div>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1", "comment-1~2", "c4");
  }

  @Test
  void aReplyToALeftOutCommentRepliesToItsParent() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Ann", "Root.")
        + "<ol class=children><li class=comment id=comment-2><ol class=children>"
        + item("comment-3", "Cy", "Deep reply.") + "</li></ol></li></ol></li></ol>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1", "comment-3");
    assertThat(s.comments().get(1).replyTo()).hasValue("comment-1");
  }

  @Test
  void fieldsAndNewsletterBoxesOfACommentFormAreNotComments() {
    CommentSection s = find("<div id=comments>" + item("comment-1", "Ann", "Real words.") + "</li>"
        + "<form id=commentform><p class=social-input-row-comment><label>Comment</label><textarea name=comment>"
        + "</textarea></p><p class=wysija-after-comment><label><input type=checkbox>Yes, send me the newsletter!"
        + "</label></p></form></div>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1");
    assertThat(s.open()).hasValue(true);
  }

  @Test
  void aFormAroundTheWholePageIsNoCommentForm() {
    Document page = Jsoup.parse("<body><form id=aspnetForm><h1>Story</h1><p>Text.</p><div class=comments>"
        + item("comment-1", "Ann", "Kept.") + "</li></div></form><footer>end</footer></body>");

    assertThat(ReaderComments.find(page, JsonLd.of(page), clock(ZoneOffset.UTC, Optional.empty())).comments())
        .extracting(Comment::text).containsExactly("Kept.");
  }

  @Test
  void countersAndCallsToCommentAreNotComments() {
    CommentSection s = find("<div class=comments>" + item("comment-1", "Ann", "Words of a reader.") + "</li>"
        + "<div class=comment-box><a href=#respond>Leave a comment</a></div>"
        + "<div class=comment><span>12</span></div>"
        + "<div class=is-comment-container>Komentuj <p>192</p></div>"
        + "<header><p class=paragraph-comment>Dejá tu comentario</p></header>"
        + "<div class=c-comment-container><a href=#form>Kommentieren …</a></div>"
        + "<div class=comment><a href=#><img src=/balloon.svg></a></div></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Words of a reader.");
  }

  @Test
  void aShortCommentWithAnAuthorOrMoreThanALabelIsAComment() {
    CommentSection s = find("<div class=comments>" + item("comment-1", "Ann", "1") + "</li>"
        + item("comment-2", "Bo", "Comment") + "</li><div class=comment><p>Comment 3.</p></div>"
        + "<div class=comment><p>Reply 4.</p></div></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("1", "Comment", "Comment 3.", "Reply 4.");
  }

  @Test
  void aBarePingbackIsLeftOutAndOneThatQuotesItsPageIsKept() {
    CommentSection s = find("<ol class=commentlist>" + item("comment-1", "Ann", "Words.") + "</li>"
        + "<li class=pingback id=comment-2><div class=comment-body>Pingback: <a href='https://blog.example/x'>"
        + "Some Blog | A title</a></div></li>"
        + "<li id=comment-3 class=comment><p>Trackback: <a href='https://other.example/'>Other</a></p></li>"
        + "<li class=pingback id=comment-4><div class=comment-body><p>[…] as the film shows […]</p></div></li>"
        + "</ol>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-1", "comment-4");
  }

  @Test
  void aHeaderLineOfNameAndDateInTheTextIsTheAuthorAndTheTime() {
    CommentSection s = find("<ul class=comments-list><li class=xenforo-comment id=xenforo-comment-1>"
        + "<div class=xenforo-comment-content><header><span>nostro1on</span> <span>17 September 2020 14:17</span>"
        + "</header><div>How to buy: be quick.</div></div></li>"
        + "<li class=comment id=comment-2><div class=comment-message><div class=comment-content><p>Très bien.</p>"
        + "</div><div class=comment-foot><b>gabriel sempéré</b> Le 11 septembre 2018 à 12:57</div></div></li>"
        + "<li class=comment id=comment-3><div class=comment-content><p>Alina on 11/08/2020 at 19:29</p>"
        + "<p>Alles Gute!</p></div></li></ul>");

    assertThat(s.comments()).extracting(Comment::text)
        .containsExactly("How to buy: be quick.", "Très bien.", "Alles Gute!");
    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("nostro1on", "gabriel sempéré", "Alina");
    assertThat(s.comments()).extracting(c -> c.publishedAt().map(OffsetDateTime::toString).orElse("-"))
        .containsExactly("2020-09-17T14:17Z", "2018-09-11T12:57Z", "2020-08-11T19:29Z");
  }

  @Test
  void aLineThatStartsWithADateButSaysMoreStaysText() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><div class=comment-content>"
        + "<p>3 May 2019 was the day it opened.</p><p>I was there.</p></div></div>"
        + "<div class=comment id=comment-2><div class=comment-content><p>Ann 3 May 2019</p></div></div></div>");

    assertThat(s.comments()).extracting(Comment::text)
        .containsExactly("3 May 2019 was the day it opened.\n\nI was there.", "Ann 3 May 2019");
    assertThat(s.comments()).allSatisfy(c -> assertThat(c.author()).isEmpty());
  }

  @Test
  void aBadgeOrTheCommentsOwnClassIsNotItsAuthor() {
    CommentSection s = find("<div class=comments><div class='wc-comment wc-blog-post_author' id=wc-comm-1_0>"
        + "<div class='wc-blog-post_author wc-comment-label'><span>Autor</span></div>"
        + "<div class=wc-comment-author>Robert</div><div class=wc-comment-text><p>Hi.</p></div></div>"
        + "<div class='comment comment-author-ann' id=comment-2><span class=comment-number>38</span> "
        + "<span class=comment-author>Ann</span><div class=comment-content><p>Mine.</p></div></div></div>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Robert", "Ann");
  }

  @Test
  void theLastCommentOfAPageThatEndsWithItsReplyLinkIsKept() {
    Document page = Jsoup.parse("<body><div class=comments><div class=comment id=comment-1><p>Whole.</p></div>"
        + "<div class=comment id=comment-2><p>Last words.</p><div class=reply><a href=#>Reply</a></div></div>"
        + "</div></body>");

    assertThat(ReaderComments.find(page, JsonLd.of(page), clock(ZoneOffset.UTC, Optional.empty())).comments())
        .extracting(Comment::text).containsExactly("Whole.", "Last words.");
  }

  @Test
  void aTextNamedFormatTextIsTheTextNotAForm() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><span class=comment_author>Ann"
        + "</span><div class=format_text><p>Formatted words.</p></div><div class=comment-form><a href=#>Reply</a>"
        + "</div></div></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Formatted words.");
  }

  @Test
  void aDefinitionListCommentTakesItsAuthorAndTimeFromTheTermBeforeIt() {
    CommentSection s = find("<div id=comments><dl id=comment_list>"
        + "<dt class=comment id=comment-17><span class=comment_author>Armanox</span> <span class=comment_time>"
        + "<a href=#comment-17>June 28, 2015 at 10:25 pm</a></span></dt>"
        + "<dd class=comment><div class=format_text><p>Really, no Shagrath?</p></div></dd>"
        + "<dt class=comment id=comment-18><span class=comment_author>Flounder</span></dt>"
        + "<dd class=comment><div class=format_text><p>Bogus list.</p></div></dd></dl></div>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-17", "comment-18");
    assertThat(s.comments()).extracting(Comment::text).containsExactly("Really, no Shagrath?", "Bogus list.");
    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Armanox", "Flounder");
    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2015-06-28T22:25Z"));
  }

  @Test
  void aCommentByLineGivesTheNameWithoutTheLabelOrTheDateAfterTheDash() {
    CommentSection s = find("<ol id=commentlist><li id=comment-1><p>First words.</p><p><cite>Comment by "
        + "<a href='https://mirko.example/'>Mirko Lange</a> — 17.07, 2011 @ <a href=#comment-1>13:04</a></cite></p>"
        + "</li><li id=comment-2><p>Second words.</p><p><cite>Comment by Daniel — 17.07, 2011 @ "
        + "<a href=#comment-2>13:10</a></cite></p></li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Mirko Lange", "Daniel");
    assertThat(s.comments()).extracting(Comment::text).containsExactly("First words.", "Second words.");
    assertThat(s.comments().get(0).publishedAt().map(t -> t.toLocalDate().toString())).hasValue("2011-07-17");
    assertThat(s.comments().get(1).publishedAt()).hasValue(OffsetDateTime.parse("2011-07-17T13:10Z"));
  }

  @Test
  void aCommentAsThePartOfAnotherBlockCountsOnlyInACommentSection() {
    CommentSection gallery = find("<div class=gallery><div class=gallery__item><div class=gallery__item__comment>"
        + "<p>The editor's caption of a picture.</p></div></div><div class=gallery__item>"
        + "<div class=gallery__item__comment><p>Another caption.</p></div></div></div>");
    CommentSection thread = find("<div id=comments><div class=thread__comment id=c1><span class=author>Ann</span>"
        + "<p>A reader's words.</p></div><div class=thread__comment id=c2><p>More words.</p></div></div>");

    assertThat(gallery.comments()).isEmpty();
    assertThat(thread.comments()).extracting(Comment::text).containsExactly("A reader's words.", "More words.");
  }

  @Test
  void aDigestOfTheSitesLatestCommentsHoldsNoCommentOfThePage() {
    CommentSection s = find("<div id=comments>" + item("comment-1", "Ann", "On this story.") + "</li></div>"
        + "<aside><ul class=widget_recent_comments><li><div class=comment><span class=comment-author>Bo</span> on "
        + "<a href=/other>Another story</a>: “The first words of”</div></li></ul></aside>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("On this story.");
  }

  @Test
  void aLinkToShowMoreRepliesIsNoComment() {
    CommentSection s = find("<div class=comments>" + item("comment-1", "Ann", "Words.") + "</li>"
        + "<div class=comment-item><a href=#>weitere Antworten anzeigen</a></div>"
        + "<div class=comment-item><button>Show 3 more replies</button></div></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Words.");
  }

  @Test
  void aNameThatByIntroducesInTheDateLineIsTheAuthor() {
    CommentSection s = find("<ul class=comments><li id=comment-1508><div><h2>Ein Argument</h2>"
        + "<span class=metadata>geschrieben von berg2012 am 21. Jan. 2015, 19:04</span></div><p>Eine Erklärung.</p>"
        + "</li><li id=comment-1509><span class=date>Posted on 3 May 2019</span><p>Anonymous words.</p></li></ul>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("berg2012", "-");
    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2015-01-21T19:04Z"));
  }

  @Test
  void theNameThatTheLineOfTheDateStartsWithIsTheAuthor() {
    CommentSection s = find("<div class=comments><article class=comment id=comment-1><footer><h6>Heidemarie Heim | "
        + "Di, 21. April 2020 - 16:40 <span property=schema:dateCreated content='2020-04-21T14:40:07+00:00'></span>"
        + "</h6></footer><div property=schema:text><p>Vielen Dank.</p></div></article>"
        + "<article class=comment id=comment-2><footer><h6>Posted on 3 May 2019</h6></footer>"
        + "<div class=comment-content><p>Anonymous words.</p></div></article></div>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Heidemarie Heim", "-");
    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2020-04-21T14:40:07Z"));
  }

  @Test
  void aCommentThePageMayHaveCutOffIsLeftOut() {
    Document page = Jsoup.parse("<body><div class=comments><div class=comment id=comment-1><p>Whole.</p></div>"
        + "<div class=comment id=comment-2><p>Cut off in the mid");

    assertThat(ReaderComments.find(page, JsonLd.of(page), clock(ZoneOffset.UTC, Optional.empty())).comments())
        .extracting(Comment::id).containsExactly("comment-1");
  }

  @Test
  void aBlogPostMarkedUpAsAReviewIsTheArticleNotAComment() {
    CommentSection s = find("<div class='post hentry' itemscope itemtype='http://schema.org/Review'><h2>Title</h2>"
        + "<p>The post itself.</p></div>");

    assertThat(s.comments()).isEmpty();
  }

  @Test
  void theCountAndTheStateOfTheSection() {
    assertThat(find("<div id=comments><h3>Kommentare (12)</h3><div class=comment id=comment-1><p>x</p></div>"
        + "</div>").count()).hasValue(12);
    assertThat(find("<div id=comments><h2>One thought on “Story”</h2></div>").count()).hasValue(1);
    assertThat(find("<div id=comments><p class=nocomments>Comments are closed.</p></div>").open()).hasValue(false);
    assertThat(find("<p>Nothing about comments here.</p>").open()).isEmpty();
  }

  @Test
  void aClosedNoticeIsReadAsItsOwnTextReadsWhateverItsMarkup() {
    // The notice's own text joins text nodes across child elements and drops soft hyphens and zero-width spaces.
    assertThat(find("<p>Kom<b></b>mentare sind geschlossen.</p>").open()).hasValue(false);
    assertThat(find("<p>Com\u00admen\u200bts are closed.</p>").open()).hasValue(false);
    assertThat(find("<p>COMMENTS ARE CLOSED</p>").open()).hasValue(false);
    // White space parts the word, as it does in the text; and a long paragraph is no notice.
    assertThat(find("<p>Com men ts are closed.</p>").open()).isEmpty();
    assertThat(find("<p>" + "Comments are closed. ".repeat(10) + "</p>").open()).isEmpty();
  }

  @Test
  void jsonLdCountAndCommentsWhenTheMarkupHasNone() {
    Document page = Jsoup.parse("<html><head><script type=application/ld+json>{\"@type\":\"BlogPosting\","
        + "\"commentCount\":\"5\",\"comment\":[{\"@type\":\"Comment\",\"text\":\"<p>Nice.</p><p>Really.</p>\","
        + "\"author\":\"Eve\"}]}</script></head><body></body></html>");

    CommentSection s = ReaderComments.find(page, JsonLd.of(page), clock(ZoneOffset.UTC, Optional.empty()));

    assertThat(s.count()).hasValue(5);
    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.body()).extracting(b -> b.text()).containsExactly("Nice.", "Really.");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Eve"));
    });
  }

  @Test
  void jsonLdRepliesInAFlatListNameTheirParentsByParentItem() {
    // As newsmodel's own JsonLd writes a thread: blank nodes, and a reply's parentItem by @id; or by url.
    Document page = Jsoup.parse("<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\","
        + "\"comment\":[{\"@type\":\"Comment\",\"@id\":\"_:comment-1\",\"text\":\"First.\"},"
        + "{\"@type\":\"Comment\",\"@id\":\"_:comment-2\",\"text\":\"Second.\"},"
        + "{\"@type\":\"Comment\",\"@id\":\"_:comment-3\",\"text\":\"Answer.\","
        + "\"parentItem\":{\"@id\":\"_:comment-1\"}},"
        + "{\"@type\":\"Comment\",\"url\":\"https://example.com/a#c4\",\"text\":\"Fourth.\"},"
        + "{\"@type\":\"Comment\",\"text\":\"By url.\",\"parentItem\":\"https://example.com/a#c4\"},"
        + "{\"@type\":\"Comment\",\"text\":\"Orphan.\",\"parentItem\":{\"@id\":\"_:elsewhere\"}}]}"
        + "</script></head><body></body></html>");

    List<Comment> comments = ReaderComments.find(page, JsonLd.of(page), clock(ZoneOffset.UTC, Optional.empty()))
        .comments();

    assertThat(comments).extracting(Comment::text)
        .containsExactly("First.", "Second.", "Answer.", "Fourth.", "By url.", "Orphan.");
    assertThat(comments.get(2).replyTo()).hasValue(comments.get(0).id());
    assertThat(comments.get(4).replyTo()).hasValue(comments.get(3).id());
    assertThat(comments.get(1).replyTo()).isEmpty();
    assertThat(comments.get(5).replyTo()).as("a parent the page does not give").isEmpty();
  }

  @Test
  void numberedHeaderLinesMarkTheCommentsOfAPageThatNamesNone() {
    CommentSection s = find("<article><h1>Story</h1><p>The story.</p></article><form action=comments.php>"
        + "<table><tr><td><div>#1 von <a href=/index.php?site=profile&amp;id=3><b>Kiesel</b></a> "
        + "<i>14.01.2011 - 21:12</i></div></td></tr><tr><td><img src=/images/avatars/3.jpg alt=Avatar>"
        + "Schönes Finale!</td></tr></table>"
        + "<div><p>#2 Comment by Ann on 3 May 2019, 10:15</p><p>Second words.</p></div></form>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Schönes Finale!", "Second words.");
    assertThat(s.comments().get(0).body()).as("the writer's picture is no part of the text").hasSize(1);
    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Kiesel", "Ann");
    assertThat(s.comments().get(0).author().flatMap(a -> a.url())).hasValueSatisfying(
        u -> assertThat(u.toString()).isEqualTo("https://example.org/index.php?site=profile&id=3"));
    assertThat(s.comments()).extracting(c -> c.number().orElse(0)).containsExactly(1, 2);
    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2011-01-14T21:12Z"), OffsetDateTime.parse("2019-05-03T10:15Z"));
  }

  @Test
  void aNumberedLineWithoutANameAndADateMarksNoComment() {
    CommentSection s = find("<ol><li><h3>#1 by The Night Trains</h3><p>Their best song yet.</p></li>"
        + "<li><h3>#2 Kommentar von Ann</h3><p>26.03.2004, 16:19</p><p>Words.</p></li>"
        + "<li><h3>#3 by 2019</h3><p>A year.</p></li></ol>");

    assertThat(s.comments()).isEmpty();
  }

  @Test
  void aNumberedHeaderThatNamesACommentMayHaveItsDateRightAfterIt() {
    CommentSection s = find("<h1>Update</h1><p>Chapter 9 is online.</p><div class=titlebar>Kommentare</div>"
        + "<div><h3>#1 Kommentar von <img src=/flags/de.png title=Germany> Naru-chan</h3>\n 26. M&auml;rz 2004, "
        + "16:19 <p>Danke f&uuml;r dieses Kapitel!</p></div>"
        + "<div><h3>#2 Kommentar von Bo</h3> <em>27. M&auml;rz 2004, 08:05</em><p>Super.</p></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Danke für dieses Kapitel!", "Super.");
    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Naru-chan", "Bo");
    assertThat(s.comments()).extracting(c -> c.number().orElse(0)).containsExactly(1, 2);
    assertThat(s.comments()).extracting(c -> c.publishedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2004-03-26T16:19Z"), OffsetDateTime.parse("2004-03-27T08:05Z"));
  }

  @Test
  void aNumberedHeaderWithoutItsDateMustNameACommentAndBeFollowedByADate() {
    CommentSection s = find("<h1>Charts</h1><div><h3>#1 von The Night Trains</h3> 26. M&auml;rz 2004 "
        + "<p>Top of the charts.</p></div>"
        + "<div><h3>#2 Kommentar von Ann</h3> in Berlin, 26. M&auml;rz 2004 <p>Words.</p></div>");

    assertThat(s.comments()).isEmpty();
  }

  @Test
  void aNumberedHeaderCountsOnlyWhereThePageNamesNoComment() {
    CommentSection s = find("<div class=comments>" + item("comment-1", "Ann", "Named.") + "</li></div>"
        + "<div><p>#2 von Bo 3. Mai 2019</p><p>Elsewhere.</p></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Named.");
  }

  @Test
  void aDateAloneThatRepeatsTheTimeFoundIsTheHeaderNotText() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><b class=author>Ann</b>"
        + "26.03.2004, 16:19<p>Words.</p></div></div>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("Words.");
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2004-03-26T16:19Z"));
    });
  }

  @Test
  void theParticleOfASurnameStaysButALabelGoes() {
    CommentSection s = find("<ol class=comment-list>" + item("comment-1", "Di Stefano", "One.") + "</li>"
        + item("comment-2", "Von der Leyen", "Two.") + "</li>" + item("comment-3", "di Marco", "Three.") + "</li>"
        + item("comment-4", "Von Petra", "Four.") + "</li>" + item("comment-5", "Kommentar von Ann", "Five.")
        + "</li>" + item("comment-6", "Di Marco Rossi", "Six.") + "</li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Di Stefano", "Von der Leyen", "Marco", "Petra", "Ann", "Marco Rossi");
  }

  @Test
  void wpDiscuzRelativeTimesCountBackFromTheCapture() {
    CommentSection s = find("<div class=wpdiscuz-thread><div id=wc-comm-41_0 class='wc-comment wc_comment_level-1'>"
        + "<div id=comment-41 class=wc-comment-right><div class=wc-comment-header><div class=wc-comment-author>"
        + "Nibelung</div></div><div class=wc-comment-text>Gut erklärt.</div><div class=wc-comment-footer>"
        + "<div class=wc-comment-date><i class='fa fa-clock-o'></i>1 Stunde 51 Minuten her</div></div></div></div>"
        + "</div>", clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("Gut erklärt.");
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2024-04-05T10:09+02:00"));
    });
  }

  @Test
  void aNoticeAboutCommentingIsNoCommentWhereTheCommentsAreSigned() {
    CommentSection beside = find("<ol class=comment-list><li class=comment id=notice><div class=comment-content>"
        + "<p>Leserbriefe können nur am Tag des Artikels eingereicht werden.</p></div></li>"
        + item("comment-1", "Ann", "Signed words.") + "</li></ol>");
    CommentSection alone = find("<div class=comments><div class=comment-item><p>Bitte melden Sie sich an, um diesen"
        + " Artikel zu kommentieren.</p></div></div>");
    CommentSection unsigned = find("<div class=comments><div class=comment-item><p>Good comment above.</p></div>"
        + "<div class=comment-item><p>Another reader.</p></div></div>");

    assertThat(beside.comments()).extracting(Comment::text).containsExactly("Signed words.");
    assertThat(alone.comments()).isEmpty();
    assertThat(unsigned.comments()).extracting(Comment::text)
        .containsExactly("Good comment above.", "Another reader.");
  }

  @Test
  void aDateElementInsideTheMetadataLineIsTheTime() {
    // The metadata line prints the date without its year; the date element inside it has the exact time.
    CommentSection s = find("<ul class=comments><li class=comment><div class=comment-content><p>Nothing new.</p>"
        + "</div><div class=comment-meta><span class='comment-author vcard'><b class=fn>Ann</b></span> "
        + "<abbr class=date title=2024-01-09T12:06:44Z>on 9 January at 13:06</abbr></div></li></ul>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("Nothing new.");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2024-01-09T12:06:44Z"));
    });
  }

  @Test
  void aShortTextIsReadWithoutTheMetadataItsOuterElementHolds() {
    // comment-message and comment-content are both named as the text: the inner one leaves out the metadata.
    CommentSection s = find("<ol class=forum><li class=comment><div class=comment-message>"
        + "<div class=comment-content><p>Ok.</p></div><div class=comment-meta><span class=comment-author>"
        + "Bo Brown</span> <time datetime=2024-02-01T10:00Z>1 Feb</time></div></div></li></ol>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("Ok.");
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Bo Brown"));
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2024-02-01T10:00Z"));
    });
  }

  @Test
  void aTimeIsReadFromADataAttributeOfAnyName() {
    CommentSection s = find("<div class=comments><article class='reply comment' id=reply_1>"
        + "<span class=publish-time data-publishtime=1425913955000><a href=/p/1>3/09/15 8:12am</a></span>"
        + "<div class=comment-body><p>Milliseconds since 1970.</p></div></article>"
        + "<article class='reply comment' id=reply_2><span class=comment-timestamp "
        + "data-content='2020-02-21 15:23:13 UTC'></span><div class=comment-body><p>A date in data-content.</p>"
        + "</div></article><article class='reply comment' id=reply_3><span class=comment-date data-timeout=3000>"
        + "2. März 2021</span><div class=comment-body><p>No time in data-timeout.</p></div></article></div>");

    assertThat(s.comments()).extracting(c -> c.publishedAt().map(OffsetDateTime::toString).orElse("-"))
        .containsExactly("2015-03-09T15:12:35Z", "2020-02-21T15:23:13Z", "2021-03-02T00:00Z");
  }

  @Test
  void aDateWithoutItsTimeTakesTheTimePrintedBesideIt() {
    CommentSection s = find("<div class=comments><div class=comment><div class=comment-content><p>Two parts.</p>"
        + "</div><div class=meta><ul class=links><li class=reply><a href=/r>reply</a></li>"
        + "<li class=date><span>April 5, 2018</span></li><li class=time><span>6:32 PM</span></li></ul></div>"
        + "</div><div class=comment><div class=comment-meta><div class=comment-author>Cy</div><small "
        + "class=comment-time>August 06, 2019</small><small class=comment-time>4:14 pm</small></div>"
        + "<div class=comment-content><p>Two smalls.</p></div></div></div>");

    assertThat(s.comments()).extracting(c -> c.publishedAt().map(OffsetDateTime::toString).orElse("-"))
        .containsExactly("2018-04-05T18:32Z", "2019-08-06T16:14Z");
    assertThat(s.comments()).allSatisfy(c -> assertThat(c.publishedAtDateOnly()).isFalse());
  }

  @Test
  void theVcardNameIsTheAuthorAlsoWhereItIsTheUrlButNotAnHreviewItem() {
    CommentSection kinja = find("<div class=comments><article class='reply comment'><div class=meta-avatar>"
        + "<div class='hovercard js_author-follow-controls'><h4>dee</h4><a href=/follow>Follow</a></div></div>"
        + "<span class='display-name author vcard'><a class='fn url' href=https://dee.example.org>dee</a></span>"
        + "<div class=comment-body><p>Linked name.</p></div></article></div>");
    CommentSection hreview = find("<ul class=comments><li class=comment-item><div class='comment hreview'>"
        + "<p class=comment-meta><time datetime=2019-07-17T20:09:45Z>17 July</time><span class='reviewer vcard'>"
        + "<span class=sep>, </span>par Horus</span> <span class=item>About: <a class='url fn' href=/story>"
        + "The story</a></span></p><div class=comment-content><p>A review.</p></div></div></li></ul>");

    assertThat(kinja.comments()).singleElement().satisfies(c -> assertThat(c.author()).hasValueSatisfying(a -> {
      assertThat(a.name()).isEqualTo("dee");
      assertThat(a.url()).hasValueSatisfying(u -> assertThat(u).hasToString("https://dee.example.org"));
    }));
    assertThat(hreview.comments()).singleElement()
        .satisfies(c -> assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Horus")));
  }

  @Test
  void theLinkOfTheAuthorsSiteNamesTheAuthorAndTheLinkToTheCommentIsNoText() {
    CommentSection s = find("<div class=commentList><div class='comment depth-1' id=li-comment-71>"
        + "<div id=comment-71 class=entry><p><a href=https://ann.example.org rel='external nofollow' class=url>Ann"
        + "</a> <a class=comment-link href=https://example.org/story#comment-71>1 year</a></p><p>Well put.</p>"
        + "<div class=tools><a href=/share class=share>Share</a></div></div></div>"
        + "<ol class=commentlist><li class=alt id=comment-72><cite>Bo</cite> | <small><a href=#comment-72>"
        + "11.05.2012 11:38</a></small><p>Agreed.</p></li></ol></div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Well put.", "Agreed.");
    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Ann", "Bo");
    assertThat(s.comments().get(0).author().flatMap(a -> a.url()))
        .hasValueSatisfying(u -> assertThat(u).hasToString("https://ann.example.org"));
  }

  @Test
  void aParagraphNumberedAfterTheWordsOfItsBoxIsNoComment() {
    CommentSection s = find("<div class=promo-end><p id=promo-box-end-p1>If you read this far...</p>"
        + "<p id=promo-box-end-p2>Support our journalism.</p></div>");

    assertThat(s.comments()).isEmpty();
  }

  @Test
  void aHeaderLineOutsideTheTextNamesTheAuthorBeforeItsDate() {
    CommentSection s = find("<div class=comments-list><div class=comment-card><div class=comment-infos><strong>"
        + "Muriel - Le 22/01/2020 à 12:01:03</strong></div><div class=comment-content>Sign it.</div></div>"
        + "<div class=comment-card><div class=comment-infos><strong>23/01/2020 à 09:00</strong></div>"
        + "<div class=comment-content>A number in the vCard is a name.</div>"
        + "<div class='comment-author vcard'><cite class=fn>1009</cite></div></div></div>",
        clock(ZoneId.of("Europe/Paris"), Optional.of(CAPTURED)));

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Muriel", "1009");
    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2020-01-22T12:01:03+01:00"));
  }

  @Test
  void anAuthorElementInsideAnotherOfTheSameKindIsTheName() {
    CommentSection s = find("<div class=comments><div class=comment id=comment-1><div class=wpd-user-info>"
        + "<div class=wpd-comment-author><a href=https://example.org/people/ann/>Ann</a></div>"
        + "<div class=wpd-comment-date title='1. November 2023 10:50'>vor 1 Stunde</div></div>"
        + "<div class=comment-text><p>Words.</p></div></div></div>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2023-11-01T10:50Z"));
    });
  }

  @Test
  void theLabelOfTheReplyLinkNamesTheAuthorThatNoElementNames() {
    CommentSection s = find("<ol class=commentlist><li class=comment id=comment-1><div class=comment-header>"
        + "<h3>Liberte</h3><p class=comment-meta>18/02/2020 à 16:42</p></div><div class=comment-body><p>Words."
        + "</p><p><a class=comment-reply-link href=#comment-1 aria-label='Répondre à Liberte'>Répondre</a></p>"
        + "</div></li><li class=comment id=comment-2><div class=comment-header><h3><a href=https://bo.example.org>"
        + "Bo</a></h3></div><div class=comment-body><p>Mine.</p><a class=comment-reply-link href=#comment-2 "
        + "aria-label='Reply to Bo'>Reply</a></div></li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Liberte", "Bo");
    assertThat(s.comments().get(1).author().flatMap(a -> a.url()))
        .hasValueSatisfying(u -> assertThat(u).hasToString("https://bo.example.org"));
    assertThat(s.comments()).extracting(Comment::text).containsExactly("Words.", "Mine.");
  }

  @Test
  void aPingbackIsByThePageThatLinksHere() {
    CommentSection s = find("<ol class=commentlist><li class='pingback even' id=comment-1><div class='comment-author"
        + " vcard'><strong class=fn><a href=https://blog.example/a-long-post rel='external nofollow' class=url>A"
        + " title of many more words than a name has | The Blog</a></strong>, on <a href=#comment-1>3 May 2019 at"
        + " 10:15</a> said:</div><p>[…] as the film shows […]</p></li>"
        + "<li id=comment-2><cite>Pingback von <a href=https://other.example/post rel='external nofollow' class=url>"
        + "Other Blog</a></cite> | <small><a href=#comment-2>11.09.2011 23:31</a></small><p>[…] quoted […]</p>"
        + "</li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name() + " " + a.url().orElseThrow())
        .orElse("-")).containsExactly(
            "A title of many more words than a name has | The Blog https://blog.example/a-long-post",
            "Other Blog https://other.example/post");
    assertThat(s.comments()).extracting(Comment::text).containsExactly("[…] as the film shows […]", "[…] quoted […]");
  }

  @Test
  void aNameInPlainTextBeforeThePermalinkIsTheAuthor() {
    CommentSection s = find("<div class=commentList><div class='comment depth-1' id=li-comment-71>"
        + "<div id=comment-71 class=entry><p>mxa <a class=comment-link href=https://example.org/story#comment-71>"
        + "1 year</a></p><p>Well put.</p><div class=tools><a href=/share class=share>Share</a></div></div></div>"
        + "<div class='comment depth-1' id=li-comment-72><div id=comment-72 class=entry><p>Bo on <a "
        + "href=#comment-72>3 May 2019</a> said:</p><p>Agreed.</p></div></div>"
        + "<div class='comment depth-1' id=li-comment-73><div id=comment-73 class=entry><p>Posted <a "
        + "href=#comment-73>3 May 2019</a></p><p>Anonymous.</p></div></div></div>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("mxa", "Bo", "-");
    assertThat(s.comments()).extracting(Comment::text).containsExactly("Well put.", "Agreed.", "Anonymous.");
    assertThat(s.comments()).extracting(c -> c.publishedAt().map(Object::toString).orElse("-"))
        .containsExactly("-", "2019-05-03T00:00Z", "2019-05-03T00:00Z");
  }

  @Test
  void aHeaderRightBeforeACommentsTextIsItsAuthorAndTime() {
    CommentSection s = find("<div class=reviews><blockquote><div class=rating-block><span class=stars></span>"
        + "<small>Georg N. am 10.4.2020</small></div><br><p class=comment>Alles bestens.</p></blockquote>"
        + "<blockquote><div class=rating-block><small>19.2.2012</small></div><p class=comment>Toller Stall.</p>"
        + "</blockquote><blockquote><div class=rating-block>Versand in 3 Tagen</div><p class=comment>Schnell.</p>"
        + "</blockquote></div><div class=teaser><div class=post-date>28/09/2019</div><div class=post-comment>"
        + "<a href=/other#comments>12</a></div></div>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Georg N.", "-", "-");
    assertThat(s.comments()).extracting(c -> c.publishedAt().map(Object::toString).orElse("-"))
        .containsExactly("2020-04-10T00:00Z", "2012-02-19T00:00Z", "-");
    assertThat(s.comments()).extracting(Comment::text).containsExactly("Alles bestens.", "Toller Stall.", "Schnell.");
  }

  @Test
  void aNameInItsOwnElementRightBeforeTheDateIsTheAuthor() {
    CommentSection s = find("<div class=comments><div class=comment id=comment1><p><span class=bold>Marth</span>"
        + " <span class=comment-date>02.12.2022, 15:57:32</span></p><div><p>Words.</p></div></div>"
        + "<div class=comment id=comment2><p><span>Datum</span> <span class=comment-date>03.12.2022</span></p>"
        + "<div><p>More words.</p></div></div>"
        + "<div class=comment id=comment3><p><b>#3</b> <span class=comment-date>04.12.2022</span></p>"
        + "<div><p>Yet more words.</p></div></div></div>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Marth", "-", "-");
    assertThat(s.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2022-12-02T15:57:32Z"));
    assertThat(s.comments().get(0).text()).isEqualTo("Words.");
  }

  @Test
  void aHeaderIsReadInTheOrderItIsPrintedSoThatItsLinkedTimeStaysWithItsDate() {
    CommentSection s = find("<ol class=commentlist><li id=comment-1><p>Words.</p><p><cite>Comment by <a "
        + "href=https://ann.example.org rel='external nofollow' class=url>Ann</a> &#8212; 17.07, 2011 @ <a "
        + "href=#comment-1>13:04</a></cite></p></li></ol>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2011-07-17T13:04Z"));
      assertThat(c.text()).isEqualTo("Words.");
    });
  }

  @Test
  void callsAndNoticesInMoreLanguagesAreNotComments() {
    CommentSection prompts = find("<div class=comments>" + item("comment-1", "Ann", "Words of a reader.") + "</li>"
        + "<div class=comment><a href=#>Show new comments (0)</a></div>"
        + "<div class=comment><p>Оставьте ваш комментарий</p></div>"
        + "<div class=comment><p>Schreib den ersten Kommentar!</p><p>Bitte beachte unsere Richtlinien. Wir freuen "
        + "uns über Diskussionen.</p></div>"
        + "<div class=comment><p>Comment:</p><p>A reader's words under a heading of one word.</p></div></div>");
    CommentSection japanese = find("<div class=news-comments><div class=commentBox><p>※コメントは個人の見解であり"
        + "、記事提供社と関係はありません。</p><p>コメント非表示</p></div></div>");

    assertThat(prompts.comments()).extracting(Comment::text).containsExactly("Words of a reader.",
        "Comment:\n\nA reader's words under a heading of one word.");
    assertThat(japanese.comments()).isEmpty();
  }

  @Test
  void aDateFromAnAttributeTakesTheTimeOfDayThatItsLinePrintsWithTheDayAlone() {
    CommentSection s = find("<div class=comment-list><article class=comment itemscope itemtype=http://schema.org/Review>"
        + "<meta itemprop=datePublished content=2019-02-12><span class=author-name>Ann</span><span class=comment-posted>"
        + "Le 12/02 à 11h30</span><div itemprop=reviewBody><p>Words.</p></div></article>"
        + "<article class=comment itemscope itemtype=http://schema.org/Review><meta itemprop=datePublished "
        + "content=2019-02-13><span class=author-name>Bo</span><span class=comment-posted>Le 13/02, 10:00 – 11:00"
        + "</span><div itemprop=reviewBody><p>More.</p></div></article></div>",
        clock(ZoneId.of("Europe/Paris"), Optional.of(CAPTURED)));

    assertThat(s.comments()).extracting(c -> c.publishedAt().map(Object::toString).orElse("-"))
        .containsExactly("2019-02-12T11:30+01:00", "2019-02-13T00:00+01:00");
    assertThat(s.comments()).extracting(Comment::publishedAtDateOnly).containsExactly(false, true);
  }

  @Test
  void aFieldOfTheCommentFormOrALinkToRegisterIsNoAuthor() {
    CommentSection form = find("<div class=comments>" + item("comment-1", "Ann", "Signed words.") + "</li>"
        + "<div class=comment_container><h3>Leave a Reply</h3><span>Want to join the discussion? <br>Feel free to "
        + "contribute!</span><form action=/wp-comments-post.php><p class=comment-form-author><label for=author>"
        + "Name *</label><input id=author></p><textarea name=comment></textarea></form></div></div>");
    CommentSection login = find("<div class=comments>" + item("comment-1", "Ann", "Signed words.") + "</li>"
        + "<div id=fancybox-msg2><div class=content><p>Derzeit sind Sie nicht eingeloggt.</p></div>"
        + "<a href=/user/register/>Registrieren</a></div></div>");

    assertThat(form.comments()).extracting(Comment::text).containsExactly("Signed words.");
    assertThat(login.comments()).extracting(Comment::text).containsExactly("Signed words.");
  }

  @Test
  void aLargeBlockBeforeACommentIsNoHeader() {
    CommentSection s = find("<div class=reviews><blockquote><div>" + "<span></span>".repeat(70)
        + "<small>Ann am 3.5.2019</small></div><p class=comment>Words.</p></blockquote></div>");

    assertThat(s.comments()).singleElement().satisfies(c -> {
      assertThat(c.author()).isEmpty();
      assertThat(c.publishedAt()).isEmpty();
    });
  }

  @Test
  void aBoxAroundAListOfOneCommentIsNoComment() {
    CommentSection s = find("<div class=\"element-box comment-box\"><div id=respond class=comment-respond>"
        + "<form action=/wp-comments-post.php id=commentform class=comment-form><textarea name=comment></textarea>"
        + "</form></div><h3 class=comments-count>One Comment</h3><ul class=comment-items>"
        + "<li id=comment-1446 class=row-fluid><div class=comment-info><h3><a href=https://ann.example.org rel=\"external nofollow\" class=url>Ann</a>"
        + "</h3><p>Ich bin schon sehr gespannt, was hier als nächstes an Neuem auftaucht. Viel Glück beim "
        + "Schreiben und beim Suchen nach Zeit dafür. Gruß, Ann</p><div><b>18. 05. 2014</b> "
        + "<b class=time-info>22:38</b></div></div></li></ul></div>", clock(BERLIN, Optional.of(CAPTURED)));

    assertThat(s.comments()).hasSize(1);
    Comment c = s.comments().get(0);
    assertThat(c.id()).contains("comment-1446");
    assertThat(c.body()).as("paragraphs, not a list of one item")
        .containsExactly(Paragraph.of("Ich bin schon sehr gespannt, was hier als nächstes an Neuem auftaucht. "
            + "Viel Glück beim Schreiben und beim Suchen nach Zeit dafür. Gruß, Ann"));
    assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2014-05-18T22:38+02:00"));
    assertThat(c.author().map(a -> a.name())).hasValue("Ann");
  }

  @Test
  void aLinkToTheCommentsOwnPostOrATemplatesPlaceholderIsNoAuthorsPage() {
    CommentSection s = find("<ol class=comment-list>"
        + "<li class=comment id=comment-1><span class=comment-author><a href=/posts/27991550>Ann</a></span>"
        + "<div class=comment-content><p>First.</p></div></li>"
        + "<li class=comment id=comment-2><span class=comment-author><a href=0>Bo</a></span>"
        + "<div class=comment-content><p>Second.</p></div></li>"
        + "<li class=comment id=comment-3><span class=comment-author><a href=/members/760591>Cy</a></span>"
        + "<div class=comment-content><p>Third.</p></div></li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().map(a -> a.name()).orElse("-"))
        .containsExactly("Ann", "Bo", "Cy");
    assertThat(s.comments()).extracting(c -> c.author().flatMap(a -> a.url()).map(Object::toString).orElse("-"))
        .containsExactly("-", "-", "https://example.org/members/760591");
  }

  /**
   * A copy whose links the archive resolved (archive.today's) holds the placeholder as an address in the page's own
   * folder: no page either. Another number, or 0 in another folder, may be a reader's page.
   */
  @Test
  void aPlaceholderResolvedAgainstThePageIsNoAuthorsPage() {
    CommentSection s = find("<ol class=comment-list>"
        + "<li class=comment id=comment-1><span class=comment-author><a href=https://example.org/0>Ann</a></span>"
        + "<div class=comment-content><p>First.</p></div></li>"
        + "<li class=comment id=comment-2><span class=comment-author><a href=https://example.org/u/0>Bo</a></span>"
        + "<div class=comment-content><p>Second.</p></div></li>"
        + "<li class=comment id=comment-3><span class=comment-author><a href=https://other.example/17>Cy</a></span>"
        + "<div class=comment-content><p>Third.</p></div></li>"
        + "<li class=comment id=comment-4><span class=comment-author><a href=https://example.org/4711>Di</a></span>"
        + "<div class=comment-content><p>Fourth.</p></div></li></ol>");

    assertThat(s.comments()).extracting(c -> c.author().flatMap(a -> a.url()).map(Object::toString).orElse("-"))
        .containsExactly("-", "https://example.org/u/0", "https://other.example/17", "https://example.org/4711");
  }

  @Test
  void theBareItemsOfAListNamedAListOfCommentsAreComments() {
    String items = "<li><b class=author>Ann</b> <span class=date>2. April 2024</span><p>Die Bänke stehen schief."
        + "</p></li><li><b class=author>Ben</b> <span class=date>3. April 2024</span><p>Bei mir nicht.</p></li>";

    CommentSection listed = find("<h2>Kommentare</h2><ol class=comment-list>" + items + "</ol>");
    CommentSection digest = find("<h3>Neueste</h3><ul class=recent-comments-list>" + items + "</ul>"
        + "<ul class=comment-list-2>" + items + "</ul>");

    assertThat(listed.comments()).extracting(c -> c.author().orElseThrow().name(), Comment::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", "Die Bänke stehen schief."),
            org.assertj.core.groups.Tuple.tuple("Ben", "Bei mir nicht."));
    assertThat(listed.comments().get(1).publishedAt().map(OffsetDateTime::toLocalDate))
        .hasValue(java.time.LocalDate.of(2024, 4, 3));
    assertThat(digest.comments()).as("a digest of other pages' comments, and a list named otherwise").isEmpty();
  }

  /**
   * A comment printed on its own before the list of all the others, such as an editor's pick, is no parent of the
   * list: only a list beside its comment in an item of a list of its own (Lobsters' {@code li.comments_subtree},
   * Slash's {@code li#tree_N}) holds that comment's replies.
   */
  @Test
  void aListAfterACommentOutsideAListItemHoldsNoReplies() {
    CommentSection s = find("<div id=comments><h2>Comments</h2>"
        + comment("comment-9", "1 May 2020", "Editor's pick: the ferry was late again.")
        + "<ol class=commentlist>" + item("comment-1", "Bob", "First of the ordinary comments.") + "</li>"
        + item("comment-2", "Cy", "Second of the ordinary comments.") + "</li></ol></div>");
    assertThat(s.comments()).extracting(Comment::id).containsExactly("comment-9", "comment-1", "comment-2");
    assertThat(s.comments()).allSatisfy(c -> assertThat(c.replyTo()).isEmpty());
    CommentSection tree = find("<div id=comments><ol class=comments><li class=comments_subtree>"
        + comment("comment-9", "1 May 2020", "The ferry was late again.")
        + "<ol class=comments>" + item("comment-1", "Bob", "It was on time for me.") + "</li></ol></li></ol></div>");
    assertThat(tree.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "comment-9");
  }

  /**
   * A reply link alone on the last line of a comment's paragraph, as django-comments-xtd prints it after a
   * {@code <br/>}, is no part of the text; the same word typed by the commenter on a line of its own is.
   */
  @Test
  void aLabelLinkOnTheLastLineIsDroppedAndTheSameWordTypedIsKept() {
    CommentSection s = find("<div id=comments>"
        + comment("c1", "03.04.2024 08:12",
            "Half past eight would do.<br/>\n<a href=\"/comments/reply/1/\">Reply</a>\n")
        + comment("c2", "03.04.2024 08:40", "Pass it on to the school board, please.<br>Share")
        + "</div>");

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Half past eight would do.",
        "Pass it on to the school board, please.\nShare");
  }
  /**
   * A list item opened by a comment's empty anchor is a comment, whatever its list is named; "<b>Bob</b> said:"
   * names the author only where it opens the comment, not as a quote's line further down.
   */
  @Test
  void anItemOpenedByACommentAnchorIsOneAndOnlyItsOpeningLineNamesTheAuthor() {
    CommentSection s = find("<ul class=x7Yh2><li><a name=comment-7></a><div><b>Ann</b> says:<br>"
        + "<p>The ferry runs hourly now.</p></div></li>"
        + "<li><a name=comment-8></a><div><p>I read the notice too.</p><p><b>Bob</b> said:</p>"
        + "<p>Not on Sundays.</p></div></li>"
        + "<li><a name=p9></a><div><b>Cy</b> says:<br><p>A paragraph's anchor.</p></div></li></ul>");

    assertThat(s.comments()).extracting(Comment::id).as("p9 may name a paragraph")
        .containsExactly("comment-7", "comment-8");
    assertThat(s.comments().get(0).author()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Ann"));
    assertThat(s.comments().get(0).text()).isEqualTo("The ferry runs hourly now.");
    assertThat(s.comments().get(1).author()).isEmpty();
    assertThat(s.comments().get(1).text()).contains("Bob said:");
  }
  /** A German news site's numbered comment: "#1" in its span.nr and its unnamed row of controls. */
  private static String numbered(int n, String author, String time, String text) {
    return "<div class=kommentar id=k" + n + "><div class=kopf><span class=nr>#" + n + "</span> <b class=name>"
        + author + "</b> <span class=zeit>" + time + "</span></div><p>" + text + "</p>"
        + "<div class=aktionen><a href=#antworten>Antworten</a> <a href=#melden>Melden</a> <span>5 Likes</span>"
        + "</div></div>";
  }

  /**
   * The number that a comment's header prints in an element named as its number ("#1" in {@code span.nr}) is the
   * comment's number and no part of its text, and neither is a row of controls, "Antworten Melden 5 Likes", named
   * in the site's language.
   */
  @Test
  void aNumberElementAndARowOfControlsAreNoText() {
    CommentSection s = find("<div id=kommentare>" + numbered(1, "Anna", "3. Mai 2024, 10:15 Uhr", "Endlich!")
        + numbered(2, "Bernd", "3. Mai 2024, 10:40 Uhr", "Und die Händler?") + "</div>", clock(BERLIN,
        Optional.empty()));

    assertThat(s.comments()).extracting(Comment::text).containsExactly("Endlich!", "Und die Händler?");
    assertThat(s.comments().get(1).number()).hasValue(2);
  }
  /**
   * A news site's flat list of comments that marks a reply only by a class on it, a depth ({@code level-2},
   * {@code indent-1}) or a word ({@code comment--reply}, {@code is-reply}, {@code comment-child}), while the comments
   * it answers bear none: a reply answers the nearest comment above it that is less deep.
   */
  @ParameterizedTest
  @CsvSource({"comment comment--reply", "comment is-reply", "comment comment-child", "comment level-2",
      "comment indent-1", "comment depth-2"})
  void aReplyMarkedOnlyByItsClassAnswersTheCommentAboveItThatIsNot(String replyClass) {
    String reply = replyClass.startsWith("comment level") ? "comment level-3" : replyClass;
    CommentSection s = find("<section id=comments><div class=comment-list>" + comment("c1", "3 May 2024", "First.")
        + comment("c2", "3 May 2024", "Second.").replace("class=comment", "class='" + replyClass + "'")
        + comment("c3", "3 May 2024", "Third.").replace("class=comment", "class='" + reply + "'")
        + comment("c4", "4 May 2024", "Fourth.")
        + comment("c5", "4 May 2024", "Fifth.").replace("class=comment", "class='" + replyClass + "'")
        + "</div></section>");

    assertThat(s.comments()).extracting(Comment::id).containsExactly("c1", "c2", "c3", "c4", "c5");
    String third = replyClass.equals("comment level-2") ? "c2" : "c1";
    assertThat(s.comments()).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "c1", third, "-", "c4");
  }
  /**
   * A reply that names the comment it answers by its number in words without a link, "Antwort auf #1", replies to
   * the comment that shows that number, not to one whose id holds it; a number no earlier comment shows names none.
   */
  @Test
  void aReplyOpenedByTheNumberOfAnEarlierCommentAnswersIt() {
    CommentSection s = find("<div id=kommentare>"
        + numbered(1, "Anna", "3. Mai 2024, 10:15 Uhr", "Endlich!").replace("id=k1", "id=k11")
        + numbered(2, "Bernd", "3. Mai 2024, 10:40 Uhr", "Antwort auf #1</p><p>Und die Händler?")
            .replace("id=k2", "id=k1")
        + numbered(3, "Clara", "3. Mai 2024, 11:02 Uhr", "In reply to #9: no such comment.")
        + "</div>", clock(BERLIN, Optional.empty()));

    assertThat(s.comments()).extracting(Comment::id).containsExactly("k11", "k1", "k3");
    assertThat(s.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "k11", "-");
    assertThat(s.comments().get(1).text()).isEqualTo("Antwort auf #1\n\nUnd die Händler?");
  }

  /**
   * WordPress's flat list of comments shows no number of their own but the list's, which a later page of comments
   * starts where the one before ended: "@#4" and "#5 –" answer the comments the list numbers so, and a number of
   * the page before names none here.
   */
  @Test
  void aReplyOpenedByANumberTheCommentListShowsAnswersThatComment() {
    CommentSection s = find("<ol class=comment-list start=4>" + item("comment-41", "Ann", "Erstens.") + "</li>"
        + item("comment-42", "Bob", "Zweitens.") + "</li>" + item("comment-43", "Cem", "@#4 Wieso?") + "</li>"
        + item("comment-44", "Dan", "#5 – Darum.") + "</li>" + item("comment-45", "Eva", "@#2 Nein.") + "</li></ol>");

    assertThat(s.comments()).extracting(Comment::id)
        .containsExactly("comment-41", "comment-42", "comment-43", "comment-44", "comment-45");
    assertThat(s.comments()).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "-", "comment-41", "comment-42", "-");
    assertThat(s.comments()).allSatisfy(c -> assertThat(c.number()).isEmpty());
  }

  /**
   * A page that numbers its comments "#1", "#2" before their dates and their replies "#1.1", "#1.2" under them, and
   * prints the replies after the comment as its siblings with no link to it: "#1.1" answers "#1", "#2.1" "#2".
   */
  @Test
  void aReplysPlaceBeforeItsDateAnswersTheCommentOfThatNumber() {
    CommentSection s = find("<section id=comments>" + placed("cid-11", "Ann", "#1", "Erstens.")
        + placed("cid-12", "Bob", "#1.1", "Wieso?") + placed("cid-13", "Cem", "#2", "Zweitens.")
        + placed("cid-14", "Dan", "#1.2", "Darum.") + placed("cid-15", "Eva", "#2.1", "Nein.") + "</section>",
        clock(BERLIN, Optional.empty()));

    assertThat(s.comments()).extracting(Comment::id).containsExactly("cid-11", "cid-12", "cid-13", "cid-14", "cid-15");
    assertThat(s.comments()).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "cid-11", "-", "cid-11", "cid-13");
    assertThat(s.comments()).extracting(c -> c.number().orElse(0)).containsExactly(1, 0, 2, 0, 0);
  }

  private static String placed(String id, String author, String mark, String text) {
    return "<article class=comment id=" + id + "><div class=comment-meta><h4 class=comment-meta__name>" + author
        + "</h4><a class=comment-meta__date href=#" + id + ">" + mark + " &nbsp;—&nbsp; 3. Mai 2024, 10:15 Uhr</a>"
        + "</div><div class=comment__body><p>" + text + "</p></div></article>";
  }
}
