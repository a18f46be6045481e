package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Topics of NodeBB, each post an {@code li[component=post]} marked a schema.org {@code Comment} with its times in
 * {@code <meta itemprop=datePublished|dateModified>} and its index in the topic, from 0, in {@code data-index}.
 *
 * <ul>
 *   <li>Persona, the default theme before NodeBB 3: in every post, edited or not, the hidden template of its
 *       editor line, "last edited by" and an empty tooltip, beside the permalink whose tooltip gives the post's own
 *       time.
 *   <li>Harmony, the default since NodeBB 3 (2023): the poster's header an {@code itemprop=author} item that names
 *       the poster in {@code <meta itemprop=name>}, after a link of the avatar's letter and the poster's status
 *       ("P Offline"); "wrote on" and an empty link whose tooltip is the time; the number a bare "#2" linked to
 *       {@code /post/8846}; "0 Replies" in every post's footer; an unedited post's hidden editor line "Edited
 *       Invalid Date".
 * </ul>
 */
class NodeBbFixturesTest {
  private static final String TOPIC = "https://community.westbay.example/topic/88/night-buses-after-the-concert";
  private static final String HARMONY = "nodebb-harmony-tomato-blight-in-june";
  private static final String HARMONY_TOPIC =
      "https://forum.riverside-allotments.example/topic/1207/tomato-blight-already-in-june";
  private static final String USERS = "https://forum.riverside-allotments.example/user/";

  @Test
  void theFirstPostIsTheArticleAndItsEmptyEditorLineNoEdit() {
    var a = Pages.article("nodebb-night-buses-after-the-concert", TOPIC);

    assertThat(a.authors()).containsExactly(Author.builder().name("quaywalker")
        .url(URI.create("https://community.westbay.example/user/quaywalker")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2024-03-03T21:14Z"));
    assertThat(a.body()).containsExactly(Paragraph.of("After the concert on Saturday the last bus back to the"
        + " harbour leaves at eleven, before the encore. Does anyone know whether there will be extra buses?"));
    assertThat(a.edits()).as("not the permalink's tooltip, the post's own time, read as an edit").isEmpty();
  }

  @Test
  void theReplysEditIsItsDateModified() {
    var a = Pages.article("nodebb-night-buses-after-the-concert", TOPIC);

    assertThat(a.comments()).singleElement().satisfies(c -> {
      assertThat(c.id()).as("the post's id in data-pid").isEqualTo("415");
      assertThat(c.number()).as("data-index=1 counts from the opening post's 0: the second post").hasValue(2);
      assertThat(c.author()).map(Author::name).hasValue("selina_k");
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2024-03-04T08:02Z"));
      assertThat(c.edits()).singleElement().satisfies(e -> {
        assertThat(e.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2024-03-04T08:20Z"));
        assertThat(e.editor()).as("the editor line's name, though its tooltip is empty").hasValue(
            Author.of("selina_k"));
      });
      assertThat(c.text()).endsWith("The council says two extra buses leave the arena at half past eleven.")
          .doesNotContain("last edited by");
    });
  }

  @Test
  void harmonysOpeningPostIsTheArticleByTheNameItsAuthorItemDeclares() {
    var a = Pages.article(HARMONY, HARMONY_TOPIC);

    assertThat(a.authors()).as("the meta name, not the avatar link's \"P Offline\"").containsExactly(
        Author.builder().name("plot14_marion").url(URI.create(USERS + "plot14_marion")).build());
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2024-06-12T18:40:05Z"));
    assertThat(a.body()).containsExactly(
        Paragraph.of("Brown patches on the lower leaves of my outdoor tomatoes since Tuesday, spreading upwards. Is"
            + " it blight this early in the year?"),
        Paragraph.of("They are Ailsa Craig, planted out in the middle of May, and the bed had potatoes two years"
            + " ago."));
    assertThat(a.edits()).as("\"Edited Invalid Date\" is no edit").isEmpty();
  }

  @Test
  void harmonysRepliesAreNumberedFromTheOpeningPost() {
    var a = Pages.article(HARMONY, HARMONY_TOPIC);

    assertThat(a.comments()).extracting(Comment::id).containsExactly("8846", "8853");
    assertThat(a.comments()).extracting(c -> c.number().orElse(0)).as("\"#2\" and \"#3\", data-index 1 and 2")
        .containsExactly(2, 3);
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow()).containsExactly(
        Author.builder().name("compost_colin").url(URI.create(USERS + "compost_colin")).build(),
        Author.builder().name("Hetty B").url(URI.create(USERS + "hetty-b")).build());
    assertThat(a.commentCount()).as("not a post's \"0 Replies\"").isEmpty();
    Comment reply = a.comments().get(0);
    assertThat(reply.publishedAt()).hasValue(OffsetDateTime.parse("2024-06-12T20:09:11Z"));
    assertThat(reply.edits()).singleElement().satisfies(e -> {
      assertThat(e.editedAt().orElseThrow()).as("dateModified, not the tooltip's \"12/06/2024, 21:31\"")
          .isEqualTo(OffsetDateTime.parse("2024-06-12T20:31:48Z"));
      assertThat(e.editor()).as("\"last edited by compost_colin\"").hasValue(Author.of("compost_colin"));
    });
    assertThat(reply.text()).startsWith("@plot14_marion said in Tomato blight already in June?:")
        .endsWith("picking those leaves off usually does it.")
        .doesNotContain("Offline", "Committee", "water butts", "Replies", "#2");
  }
}
