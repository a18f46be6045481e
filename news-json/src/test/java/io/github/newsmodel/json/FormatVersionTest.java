package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each article is written in the oldest format version that holds it, so that readers of version 1 keep reading
 * every article that needs nothing newer; version 2 lets an edit go without its time.
 */
class FormatVersionTest {
  private static final NewsJson JSON = NewsJson.standard();

  @Test
  void anArticleWhoseEditsAllHaveTimesIsWrittenInVersionOne() {
    String json = JSON.write(Articles.full());

    assertThat(json).startsWith("{\"formatVersion\":1,");
    assertThat(Schemas.errors(json)).isEmpty();
  }

  @Test
  void aCommentEditWithoutItsTimeIsWrittenInVersionTwoAndReadBack() {
    Article article = withTimelessCommentEdit();

    String json = JSON.write(article);

    assertThat(json).startsWith("{\"formatVersion\":2,");
    assertThat(json).contains("\"edits\":[{\"note\":\"(edited)\",\"kind\":\"update\"}]");
    assertThat(Schemas.errors(json)).isEmpty();
    Article read = JSON.read(json);
    assertThat(read).isEqualTo(article);
    assertThat(read.comments().get(0).edits().get(0).editedAt()).isEmpty();
  }

  @Test
  void anArticleEditWithoutItsTimeTakesVersionTwoToo() {
    Article article = Articles.minimal().withEdits(EditRecord.builder().note("Updated").build());

    assertThat(JSON.write(article)).startsWith("{\"formatVersion\":2,");
    assertThat(JSON.read(JSON.write(article))).isEqualTo(article);
  }

  /**
   * {@code access} is an optional field, which readers of older versions ignore (FORMAT.md): it keeps version 1, and
   * each of its values reads back.
   */
  @Test
  void anAccessKeepsVersionOneAndReadsBack() {
    for (Access access : Access.values()) {
      Article article = Article.builder().title("T").access(access).build();
      String json = JSON.write(article);

      assertThat(json).isEqualTo("{\"formatVersion\":1,\"title\":\"T\",\"access\":\""
          + access.name().toLowerCase(Locale.ROOT) + "\",\"text\":\"\"}");
      assertThat(JSON.read(json)).isEqualTo(article);
      assertThat(Schemas.errors(json)).isEmpty();
    }
  }

  @Test
  void theSchemaOfVersionOneStillShipsAndRefusesAnEditWithoutItsTime() throws IOException {
    String v1;
    try (InputStream in = NewsJson.class.getResourceAsStream("newsmodel-article-1.schema.json")) {
      v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(v1).contains("\"const\": 1").contains("\"required\": [\"editedAt\"]");
  }

  /**
   * A document that declares version 1 and holds an edit without its time breaks version 1's rules, as its schema
   * says: it was read, and written back as version 2.
   */
  @Test
  void aVersionOneDocumentWithAnEditWithoutItsTimeIsRefusedWhereTheEditIs() {
    String article = JSON.write(Articles.minimal().withEdits(EditRecord.builder().note("(edited)").build()));
    String comment = JSON.write(withTimelessCommentEdit());

    assertThatThrownBy(() -> JSON.read(article.replace("\"formatVersion\":2", "\"formatVersion\":1")))
        .isInstanceOfSatisfying(NewsJsonException.class, e -> assertThat(e.jsonPath()).isEqualTo("$.edits[0].editedAt"))
        .hasMessageContaining("required in format version 1, which the article declares");
    assertThatThrownBy(() -> JSON.readAll("[" + JSON.write(Articles.full()) + ","
        + comment.replace("\"formatVersion\":2", "\"formatVersion\":1") + "]"))
        .isInstanceOfSatisfying(NewsJsonException.class,
            e -> assertThat(e.jsonPath()).isEqualTo("$[1].comments[0].edits[0].editedAt"));
    String sortedKeys = "{\"edits\":[{\"note\":\"(edited)\",\"kind\":\"unknown\"}],\"formatVersion\":1,\"title\":\"T\"}";
    assertThatThrownBy(() -> JSON.read(sortedKeys)).as("the version after the edits")
        .isInstanceOfSatisfying(NewsJsonException.class, e -> assertThat(e.jsonPath()).isEqualTo("$.edits[0].editedAt"));
    assertThat(JSON.read(article)).as("declared as version 2").isEqualTo(JSON.read(article));
    assertThat(JSON.read(JSON.write(Articles.full()))).as("version 1 with every edit's time")
        .isEqualTo(Articles.full());
  }

  @Test
  void jsonLdTakesDateModifiedFromTheLastEditThatHasATime() {
    Article article = Articles.full();
    List<EditRecord> edits = new ArrayList<>(article.edits());
    edits.add(EditRecord.builder().note("(edited)").kind(EditKind.UPDATE).build());
    Article withBareEdit = article.withEdits(edits);

    assertThat(JsonLd.write(withBareEdit)).isEqualTo(JsonLd.write(article)).contains("\"dateModified\"");
  }

  private static Article withTimelessCommentEdit() {
    Article full = Articles.minimal();
    Comment comment = Comment.builder().id("c1").addBody(Paragraph.of("Fine."))
        .addEdits(EditRecord.builder().note("(edited)").kind(EditKind.UPDATE).build()).build();
    return full.withComments(comment);
  }
}
