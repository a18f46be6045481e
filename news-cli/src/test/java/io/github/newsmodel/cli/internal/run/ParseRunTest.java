package io.github.newsmodel.cli.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.newsmodel.cli.internal.input.Input;
import io.github.newsmodel.cli.internal.input.ReadSettings;
import io.github.newsmodel.cli.internal.output.ErrorLog;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import io.github.newsmodel.cli.internal.output.StatusLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseRunTest {
  @TempDir Path dir;

  @Test
  void anOutputThatCannotBeWrittenEndsTheRunWithOneMessage() throws IOException {
    for (int n = 0; n < 3; n++) {
      Files.writeString(dir.resolve(n + ".html"), "<title>Page " + n + "</title>");
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RunSettings settings = new RunSettings(List.of(new Input.Folder(dir.toString(), dir)),
        new ReadSettings(1 << 20, Optional.empty(), Optional.empty()), OutputFormat.JSONL, false, false, 2, false);

    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));

    int exit = new ParseRun(settings, failing("No space left on device"), ErrorLog.linesOnly(stderr), stderr)
        .execute();

    assertThat(exit).isEqualTo(1);
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2).first().isEqualTo("news: cannot write the output: No space left on device");
    assertThat(lines.get(1)).as("the summary does not claim the articles were written")
        .matches("news: 1 file, 1 article parsed, not all of them written, 0 errors, .*");
  }

  /**
   * An article whose write failed was parsed all the same: it was left out of the count, so that a single page
   * written to a full disk ended with "0 articles parsed, not all of them written", which says neither.
   */
  @Test
  void thePageWhoseArticleCannotBeWrittenIsCountedAsParsed() throws IOException {
    Path page = Files.writeString(dir.resolve("a.html"), "<title>Page a</title>");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));
    RunSettings onePage = new RunSettings(List.of(new Input.HtmlFile(page.toString(), page)),
        new ReadSettings(1 << 20, Optional.empty(), Optional.empty()), OutputFormat.JSON, true, false, 1, false);

    int exit = new ParseRun(onePage, failing("No space left on device"), ErrorLog.linesOnly(stderr), stderr)
        .execute();

    assertThat(exit).isEqualTo(1);
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2).first().isEqualTo("news: cannot write the output: No space left on device");
    assertThat(lines.get(1)).startsWith("news: 1 file, 1 article parsed, not all of them written, 0 errors, ");
  }

  /**
   * {@code news parse pages/ | head -1}: the reader of the output closed it once it had what it wanted, which is
   * no failure of the run. It said "news: cannot write the output: Broken pipe", as for a full disk; it stops as
   * Ctrl-C stops it, without an error, and the summary says why it stopped.
   */
  @Test
  void anOutputClosedByItsReaderEndsTheRunQuietly() throws IOException {
    for (int n = 0; n < 3; n++) {
      Files.writeString(dir.resolve(n + ".html"), "<title>Page " + n + "</title>");
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));

    int exit = new ParseRun(settings(OutputFormat.JSONL), failing("Broken pipe"), ErrorLog.linesOnly(stderr),
        stderr).execute();

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
        .startsWith("news: output closed by its reader after 1 file, 1 article, 0 errors, 0 skipped records in ");
  }

  /** A pipe closed as the last articles are passed on, when the output is closed, ends the run as quietly. */
  @Test
  void anOutputClosedByItsReaderAsTheRunEndsEndsItQuietly() throws IOException {
    Files.writeString(dir.resolve("a.html"), "<title>Page a</title>");
    OutputStream closedOnClose = new ByteArrayOutputStream() {
      @Override
      public void close() throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));

    int exit = new ParseRun(settings(OutputFormat.JSONL), closedOnClose, ErrorLog.linesOnly(stderr), stderr)
        .execute();

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
        .startsWith("news: output closed by its reader after 1 file, 1 article, 0 errors, 0 skipped records in ");
  }

  @Test
  void anErrorFileThatCannotBeWrittenIsNamedAndItsErrorsAreStillCounted() throws IOException {
    Files.writeString(dir.resolve("a.html"), "<title>Page a</title>");
    Files.writeString(dir.resolve("b.html"), "");
    ByteArrayOutputStream articles = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));

    int exit = new ParseRun(settings(OutputFormat.JSONL), articles,
        ErrorLog.withRecords(stderr, failing("No space left on device")), stderr).execute();

    assertThat(exit).isEqualTo(1);
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).contains("news: cannot write the error records (--errors): No space left on device");
    assertThat(lines.get(lines.size() - 1))
        .startsWith("news: 2 files, 1 article, 1 error, not all of them recorded, ");
  }

  /** Articles held back for a comment frame came before the failure, and are written all the same. */
  @Test
  void anErrorFileThatCannotBeWrittenLosesNoArticleHeldForAFrame() throws IOException {
    Files.writeString(dir.resolve("a.html"), "<title>Page a</title><div id=\"disqus_thread\"></div>");
    Files.writeString(dir.resolve("b.html"), "<title>Page b</title>");
    Files.writeString(dir.resolve("c.html"), "");
    Files.writeString(dir.resolve("d.html"), "<title>Page d</title>");
    ByteArrayOutputStream articles = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));

    int exit = new ParseRun(settings(OutputFormat.JSONL), articles,
        ErrorLog.withRecords(stderr, failing("No space left on device")), stderr).execute();

    assertThat(exit).isEqualTo(1);
    assertThat(articles.toString(StandardCharsets.UTF_8)).contains("\"title\":\"Page a\"")
        .contains("\"title\":\"Page b\"");
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("news: ").contains(" 2 articles, 1 error, not all of them"
        + " recorded, ");
  }

  @Test
  void anOutputThatFailsAsItClosesLeavesTheErrorRecordsWritten() throws IOException {
    Files.writeString(dir.resolve("a.html"), "");
    Files.writeString(dir.resolve("b.html"), "<title>Page b</title>");
    OutputStream failsOnClose = new ByteArrayOutputStream() {
      @Override
      public void close() throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));
    // As a file's are, the records are held until the error file is closed.
    OutputStream heldRecords = new OutputStream() {
      private final ByteArrayOutputStream held = new ByteArrayOutputStream();

      @Override
      public void write(int b) {
        held.write(b);
      }

      @Override
      public void close() throws IOException {
        held.writeTo(records);
      }
    };

    int exit = new ParseRun(settings(OutputFormat.JSON), failsOnClose, ErrorLog.withRecords(stderr, heldRecords),
        stderr).execute();

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("news: cannot write the output: No space left on device");
    assertThat(records.toString(StandardCharsets.UTF_8)).contains("\"kind\":\"not-an-article\"");
  }

  /**
   * Ctrl-C ran the JVM's shutdown hooks and halted the run wherever it was: the JSON array of -f json was never
   * closed, so the output was no JSON, and no summary said how far the run had come. Interrupted, the run stops at
   * its next page, as --fail-fast stops it, closes the array and says so in its summary.
   */
  @Test
  void anInterruptedRunClosesItsJsonArrayAndSaysSo() throws IOException {
    for (int n = 0; n < 20; n++) {
      Files.writeString(dir.resolve(String.format("%02d.html", n)), "<title>Page " + n + "</title>");
    }
    AtomicReference<ParseRun> run = new AtomicReference<>();
    ByteArrayOutputStream articles = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] bytes, int offset, int length) {
        super.write(bytes, offset, length);
        run.get().interrupt(); // as the shutdown hook does, from its own thread, once the first article is out
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));
    run.set(new ParseRun(settings(OutputFormat.JSON), articles, ErrorLog.linesOnly(stderr), stderr));

    int exit = run.get().execute();

    JsonNode array = new ObjectMapper().readTree(articles.toByteArray());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isBetween(1, 19);
    assertThat(array.get(0).path("title").asText()).isEqualTo("Page 0");
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
        .startsWith("news: interrupted after 1 file, " + array.size() + " article" + (array.size() == 1 ? "" : "s")
            + ", 0 errors, ");
    assertThat(run.get().awaitEnd(0)).isTrue();
    assertThat(exit).isEqualTo(1);
  }

  private RunSettings settings(OutputFormat format) {
    return new RunSettings(List.of(new Input.Folder(dir.toString(), dir)),
        new ReadSettings(1 << 20, Optional.empty(), Optional.empty()), format, false, false, 1, false);
  }

  private static OutputStream failing(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }
    };
  }
}
