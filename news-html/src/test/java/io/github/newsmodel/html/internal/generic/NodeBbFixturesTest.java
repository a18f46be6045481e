package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A topic of NodeBB in its Persona theme: each post a schema.org {@code Comment} with its times in
 * {@code <meta itemprop=datePublished|dateModified>}, and in every post, edited or not, the hidden template of its
 * editor line, "last edited by" and an empty tooltip, beside the permalink whose tooltip gives the post's own time.
 */
class NodeBbFixturesTest {
  private static final String TOPIC = "https://community.westbay.example/topic/88/night-buses-after-the-concert";

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
      assertThat(c.author()).map(Author::name).hasValue("selina_k");
      assertThat(c.publishedAt()).hasValue(OffsetDateTime.parse("2024-03-04T08:02Z"));
      assertThat(c.edits()).singleElement()
          .satisfies(e -> assertThat(e.editedAt()).isEqualTo(OffsetDateTime.parse("2024-03-04T08:20Z")));
      assertThat(c.text()).endsWith("The council says two extra buses leave the arena at half past eleven.")
          .doesNotContain("last edited by");
    });
  }
}
