package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each failed page is one line on standard error, whatever the names in it hold: a file's name, a WARC record's id
 * and a page's words come from the input, and a line break in one split the line in two, so that a reader of the
 * log ({@code grep '^news: error: '}) lost its end, while a terminal's escape sequence in a hostile WARC file
 * reached the terminal and acted there. They are written as JSON writes them, {@code \n} and {@code \u001b}; the
 * error record keeps them as they are.
 */
class ErrorLinesTest {
  @TempDir Path dir;

  @Test
  void aLineBreakInAFileNameStaysInsideTheErrorLine() throws IOException {
    Path pages = dir.resolve("pages");
    TestPages.write(pages.resolve("a.html"), TestPages.articleBytes(1, 1));
    TestPages.write(pages.resolve("forum\nthread.html"), TestPages.notAnArticleBytes(2));
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), pages.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err().lines()).containsExactly(
        "news: error: " + pages + "/forum\\nthread.html: at 'html > body.forums': no news article"
            + " (div.newsArticle): an AfterDawn page of another kind, such as a forum thread, or a page cut off"
            + " before its article",
        result.summary());
    JsonNode record = new ObjectMapper().readTree(Files.readString(errors));
    assertThat(record.path("input").asText()).isEqualTo(pages + "/forum\nthread.html");
  }

  @Test
  void aLineBreakInAFileNameStaysInsideTheWarningLine() {
    Path pages = dir.resolve("pages");
    byte[] gzip = TestPages.gzip(TestPages.articleBytes(1, 20));
    byte[] cut = Arrays.copyOf(gzip, gzip.length / 2);
    TestPages.write(pages.resolve("cut\r\nshort.html.gz"), cut);

    Cli.Result result = cli().run("parse", pages.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.err().lines()).hasSize(2).first().asString()
        .startsWith("news: warning: " + pages + "/cut\\r\\nshort.html.gz: the gzip data ends early: ");
  }

  @Test
  void anEscapeSequenceInAWarcRecordIdDoesNotReachTheTerminal() throws IOException {
    String recordId = "urn:x\u001b]0;owned\u0007y";
    byte[] page = "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.US_ASCII); // no article
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), page);
    byte[] record = concat(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <" + recordId + ">\r\n"
        + "WARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: " + TestWarc.url(1) + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path warc = TestPages.write(dir.resolve("hostile.warc"), record);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), warc.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).doesNotContain("\u001b", "\u0007");
    assertThat(result.errorLines()).singleElement().asString()
        .startsWith("news: error: " + warc + " at offset 0 (urn:x\\u001b]0;owned\\u0007y, " + TestWarc.url(1)
            + "): ");
    JsonNode json = new ObjectMapper().readTree(Files.readString(errors));
    assertThat(json.path("recordId").asText()).isEqualTo(recordId);
  }

  @Test
  void aLineBreakInAMissingInputStaysInsideTheUsageError() {
    Cli.Result result = cli().run("parse", "no\nsuch.html");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("news parse: no such file or folder: no\\nsuch.html\n"
        + "Try 'news parse --help' for more information.\n");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
