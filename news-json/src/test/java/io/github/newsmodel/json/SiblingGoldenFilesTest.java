package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The golden JSON files of the HTML parsers (such as the AfterDawn page's) are in this format: each validates
 * against the schema and survives a read and a write unchanged. Golden files of fixtures that must fail hold the
 * expected exception instead ({@code {"exception": ..., "message": ...}}) and are left out.
 */
class SiblingGoldenFilesTest {
  private static final Path PAGES = Path.of("..", "news-html", "src", "test", "resources", "pages");

  @Test
  void everyGoldenJsonOfTheHtmlParsersValidatesAndRoundTrips() throws IOException {
    List<Path> goldens = goldens();
    assumeFalse(goldens.isEmpty(), "news-html has no golden JSON files yet in " + PAGES);

    ObjectMapper plain = new ObjectMapper();
    SoftAssertions softly = new SoftAssertions();
    for (Path file : goldens) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      if (plain.readTree(json).has("exception")) {
        continue;
      }
      softly.assertThat(Schemas.errors(json)).as("schema errors of %s", file).isEmpty();
      Article article = NewsJson.standard().read(json);
      String rewritten = NewsJson.standard().write(article);
      softly.assertThat(NewsJson.standard().read(rewritten)).as("%s read back", file).isEqualTo(article);
      softly.assertThat(plain.readTree(rewritten)).as("%s written again", file).isEqualTo(plain.readTree(json));
    }
    softly.assertAll();
    assertThat(goldens).isNotEmpty();
  }

  private static List<Path> goldens() throws IOException {
    if (!Files.isDirectory(PAGES)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(PAGES)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }
}
