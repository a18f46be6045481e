package io.github.newsmodel.html.internal.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientJsonTest {

  private static Object read(String json) {
    return LenientJson.read(json).orElseThrow();
  }

  @Test
  void readsStrictJson() {
    assertThat(read("{\"a\": \"x\\ny\\u00e9\", \"b\": [1, 2.5, true, false, null], \"c\": {}}"))
        .isEqualTo(Map.of("a", "x\nyé", "b", List.of(1L, 2.5, true, false), "c", Map.of()));
  }

  @Test
  void forgivesWhatPagesGetWrong() {
    String broken = """
        <!--//--><![CDATA[//><!--
        {
          // a comment
          @type: 'NewsArticle', /* another */
          "headline": "The "best" phone of 2019",
          "description": "two
        lines",
          "author": [{"name": "Jane Roe",},],
          "missingComma": "a"
          "next": "b",
          "weird": "\\'quoted\\'",
          "nan": NaN,
        }
        //--><!]]>
        """;

    assertThat(read(broken)).isEqualTo(Map.of(
        "@type", "NewsArticle",
        "headline", "The \"best\" phone of 2019",
        "description", "two\nlines",
        "author", List.of(Map.of("name", "Jane Roe")),
        "missingComma", "a",
        "next", "b",
        "weird", "'quoted'"));
  }

  @Test
  void keepsWhatWasReadOfACutOffBlock() {
    assertThat(read("{\"headline\": \"Kept\", \"author\": {\"name\": \"Jane Ro"))
        .isEqualTo(Map.of("headline", "Kept", "author", Map.of("name", "Jane Ro")));
  }

  @Test
  void readsValuesOneAfterAnotherAsAnArray() {
    assertThat(read("{\"a\": 1} {\"b\": 2}; var x = [3]")).isEqualTo(List.of(Map.of("a", 1L), Map.of("b", 2L),
        List.of(3L)));
  }

  @Test
  void keepsTheFirstOfARepeatedKey() {
    assertThat(read("{\"a\": 1, \"a\": 2}")).isEqualTo(Map.of("a", 1L));
  }

  @Test
  void skipsNestingBeyondTheLimitInsteadOfOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Map<?, ?> value = (Map<?, ?>) read("{\"deep\": " + deep + ", \"after\": \"read\"}");

    assertThat(value.get("after")).isEqualTo("read");
    // MAX_DEPTH containers in all: the object, then arrays down to an empty one whose content was skipped.
    assertThat(depth(value.get("deep"))).isEqualTo(LenientJson.MAX_DEPTH - 2);
  }

  private static int depth(Object value) {
    int depth = 0;
    for (Object v = value; v instanceof List<?> list && !list.isEmpty(); v = list.get(0)) {
      depth++;
    }
    return depth;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not json at all", "<script>alert(1)</script>", "\"a string\"", "42"})
  void findsNothingWhereThereIsNoObjectOrArray(String text) {
    assertThat(LenientJson.read(text)).isEmpty();
  }
}
