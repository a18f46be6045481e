package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** news parse on WACZ files, the ZIPs of WARC files that browser-based archiving tools write. */
class ParseWaczTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FORUM = "http://forums.afterdawn.com/thread_view.cfm/1/4";

  @TempDir Path dir;
  private Path data;
  private Path more;

  /**
   * Two WARC files: data.warc.gz with pages 1 and 5 that parse, 4 that fails, and a request and an image; and
   * more.warc with pages 11 and 12 and a request.
   */
  @BeforeEach
  void writeWarcs() {
    data = dir.resolve("data.warc.gz");
    try (TestWarc warc = TestWarc.create(data)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 2))                             // 1
          .request(TestWarc.url(1))                                                        // 2
          .response(TestWarc.url(3), "200 OK", "Content-Type: image/png\r\n", new byte[8]) // 3
          .html(FORUM, TestPages.notAnArticleBytes(4))                                     // 4
          .html(TestWarc.url(5), TestPages.articleBytes(5, 1));                            // 5
    }
    more = dir.resolve("more.warc");
    try (TestWarc warc = TestWarc.create(more)) {
      warc.request(TestWarc.url(11))
          .html(TestWarc.url(11), TestPages.articleBytes(11, 1))
          .html(TestWarc.url(12), TestPages.articleBytes(12, 1));
    }
  }

  /** The WARC files as a WACZ writer stores them, and one deflated, as a ZIP tool would. */
  private Path wacz(Path file) {
    return TestWacz.create()
        .stored("archive/data.warc.gz", data)
        .deflated("archive/more.warc", more)
        .deflated("indexes/index.cdx", "com,example,news)/a/1 20240301120001 {}\n")
        .write(file);
  }

  @Test
  void everyWarcInTheArchiveFolderIsReadAsAWarcFileIs() {
    Path wacz = wacz(dir.resolve("crawl.wacz"));

    Cli.Result result = cli().run("parse", wacz.toString());

    List<Article> articles = ParseWarcTest.articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow())
        .containsExactly("Article 1", "Article 5", "Article 11", "Article 12");
    assertThat(articles.get(0).source()).contains(Source.builder()
        .uri(URI.create(TestWarc.url(1)))
        .recordId(TestWarc.recordId(1))
        .capturedAt(TestWarc.date(1).atOffset(ZoneOffset.UTC))
        .build());
    assertThat(articles.get(3).source().orElseThrow().recordId()).contains(TestWarc.recordId(3));
    assertThat(result.out()).isEqualTo(cli().run("parse", data.toString(), more.toString()).out());
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.summary()).startsWith("news: 1 file, 4 articles, 1 error, 3 skipped records in ");
  }

  @Test
  void aFailedPageIsNamedByTheWaczItsEntryAndTheRecordsOffsetInIt() throws IOException {
    Path wacz = wacz(dir.resolve("crawl.wacz"));
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), wacz.toString());

    long offset = ParseWarcTest.offsets(data).get(TestWarc.recordId(4));
    assertThat(offset).isPositive();
    assertThat(result.errorLines()).containsExactly("news: error: " + wacz + "!archive/data.warc.gz at offset "
        + offset + " (" + TestWarc.recordId(4) + ", " + FORUM + "): at 'html > body.forums': no news article"
        + " (div.newsArticle): an AfterDawn page of another kind, such as a forum thread, or a page cut off before"
        + " its article");
    JsonNode record = MAPPER.readTree(Files.readString(errors));
    assertThat(record.path("input").asText()).isEqualTo(wacz + "!archive/data.warc.gz");
    assertThat(record.path("recordId").asText()).isEqualTo(TestWarc.recordId(4));
    assertThat(record.path("offset").asLong()).isEqualTo(offset);
    assertThat(record.path("kind").asText()).isEqualTo("not-an-article");
  }

  @Test
  void twoThreadsWriteWhatOneWrites() {
    Path wacz = wacz(dir.resolve("crawl.wacz"));

    Cli.Result one = cli().run("parse", "--threads", "1", wacz.toString());
    Cli.Result two = cli().run("parse", "--threads", "2", wacz.toString());

    assertThat(two.out()).isEqualTo(one.out()).isNotEmpty();
    assertThat(two.errorLines()).isEqualTo(one.errorLines()).hasSize(1);
  }

  @Test
  void aWaczInAFolderIsFoundByItsName() {
    Path folder = dir.resolve("crawls");
    TestPages.write(folder.resolve("a.html"), TestPages.articleBytes(20, 1));
    wacz(TestPages.write(folder.resolve("b/crawl.WACZ"), new byte[0]));

    Cli.Result result = cli().run("parse", folder.toString());

    assertThat(ParsePagesTest.titles(result.out()))
        .containsExactly("Article 20", "Article 1", "Article 5", "Article 11", "Article 12");
    assertThat(result.summary()).startsWith("news: 2 files, 5 articles, 1 error, 3 skipped records in ");
  }

  /** A crawl downloaded under another name is a ZIP all the same: its first bytes say so. */
  @Test
  void aWaczNamedOnTheCommandLineIsKnownByItsFirstBytesWhateverItsName() {
    Path zip = wacz(dir.resolve("crawl.zip"));
    Path bare = wacz(dir.resolve("download"));

    Cli.Result byZip = cli().run("parse", zip.toString());
    Cli.Result byBare = cli().run("parse", bare.toString());

    assertThat(ParsePagesTest.titles(byZip.out())).containsExactly("Article 1", "Article 5", "Article 11",
        "Article 12");
    assertThat(byBare.out()).isEqualTo(byZip.out());
    assertThat(byZip.errorLines()).singleElement().asString().startsWith("news: error: " + zip
        + "!archive/data.warc.gz at offset ");
  }

  @Test
  void aZipThatIsNoWaczIsOneErrorNotAPageOfBinary() {
    Path file = TestWacz.create().deflated("photos/readme.txt", "holiday pictures\n").write(dir.resolve("a.zip"));

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.out()).isEmpty();
    assertThat(result.errorLines())
        .containsExactly("news: error: " + file + ": not a WACZ file: it holds no WARC files in archive/");
  }

  @Test
  void aWaczOnStandardInputIsAUsageErrorThatAsksForItsPath() throws IOException {
    Path wacz = wacz(dir.resolve("crawl.wacz"));

    Cli.Result result = cli().stdin(Files.readAllBytes(wacz)).run("parse", "-");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("news parse: standard input holds a ZIP file, such as a WACZ file, which can"
        + " be read only from a file: give its path\n");
  }

  @Test
  void aFileNamedAsAWaczThatIsNoZipIsOneError() {
    Path file = TestPages.write(dir.resolve("fake.wacz"), TestPages.articleBytes(1, 1));

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.out()).isEmpty();
    assertThat(result.errorLines()).singleElement().asString()
        .startsWith("news: error: " + file + ": not a WACZ file: it is no ZIP file (");
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void aZipWithoutWarcFilesIsOneError() {
    Path file = TestWacz.create().write(dir.resolve("empty.wacz"));

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.errorLines())
        .containsExactly("news: error: " + file + ": not a WACZ file: it holds no WARC files in archive/");
  }
}
