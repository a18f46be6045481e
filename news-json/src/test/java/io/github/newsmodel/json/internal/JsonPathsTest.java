package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

  @Test
  void rendersWhereTheParserIsAtEveryToken() throws Exception {
    List<String> paths = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(
        "{\"a\": [1, {\"b c\": \"x\", \"it's\": [[]]}], \"$d_1\": {}}")) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isScalarValue() || t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
          paths.add(JsonPaths.of(p.getParsingContext()));
        }
      }
    }

    assertThat(paths).containsExactly("$", "$.a", "$.a[0]", "$.a[1]", "$.a[1]['b c']", "$.a[1]['it\\'s']",
        "$.a[1]['it\\'s'][0]", "$.$d_1");
  }

  @Test
  void appendsTheModelsRelativePaths() {
    assertThat(JsonPaths.child("$.comments[2]", "edits[0].editedAt")).isEqualTo("$.comments[2].edits[0].editedAt");
    assertThat(JsonPaths.child("$", "title")).isEqualTo("$.title");
    assertThat(JsonPaths.child("$.tags", "[1]")).isEqualTo("$.tags[1]");
    assertThat(JsonPaths.child("$.source", "")).isEqualTo("$.source");
  }
}
