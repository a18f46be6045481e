package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A progress line only on a terminal, unless told otherwise; the counts it shows are tested in RunReportTest. */
class ProgressTest {
  private static final String CLEAR_LINE = "\r\u001b[K";

  @Test
  void aTerminalGetsAProgressLineThatTheSummaryReplaces() {
    Cli.Result result = cli().terminal().run("parse", TestPages.SAMPLE.toString());

    assertThat(result.err()).startsWith(CLEAR_LINE + "news: 0 articles, 0 errors, 0 skipped | ")
        .contains(" pages/s")
        .endsWith(CLEAR_LINE + result.summary() + "\n");
  }

  @Test
  void noProgressWhenStandardErrorIsNoTerminal() {
    Cli.Result result = cli().run("parse", TestPages.SAMPLE.toString());

    assertThat(result.err()).doesNotContain("\r", "\u001b", "pages/s");
  }

  @Test
  void theOptionsOverrideTheTerminalCheck() {
    assertThat(cli().terminal().run("parse", "--no-progress", TestPages.SAMPLE.toString()).err())
        .doesNotContain("\r", "\u001b");
    assertThat(cli().run("parse", "--progress", TestPages.SAMPLE.toString()).err())
        .contains(CLEAR_LINE + "news: 0 articles");
  }
}
