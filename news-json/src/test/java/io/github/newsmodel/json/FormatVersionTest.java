package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void theSchemaOfVersionOneStillShipsAndRefusesAnEditWithoutItsTime() throws IOException {
    String v1;
    try (InputStream in = NewsJson.class.getResourceAsStream("newsmodel-article-1.schema.json")) {
      v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(v1).contains("\"const\": 1").contains("\"required\": [\"editedAt\"]");
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
