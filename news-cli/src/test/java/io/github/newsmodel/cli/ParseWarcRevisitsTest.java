package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * news parse on WARC files whose crawler stored a page it found unchanged as a revisit record: the page is the
 * earlier response's, read again, at the revisit's date and target.
 */
class ParseWarcRevisitsTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final String DIGEST = "sha1:2QJ3DLOVJKOTKLEWCNZWLOG5XPPEA4DO";
  private static final String HERITRIX = "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest";
  private static final String NOT_MODIFIED = "http://netpreserve.org/warc/1.0/revisit/server-not-modified";

  @TempDir Path dir;

  /**
   * Heritrix's revisit: the payload's digest, the earlier target and date, no record id. The page is the first
   * response's, its source the revisit's record with the response's as the one that holds the bytes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
  void aRevisitByPayloadDigestIsThePageItRefersToAtItsOwnDate(String name) {
    Path warc = dir.resolve(name);
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(1), TestPages.articleBytes(1, 3), DIGEST)                               // 1
          .request(TestWarc.url(1))                                                                // 2
          .revisit(TestWarc.url(1), HERITRIX, "200 OK", "WARC-Payload-Digest: " + DIGEST,
              "WARC-Refers-To-Target-URI: " + TestWarc.url(1),
              "WARC-Refers-To-Date: " + TestWarc.date(1));                                        // 3
    }

    Cli.Result result = cli().run("parse", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).hasSize(2);
    Article first = articles.get(0);
    Article revisit = articles.get(1);
    assertThat(revisit.source()).contains(Source.builder()
        .uri(URI.create(TestWarc.url(1)))
        .recordId(TestWarc.recordId(3))
        .payloadRecordId(TestWarc.recordId(1))
        .capturedAt(TestWarc.date(3).atOffset(ZoneOffset.UTC))
        .build());
    assertThat(first.source().orElseThrow().payloadRecordId()).isEmpty();
    assertThat(revisit.title()).isEqualTo(first.title()).contains("Article 1");
    assertThat(revisit.body()).isEqualTo(first.body()).hasSize(3);
    assertThat(result.exit()).isZero();
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 0 errors, 1 skipped record in ");
  }

  /** warcprox names the record; the revisit may be of another address that served the same page. */
  @Test
  void aRevisitByRecordIdTakesItsOwnTarget() {
    Path warc = dir.resolve("crawl.warc.gz");
    String other = "https://news.example.com/amp/1";
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(1), TestPages.articleBytes(1, 2))                                       // 1
          .revisit(other, HERITRIX, "200 OK",
              "WARC-Refers-To: <" + TestWarc.recordId(1) + ">");                                  // 2
    }

    List<Article> articles = articles(cli().run("parse", warc.toString()).out());

    assertThat(articles).hasSize(2);
    Source source = articles.get(1).source().orElseThrow();
    assertThat(source.uri()).hasToString(other);
    assertThat(source.recordId()).contains(TestWarc.recordId(2));
    assertThat(source.payloadRecordId()).contains(TestWarc.recordId(1));
    assertThat(articles.get(1).url()).contains(URI.create(other));
    assertThat(articles.get(1).title()).contains("Article 1");
  }

  /** A server's 304 answer: the revisit names the earlier target and date, which the response had. */
  @Test
  void aServerNotModifiedRevisitIsFoundByTargetAndDate() {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(1), TestPages.articleBytes(1, 2))                                       // 1
          .html(TestWarc.url(1), TestPages.articleBytes(2, 2))                                    // 2: changed since
          .revisit(TestWarc.url(1), NOT_MODIFIED, "304 Not Modified",
              "WARC-Refers-To-Target-URI: " + TestWarc.url(1),
              "WARC-Refers-To-Date: " + TestWarc.date(2));                                        // 3
    }

    List<Article> articles = articles(cli().run("parse", warc.toString()).out());

    assertThat(articles).extracting(a -> a.title().orElseThrow())
        .containsExactly("Article 1", "Article 2", "Article 2");
    assertThat(articles.get(2).source().orElseThrow().payloadRecordId()).contains(TestWarc.recordId(2));
    assertThat(articles.get(2).source().orElseThrow().capturedAt())
        .contains(TestWarc.date(3).atOffset(ZoneOffset.UTC));
  }

  /** A later crawl's file refers to pages of an earlier one: both given, in order, the revisit is resolved. */
  @Test
  void aRevisitFindsItsPageInAnEarlierFileOfTheRun() {
    Path first = firstCrawl();
    Path second = secondCrawl();

    Cli.Result together = cli().run("parse", first.toString(), second.toString());
    Cli.Result alone = cli().run("parse", second.toString());

    List<Article> articles = articles(together.out());
    assertThat(articles).hasSize(2);
    assertThat(articles.get(1).source().orElseThrow().recordId()).contains(TestWarc.recordId(2));
    assertThat(articles.get(1).source().orElseThrow().payloadRecordId()).contains(TestWarc.recordId(2));
    assertThat(articles.get(1).title()).contains("Article 2");
    assertThat(alone.out()).isEmpty();
    assertThat(alone.summary()).startsWith("news: 1 file, 0 articles, 0 errors, 2 skipped records in ");
  }

  /**
   * A revisit of what was no page (an image), of a record not in the run, or whose digest is another page's at
   * another address, stays a skipped record.
   */
  @Test
  void aRevisitOfNoPageReadInTheRunIsSkipped() {
    Path warc = dir.resolve("crawl.warc");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    try (TestWarc w = TestWarc.create(warc)) {
      w.response(TestWarc.url(1), "200 OK", "Content-Type: image/png\r\n", png)                   // 1
          .html(TestWarc.url(2), TestPages.articleBytes(2, 2), DIGEST)                            // 2
          .revisit(TestWarc.url(1), HERITRIX, "200 OK", "WARC-Refers-To: <" + TestWarc.recordId(1) + ">") // 3: an image
          .revisit(TestWarc.url(4), HERITRIX, "200 OK", "WARC-Refers-To: <urn:uuid:not-in-the-run>")      // 4
          .revisit(TestWarc.url(5), HERITRIX, "200 OK", "WARC-Payload-Digest: " + DIGEST); // 5: another URL
    }

    Cli.Result result = cli().run("parse", warc.toString());

    assertThat(articles(result.out())).extracting(a -> a.title().orElseThrow()).containsExactly("Article 2");
    assertThat(result.summary()).startsWith("news: 1 file, 1 article, 0 errors, 4 skipped records in ");
  }

  /** Pages of a stream are not kept: a revisit on standard input of a page before it is skipped, as documented. */
  @Test
  void aRevisitOnStandardInputIsSkipped() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(1), TestPages.articleBytes(1, 2), DIGEST)
          .revisit(TestWarc.url(1), HERITRIX, "200 OK", "WARC-Refers-To: <" + TestWarc.recordId(1) + ">");
    }

    Cli.Result piped = cli().stdin(Files.readAllBytes(warc)).run("parse", "-");

    assertThat(articles(piped.out())).hasSize(1);
    assertThat(piped.summary()).contains("1 article, 0 errors, 1 skipped record");
  }

  /**
   * A revisit read from standard input, or from a WACZ file's WARC, finds its page in a file given before it; the
   * pages of standard input cannot be read again.
   */
  @Test
  void aRevisitOnStandardInputOrInAWaczFindsItsPageInAFileGivenEarlier() throws IOException {
    Path first = firstCrawl();
    Path second = secondCrawl();
    Path wacz = TestWacz.create().stored("archive/data.warc.gz", second).write(dir.resolve("crawl-2.wacz"));

    Cli.Result piped = cli().stdin(Files.readAllBytes(second)).run("parse", first.toString(), "-");
    Cli.Result packed = cli().run("parse", first.toString(), wacz.toString());

    for (Cli.Result result : List.of(piped, packed)) {
      List<Article> articles = articles(result.out());
      assertThat(articles).hasSize(2);
      assertThat(articles.get(1).source().orElseThrow().payloadRecordId()).contains(TestWarc.recordId(2));
    }
  }

  /**
   * A WACZ stores its WARC files without compression, so that a replay can seek into them: a revisit in it finds its
   * page in the same WARC or another of the same WACZ, read again from the WACZ file, the last record of an entry
   * too, whose bytes the ZIP's own tables follow.
   */
  @ParameterizedTest
  @ValueSource(strings = {"data.warc", "data.warc.gz"})
  void aRevisitInAWaczFindsItsPageInTheSameWacz(String name) {
    Path earlier = dir.resolve("earlier-" + name);
    try (TestWarc w = TestWarc.create(earlier)) {
      w.html(TestWarc.url(1), TestPages.articleBytes(1, 2), DIGEST)                               // 1
          .html(TestWarc.url(2), TestPages.articleBytes(2, 2));                                   // 2: last
    }
    Path later = dir.resolve("later-" + name);
    try (TestWarc w = TestWarc.create(later)) {
      w.revisit(TestWarc.url(2), HERITRIX, "200 OK", "WARC-Refers-To: <" + TestWarc.recordId(2) + ">")
          .revisit(TestWarc.url(1), HERITRIX, "200 OK", "WARC-Payload-Digest: " + DIGEST,
              "WARC-Refers-To-Target-URI: " + TestWarc.url(1), "WARC-Refers-To-Date: " + TestWarc.date(1));
    }
    Path wacz = TestWacz.create().stored("archive/earlier-" + name, earlier).stored("archive/later-" + name, later)
        .write(dir.resolve("crawl.wacz"));

    Cli.Result result = cli().run("parse", wacz.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow() + " " + a.source().orElseThrow().payloadRecordId()
        .orElse("-")).containsExactly("Article 1 -", "Article 2 -", "Article 2 " + TestWarc.recordId(2),
        "Article 1 " + TestWarc.recordId(1));
    assertThat(articles.get(3).body()).isEqualTo(articles.get(0).body());
    assertThat(result.summary()).startsWith("news: 1 file, 4 articles, 0 errors, 0 skipped records in ");
    assertThat(result.exit()).isZero();
  }

  /** A WARC file deflated in the ZIP, as a ZIP tool may store it, cannot be sought into: its pages are not kept. */
  @Test
  void aRevisitOfAPageInADeflatedWaczEntryIsSkipped() {
    Path earlier = dir.resolve("earlier.warc");
    try (TestWarc w = TestWarc.create(earlier)) {
      w.html(TestWarc.url(1), TestPages.articleBytes(1, 2));
    }
    Path later = dir.resolve("later.warc");
    try (TestWarc w = TestWarc.create(later)) {
      w.revisit(TestWarc.url(1), HERITRIX, "200 OK", "WARC-Refers-To: <" + TestWarc.recordId(1) + ">");
    }
    Path wacz = TestWacz.create().deflated("archive/earlier.warc", earlier).stored("archive/later.warc", later)
        .write(dir.resolve("crawl.wacz"));

    Cli.Result result = cli().run("parse", wacz.toString());

    assertThat(articles(result.out())).hasSize(1);
    assertThat(result.summary()).contains("1 article, 0 errors, 1 skipped record");
  }

  /**
   * A revisit across addresses names the earlier one in WARC-Refers-To-Target-URI, read as leniently as a record's
   * own target: a '|' in it, which jwarc escapes, still finds the page.
   */
  @Test
  void aReferredTargetWithACharacterToEscapeFindsItsPage() {
    String page = "https://news.example.com/a/1?q=a|b";
    String amp = "https://news.example.com/amp/1?q=a|b";
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(page, TestPages.articleBytes(1, 2), DIGEST)
          .revisit(amp, HERITRIX, "200 OK", "WARC-Payload-Digest: " + DIGEST, "WARC-Refers-To-Target-URI: " + page,
              "WARC-Refers-To-Date: " + TestWarc.date(1));
    }

    List<Article> articles = articles(cli().run("parse", warc.toString()).out());

    assertThat(articles).hasSize(2);
    assertThat(articles.get(1).source().orElseThrow().uri()).hasToString("https://news.example.com/amp/1?q=a%7Cb");
  }

  /** A revisit of a page its crawler stored cut off is cut too, and its warning names the record that was cut. */
  @Test
  void theWarningOfARevisitOfACutPageNamesTheRecordThatWasCut() {
    Path warc = dir.resolve("crawl.warc.gz");
    byte[] article = TestPages.articleBytes(1, 3);
    try (TestWarc w = TestWarc.create(warc)) {
      w.truncatedResponse(TestWarc.url(1), "Content-Type: text/html\r\n",
              Arrays.copyOf(article, article.length / 2), "length")                                   // 1
          .revisit(TestWarc.url(1), HERITRIX, "200 OK", "WARC-Refers-To: <" + TestWarc.recordId(1) + ">"); // 2
    }

    Cli.Result result = cli().run("parse", warc.toString());

    assertThat(articles(result.out())).hasSize(2);
    List<String> warnings = result.err().lines().filter(l -> l.startsWith("news: warning: ")).toList();
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(1)).contains(TestWarc.recordId(2))
        .contains("the record the revisit refers to (" + TestWarc.recordId(1) + ", at offset 0 of " + warc + "): "
            + "the crawler stored the record cut off (WARC-Truncated: length)");
  }

  /** A first crawl: the page of record 2, with its payload's digest. */
  private Path firstCrawl() {
    Path first = dir.resolve("crawl-1.warc.gz");
    try (TestWarc w = TestWarc.create(first)) {
      w.warcinfo().html(TestWarc.url(2), TestPages.articleBytes(2, 2), DIGEST);
    }
    return first;
  }

  /** A second crawl, which found the page of the first unchanged: a revisit of it by its digest. */
  private Path secondCrawl() {
    Path second = dir.resolve("crawl-2.warc.gz");
    try (TestWarc w = TestWarc.create(second)) {
      w.warcinfo().revisit(TestWarc.url(2), HERITRIX, "200 OK", "WARC-Payload-Digest: " + DIGEST);
    }
    return second;
  }

  private static List<Article> articles(String jsonLines) {
    List<Article> articles = new ArrayList<>();
    JSON.linesReader(new StringReader(jsonLines)).forEach(articles::add);
    return articles;
  }
}
