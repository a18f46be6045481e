package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.internal.lines.WideEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz tests of the JSON readers: whatever the bytes, a document gives an article that writes back to the same
 * article, or a {@link NewsJsonException}; a JSON Lines stream gives one article or one reported bad line for each
 * line that is not blank. Never another exception, a {@link StackOverflowError} or a hang.
 *
 * <p>The seeds are the golden documents, a minimal and a full article, random articles, and JSON Lines made of
 * them, with a bad line among them. {@code ./mvnw verify} runs each fuzz test on its seeds and on the inputs kept
 * under {@code src/test/resources/io/github/newsmodel/json/NewsJsonFuzzTestInputs/<method>/}, the crashes found
 * before. To fuzz, see CONTRIBUTING.md.
 */
class NewsJsonFuzzTest {
  private static final NewsJson JSON = NewsJson.standard();

  @MethodSource("documents")
  @FuzzTest(maxDuration = "5m")
  void aDocumentGivesAnArticleOrANewsJsonException(byte[] input) {
    Article article;
    try {
      article = JSON.read(new ByteArrayInputStream(input));
    } catch (NewsJsonException e) {
      assertThat(e.getMessage()).startsWith(e.jsonPath());
      return;
    }
    assertThat(JSON.read(JSON.write(article))).as("the article writes back to itself").isEqualTo(article);
  }

  @MethodSource("lines")
  @FuzzTest(maxDuration = "5m")
  void everyLineGivesAnArticleOrABadLine(byte[] input) {
    List<NewsJsonException> bad = new ArrayList<>();
    long articles;
    try (JsonLinesReader reader = JSON.linesReader(new ByteArrayInputStream(input), bad::add)) {
      articles = reader.stream().count();
    }
    assertThat(bad).allSatisfy(e -> assertThat(e.line().orElse(0)).isPositive());
    assertThat(articles + bad.size()).as("nothing lost, nothing counted twice").isEqualTo(linesNotBlank(input));
  }

  /**
   * The lines as the reader splits them: at each {@code \n}, after a byte order mark, blank if only spaces; in the
   * text of an input in UTF-16 or UTF-32, once decoded.
   */
  private static long linesNotBlank(byte[] input) {
    Optional<WideEncoding.Detected> wide = WideEncoding.ofHead(Arrays.copyOf(input, Math.min(4, input.length)));
    byte[] utf8 = input;
    if (wide.isPresent()) {
      int mark = wide.get().markLength();
      utf8 = new String(input, mark, input.length - mark, wide.get().charset()).getBytes(StandardCharsets.UTF_8);
    }
    return utf8LinesNotBlank(utf8);
  }

  private static long utf8LinesNotBlank(byte[] input) {
    int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
        && (input[2] & 0xFF) == 0xBF ? 3 : 0;
    long count = 0;
    boolean blank = true;
    for (int i = start; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        count += blank ? 0 : 1;
        blank = true;
      } else if (input[i] != ' ' && input[i] != '\t' && input[i] != '\r') {
        blank = false;
      }
    }
    return count;
  }

  static Stream<Arguments> documents() {
    List<Arguments> seeds = new ArrayList<>();
    seeds.add(seed("golden article-full.json", Golden.read("article-full.json")));
    seeds.add(seed("golden article-minimal.json", Golden.read("article-minimal.json")));
    seeds.add(seed("full, pretty", JSON.pretty().write(Articles.full())));
    for (long i = 1; i <= 8; i++) {
      seeds.add(seed("random article " + i, JSON.write(RandomArticles.article(i))));
    }
    return seeds.stream();
  }

  static Stream<Arguments> lines() {
    StringBuilder lines = new StringBuilder();
    lines.append(JSON.write(Articles.minimal())).append('\n');
    lines.append("{\"formatVersion\": 1, \"title\": \"T\", \"comments\": [{\"id\": \"1\"}]}\n");
    lines.append('\n');
    lines.append(JSON.write(Articles.full())).append("\r\n");
    return Stream.of(seed("three lines, one bad", lines.toString()),
        seed("random articles", JSON.write(RandomArticles.article(3)) + "\n" + JSON.write(RandomArticles.article(4))));
  }

  private static Arguments seed(String name, String json) {
    return Arguments.of(Named.of(name, json.getBytes(StandardCharsets.UTF_8)));
  }
}
