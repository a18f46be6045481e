package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Paragraph;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  @Test
  void aFailingPageIsRecordedAndTheRestAreScored(@TempDir Path dir) throws IOException {
    Path bodies = Files.createDirectories(dir.resolve("bodies/pages"));
    gzip(bodies.resolve("a.html.gz"), "<p>alpha beta gamma delta</p>");
    gzip(bodies.resolve("b.html.gz"), "<p>broken</p>");
    Files.writeString(dir.resolve("bodies/truth.jsonl"),
        "{\"id\":\"a\",\"file\":\"pages/a.html.gz\",\"url\":\"https://example.com/a\",\"body\":\"alpha beta gamma delta\"}\n"
            + "{\"id\":\"b\",\"file\":\"pages/b.html.gz\",\"body\":\"broken page\"}\n");
    Extractor extractor = (page, html) -> {
      String text = new String(html, StandardCharsets.UTF_8);
      if (text.contains("broken")) {
        throw new IllegalStateException("cannot parse " + page.id());
      }
      return Article.builder().addBody(Paragraph.of(text.replaceAll("<[^>]+>", ""))).build();
    };

    Map<String, Report> reports = new Evaluation(extractor, 2).run(dir, Evaluation.CORPORA);

    Report r = reports.get("bodies");
    assertThat(reports).containsOnlyKeys("bodies");
    assertThat(r.pages()).isEqualTo(2);
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.figure("precision").orElseThrow().value()).isEqualTo(1.0);
    assertThat(r.figure("recall").orElseThrow().value()).isEqualTo(0.5);
    assertThat(r.details().get(1).get("error").asText()).isEqualTo("IllegalStateException: cannot parse b");
    assertThat(Corpus.load(dir.resolve("bodies")).pages().get(0).url()).hasValueSatisfying(
        u -> assertThat(u.getHost()).isEqualTo("example.com"));
    assertThat(List.of(r.details().get(0).get("id").asText())).containsExactly("a");
  }

  private static void gzip(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
