package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Input and output that fail throw {@link UncheckedIOException} with the {@link IOException} as its cause, from
 * every entry point: never a {@link NewsJsonException}, which is for bad JSON, and never a checked exception.
 */
class FailingIoTest {
  private static final NewsJson JSON = NewsJson.standard();

  /** Serves {@code served}, then fails as a disk or connection would. */
  private static InputStream failingAfter(String served) {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    return new SequenceInputStream(new ByteArrayInputStream(served.getBytes(StandardCharsets.UTF_8)), failing);
  }

  private static OutputStream failingOutput() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
  }

  @Test
  void failingInputIsUncheckedIoWithItsCause() {
    String start = "{\"formatVersion\": 1, \"title\": ";

    assertFailsWith(() -> JSON.read(failingAfter(start)), "disk gone");
    assertFailsWith(() -> JSON.read(new InputStreamReader(failingAfter(start), StandardCharsets.UTF_8)),
        "disk gone");
    assertFailsWith(() -> JSON.readAll(failingAfter("[" + start)), "disk gone");
    assertFailsWith(() -> JSON.readAll(new InputStreamReader(failingAfter("["), StandardCharsets.UTF_8)),
        "disk gone");
  }

  @Test
  void failingOutputIsUncheckedIoWithItsCause() {
    assertFailsWith(() -> JSON.write(Articles.full(), failingOutput()), "disk full");
    assertFailsWith(() -> JSON.pretty().writeAll(List.of(Articles.full()),
        new OutputStreamWriter(failingOutput(), StandardCharsets.UTF_8)), "disk full");
    assertFailsWith(() -> JsonLd.write(Articles.full(), failingOutput()), "disk full");
    assertFailsWith(() -> {
      try (JsonLinesWriter lines = JSON.linesWriter(failingOutput())) {
        lines.write(Articles.full());
      }
    }, "disk full");
  }

  @Test
  void aJsonLinesReaderThatSkipsBadLinesStillStopsAtFailingInput() {
    List<NewsJsonException> bad = new ArrayList<>();
    String lines = JSON.write(Articles.minimal()) + "\nnot json\n";

    try (JsonLinesReader reader = JSON.linesReader(failingAfter(lines), bad::add)) {
      Iterator<Article> articles = reader.iterator();

      assertThat(articles.next()).isEqualTo(Articles.minimal());
      assertFailsWith(articles::hasNext, "disk gone");
      assertThat(bad).hasSize(1).first().extracting(NewsJsonException::line).isEqualTo(OptionalLong.of(2));
    }
  }

  private static void assertFailsWith(Runnable call, String cause) {
    assertThatThrownBy(call::run)
        .isInstanceOf(UncheckedIOException.class)
        .isNotInstanceOf(NewsJsonException.class)
        .cause().isInstanceOf(IOException.class).hasMessage(cause);
  }
}
