package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON examples in FORMAT.md and the README are documents that the readers and the schema accept: an article,
 * or an array of articles.
 */
class DocumentationExamplesTest {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL);

  @Test
  void theExamplesOfTheFormatDocumentAreValid() throws IOException {
    assertValid(examples(Path.of("FORMAT.md")));
  }

  @Test
  void theExamplesOfTheReadmeAreValid() throws IOException {
    assertValid(examples(Path.of("..", "README.md")));
  }

  private static void assertValid(List<String> examples) {
    assertThat(examples).isNotEmpty();
    for (String json : examples) {
      if (json.startsWith("[")) {
        assertThat(Schemas.arrayErrors(json)).as(json).isEmpty();
        assertThat(NewsJson.standard().readAll(json)).as(json).isNotEmpty();
      } else {
        assertThat(Schemas.errors(json)).as(json).isEmpty();
        assertThat(NewsJson.standard().read(json)).as(json).isNotNull();
      }
    }
  }

  private static List<String> examples(Path file) throws IOException {
    Matcher m = JSON_BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
    List<String> examples = new ArrayList<>();
    while (m.find()) {
      examples.add(m.group(1));
    }
    return examples;
  }
}
