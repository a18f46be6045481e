package io.github.newsmodel.bench.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class CorpusWarcTest {
  @TempDir
  Path dir;

  @Test
  void writesEachPageAsAnHtmlResponseWithItsUrl() throws Exception {
    corpus("bodies", "<html><body><p>One</p></body></html>", "<html><body><p>Two</p></body></html>");
    Path warc = dir.resolve("out/corpus.warc");
    assertThat(run("--corpora", dir.toString(), "--only", "bodies", "--out", warc.toString())).isZero();
    List<Response> responses = responses(warc);
    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).target()).isEqualTo("https://example.com/bodies/0");
    assertThat(responses.get(0).status()).isEqualTo(200);
    assertThat(responses.get(0).type()).isEqualTo("text/html");
    assertThat(responses.get(1).body()).isEqualTo("<html><body><p>Two</p></body></html>");
  }

  @Test
  void repeatsTheCorporaUntilTheFileIsLargeEnoughAndWritesTheSameBytesEveryTime() throws Exception {
    corpus("bodies", "x".repeat(1000));
    Path first = dir.resolve("a.warc");
    Path second = dir.resolve("b.warc");
    assertThat(run("--corpora", dir.toString(), "--only", "bodies", "--out", first.toString(), "--min-size", "10k"))
        .isZero();
    run("--corpora", dir.toString(), "--only", "bodies", "--out", second.toString(), "--min-size", "10k");
    List<Response> responses = responses(first);
    assertThat(Files.size(first)).isGreaterThanOrEqualTo(10 * 1024);
    assertThat(responses).hasSizeGreaterThan(5);
    assertThat(responses.stream().map(r -> r.id()).distinct()).hasSameSizeAs(responses);
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void saysWhichFolderIsMissing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CorpusWarc.run(new String[] {"--corpora", dir.toString(), "--out", dir.resolve("x.warc").toString()},
        new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no evaluation corpus at", "bodies", "--corpora");
  }

  @Test
  void readsSizes() {
    assertThat(CorpusWarc.size("1G")).isEqualTo(1L << 30);
    assertThat(CorpusWarc.size("512m")).isEqualTo(512L << 20);
    assertThat(CorpusWarc.size("100")).isEqualTo(100);
    assertThatThrownBy(() -> CorpusWarc.size("big")).hasMessageContaining("'big'");
  }

  private void corpus(String name, String... pages) throws Exception {
    Path folder = dir.resolve(name);
    Files.createDirectories(folder.resolve("pages"));
    StringBuilder truth = new StringBuilder();
    for (int i = 0; i < pages.length; i++) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("pages/" + i + ".html.gz")))) {
        out.write(pages[i].getBytes(StandardCharsets.UTF_8));
      }
      truth.append("{\"id\":\"").append(i).append("\",\"file\":\"pages/").append(i)
          .append(".html.gz\",\"url\":\"https://example.com/").append(name).append('/').append(i).append("\"}\n");
    }
    Files.writeString(folder.resolve("truth.jsonl"), truth);
  }

  private static int run(String... args) {
    return CorpusWarc.run(args, new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(OutputStream.nullOutputStream()));
  }

  private record Response(String id, String target, int status, String type, String body) {}

  private static List<Response> responses(Path warc) throws Exception {
    List<Response> out = new ArrayList<>();
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse r) {
          out.add(new Response(r.id().toString(), r.target(), r.http().status(),
              r.http().contentType().base().toString(),
              new String(r.http().body().stream().readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }
}
