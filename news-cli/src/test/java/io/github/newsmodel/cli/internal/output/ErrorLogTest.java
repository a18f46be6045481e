package io.github.newsmodel.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.PageLimitException;
import io.github.newsmodel.html.PageParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;
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
        + "\"message\":\"too large \\\"page\\\"\"}\n");
  }

  @Test
  void theExceptionIsThePublicOneTheParserThrew() {
    URI page = URI.create("https://example.com/a");
    PageParseException internalKind = new PageParseException(page, null, "bad") {
      private static final long serialVersionUID = 1L;
    };

    assertThat(ErrorLog.publicException(new NotAnArticleException(page, null, "no article")))
        .contains("io.github.newsmodel.html.NotAnArticleException");
    assertThat(ErrorLog.publicException(internalKind)).contains("io.github.newsmodel.html.PageParseException");
    assertThat(ErrorLog.publicException(new PageLimitException(page, "maxNestingDepth", "too deep")))
        .contains("io.github.newsmodel.html.PageLimitException");
    assertThat(ErrorLog.publicException(new ZipException("Not in GZIP format"))).isEmpty();
    assertThat(ErrorLog.publicException(new NullPointerException())).isEmpty();
  }

  @Test
  void recordsOnStandardErrorTakeThePlaceOfTheErrorLines() {
    try (ErrorLog log = ErrorLog.recordsOnStandardError(
        new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8)))) {
      log.report(new Outcome.Failed(PageOrigin.input("a.html"), ErrorKind.TRUNCATED, "cut off", new IOException()));
    }

    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"input\":\"a.html\",\"kind\":\"truncated\",\"message\":\"cut off\"}\n");
  }

  @Test
  void aBugGetsItsStackTraceAndTheRequestToReportIt() {
    PageOrigin origin = PageOrigin.record("crawl.warc", "urn:uuid:1", 42, URI.create("https://example.com/a"));
    try (ErrorLog log = ErrorLog.linesOnly(new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8)))) {
      log.report(new Outcome.Failed(origin, ErrorKind.BUG, "unexpected java.lang.NullPointerException",
          new NullPointerException()));
    }

    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("news: error: crawl.warc at offset 42 (urn:uuid:1, https://example.com/a): unexpected"
            + " java.lang.NullPointerException\n"
            + "  " + ErrorLog.BUG_NOTE + "\njava.lang.NullPointerException\n\tat ");
  }
}
