package io.github.newsmodel.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorLogTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream file = new ByteArrayOutputStream();

  @Test
  void aFailedPageIsOneLineOnStandardErrorAndOneRecordInTheFile() {
    try (ErrorLog log = ErrorLog.withRecords(new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8)), file)) {
      log.report(new Outcome.Failed(PageOrigin.input("pages/a.html"), ErrorKind.TOO_LARGE, "too large \"page\"",
          new IOException("too large")));
    }

    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("news: error: pages/a.html: too large \"page\"\n");
    assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo("{\"input\":\"pages/a.html\",\"kind\":\"too-large\","
        + "\"exception\":\"java.io.IOException\",\"message\":\"too large \\\"page\\\"\"}\n");
  }

  @Test
  void aBugGetsItsStackTraceAndTheRequestToReportIt() {
    PageOrigin origin = PageOrigin.record("crawl.warc", "urn:uuid:1", 42, URI.create("https://example.com/a"));
    try (ErrorLog log = ErrorLog.linesOnly(new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8)))) {
      log.report(new Outcome.Failed(origin, ErrorKind.BUG, "unexpected java.lang.NullPointerException",
          new NullPointerException()));
    }

    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("news: error: crawl.warc at offset 42 (urn:uuid:1): unexpected java.lang.NullPointerException\n"
            + "  " + ErrorLog.BUG_NOTE + "\njava.lang.NullPointerException\n\tat ");
  }
}
