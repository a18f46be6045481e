package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error records and articles written to a standard stream, by name or as {@code -}, share that stream with the
 * run's messages without either writing over or into the other.
 */
class SharedStreamsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CLEAR = "\r\u001b[K";

  @TempDir Path dir;

  @Test
  void errorsToDashPutTheRecordsOnStandardErrorInPlaceOfTheErrorLines() throws Exception {
    Path folder = pages();

    Cli.Result result = cli().run("parse", "--errors", "-", folder.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    List<String> lines = result.err().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(kinds(lines.subList(0, 2))).containsExactly("not-an-article", "not-an-article");
    assertThat(MAPPER.readTree(lines.get(0)).path("input").asText()).isEqualTo(folder.resolve("b.html").toString());
    assertThat(lines.get(2)).startsWith("news: ");
  }

  @Test
  void recordsOnAProgressTerminalEachHaveALineOfTheirOwn() throws Exception {
    Cli.Result result = cli().terminal().run("parse", "--errors", "/dev/stderr", pages().toString());

    List<String> records = new ArrayList<>();
    for (String line : result.err().split("\n")) {
      int cleared = line.lastIndexOf(CLEAR);
      String shown = cleared < 0 ? line : line.substring(cleared + CLEAR.length());
      if (!shown.startsWith("news: ")) {
        records.add(shown);
      }
    }
    assertThat(kinds(records)).containsExactly("not-an-article", "not-an-article");
    assertThat(result.summary()).startsWith("news: ");
  }

  @Test
  void dashForOutputIsStandardOutput() {
    Cli.Result result = cli().run("parse", "-o", "-", TestPages.SAMPLE.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains(TestPages.SAMPLE_TITLE);
  }

  @Test
  void recordsToDevStderrRedirectedToAFileLeaveEveryLineWhole() throws Exception {
    Path log = dir.resolve("log");

    Process process = news(List.of("parse", "--errors", "/dev/stderr", pages().toString()), null, log);

    assertThat(process.waitFor()).isEqualTo(1);
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSize(3);
    assertThat(kinds(lines.subList(0, 2))).containsExactly("not-an-article", "not-an-article");
    assertThat(lines.get(2)).matches("news: .* in \\d+\\.\\d s");
  }

  @Test
  void articlesAndRecordsToDevStdoutRedirectedToAFileLeaveEveryLineWhole() throws Exception {
    Path out = dir.resolve("out");

    Process process = news(List.of("parse", "-o", "/dev/stdout", "--errors", "/dev/fd/1", pages().toString()), out,
        null);

    assertThat(process.waitFor()).isEqualTo(1);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      lines.add(MAPPER.readTree(line));
    }
    assertThat(lines).extracting(l -> l.has("kind") ? l.path("kind").asText() : l.path("title").asText())
        .containsExactly("Article 1", "not-an-article", "Article 3", "not-an-article");
  }

  /**
   * "news parse pages > pages/out.html": the shell creates the file before the run, in the folder the run reads. The
   * walk leaves it out, as it leaves out {@code -o}'s file, instead of reading the run's own output as a page; so
   * does "2> pages/log.html" for standard error.
   */
  @Test
  void standardStreamsSentIntoTheFolderReadAreNoInputs() throws Exception {
    Path folder = pages();
    Path out = folder.resolve("out.html");
    Path log = folder.resolve("log.html");

    Process process = news(List.of("parse", folder.toString()), out, log);

    assertThat(process.waitFor()).isEqualTo(1);
    assertThat(ParsePagesTest.titles(Files.readString(out))).containsExactly("Article 1", "Article 3");
    assertThat(Files.readString(log)).doesNotContain("out.html", "log.html")
        .contains("2 articles, 2 errors");
  }

  /** Two articles and two pages that are no article, in name order. */
  private Path pages() {
    Path folder = dir.resolve("pages");
    TestPages.write(folder.resolve("a.html"), TestPages.articleBytes(1, 1));
    TestPages.write(folder.resolve("b.html"), TestPages.notAnArticleBytes(2));
    TestPages.write(folder.resolve("c.html"), TestPages.articleBytes(3, 1));
    TestPages.write(folder.resolve("d.html"), TestPages.notAnArticleBytes(4));
    return folder;
  }

  private static List<String> kinds(List<String> records) throws IOException {
    List<String> kinds = new ArrayList<>();
    for (String record : records) {
      kinds.add(MAPPER.readTree(record).path("kind").asText());
    }
    return kinds;
  }

  /**
   * Runs the command line in a Java process of its own, with standard output or error sent to a file the way a
   * shell's {@code >} does it: truncated, not to be appended to.
   */
  private static Process news(List<String> args, Path stdout, Path stderr) {
    assumeTrue(Files.exists(Path.of("/dev/stderr")) && Files.exists(Path.of("/dev/fd/1")), "a system with /dev/fd");
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), "io.github.newsmodel.cli.News"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectOutput(stdout == null ? Redirect.DISCARD : Redirect.to(stdout.toFile()));
    builder.redirectError(stderr == null ? Redirect.DISCARD : Redirect.to(stderr.toFile()));
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
