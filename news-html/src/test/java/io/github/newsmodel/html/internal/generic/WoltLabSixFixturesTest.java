package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * A topic of WoltLab Burning Board 6 (WoltLab Suite 6, 2023): the markup of Burning Board 5 ({@link
 * WoltLabFixturesTest}), but every time a {@code <woltlab-core-date-time date="2024-03-14T13:02:11+00:00">} with the
 * instant in UTC and the words in the reader's zone ("14. März 2024 um 14:02"), icons {@code <fa-icon>} and the
 * reactions a {@code <woltlab-core-reaction-summary>}.
 */
class WoltLabSixFixturesTest {
  private static final String SIX = "woltlab6-balkonkraftwerk-anmeldung";
  private static final String URL = "https://forum.sonnenhang.example.de/thread/"
      + "812-balkonkraftwerk-anmeldung-jetzt-nur-noch-im-marktstammdatenregister/";
  private static final String USERS = "https://forum.sonnenhang.example.de/user/";

  @Test
  void theOpeningPostIsTheArticle() {
    var a = Pages.article(SIX, URL);

    assertThat(a.title()).hasValue("Balkonkraftwerk: Anmeldung jetzt nur noch im Marktstammdatenregister");
    assertThat(a.authors()).containsExactly(
        Author.builder().name("Modulmeister").url(URI.create(USERS + "23-modulmeister/")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2024-03-14T14:02:11+01:00"));
    assertThat(a.body()).containsExactly(
        Paragraph.of("Seit diesem Monat muss ich mein Balkonkraftwerk nicht mehr beim Netzbetreiber anmelden, nur"
            + " noch im Marktstammdatenregister. Das Formular hat bei mir keine zehn Minuten gedauert."),
        Paragraph.of("Den alten Zähler wollte der Netzbetreiber trotzdem tauschen. Hat jemand Erfahrung, wie lange"
            + " das dauert?"));
  }

  @Test
  void editNotesTakeTheirTimesFromTheDateAttribute() {
    var a = Pages.article(SIX, URL);

    assertThat(a.comments()).extracting(Comment::id).containsExactly("post5127", "post5133");
    assertThat(a.comments()).extracting(c -> c.number().orElse(0)).containsExactly(2, 3);
    Comment reply = a.comments().get(0);
    assertThat(reply.author()).hasValue(
        Author.builder().name("Zählerfee").url(URI.create(USERS + "61-zaehlerfee/")).build());
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2024-03-14T16:47:30+01:00"));
    assertThat(reply.body()).startsWith(
        Quote.of("Den alten Zähler wollte der Netzbetreiber trotzdem tauschen.", "Zitat von Modulmeister"));
    assertThat(reply.edits()).as("the instant with its seconds, not the words' minute in a guessed zone")
        .containsExactly(EditRecord.builder()
            .editedAt(OffsetDateTime.parse("2024-03-14T16:05:02Z"))
            .editor(Author.of("Zählerfee"))
            .note("Dieser Beitrag wurde bereits 2 Mal editiert, zuletzt von Zählerfee (14. März 2024 um 17:05) aus"
                + " folgendem Grund: Wartezeit ergänzt.")
            .reason("Wartezeit ergänzt.").kind(EditKind.UPDATE).build());
    assertThat(a.comments().get(1).edits()).singleElement().satisfies(e -> {
      assertThat(e.editor()).hasValue(Author.of("Moderation"));
      assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-03-15T08:03:10Z"));
      assertThat(e.assumedZone()).isEmpty();
      assertThat(e.reason()).isEmpty();
    });
    assertThat(a.comments()).extracting(Comment::text).allSatisfy(t -> assertThat(t)
        .doesNotContain("Dieser Beitrag wurde", "Zitieren", "Beiträge", "Elektrikerin", "um 16:47"));
  }

  /**
   * Without the schema.org {@code datePublished} of each post, which a style may leave out, the post's time is its
   * header's {@code woltlab-core-date-time}.
   */
  @Test
  void postsWithoutMicrodataTakeTheirTimesFromTheDateAttribute() {
    String page = Pages.text(SIX + ".html").replaceAll("<meta itemprop=\"datePublished\" content=\"[^\"]+\">\n", "");
    assertThat(page).doesNotContain("itemprop=\"datePublished\"");

    var a = HtmlArticles.parse(page, URI.create(URL));

    assertThat(a.comments()).extracting(c -> c.publishedAt().orElse(null)).containsExactly(
        OffsetDateTime.parse("2024-03-14T15:47:30Z"), OffsetDateTime.parse("2024-03-15T07:21:44Z"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.assumedZone()).isEmpty());
  }
}
