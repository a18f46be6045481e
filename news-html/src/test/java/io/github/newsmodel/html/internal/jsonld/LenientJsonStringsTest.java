package io.github.newsmodel.html.internal.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of a string without escapes reads every text as the builder that copied each string did. */
class LenientJsonStringsTest {
  private static final String[] PIECES = {"\"", "'", "\\", "\\\"", "\\u00e9", "\\u12", "\\n", "\\'", "a", "Jane Roe",
      " ", "\n", ",", ":", "{", "}", "[", "]", ";", "é", "\"name\"", "\"author\": ", "null", "1", "//", "/*", "*/",
      "\r\n\"", "\t"};

  @Test
  void readsEdgeCasesAlike() {
    for (String text : List.of("{\"a\": \"b\"}", "{\"a\": \"\"}", "{\"a\": \"the \"best\" phone\"}",
        "{'a': 'it\\'s'}", "{\"a\": \"cut", "{\"a\": \"x\\", "{\"a\": \"x\" \n \"b\": 1}", "{\"a\": \"x\" y\"}",
        "[\"a\",\"b\"]", "\"lone\"", "{\"a\": \"\\u00e9t\\u00e9\"}", "{\"a\": \"x\"", "{\"a\": \"x\"   ")) {
      assertThat(LenientJson.read(text)).as(text).isEqualTo(LenientJsonReference.read(text));
    }
  }

  @Test
  void readsRandomTextsAlike() {
    Random random = new Random(30);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "{" : "[");
      for (int k = random.nextInt(14); k >= 0; k--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = text.toString();
      assertThat(LenientJson.read(t)).as(t).isEqualTo(LenientJsonReference.read(t));
    }
  }
}
