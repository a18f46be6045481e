package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However many threads parse, the output is the same, in input order, and every page ends as exactly one article
 * or one error record.
 */
class ThreadsTest {
  private static final int RECORDS = 240;
  private static final int FILES = 40;

  @TempDir static Path dir;
  private static Path warc;
  private static Path folder;
  private static final List<String> PAGES = new ArrayList<>();
  private static final List<String> FAILING = new ArrayList<>();

  /**
   * A WARC of pages of very different sizes, so that a small page after a large one is often done first, with
   * pages that fail and records that are no pages among them; and a folder of the same kind.
   */
  @BeforeAll
  static void writeInputs() {
    warc = dir.resolve("crawl.warc.gz");
    try (TestWarc out = TestWarc.create(warc)) {
      for (int n = 1; n <= RECORDS; n++) {
        String id = TestWarc.recordId(n);
        if (n % 11 == 0) {
          out.request(TestWarc.url(n));
        } else if (n % 7 == 0) {
          out.html("http://forums.afterdawn.com/thread_view.cfm/1/" + n, TestPages.notAnArticleBytes(n));
          PAGES.add(id);
          FAILING.add(id);
        } else {
          out.html(TestWarc.url(n), TestPages.articleBytes(n, n % 5 == 0 ? 400 : 1));
          PAGES.add(id);
        }
      }
    }
    folder = dir.resolve("pages");
    for (int n = 1; n <= FILES; n++) {
      byte[] page = n % 6 == 0 ? TestPages.notAnArticleBytes(n) : TestPages.articleBytes(n, n % 4 == 0 ? 300 : 1);
      TestPages.write(folder.resolve(String.format("%03d.html", n)), page);
    }
  }

  @Test
  void twoThreadsWriteTheSameArticlesAndErrorsInTheSameOrderAsOne() {
    Run one = run(1, warc, folder);
    Run two = run(2, warc, folder);
    Run four = run(4, warc, folder);

    assertThat(one.result.out()).isNotEmpty();
    assertThat(two.result.out()).isEqualTo(one.result.out());
    assertThat(four.result.out()).isEqualTo(one.result.out());
    assertThat(two.errors).isEqualTo(one.errors).isNotEmpty();
    assertThat(four.errors).isEqualTo(one.errors);
    assertThat(two.result.errorLines()).isEqualTo(one.result.errorLines());
    assertThat(two.result.summary().replaceAll(" in .*", ""))
        .isEqualTo(one.result.summary().replaceAll(" in .*", ""))
        .isEqualTo("news: " + (1 + FILES) + " files, " + (PAGES.size() - FAILING.size() + FILES - FILES / 6)
            + " articles, " + (FAILING.size() + FILES / 6) + " errors, " + (RECORDS - PAGES.size())
            + " skipped records");
  }

  @Test
  void everyPageOfTheWarcIsExactlyOneArticleOrOneErrorRecordInRecordOrder() throws IOException {
    Run run = run(2, warc);

    List<String> articleIds = ParseWarcTest.articles(run.result.out()).stream()
        .map(Article::source).map(s -> s.orElseThrow().recordId().orElseThrow()).toList();
    List<String> errorIds = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : run.errors) {
      errorIds.add(mapper.readTree(line).path("recordId").asText());
    }

    assertThat(articleIds).hasSize(PAGES.size() - FAILING.size());
    assertThat(errorIds).isEqualTo(FAILING);
    List<String> expectedArticles = new ArrayList<>(PAGES);
    expectedArticles.removeAll(FAILING);
    assertThat(articleIds).isEqualTo(expectedArticles);
    assertThat(run.result.summary()).startsWith("news: 1 file, " + articleIds.size() + " articles, "
        + errorIds.size() + " errors, " + (RECORDS - PAGES.size()) + " skipped records in ");
  }

  private record Run(Cli.Result result, List<String> errors) {}

  private static Run run(int threads, Path... inputs) {
    Path errors = dir.resolve("errors-" + threads + "-" + inputs.length + ".jsonl");
    List<String> args = new ArrayList<>(List.of("parse", "--threads", String.valueOf(threads), "--errors",
        errors.toString()));
    for (Path input : inputs) {
      args.add(input.toString());
    }
    Cli.Result result = cli().run(args.toArray(String[]::new));
    try {
      return new Run(result, Files.readAllLines(errors));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
