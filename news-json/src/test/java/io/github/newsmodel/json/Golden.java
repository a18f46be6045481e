package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the tests with {@code -Dnewsmodel.golden.update=true}
 * to rewrite them after a deliberate format change, then review the diff.
 */
final class Golden {
  private static final boolean UPDATE = Boolean.getBoolean("newsmodel.golden.update");

  private Golden() {}

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code actual} is the golden file, or rewrites the file when updating. */
  static void assertMatches(String name, String actual) {
    String expected = actual + "\n";
    if (UPDATE) {
      try {
        Files.writeString(Path.of("src/test/resources/golden", name), expected, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(expected).as("golden file %s", name).isEqualTo(read(name));
  }
}
