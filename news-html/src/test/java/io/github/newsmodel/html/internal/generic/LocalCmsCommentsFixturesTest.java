package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Reader comments in the markup of the content systems of local news sites, associations and small publishers:
 * Contao's comments module, TYPO3's pw_comments and 1C-Bitrix's blog. {@code GoldenPagesTest} compares each
 * fixture's whole article with its golden JSON.
 */
class LocalCmsCommentsFixturesTest {

  /**
   * Contao prints each comment as {@code div.comment_default#c42} with its "Kommentar von Ann | <time>" line and its
   * {@code div.comment}, and the editor's answer in a {@code div.reply} inside it, under "Antwort von Gerda" and with
   * a {@code div.comment} of its own: the answer is a reply to the comment, not a second text that makes the
   * comment a box of two. The news reader's line "12.03.2019 09:30 von Gerda Hollmann (Kommentare: 3)" names the
   * article's author.
   */
  @Test
  void contaoCommentsAndTheEditorsAnswer() {
    Article a = Pages.article("contao-neue-linde-am-dorfplatz",
        "https://www.heimatverein-oberwiesen.example.de/aktuelles/neue-linde-am-dorfplatz.html");

    assertThat(a.authors()).containsExactly(Author.of("Gerda Hollmann"));
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-12T09:30+01:00"));
    assertThat(a.text()).startsWith("Der Heimatverein pflanzt").endsWith("Für Kaffee und Kuchen ist gesorgt.")
        .doesNotContain("Zurück", "Kommentar", "Spaten", "Pflichtfeld");
    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("c41<-", "c42<-", "c3<c42", "c45<-");
    assertThat(a.comments().get(0).author()).hasValue(Author.builder().name("Walter Kramer")
        .url(URI.create("https://www.obstwiese-kramer.example.de")).build());
    Comment asked = a.comments().get(1);
    assertThat(asked.author()).hasValue(Author.of("Sabine Reuter"));
    assertThat(asked.publishedAt()).as("the time element's datetime, not its printed day")
        .hasValue(OffsetDateTime.parse("2019-03-13T20:47+01:00"));
    assertThat(asked.publishedAtDateOnly()).isFalse();
    assertThat(asked.text()).isEqualTo("Wird der Baum gegossen, wenn der Sommer wieder so trocken wird?\n"
        + "Ich könnte an den Wochenenden helfen.");
    Comment answer = a.comments().get(2);
    assertThat(answer.author()).hasValue(Author.of("Gerda Hollmann"));
    assertThat(answer.publishedAt()).as("Contao prints no time for the answer").isEmpty();
    assertThat(answer.text()).isEqualTo("Danke für das Angebot! Wir stellen einen Gießplan auf und melden uns bei"
        + " Ihnen.");
    assertThat(a.commentsOpen()).hasValue(true);
  }

  /**
   * pw_comments classes the first and last comment of its list {@code first-comment} and {@code last-comment}: a
   * mark of where a comment stands, so that {@code li.comment.first-comment#comment27} is of the kind of its reply
   * {@code li.comment-reply#comment29}, and keeps its own id. Its time is the {@code title} of its "am 12.03.2019",
   * in the zone the page's language gives.
   */
  @Test
  void pwCommentsWithTheirReplyAndTheTimeInTheTitle() {
    Article a = Pages.article("pwcomments-radweg-am-muehlbach",
        "https://www.ortsblatt-kirchtal.example.de/aktuelles/radweg-am-muehlbach/");

    assertThat(a.authors()).containsExactly(Author.of("Martin Adler"));
    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("comment27<-", "comment29<comment27", "comment31<-");
    Comment first = a.comments().get(0);
    assertThat(first.author()).hasValue(Author.of("Helga Brandt"));
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-12T08:14:52+01:00"));
    assertThat(first.assumedZone()).hasValue(ZoneId.of("Europe/Berlin"));
    assertThat(first.text()).isEqualTo("Endlich! Mit dem Anhänger kommt man dort bei Gegenverkehr kaum vorbei.\n"
        + "Wird auch die Beleuchtung erneuert?");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Antworten", "Gut", "Schlecht"));
    assertThat(a.commentCount()).hasValue(3);
  }

  /**
   * 1C-Bitrix's blog lists its comments flat, each after an empty {@code <a name="204">} that is its id, with its
   * reply form's empty place {@code div#form_comment_204} inside it, which names no comment; a reply links to its
   * parent in a {@code span.blog-comment-parent}, and the row of links "Ответить | Ссылка" is no part of the text.
   */
  @Test
  void bitrixBlogCommentsByTheirAnchorsAndParentLinks() {
    Article a = Pages.article("bitrix-blog-novaya-ostanovka",
        "https://zarechye-vesti.example.ru/blogs/news/novaya-ostanovka.php");

    assertThat(a.comments()).extracting(c -> c.id() + "<" + c.replyTo().orElse("-"))
        .containsExactly("204<-", "207<204", "211<-");
    Comment reply = a.comments().get(1);
    assertThat(reply.author()).hasValue(Author.builder().name("Ирина Лебедева")
        .url(URI.create("https://zarechye-vesti.example.ru/blogs/user/12/")).build());
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2019-03-11T13:30+03:00"));
    assertThat(reply.assumedZone()).hasValue(ZoneId.of("Europe/Moscow"));
    assertThat(reply.text()).isEqualTo("Перевозчик обещает и навес поставить до мая.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Ответить", "Ссылка"));
    assertThat(a.text()).startsWith("С понедельника").doesNotContain("Давно пора");
  }
}
