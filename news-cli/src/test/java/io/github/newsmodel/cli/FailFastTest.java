package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-fast stops at the first failure in input order, whatever the threads finish first. */
class FailFastTest {
  @TempDir Path dir;

  @Test
  void stopsAtTheFirstFailureInInputOrderWithAnyNumberOfThreads() {
    for (int n = 1; n <= 30; n++) {
      byte[] page = n == 12 || n == 20 ? TestPages.notAnArticleBytes(n) : TestPages.articleBytes(n, n < 12 ? 300 : 1);
      TestPages.write(dir.resolve(String.format("%02d.html", n)), page);
    }

    for (String threads : new String[] {"1", "2", "4"}) {
      Cli.Result result = cli().run("parse", "--fail-fast", "--threads", threads, dir.toString());

      assertThat(result.exit()).as(threads).isEqualTo(1);
      assertThat(ParsePagesTest.titles(result.out())).as(threads).hasSize(11).endsWith("Article 11");
      assertThat(result.errorLines()).as(threads).singleElement().asString().contains("12.html");
      assertThat(result.summary()).as(threads).startsWith("news: stopped at the first error (--fail-fast) after"
          + " 12 files, 11 articles, 1 error, 0 skipped records in ");
    }
  }

  @Test
  void aJsonArrayStaysValidWhenTheRunStops() {
    TestPages.write(dir.resolve("a.html"), TestPages.articleBytes(1, 1));
    TestPages.write(dir.resolve("b.html"), TestPages.notAnArticleBytes(2));
    TestPages.write(dir.resolve("c.html"), TestPages.articleBytes(3, 1));

    Cli.Result result = cli().run("parse", "--fail-fast", "--format", "json", dir.toString());

    assertThat(result.out()).startsWith("[\n  {").endsWith("  }\n]\n").containsOnlyOnce("\"formatVersion\"");
  }
}
