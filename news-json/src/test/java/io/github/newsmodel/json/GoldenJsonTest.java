package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-built articles against their checked-in JSON, so that every change of the format shows in review. */
class GoldenJsonTest {
  private static final NewsJson JSON = NewsJson.standard();

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("article-full.json", Articles.full()),
        Arguments.of("article-minimal.json", Articles.minimal()),
        Arguments.of("article-removed-comment.json", Articles.withRemovedComment()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writesTheGoldenFile(String file, Article article) {
    Golden.assertMatches(file, JSON.pretty().write(article));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void readsTheGoldenFileBackToTheSameArticle(String file, Article article) {
    assertThat(JSON.read(Golden.read(file))).isEqualTo(article);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void theGoldenFileIsValidByTheSchema(String file, Article article) {
    assertThat(Schemas.errors(Golden.read(file))).isEmpty();
  }

  @Test
  void compactOutputIsThePrettyOutputWithoutWhitespace() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    String compact = JSON.write(Articles.full());

    assertThat(compact).doesNotContain("\n");
    assertThat(plain.readTree(compact)).isEqualTo(plain.readTree(Golden.read("article-full.json")));
  }

  @Test
  void indentedSaysWhichCopyAnInstanceIs() {
    NewsJson json = NewsJson.standard();

    assertThat(json.indented()).isFalse();
    assertThat(json.pretty().indented()).isTrue();
    assertThat(json.pretty().compact().indented()).isFalse();
    assertThat(NewsJson.create(JsonLimits.defaults()).indented()).isFalse();
    assertThat(json.pretty().write(Articles.minimal())).contains("\n  \"");
    assertThat(json.write(Articles.minimal())).doesNotContain("\n");
  }

  @Test
  void theJsonLdGoldenFile() {
    Golden.assertMatches("article-full.jsonld", JsonLd.writePretty(Articles.full()));
  }
}
