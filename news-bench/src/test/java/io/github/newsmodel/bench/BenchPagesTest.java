package io.github.newsmodel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' pages: read once, decoded as declared, and a missing corpus said plainly. */
class BenchPagesTest {
  @TempDir Path corpora;

  @Test
  void aMissingCorpusSaysWhereItLookedAndWhatToPass() {
    assertThatThrownBy(() -> BenchPages.load(corpora.toString(), "bodies"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no evaluation corpus at " + corpora.resolve("bodies").toAbsolutePath().normalize())
        .hasMessageContaining("-p corpora=");
  }

  @Test
  void pagesAreDecodedInTheCharsetTheyDeclare() throws IOException {
    Path bodies = Files.createDirectories(corpora.resolve("bodies").resolve("pages"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bodies.resolve("a.html.gz")))) {
      out.write("<html><head><meta charset=windows-1252><title>Caf\u00e9</title></head></html>"
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    Files.writeString(corpora.resolve("bodies").resolve("truth.jsonl"),
        "{\"id\":\"a\",\"file\":\"pages/a.html.gz\",\"url\":\"https://example.com/a\",\"text\":\"x\"}\n");
    List<BenchPages.Page> pages = BenchPages.load(corpora.toString(), "bodies");
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).url()).hasToString("https://example.com/a");
    assertThat(pages.get(0).html()).contains("<title>Caf\u00e9</title>");
  }
}
