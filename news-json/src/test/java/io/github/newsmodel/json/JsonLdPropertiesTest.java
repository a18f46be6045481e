package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD of any valid article holds only values that schema.org and Google's structured data take: no empty
 * strings or arrays, no nulls, ISO 8601 dates, absolute http(s) URLs, Unicode text, replies that point at comments
 * written before them, and nothing that could end a script element. The articles come from {@link RandomArticles},
 * with the seeds of {@code -Dnewsmodel.seed} as in {@link RoundTripPropertiesTest}.
 */
class JsonLdPropertiesTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final long BASE_SEED = Long.getLong("newsmodel.seed", 20261128L) + 7;
  /** An ISO 8601 date, or a date-time with seconds and an offset (no seconds in the offset); years of four digits. */
  private static final Pattern DATE = Pattern.compile(
      "\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d))?");
  private static final Set<String> DATE_FIELDS = Set.of("datePublished", "dateCreated", "dateModified");
  private static final Set<String> URL_FIELDS = Set.of("url", "sameAs", "archivedAt");

  static LongStream seeds() {
    SplittableRandom random = new SplittableRandom(BASE_SEED);
    return LongStream.generate(random::nextLong).limit(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyValueIsOneThatSchemaOrgTakes(long seed) throws Exception {
    Article article = RandomArticles.article(seed);
    String ld = JsonLd.write(article);
    JsonNode root = PLAIN.readTree(ld);

    assertThat(ld).doesNotContain("<", ">", "&");
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(ld)).isTrue();
    check(root, "$");
    Set<String> earlier = new HashSet<>();
    for (JsonNode comment : root.path("comment")) {
      if (comment.has("parentItem")) {
        assertThat(earlier).as("parentItem of %s", comment.get("@id")).contains(comment.at("/parentItem/@id")
            .asText());
      }
      // a removed comment keeps its node, for the replies to it, without a text
      boolean removed = article.comments().get(earlier.size()).removed();
      assertThat(comment.has("text") || comment.has("image") || removed).as("text or image of %s", comment.get("@id"))
          .isTrue();
      assertThat(removed && comment.has("text")).as("text of removed %s", comment.get("@id")).isFalse();
      earlier.add(comment.get("@id").asText());
    }
    assertThat(earlier).hasSize(article.comments().size());
    if (root.has("commentCount")) {
      assertThat(root.get("commentCount").asInt()).isGreaterThanOrEqualTo(article.comments().size());
    }
  }

  private static void check(JsonNode node, String path) {
    assertThat(node.isNull()).as(path).isFalse();
    if (node.isTextual()) {
      assertThat(node.asText()).as(path).isNotBlank();
    } else if (node.isArray()) {
      assertThat(node).as(path).isNotEmpty();
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String at = path + "." + field.getKey();
        check(field.getValue(), at);
        if (DATE_FIELDS.contains(field.getKey())) {
          assertThat(field.getValue().asText()).as(at).matches(DATE);
        }
        if (URL_FIELDS.contains(field.getKey())) {
          for (JsonNode url : field.getValue().isArray() ? field.getValue() : PLAIN.createArrayNode()
              .add(field.getValue())) {
            URI uri = URI.create(url.asText());
            assertThat(uri.getScheme()).as(at).isIn("http", "https", "HTTP", "HTTPS");
            assertThat(uri.isAbsolute()).as(at).isTrue();
          }
        }
      }
    }
  }
}
