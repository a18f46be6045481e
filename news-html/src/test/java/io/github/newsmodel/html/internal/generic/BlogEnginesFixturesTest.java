package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Blog posts of the engines of the 2000s behind many German- and French-language blogs, and of Plone's
 * discussion, each in its default templates: Serendipity's {@code div.serendipity_comment} indented by
 * {@code padding-left} as deep as it replies, with the commenter's site in a "(Homepage)" link beside the name;
 * Dotclear's definition list whose terms read "1. Le lundi 14 mars 2011, 11:02 par <a>Gérard</a>" and whose comment
 * form is headed "Ajouter un commentaire"; Plone's {@code div.comment replyTreeLevel1}, a guest named only in the
 * words "Passenger says:".
 */
class BlogEnginesFixturesTest {
  private static final String S9Y = "http://hafenblog.example.de/archives/"
      + "214-Die-Faehre-faehrt-im-Winter-nur-noch-stuendlich.html";
  private static final String DOTCLEAR = "http://carnetduquai.example.fr/index.php?post/2011/03/14/"
      + "La-navette-du-port-passe-en-service-d-hiver";
  private static final String PLONE = "http://harbourtrust.example.org/news/ferry-moves-to-an-hourly-winter-timetable";

  @Test
  void serendipityPostWithoutItsTrackbacksAndForm() {
    var a = Pages.article("serendipity-faehre-winterfahrplan", "https://web.archive.org/web/20090320101500/" + S9Y);

    assertThat(a.title()).hasValue("Die Fähre fährt im Winter nur noch stündlich");
    assertThat(a.authors()).containsExactly(Author.builder().name("Tobias")
        .url(URI.create("http://hafenblog.example.de/authors/1-Tobias")).build());
    assertThat(a.publishedAt()).as("the date heading; the footer's \"um 15:10\" is not read")
        .map(t -> t.toLocalDate()).hasValue(LocalDate.of(2009, 3, 14));
    assertThat(a.body()).as("the entry's body and its extended part").hasSize(3);
    assertThat(a.text()).doesNotContain("Trackback", "Kommentar", "Homepage", "Abschicken");
  }

  @Test
  void serendipityCommentsWithTheirSitesAndIndentedReplies() {
    var a = Pages.article("serendipity-faehre-winterfahrplan", "https://web.archive.org/web/20090320101500/" + S9Y);

    assertThat(a.comments()).extracting(Comment::id).containsExactly("serendipity_comment_1021",
        "serendipity_comment_1023", "serendipity_comment_1030");
    Comment first = a.comments().get(0);
    assertThat(first.author()).as("the site in the \"(Homepage)\" link beside the name")
        .hasValue(Author.builder().name("Marlene K.").url(URI.create("http://marlene.example.net/")).build());
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2009-03-14T16:42+01:00"));
    assertThat(first.replyTo()).isEmpty();
    Comment reply = a.comments().get(1);
    assertThat(reply.replyTo()).as("style=\"padding-left: 20px\" under a comment of 0px").hasValue(first.id());
    assertThat(reply.author()).as("the site, not the e-mail address the name links to")
        .hasValue(Author.builder().name("Tobias").url(URI.create("http://hafenblog.example.de/")).build());
    assertThat(reply.body()).containsExactly(
        Quote.of("Wer um neun Uhr anfängt, steht entweder eine halbe Stunde zu früh oder zu spät da."),
        Paragraph.of("Die Reederei sagt, sie prüft eine zusätzliche Fahrt um halb neun. Ich frage nach."));
    Comment guest = a.comments().get(2);
    assertThat(guest.replyTo()).as("back at 0px: a comment of its own").isEmpty();
    assertThat(guest.author()).hasValue(Author.of("Fährgast"));
    assertThat(guest.publishedAt()).hasValue(OffsetDateTime.parse("2009-03-15T09:12+01:00"));
  }

  @Test
  void dotclearPost() {
    var a = Pages.article("dotclear-navette-du-port", DOTCLEAR);

    assertThat(a.title()).hasValue("La navette du port passe en service d'hiver");
    assertThat(a.authors()).extracting(Author::name).containsExactly("Lucie Marchand");
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2011-03-14T09:30+01:00"));
    assertThat(a.body()).hasSize(2);
    assertThat(a.text()).doesNotContain("Gérard", "Ajouter", "Commentaire");
  }

  @Test
  void dotclearTermsNameTheCommenterAfterTheDate() {
    var a = Pages.article("dotclear-navette-du-port", DOTCLEAR);

    assertThat(a.comments()).extracting(Comment::id).containsExactly("c341", "c342", "c345");
    assertThat(a.comments()).extracting(c -> c.number().orElse(0)).containsExactly(1, 2, 3);
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow())
        .as("the name after \"par\", not the \"1. Le lundi\" before the date, with the site it links to")
        .containsExactly(Author.builder().name("Gérard").url(URI.create("http://gerard.example.net/")).build(),
            Author.builder().name("Lucie Marchand").url(URI.create("http://carnetduquai.example.fr/")).build(),
            Author.of("Un passager"));
    assertThat(a.comments()).extracting(c -> c.publishedAt().orElseThrow()).containsExactly(
        OffsetDateTime.parse("2011-03-14T11:02+01:00"), OffsetDateTime.parse("2011-03-14T12:47+01:00"),
        OffsetDateTime.parse("2011-03-15T08:15+01:00"));
    assertThat(a.comments().get(1).body()).containsExactly(Quote.of("On arrive soit trop tôt, soit en retard."),
        Paragraph.of("@Gérard : la compagnie étudie un départ supplémentaire à huit heures et demie, je vous"
            + " tiendrai au courant."));
    assertThat(a.commentCount()).as("\"Ajouter un commentaire\" heads the form and counts no comment").isEmpty();
    assertThat(a.commentsOpen()).hasValue(true);
  }

  @Test
  void plonePostAndItsThreadedDiscussion() {
    var a = Pages.article("plone-harbour-ferry-winter", PLONE);

    assertThat(a.title()).hasValue("Ferry moves to an hourly winter timetable");
    assertThat(a.authors()).containsExactly(Author.builder().name("Lucy Marsh")
        .url(URI.create("http://harbourtrust.example.org/author/lmarsh")).build());
    assertThat(a.publishedAt()).map(OffsetDateTime::toLocalDateTime)
        .hasValue(OffsetDateTime.parse("2011-03-14T09:30Z").toLocalDateTime());
    assertThat(a.body()).hasSize(2);
    assertThat(a.text()).doesNotContain("says", "Add comment", "Send this");

    assertThat(a.comments()).extracting(Comment::id)
        .containsExactly("1300101724512004", "1300107041988315", "1300176903114150");
    assertThat(a.comments()).extracting(c -> c.replyTo().orElse(""))
        .as("replyTreeLevel1 replies to the replyTreeLevel0 above it").containsExactly("", "1300101724512004", "");
    assertThat(a.comments().get(0).author()).hasValue(Author.builder().name("Gerald Wilde")
        .url(URI.create("http://harbourtrust.example.org/author/gwilde")).build());
    assertThat(a.comments().get(2).author()).as("a guest: \"Passenger says:\"").hasValue(Author.of("Passenger"));
    assertThat(a.comments().get(1).text())
        .isEqualTo("The operator is looking at an extra crossing at half past eight.\nI will ask them again next week.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("says", "Reply"));
  }
}
