package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.json.internal.EnumNames;
import io.github.newsmodel.json.internal.BlockTypes;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shipped schema accepts what the writer writes and refuses what the readers refuse. */
class SchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static String article(String fields) {
    return "{\"formatVersion\": 1, \"title\": \"T\"" + (fields.isEmpty() ? "" : ", " + fields) + "}";
  }

  @Test
  void theSchemaIsShippedWithItsIdAndDialect() throws Exception {
    JsonNode schema;
    try (InputStream in = NewsJson.openSchema()) {
      schema = PLAIN.readTree(in);
    }

    assertThat(schema.get("$id").asText()).isEqualTo(NewsJson.SCHEMA_ID);
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(NewsJson.schema().toString()).endsWith("io/github/newsmodel/json/newsmodel-article-3.schema.json");
  }

  @Test
  void theSchemaListsExactlyTheBlockTypesAndEditKindsOfTheCode() throws Exception {
    JsonNode defs;
    try (InputStream in = NewsJson.openSchema()) {
      defs = PLAIN.readTree(in).get("$defs");
    }

    assertThat(texts(defs.at("/block/properties/type/enum"))).isEqualTo(BlockTypes.ALL);
    assertThat(texts(defs.at("/edit/properties/kind/enum"))).isEqualTo(EnumNames.EDIT_KINDS.all());
    assertThat(EnumNames.EDIT_KINDS.all()).hasSize(EditKind.values().length);
    assertThat(texts(PLAIN.readTree(NewsJson.openSchema()).at("/properties/access/enum")))
        .isEqualTo(EnumNames.ACCESS.all());
  }

  @Test
  void aDocumentWithUnknownFieldsIsValid() {
    assertThat(Schemas.errors(article("\"future\": {\"x\": [1]}"))).isEmpty();
  }

  @Test
  void theExtendedTimeFormsAreValid() {
    assertThat(Schemas.errors(article("\"publishedAt\": \"1900-01-01T00:00:00+01:39:49\", "
        + "\"modifiedAt\": \"+10000-01-01T00:00:00.123456789Z\""))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      'missing formatVersion'    | '{"title": "T"}'
      'newer formatVersion'      | '{"formatVersion": 4, "title": "T"}'
      'neither title nor body'   | '{"formatVersion": 1, "siteName": "S"}'
      'null instead of absent'   | '{"formatVersion": 1, "title": "T", "description": null}'
      'blank title'              | '{"formatVersion": 1, "title": "  "}'
      'duplicate tags'           | '{"formatVersion": 1, "title": "T", "tags": ["a", "a"]}'
      'relative URL'             | '{"formatVersion": 1, "title": "T", "url": "/news/a"}'
      'ftp URL'                  | '{"formatVersion": 1, "title": "T", "url": "ftp://x.org/a"}'
      'time without offset'      | '{"formatVersion": 1, "title": "T", "publishedAt": "2007-05-24T13:52:00"}'
      'time without seconds'     | '{"formatVersion": 1, "title": "T", "publishedAt": "2007-05-24T13:52+03:00"}'
      'bad language'             | '{"formatVersion": 1, "title": "T", "language": "en_GB"}'
      'undetermined language'    | '{"formatVersion": 1, "title": "T", "language": "und"}'
      'title of a separator'     | '{"formatVersion": 1, "title": "\\u001F"}'
      'signed four-digit year'   | '{"formatVersion": 1, "title": "T", "publishedAt": "+2007-05-24T13:52:00Z"}'
      'paragraph among images'   | '{"formatVersion": 1, "title": "T", "images": [{"type": "paragraph", "url": "https://x.org/i.png"}]}'
      'count as string'          | '{"formatVersion": 1, "title": "T", "commentCount": "5"}'
      'negative count'           | '{"formatVersion": 1, "title": "T", "commentCount": -1}'
      'unknown block type'       | '{"formatVersion": 1, "body": [{"type": "video", "text": "x"}]}'
      'block without type'       | '{"formatVersion": 1, "body": [{"text": "x"}]}'
      'heading without level'    | '{"formatVersion": 1, "body": [{"type": "heading", "text": "x"}]}'
      'heading level 7'          | '{"formatVersion": 1, "body": [{"type": "heading", "level": 7, "text": "x"}]}'
      'paragraph without text'   | '{"formatVersion": 1, "body": [{"type": "paragraph"}]}'
      'list without items'       | '{"formatVersion": 1, "body": [{"type": "list", "ordered": false}]}'
      'image without url'        | '{"formatVersion": 1, "body": [{"type": "image", "alt": "a"}]}'
      'comment without id'       | '{"formatVersion": 1, "title": "T", "comments": [{"body": [{"type": "paragraph", "text": "x"}]}]}'
      'comment without body'     | '{"formatVersion": 1, "title": "T", "comments": [{"id": "1"}]}'
      'comment number 0'         | '{"formatVersion": 1, "title": "T", "comments": [{"id": "1", "number": 0, "body": [{"type": "paragraph", "text": "x"}]}]}'
      'access in capitals'       | '{"formatVersion": 1, "title": "T", "access": "Free"}'
      'access as a boolean'      | '{"formatVersion": 1, "title": "T", "access": false}'
      'unknown edit kind'        | '{"formatVersion": 1, "title": "T", "edits": [{"editedAt": "2020-01-01T00:00:00Z", "kind": "Update"}]}'
      'edit without time or note' | '{"formatVersion": 2, "title": "T", "edits": [{"kind": "update"}]}'
      'author without name'      | '{"formatVersion": 1, "title": "T", "authors": [{"url": "https://x.org/a"}]}'
      'source without uri'       | '{"formatVersion": 1, "title": "T", "source": {"recordId": "r"}}'
      'relative source uri'      | '{"formatVersion": 1, "title": "T", "source": {"uri": "a.html"}}'
      'blank payload record'     | '{"formatVersion": 1, "title": "T", "source": {"uri": "https://x.org/a", "payloadRecordId": " "}}'
      """)
  void theSchemaRefusesWhatTheReaderRefuses(String why, String json) {
    assertThat(Schemas.errors(json)).as(why).isNotEmpty();
    assertThatThrownBy(() -> NewsJson.standard().read(json)).as(why).isInstanceOf(NewsJsonException.class);
  }

  @Test
  void aTitleOfANoBreakSpaceIsTextToTheModelAndToTheSchema() {
    Article article = Article.builder().title("\u00A0").build();

    assertThat(Schemas.errors(NewsJson.standard().write(article))).isEmpty();
  }

  /**
   * A URL may hold U+FEFF, which {@code java.net.URI} takes as any other letter and ECMA-262's {@code \\s} counts as
   * white space: a pattern with {@code \\s} would refuse in every JavaScript validator what the JDK's accepts.
   */
  @Test
  void theUrlPatternsMeanTheSameInEveryRegexEngine() throws Exception {
    Article article = Article.builder().title("T").url(URI.create("http://example.com/a\uFEFFb"))
        .source(Source.of(URI.create("urn:x:\uFEFF"))).build();

    assertThat(Schemas.errors(NewsJson.standard().write(article))).isEmpty();
    JsonNode defs;
    try (InputStream in = NewsJson.openSchema()) {
      defs = PLAIN.readTree(in).get("$defs");
    }
    for (String name : List.of("httpUrl", "absoluteUri")) {
      assertThat(defs.get(name).get("pattern").asText()).as(name).doesNotContain("\\s", "\\S", "\\w", "\\W");
    }
  }

  @Test
  void readersAcceptAnEmptyListThatTheSchemaOfWrittenDocumentsRefuses() {
    String json = article("\"tags\": [], \"comments\": []");

    assertThat(Schemas.errors(json)).isNotEmpty();
    assertThat(NewsJson.standard().read(json)).isEqualTo(Article.builder().title("T").build());
  }

  @Test
  void everyArticleTheWriterWritesIsValid() {
    for (Article article : List.of(Articles.full(), Articles.minimal())) {
      assertThat(Schemas.errors(NewsJson.standard().write(article))).isEmpty();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
