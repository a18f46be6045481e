package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A removed comment is {@code "removed": true} without a body, in format version 3, which an article takes only when
 * it holds one: versions 1 and 2 require a body of every comment.
 */
class RemovedCommentsTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final OffsetDateTime AT = OffsetDateTime.parse("2021-03-04T10:15:00+01:00");

  private static Article withRemovedComment() {
    Comment removed = Comment.builder().id("c1").removed(true).author(Author.builder().name("Bernd").build())
        .publishedAt(AT).build();
    Comment reply = Comment.builder().id("c2").replyTo("c1").addBody(Paragraph.of("Why was that removed?")).build();
    return Articles.minimal().withComments(removed, reply);
  }

  @Test
  void aRemovedCommentIsWrittenInVersionThreeWithoutABodyAndReadBack() {
    Article article = withRemovedComment();

    String json = JSON.write(article);

    assertThat(json).startsWith("{\"formatVersion\":3,");
    assertThat(json).contains("{\"id\":\"c1\",\"author\":{\"name\":\"Bernd\"},"
        + "\"publishedAt\":\"2021-03-04T10:15:00+01:00\",\"removed\":true,\"text\":\"\"}");
    assertThat(Schemas.errors(json)).isEmpty();
    Article read = JSON.read(json);
    assertThat(read).isEqualTo(article);
    assertThat(read.comments().get(0).removed()).isTrue();
    assertThat(read.comments().get(1).replyTo()).hasValue("c1");
  }

  @Test
  void anOrdinaryCommentIsWrittenWithoutTheFlagAndInTheOldestVersion() {
    String json = JSON.write(Articles.full());

    assertThat(json).doesNotContain("\"removed\"").startsWith("{\"formatVersion\":1,");
  }

  @Test
  void falseIsReadAsNotRemoved() {
    String json = "{\"formatVersion\": 1, \"title\": \"T\", \"comments\": [{\"id\": \"1\", \"removed\": false, "
        + "\"body\": [{\"type\": \"paragraph\", \"text\": \"x\"}]}]}";

    assertThat(JSON.read(json).comments().get(0).removed()).isFalse();
  }

  @Test
  void aRemovedCommentWithABodyIsRefusedByTheReaderAndTheSchema() {
    String json = "{\"formatVersion\": 3, \"title\": \"T\", \"comments\": [{\"id\": \"1\", \"removed\": true, "
        + "\"body\": [{\"type\": \"paragraph\", \"text\": \"[deleted]\"}]}]}";

    assertThat(Schemas.errors(json)).isNotEmpty();
    assertThatThrownBy(() -> JSON.read(json))
        .isInstanceOfSatisfying(NewsJsonException.class,
            e -> assertThat(e.jsonPath()).isEqualTo("$.comments[0].body"))
        .hasMessageContaining("must be empty for a removed comment, which keeps no text, got 1 block");
  }

  @Test
  void aCommentWithoutABodyThatIsNotRemovedIsStillRefused() {
    String json = "{\"formatVersion\": 3, \"title\": \"T\", \"comments\": [{\"id\": \"1\"}]}";

    assertThat(Schemas.errors(json)).isNotEmpty();
    assertThatThrownBy(() -> JSON.read(json)).isInstanceOf(NewsJsonException.class)
        .hasMessageContaining("body: must not be empty");
  }

  @Test
  void aVersionTwoDocumentWithARemovedCommentIsRefusedWhereTheCommentIs() {
    String json = JSON.write(withRemovedComment()).replace("\"formatVersion\":3", "\"formatVersion\":2");

    assertThatThrownBy(() -> JSON.read(json))
        .isInstanceOfSatisfying(NewsJsonException.class,
            e -> assertThat(e.jsonPath()).isEqualTo("$.comments[0].removed"))
        .hasMessageContaining("not in format version 2, which the article declares: a removed comment needs "
            + "version 3");
  }

  @Test
  void jsonLdKeepsARemovedCommentsPlaceWithoutAText() throws Exception {
    JsonNode comments = new ObjectMapper().readTree(JsonLd.write(withRemovedComment())).get("comment");

    assertThat(comments).hasSize(2);
    assertThat(comments.get(0).has("text")).isFalse();
    assertThat(comments.get(0).at("/author/name").asText()).isEqualTo("Bernd");
    assertThat(comments.get(1).at("/parentItem/@id").asText()).isEqualTo(comments.get(0).get("@id").asText());
    assertThat(JsonLd.write(withRemovedComment())).doesNotContain("\"removed\"").doesNotContain("[deleted]");
  }
}
