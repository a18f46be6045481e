package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.luben.zstd.Zstd;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** news parse on WARC files written here with jwarc. */
class ParseWarcTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  @TempDir Path dir;

  /** Records 3, 5, 6, 8 and 10 are pages that parse, 11 and 12 pages that fail; the eight others are not pages. */
  private Path mixedWarc(String name) {
    Path file = dir.resolve(name);
    try (TestWarc warc = TestWarc.create(file)) {
      warc.warcinfo()                                                                     // 1
          .request(TestWarc.url(2))                                                       // 2
          .html(TestWarc.url(3), TestPages.articleBytes(3, 2))                            // 3
          .response(TestWarc.url(4), "200 OK", "Content-Type: image/png\r\n", PNG)        // 4
          .response(TestWarc.url(5), "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
              TestPages.gzip(TestPages.articleBytes(5, 2)))                               // 5
          .response(TestWarc.url(6), "200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
              chunked(TestPages.articleBytes(6, 2)))                                      // 6
          .response(TestWarc.url(7), "404 Not Found", "Content-Type: text/html\r\n",
              TestPages.articleBytes(7, 1))                                               // 7
          .response(TestWarc.url(8), "200 OK", "", TestPages.articleBytes(8, 1))          // 8: sniffed
          .response(TestWarc.url(9), "200 OK", "Content-Type: application/octet-stream\r\n", PNG) // 9
          .response(TestWarc.url(10), "200 OK", "Content-Type: text/html; charset=windows-1252\r\n",
              "<html><head><title>Caf\u00e9 10</title></head><body><p>Un caf\u00e9.</p></body></html>"
                  .getBytes(Charset.forName("windows-1252")))                             // 10
          .response(TestWarc.url(11), "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
              TestPages.articleBytes(11, 1))                                              // 11: not gzip
          .html("http://forums.afterdawn.com/thread_view.cfm/1/12", TestPages.notAnArticleBytes(12)) // 12
          .revisit(TestWarc.url(3))                                                       // 13
          .resource(TestWarc.url(14), "text/plain", TestPages.articleBytes(14, 1))        // 14
          .response(TestWarc.url(15), "301 Moved Permanently", "Location: /a/3\r\nContent-Type: text/html\r\n",
              "<html><title>Moved</title></html>".getBytes(StandardCharsets.US_ASCII));   // 15
    }
    return file;
  }

  @Test
  void onlyHtmlResponsesBecomeArticlesEachWithItsRecordAsSource() {
    Path warc = mixedWarc("mixed.warc");

    Cli.Result result = cli().run("parse", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow())
        .containsExactly("Article 3", "Article 5", "Article 6", "Article 8", "Caf\u00e9 10");
    assertThat(articles.get(0).source()).contains(Source.builder()
        .uri(URI.create(TestWarc.url(3)))
        .recordId(TestWarc.recordId(3))
        .capturedAt(TestWarc.date(3).atOffset(ZoneOffset.UTC))
        .build());
    assertThat(articles).extracting(a -> a.source().orElseThrow().recordId().orElseThrow())
        .containsExactly(TestWarc.recordId(3), TestWarc.recordId(5), TestWarc.recordId(6), TestWarc.recordId(8),
            TestWarc.recordId(10));
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.summary()).startsWith("news: 1 file, 5 articles, 2 errors, 8 skipped records in ");
  }

  @Test
  void eachFailedRecordIsAnErrorLineAndAnErrorRecord() throws Exception {
    Path warc = mixedWarc("mixed.warc");
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), warc.toString());

    Map<String, Long> offsets = offsets(warc);
    List<String> lines = Files.readAllLines(errors);
    assertThat(lines).hasSize(2);
    JsonNode gzip = MAPPER.readTree(lines.get(0));
    assertThat(fieldNames(gzip)).containsExactly("input", "recordId", "offset", "url", "kind", "message");
    assertThat(gzip.path("input").asText()).isEqualTo(warc.toString());
    assertThat(gzip.path("recordId").asText()).isEqualTo(TestWarc.recordId(11));
    assertThat(gzip.path("offset").asLong()).isEqualTo(offsets.get(TestWarc.recordId(11))).isPositive();
    assertThat(gzip.path("url").asText()).isEqualTo(TestWarc.url(11));
    assertThat(gzip.path("kind").asText()).isEqualTo("unreadable-input");
    assertThat(gzip.path("message").asText()).isEqualTo("cannot read the record's HTTP response: broken gzip data:"
        + " Not in GZIP format");
    JsonNode forum = MAPPER.readTree(lines.get(1));
    assertThat(forum.path("recordId").asText()).isEqualTo(TestWarc.recordId(12));
    assertThat(forum.path("offset").asLong()).isEqualTo(offsets.get(TestWarc.recordId(12)));
    assertThat(forum.path("kind").asText()).isEqualTo("not-an-article");
    assertThat(fieldNames(forum)).containsExactly("input", "recordId", "offset", "url", "kind", "exception", "message");
    assertThat(forum.path("exception").asText()).isEqualTo("io.github.newsmodel.html.NotAnArticleException");
    assertThat(forum.path("message").asText())
        .startsWith("http://forums.afterdawn.com/thread_view.cfm/1/12 at 'html > body.forums': no news article");
    // Each line names the record's URL as the record does; a message that begins with it does not say it twice.
    assertThat(result.errorLines()).containsExactly(
        "news: error: " + warc + " at offset " + offsets.get(TestWarc.recordId(11)) + " ("
            + TestWarc.recordId(11) + ", " + TestWarc.url(11) + "): " + gzip.path("message").asText(),
        "news: error: " + warc + " at offset " + offsets.get(TestWarc.recordId(12)) + " ("
            + TestWarc.recordId(12) + ", http://forums.afterdawn.com/thread_view.cfm/1/12): "
            + forum.path("message").asText().substring("http://forums.afterdawn.com/thread_view.cfm/1/12 ".length()));
  }

  /**
   * A record of a Wayback Machine replay was fetched when its WARC-Date says, long after the archive captured the
   * page: the capture time is the one in the replay's address, and an address whose timestamp is partial or
   * impossible, which the archive answers with its nearest capture, gives none rather than the fetch's date.
   */
  @Test
  void aWaybackReplayIsDatedByItsAddressOrNotAtAll() {
    List<String> timestamps = List.of("20070524135200", "2007", "20070524", "200705241352001", "20070599999999");
    Path file = dir.resolve("wayback.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      timestamps.forEach(t -> warc.html("https://web.archive.org/web/" + t + "/" + TestPages.SAMPLE_URL,
          TestPages.sample()));
    }

    Cli.Result result = cli().run("parse", file.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.url().orElseThrow().toString())
        .containsOnly(TestPages.SAMPLE_URL).hasSize(timestamps.size());
    for (int i = 0; i < timestamps.size(); i++) {
      URI address = URI.create("https://web.archive.org/web/" + timestamps.get(i) + "/" + TestPages.SAMPLE_URL);
      Source.Builder source = Source.builder().uri(address).recordId(TestWarc.recordId(i + 1)).archiveUrl(address);
      if (i == 0) {
        source.capturedAt(OffsetDateTime.parse("2007-05-24T13:52:00Z"));
      }
      assertThat(articles.get(i).source()).as(timestamps.get(i)).hasValue(source.build());
    }
    assertThat(result.exit()).isZero();
  }

  @Test
  void aCompressedWarcGivesTheSameArticles() {
    Cli.Result plain = cli().run("parse", mixedWarc("mixed.warc").toString());
    Cli.Result compressed = cli().run("parse", mixedWarc("mixed.warc.gz").toString());

    assertThat(compressed.out()).isEqualTo(plain.out()).isNotEmpty();
    assertThat(compressed.summary()).startsWith("news: 1 file, 5 articles, 2 errors, 8 skipped records in ");
  }

  @Test
  void aWarcOnStandardInputIsReadLikeAFile() throws IOException {
    Path warc = mixedWarc("mixed.warc.gz");

    Cli.Result result = cli().stdin(Files.readAllBytes(warc)).run("parse", "-");

    assertThat(result.out()).isEqualTo(cli().run("parse", warc.toString()).out());
    assertThat(result.summary()).startsWith("news: 1 file, 5 articles, 2 errors, 8 skipped records in ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
  void aRecordCutOffByTheEndOfTheFileIsOneErrorAfterTheRecordsBeforeIt(String name) throws IOException {
    Path file = dir.resolve(name);
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1))
          .html(TestWarc.url(3), noisy(TestPages.article(3, 1)));
    }
    truncate(file, 100);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2");
    assertThat(result.errorLines()).singleElement().asString()
        .endsWith("(" + TestWarc.recordId(3) + ", " + TestWarc.url(3) + "): the record is cut off: the WARC file ends inside it");
    assertThat(MAPPER.readTree(Files.readString(errors)).path("kind").asText()).isEqualTo("truncated");
    assertThat(result.exit()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
  void aFileCutOffInsideARecordThatIsNoPageIsOneError(String name) throws IOException {
    Path file = dir.resolve(name);
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .resource(TestWarc.url(2), "application/octet-stream", new byte[50_000]);
    }
    truncate(file, 20);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).singleElement().asString()
        .contains(": the WARC file cannot be read from here on: the data ends early");
    assertThat(result.summary()).startsWith("news: 1 file, 1 article, 1 error, 1 skipped record in ");
  }

  @Test
  void aBrokenRecordHeaderIsOneErrorAndReadingGoesOnAtTheNextRecord() throws IOException {
    Path file = dir.resolve("broken.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1))
          .html(TestWarc.url(3), TestPages.articleBytes(3, 1))
          .html(TestWarc.url(4), TestPages.articleBytes(4, 1));
    }
    Map<String, Long> offsets = offsets(file);
    long second = offsets.get(TestWarc.recordId(2));
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap("XXXX".getBytes(StandardCharsets.US_ASCII)), second);
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).singleElement().asString()
        .isEqualTo("news: error: " + file + " at offset " + second + ": the WARC file cannot be read from here to"
            + " offset " + offsets.get(TestWarc.recordId(3)) + ", where reading goes on: no valid WARC record header");
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void aBrokenRecordHeaderWithNoRecordAfterItEndsTheFileWithOneError() throws IOException {
    Path file = dir.resolve("broken.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1));
    }
    long second = offsets(file).get(TestWarc.recordId(2));
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap("XXXX".getBytes(StandardCharsets.US_ASCII)), second);
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).singleElement().asString()
        .isEqualTo("news: error: " + file + " at offset " + second + ": the WARC file cannot be read from here on:"
            + " no valid WARC record header");
  }

  @Test
  void aRecordLengthThatIsNotANumberIsNamedInTheError() throws IOException {
    Path file = dir.resolve("length.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1));
    }
    long second = offsets(file).get(TestWarc.recordId(2));
    String warcText = Files.readString(file, StandardCharsets.ISO_8859_1);
    int length = warcText.indexOf("Content-Length: ", (int) second) + "Content-Length: ".length();
    String broken = warcText.substring(0, length) + "abc" + warcText.substring(warcText.indexOf('\r', length));
    Files.writeString(file, broken, StandardCharsets.ISO_8859_1);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).singleElement().asString()
        .isEqualTo("news: error: " + file + " at offset " + second + ": the WARC file cannot be read from here on:"
            + " no valid WARC record header: its Content-Length is not a number: \"abc\"");
  }

  @Test
  void aPageLargerThanTheLimitFailsAndTheOthersParse() {
    Path file = dir.resolve("big.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .response(TestWarc.url(2), "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
              TestPages.gzip(TestPages.articleBytes(2, 200)))
          .html(TestWarc.url(3), TestPages.articleBytes(3, 1));
    }

    Cli.Result result = cli().run("parse", "--max-page-size", "4k", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    assertThat(result.errorLines()).singleElement().asString()
        .endsWith("(" + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): the page is larger than 4 KiB"
            + " (--max-page-size), once decompressed");
  }

  @Test
  void aBrotliEncodedPageIsDecoded() {
    // <html><head><title>Brotli page</title></head><body><p>Compressed with brotli.</p></body></html>, made with
    // the brotli command line, since the brotli library that jwarc uses only decodes.
    byte[] brotli = HexFormat.of().parseHex("1f5f00a8ac0e6cc73b7829ac4431b5e2be41cda32034b4c4d0ea05aedee4da278dad4d83"
        + "b8f8d001871cb84465d676cf38d88033e96d1a781e7e1421d2eb449d6d608dc4eeeb3a018e2cd001");
    Path file = dir.resolve("brotli.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.response(TestWarc.url(1), "200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", brotli);
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Brotli page");
  }

  /**
   * A whole record whose compressed page ends early, as a crawler stores a page cut off at its size limit, is the
   * page as far as it goes; the file goes on after it. Empty deflate data once made the reader spin for ever.
   */
  @Test
  void aRecordWhoseCompressedPageEndsEarlyIsATruncatedPageAndTheFileGoesOn() {
    byte[] gzip = TestPages.gzip(TestPages.articleBytes(2, 40));
    byte[] deflated = deflate(TestPages.articleBytes(3, 40), false);
    Path file = dir.resolve("cut-pages.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .response(TestWarc.url(2), "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
              Arrays.copyOf(gzip, gzip.length * 2 / 3))
          .response(TestWarc.url(3), "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
              Arrays.copyOf(deflated, deflated.length * 2 / 3))
          .response(TestWarc.url(4), "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
              new byte[0])
          .html(TestWarc.url(5), TestPages.articleBytes(5, 1));
    }

    Cli.Result result = cli().run("parse", "--errors", "-", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3",
        "Article 5");
    assertThat(result.err()).contains("(" + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): the record's gzip"
        + " data end early: parsed as a truncated page from the ")
        .contains("(" + TestWarc.recordId(3) + ", " + TestWarc.url(3) + "): the record's deflate data end early");
    assertThat(result.err()).contains("\"kind\":\"truncated\"", "\"url\":\"" + TestWarc.url(4) + "\"",
        "the record's deflate data end early, before any of the page");
    assertThat(result.exit()).isEqualTo(1);
  }

  /**
   * HTTP's deflate is the zlib format (RFC 9110, 8.4.1.2); servers also send it raw. Browsers read both, and pass
   * over a coding they do not know; data that are not deflate are broken deflate data.
   */
  @Test
  void deflateIsReadInTheZlibFormatAndRaw() {
    Path file = dir.resolve("deflate.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.response(TestWarc.url(1), "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
              deflate(TestPages.articleBytes(1, 2), true))
          .response(TestWarc.url(2), "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
              deflate(TestPages.articleBytes(2, 2), false))
          .response(TestWarc.url(3), "200 OK", "Content-Type: text/html\r\nContent-Encoding: utf-8\r\n",
              TestPages.articleBytes(3, 2))
          .response(TestWarc.url(4), "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
              TestPages.articleBytes(4, 2));
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3");
    assertThat(result.errorLines()).singleElement().asString().contains(TestWarc.url(4))
        .contains("cannot read the record's HTTP response: broken deflate data: ");
  }

  /**
   * A page stored without its HTTP response, as warcit stores the files of a saved site, is a {@code resource}
   * record of its own type; one of another type, or of no http URL, is none.
   */
  @Test
  void anHtmlResourceRecordOfAnHttpUrlIsAPage() {
    Path file = dir.resolve("resources.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.resource(TestWarc.url(1), "text/html; charset=windows-1252",
              "<html><head><title>Caf\u00e9 1</title></head><body><p>Un caf\u00e9.</p></body></html>"
                  .getBytes(Charset.forName("windows-1252")))
          .resource(TestWarc.url(2), "text/plain", TestPages.articleBytes(2, 1))
          .resource("urn:text:" + TestWarc.url(3), "text/html", TestPages.articleBytes(3, 1));
    }

    Cli.Result result = cli().run("parse", file.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Caf\u00e9 1");
    assertThat(articles.get(0).source()).contains(Source.builder().uri(URI.create(TestWarc.url(1)))
        .recordId(TestWarc.recordId(1)).capturedAt(TestWarc.date(1).atOffset(ZoneOffset.UTC)).build());
    assertThat(result.summary()).startsWith("news: 1 file, 1 article, 0 errors, 2 skipped records in ");
  }

  /**
   * A resource or response record without a WARC-Target-URI holds no page of a URL: a skipped record, never a crash
   * of the run (the fuzz test found one: a response that gives no Content-Type is told by its target).
   */
  @ParameterizedTest
  @ValueSource(strings = {"resource\r\nContent-Type: text/html", "response"})
  void aRecordWithoutATargetIsSkippedNeverACrash(String typeAndHeaders) throws IOException {
    Path file = dir.resolve("no-target.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1));
    }
    byte[] body = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + TestPages.article(2, 1))
        .getBytes(StandardCharsets.UTF_8);
    String header = "WARC/1.0\r\nWARC-Type: " + typeAndHeaders
        + "\r\nWARC-Record-ID: <urn:uuid:no-target>\r\nContent-Length: " + body.length + "\r\n\r\n";
    Path third = dir.resolve("third.warc");
    try (TestWarc warc = TestWarc.create(third)) {
      warc.html(TestWarc.url(3), TestPages.articleBytes(3, 1));
    }
    Files.write(file, concat(concat(header.getBytes(StandardCharsets.US_ASCII), body),
        concat("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(third))),
        StandardOpenOption.APPEND);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 0 errors, 1 skipped record in ");
    assertThat(result.exit()).isZero();
  }

  /** A resource record with two WARC-Target-URI headers names no one URL: an error of its own, not a crash. */
  @Test
  void aRecordWithTwoTargetsIsAnErrorNeverACrash() throws IOException {
    Path file = dir.resolve("two-targets.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.resource(TestWarc.url(1), "text/html", TestPages.articleBytes(1, 1))
          .resource(TestWarc.url(2), "text/html", TestPages.articleBytes(2, 1))
          .resource(TestWarc.url(3), "text/html", TestPages.articleBytes(3, 1));
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    String target = "WARC-Target-URI: " + TestWarc.url(2) + "\r\n";
    Files.write(file, text.replace(target, target + target).getBytes(StandardCharsets.ISO_8859_1));

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    assertThat(result.errorLines()).singleElement().asString().contains("(" + TestWarc.recordId(2) + "): the record"
        + " has no absolute WARC-Target-URI");
  }

  /**
   * A record's Content-Type that jwarc's lenient reading still cannot read (found by the fuzz test: bytes above
   * ASCII before the slash) names no type: the record is skipped, never a crash of the run.
   */
  @Test
  void aRecordContentTypeThatCannotBeReadIsNoTypeNeverACrash() throws IOException {
    Path file = dir.resolve("bad-type.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1))
          .html(TestWarc.url(3), TestPages.articleBytes(3, 1));
    }
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int second = text.indexOf("application/http", text.indexOf("application/http") + 1); // the second record's
    bytes[second + 4] = (byte) 0xff; // "appl\u00ffcation/http"
    Files.write(file, bytes);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 0 errors, 1 skipped record in ");
  }

  /** A proxy that joins two Content-Type headers into one leaves a list, which browsers read by its last type. */
  @Test
  void aContentTypeThatListsTypesIsReadByItsLast() {
    Path file = dir.resolve("types.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.response(TestWarc.url(1), "200 OK", "Content-Type: text/html, text/html; charset=utf-8\r\n",
              TestPages.articleBytes(1, 1))
          .response(TestWarc.url(2), "200 OK", "Content-Type: text/html, image/png\r\n", PNG);
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.summary()).startsWith("news: 1 file, 1 article, 0 errors, 1 skipped record in ");
  }

  /**
   * jwarc read a zstd-compressed WARC with a native library that news did not carry; without it the reading thread
   * died with NoClassDefFoundError. A .warc file in a folder that is zstd is read as the .warc.zst it is (here an
   * empty one, see ParseWarcZstdTest), and a page sent with Content-Encoding: zstd is decoded.
   */
  @Test
  void zstdIsReadNeverACrash() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("crawl"));
    // An empty zstd frame: its magic number, its header and an empty last block; named .warc, as a folder may hold it.
    Files.write(folder.resolve("a.warc"), HexFormat.of().parseHex("28b52ffd2000010000"));
    try (TestWarc warc = TestWarc.create(folder.resolve("b.warc"))) {
      warc.response(TestWarc.url(1), "200 OK", "Content-Type: text/html\r\nContent-Encoding: zstd\r\n",
              Zstd.compress(TestPages.articleBytes(1, 3)))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1));
    }

    Cli.Result result = cli().run("parse", folder.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2");
    assertThat(result.errorLines()).containsExactly(
        "news: error: " + folder.resolve("a.warc") + ": the WARC file holds no record: it is empty once decompressed");
    assertThat(result.exit()).isEqualTo(1);
  }

  /**
   * A zstd body cut off, as a crawler stores a page cut off at its size limit, is the page as far as it goes, as a
   * gzip body is; zstd data that are no zstd are the record's error; the file goes on after both.
   */
  @Test
  void aZstdBodyCutOffIsATruncatedPageAndABrokenOneAnError() {
    // more than one zstd block (128 KiB of page), so that a cut leaves the blocks before it to read
    byte[] zstd = Zstd.compress(TestPages.articleBytes(1, 3000));
    byte[] broken = Zstd.compress(TestPages.articleBytes(2, 40));
    Arrays.fill(broken, 4, 12, (byte) 0x7f); // the frame header and the first block header
    Path file = dir.resolve("zstd-bodies.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.response(TestWarc.url(1), "200 OK", "Content-Type: text/html\r\nContent-Encoding: zstd\r\n",
              Arrays.copyOf(zstd, zstd.length * 2 / 3))
          .response(TestWarc.url(2), "200 OK", "Content-Type: text/html\r\nContent-Encoding: zstd\r\n", broken)
          .html(TestWarc.url(3), TestPages.articleBytes(3, 1));
    }

    Cli.Result result = cli().run("parse", "--errors", "-", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    assertThat(result.err()).contains("(" + TestWarc.recordId(1) + ", " + TestWarc.url(1) + "): the record's zstd"
        + " data end early: parsed as a truncated page from the ")
        .contains("\"url\":\"" + TestWarc.url(2) + "\",\"kind\":\"unreadable-input\"",
            "cannot read the record's HTTP response: broken zstd data: ");
    assertThat(result.exit()).isEqualTo(1);
  }

  /** A WARC-Target-URI written with characters a URI escapes: the escapes in upper case, as RFC 3986 asks. */
  @Test
  void aTargetWithCharactersToEscapeIsEscapedInUpperCase() {
    Path file = dir.resolve("escapes.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html("http://example.com/a b|c{d}^e", TestPages.articleBytes(1, 1));
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(articles(result.out())).singleElement().satisfies(a -> assertThat(a.source().orElseThrow().uri())
        .hasToString("http://example.com/a%20b%7Cc%7Bd%7D%5Ee"));
  }

  /** WARC 1.1, 5.13: a crawler that stored less than it got says so; the page is parsed as a truncated one. */
  @Test
  void aRecordMarkedWarcTruncatedIsATruncatedPage() {
    byte[] page = TestPages.articleBytes(1, 40);
    Path file = dir.resolve("truncated.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.truncatedResponse(TestWarc.url(1), "Content-Type: text/html\r\n", Arrays.copyOf(page, page.length / 2),
          "length");
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.err().lines().filter(l -> l.startsWith("news: warning: "))).singleElement().asString()
        .endsWith("): the crawler stored the record cut off (WARC-Truncated: length): parsed as a truncated page"
            + " from the " + page.length / 2 + " bytes before the cut");
  }

  /** An extra line end or a block's zero padding after the last record ends the file as its end does. */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r\n\r\n\r\n", "\0\0\0\0\0\0\0\0"})
  void blankBytesAfterTheLastRecordAreNoError(String trailing) throws IOException {
    Path file = dir.resolve("trailing.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1));
    }
    Files.write(file, trailing.getBytes(StandardCharsets.ISO_8859_1), StandardOpenOption.APPEND);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.summary()).contains("1 article, 0 errors");
  }

  @Test
  void aFileThatIsNoWarcIsOneErrorInWordsOfOurOwn() throws IOException {
    Path file = TestPages.write(dir.resolve("fake.warc"), new byte[] {(byte) 0xf8, (byte) 0xf9, 'q', 'M', 0, 1});
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), file.toString());

    assertThat(result.out()).isEmpty();
    assertThat(result.errorLines())
        .containsExactly("news: error: " + file + ": not a WARC file: it does not start with 'WARC/'");
    assertThat(result.exit()).isEqualTo(1);
    JsonNode record = MAPPER.readTree(Files.readString(errors));
    assertThat(fieldNames(record)).containsExactly("input", "kind", "message");
    assertThat(record.path("kind").asText()).isEqualTo("unreadable-input");
  }

  @Test
  void aFileNamedOnTheCommandLineThatStartsAsAWarcIsReadAsOne() {
    Path file = dir.resolve("crawl.dat");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1));
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
  }

  @Test
  void aCompressedPageNamedAsAWarcFileIsNoWarc() {
    Path file = TestPages.write(dir.resolve("fake.warc.gz"), TestPages.gzip(TestPages.articleBytes(1, 1)));

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.errorLines()).containsExactly("news: error: " + file + ": not a WARC file: it does not start"
        + " with 'WARC/' once decompressed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"records.warc", "records.warc.gz"})
  void eachOffsetIsWhereAReaderCanSeekToTheRecord(String name) throws IOException {
    Path warc = mixedWarc(name); // a .warc.gz compressed record by record, as WARC writers do
    Path errors = dir.resolve("errors.jsonl");

    cli().run("parse", "--errors", errors.toString(), warc.toString());

    List<String> lines = Files.readAllLines(errors);
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      JsonNode record = MAPPER.readTree(line);
      assertThat(record.path("offset").asLong()).isPositive();
      assertThat(recordIdAt(warc, record.path("offset").asLong())).isEqualTo(record.path("recordId").asText());
    }
  }

  @Test
  void recordsInsideAWarcCompressedAsOneGzipMemberHaveNoOffset() throws IOException {
    byte[] whole = TestPages.gzip(Files.readAllBytes(mixedWarc("whole.warc"))); // as by gzip whole.warc
    Path warc = TestPages.write(dir.resolve("whole.warc.gz"), whole);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), warc.toString());
    Cli.Result stdin = cli().stdin(whole).run("parse", "-");

    assertThat(ParsePagesTest.titles(result.out())).hasSize(5);
    List<String> lines = Files.readAllLines(errors);
    assertThat(lines).hasSize(2);
    assertThat(fieldNames(MAPPER.readTree(lines.get(0)))).containsExactly("input", "recordId", "url", "kind",
        "message");
    assertThat(fieldNames(MAPPER.readTree(lines.get(1)))).containsExactly("input", "recordId", "url", "kind",
        "exception", "message");
    assertThat(result.errorLines()).containsExactly(
        "news: error: " + warc + " (" + TestWarc.recordId(11) + ", " + TestWarc.url(11) + "): "
            + MAPPER.readTree(lines.get(0)).path("message").asText(),
        "news: error: " + warc + " (" + TestWarc.recordId(12) + ", http://forums.afterdawn.com/thread_view.cfm/1/12):"
            + " at 'html > body.forums': no news article (div.newsArticle): an AfterDawn page of another kind, such"
            + " as a forum thread, or a page cut off before its article");
    assertThat(stdin.errorLines()).containsExactlyElementsOf(
        result.errorLines().stream().map(l -> l.replace(warc.toString(), "-")).toList());
  }

  /**
   * A file that cannot be sought in, compressed whole into one gzip member or uncompressed on standard input, went
   * no further than a broken record header, and lost every record after it. The next record is found in the bytes
   * read ahead, or further on, as in a file that can be sought in.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gzip file", "gzip on standard input", "standard input"})
  void aWarcThatCannotBeSoughtInGoesOnAtTheRecordAfterABrokenHeader(String input) throws IOException {
    Path plain = dir.resolve("broken.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1))
          .html(TestWarc.url(3), TestPages.articleBytes(3, 1));
    }
    Map<String, Long> offsets = offsets(plain);
    long second = offsets.get(TestWarc.recordId(2));
    try (FileChannel channel = FileChannel.open(plain, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap("XXXX".getBytes(StandardCharsets.US_ASCII)), second);
    }
    byte[] bytes = Files.readAllBytes(plain);
    Path file = TestPages.write(dir.resolve("broken.warc.gz"), TestPages.gzip(bytes));

    Cli.Result result = switch (input) {
      case "gzip file" -> cli().run("parse", file.toString());
      case "gzip on standard input" -> cli().stdin(TestPages.gzip(bytes)).run("parse", "-");
      default -> cli().stdin(bytes).run("parse", "-");
    };

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    String name = input.equals("gzip file") ? file.toString() : "-";
    assertThat(result.errorLines()).containsExactly(input.equals("standard input")
        ? "news: error: - at offset " + second + ": the WARC file cannot be read from here to offset "
            + offsets.get(TestWarc.recordId(3)) + ", where reading goes on: no valid WARC record header"
        : "news: error: " + name + ": the WARC file cannot be read after its first record to the next record, where"
            + " reading goes on: no valid WARC record header");
  }

  @Test
  void aWarcCompressedAsOneGzipStreamAndCutOffGivesEveryWholeRecordBeforeTheCut() throws IOException {
    Path plain = dir.resolve("whole.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      for (int n = 1; n <= 40; n++) {
        warc.html(TestWarc.url(n), TestPages.articleBytes(n, 3 + n % 7));
      }
    }
    Map<String, Long> offsets = offsets(plain);
    byte[] whole = TestPages.gzip(Files.readAllBytes(plain)); // as by gzip whole.warc, then a partial download
    int cut = whole.length * 2 / 3;
    byte[] part = Arrays.copyOf(whole, cut);
    Path file = TestPages.write(dir.resolve("partial.warc.gz"), part);
    long inflated = inflatable(part);
    int before = 0; // the records whose every byte, to the next record, inflates before the cut
    while (before < 40 && (before == 39 ? plain.toFile().length() : offsets.get(TestWarc.recordId(before + 2)))
        <= inflated) {
      before++;
    }

    Cli.Result result = cli().run("parse", file.toString());
    Cli.Result stdin = cli().stdin(part).run("parse", "-");

    assertThat(before).isGreaterThan(20);
    assertThat(ParsePagesTest.titles(result.out())).hasSize(before).last().isEqualTo("Article " + before);
    // The cut is one error, of the record it cut or, as here, of the file where it cut a record's header.
    assertThat(result.errorLines()).containsExactly("news: error: " + file + ": the WARC file cannot be read after"
        + " its first " + before + " records: the data ends early: the gzip member from offset 0 is cut off at offset "
        + cut);
    assertThat(result.exit()).isEqualTo(1);
    assertThat(stdin.out()).isEqualTo(result.out());
  }

  @Test
  void aWarcCompressedAsOneGzipStreamCutOffBetweenRecordsSaysWhereItEnds() throws IOException {
    Path plain = dir.resolve("whole.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1));
    }
    byte[] whole = TestPages.gzip(Files.readAllBytes(plain));
    Path file = TestPages.write(dir.resolve("partial.warc.gz"), Arrays.copyOf(whole, whole.length - 4));

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2");
    assertThat(result.errorLines()).containsExactly("news: error: " + file + ": the WARC file cannot be read after"
        + " its first 2 records: the data ends early: the gzip member from offset 0 is cut off at offset "
        + (whole.length - 4) + ", in its trailer");
    assertThat(result.exit()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aBrokenGzipMemberIsOneErrorAndReadingGoesOnAtTheNextMember(boolean stdin) throws IOException {
    Path file = fourPages("broken.warc.gz");
    Map<String, Long> offsets = offsets(file);
    long second = offsets.get(TestWarc.recordId(2));
    long third = offsets.get(TestWarc.recordId(3));
    byte[] bytes = Files.readAllBytes(file);
    Arrays.fill(bytes, (int) second + 30, (int) second + 60, (byte) 0xff); // deflate data that cannot be inflated
    Files.write(file, bytes);

    Cli.Result result = stdin ? cli().stdin(bytes).run("parse", "-") : cli().run("parse", file.toString());

    String input = stdin ? "-" : file.toString();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).containsExactly("news: error: " + input + " at offset " + second + ": the WARC"
        + " file cannot be read from here to offset " + third + ", where reading goes on: broken gzip data: invalid"
        + " bit length repeat, in the gzip member from offset " + second);
    assertThat(result.exit()).isEqualTo(1);
  }

  /**
   * jwarc reads a record's first bytes as soon as it is made, at the file's start and where a resync goes on. A gzip
   * member broken a little way in, whose start the resync takes for a record's, breaks right there: that is a break
   * like any other, and reading goes on at the next member that can be read. A member that inflates to other bytes
   * than stored, and so to a record of another length, does not take the next member's record with it either.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1", "2 3", "1 2 3"})
  void gzipMembersBrokenWhereReadingStartsAreErrorsAndReadingGoesOn(String broken) throws IOException {
    Path file = fourPages("broken.warc.gz");
    Map<String, Long> offsets = offsets(file);
    byte[] bytes = Files.readAllBytes(file);
    List<String> titles = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      int start = offsets.get(TestWarc.recordId(n)).intValue();
      int end = n == 4 ? bytes.length : offsets.get(TestWarc.recordId(n + 1)).intValue();
      if (Arrays.asList(broken.split(" ")).contains(String.valueOf(n))) {
        Arrays.fill(bytes, (start + end) / 2, (start + end) / 2 + 10, (byte) 0xff); // past the start a resync tries
      } else {
        titles.add("Article " + n);
      }
    }
    Files.write(file, bytes);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactlyElementsOf(titles);
    assertThat(result.errorLines()).isNotEmpty(); // a broken member's record, and the bytes up to the next record
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void aBrokenGzipHeaderIsOneErrorAndReadingGoesOnAtTheNextMember() throws IOException {
    Path file = fourPages("broken.warc.gz");
    Map<String, Long> offsets = offsets(file);
    long second = offsets.get(TestWarc.recordId(2));
    byte[] bytes = Files.readAllBytes(file);
    bytes[(int) second] = 'X'; // no gzip magic: the record cannot even be found
    Files.write(file, bytes);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).containsExactly("news: error: " + file + " at offset " + second + ": the WARC"
        + " file cannot be read from here to offset " + offsets.get(TestWarc.recordId(3)) + ", where reading goes on:"
        + " broken gzip data: no gzip member starts at offset " + second);
    assertThat(result.exit()).isEqualTo(1);
  }

  @Test
  void aGzipMemberWhoseCrcFailsIsAnErrorNotAPage() throws IOException {
    Path file = fourPages("crc.warc.gz");
    Map<String, Long> offsets = offsets(file);
    long second = offsets.get(TestWarc.recordId(2));
    long third = offsets.get(TestWarc.recordId(3));
    byte[] bytes = Files.readAllBytes(file);
    bytes[(int) third - 8] ^= 0x01; // the CRC32 in the trailer of the second record's member
    Files.write(file, bytes);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).singleElement().asString()
        .matches("news: error: \\Q" + file + " at offset " + second + " (" + TestWarc.recordId(2) + ", "
            + TestWarc.url(2) + "): the record's gzip member fails its check: its CRC32 is \\E[0-9a-f]{8}, not the"
            + " [0-9a-f]{8} its trailer gives: its bytes are not those stored");
    assertThat(MAPPER.readTree(Files.readString(errors)).path("kind").asText()).isEqualTo("unreadable-input");
    assertThat(result.exit()).isEqualTo(1);
  }

  /** Zero padding after the last gzip member ends the file, as it ends an uncompressed one. */
  @ParameterizedTest
  @ValueSource(ints = {1, 512, 10_240})
  void zeroBytesAfterTheLastGzipMemberAreNoError(int zeros) throws IOException {
    Path file = dir.resolve("padded.warc.gz");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1));
    }
    Files.write(file, new byte[zeros], StandardOpenOption.APPEND);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.errorLines()).isEmpty();
    assertThat(result.exit()).isZero();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
  }

  @Test
  void bytesOtherThanPaddingAfterTheLastGzipMemberAreAnError() throws IOException {
    Path file = dir.resolve("padded.warc.gz");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1));
    }
    long size = Files.size(file);
    Files.write(file, new byte[] {0, 0, 'x', 'y', 'z'}, StandardOpenOption.APPEND);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).containsExactly("news: error: " + file + " at offset " + size + ": the WARC file"
        + " cannot be read from here on: broken gzip data: no gzip member starts at offset " + size);
  }

  /**
   * A record whose Content-Length says more than its gzip member holds (a writer's wrong length, up to the largest a
   * length can be) would take the next record's bytes for its own and lose that record. A member that starts a record
   * ends the one before: the record is a truncated page, and every record after it is read.
   */
  @ParameterizedTest
  @ValueSource(strings = {"+300", "9223372036854775807"})
  void aRecordLongerThanItsGzipMemberIsATruncatedPageAndLosesNoRecordAfterIt(String length) throws IOException {
    Path plain = fourPages("long.warc");
    Map<String, Long> plainOffsets = offsets(plain);
    String text = withLength(Files.readString(plain, StandardCharsets.ISO_8859_1),
        plainOffsets.get(TestWarc.recordId(2)), length);
    Path file = dir.resolve("long.warc.gz");
    Files.write(file, perRecordGzip(text));
    long second = TestPages.gzip(text.substring(0, plainOffsets.get(TestWarc.recordId(2)).intValue())
        .getBytes(StandardCharsets.ISO_8859_1)).length;

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3",
        "Article 4");
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("news: warning: " + file + " at offset " + second + " ("
        + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): the record's Content-Length says more than its gzip"
        + " member holds: it is read to the member's end, where the next record starts: parsed as a truncated page");
    assertThat(lines.get(1)).startsWith("news: 1 file, 4 articles, 0 errors, 0 skipped records");
    assertThat(result.exit()).isZero();
  }

  /**
   * In an uncompressed file, a record whose Content-Length says more than it holds ran over the start of the next
   * record: read by its length, its page took the next record's header as text, and the next record was lost to a
   * break after it ("+300", "+5" into the next record's WARC/ line), or, with a length past the file's end, the page
   * was an error. The record ends where the next record's line starts after an empty line: it is a truncated page,
   * and every record after it is read, as in a .warc.gz compressed record by record.
   */
  @ParameterizedTest
  @ValueSource(strings = {"+300", "+5", "9223372036854775807"})
  void aRecordLongerThanItHoldsInAPlainFileIsATruncatedPageAndLosesNoRecordAfterIt(String length) throws IOException {
    Path file = fourPages("long.warc");
    long second = offsets(file).get(TestWarc.recordId(2));
    String text = withLength(Files.readString(file, StandardCharsets.ISO_8859_1), second, length);
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    long third = text.indexOf("\r\n\r\nWARC/1.0\r\n", (int) second) + 4;

    Cli.Result result = cli().run("parse", file.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 1", "Article 2",
        "Article 3", "Article 4");
    assertThat(articles.get(1).text()).doesNotContain("WARC");
    assertThat(articles.get(2).source().orElseThrow().recordId()).contains(TestWarc.recordId(3));
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("news: warning: " + file + " at offset " + second + " ("
        + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): the record's Content-Length says more than the record"
        + " holds: it is read to offset " + third + ", where the next record starts: parsed as a truncated page");
    assertThat(lines.get(1)).startsWith("news: 1 file, 4 articles, 0 errors, 0 skipped records");
    assertThat(result.exit()).isZero();
  }

  /**
   * In an uncompressed file, a record whose Content-Length says less than it holds (a writer that counted a page's
   * characters, not its bytes) was read by its length: its page lost its end but was not marked truncated, and the
   * rest of it was a break of the file, an error of no record. The record is read on to where the next record starts
   * (or, the last, to the file's end): a truncated page with a warning, and no error.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2:300", "2:3", "4:300"})
  void aRecordShorterThanItHoldsInAPlainFileIsReadToTheNextRecordAsATruncatedPage(String spec) throws IOException {
    int n = Integer.parseInt(spec.substring(0, spec.indexOf(':')));
    int less = Integer.parseInt(spec.substring(spec.indexOf(':') + 1));
    Path whole = fourPages("whole.warc");
    List<Article> expected = articles(cli().run("parse", whole.toString()).out());
    Path file = dir.resolve("short.warc");
    long record = offsets(whole).get(TestWarc.recordId(n));
    String text = Files.readString(whole, StandardCharsets.ISO_8859_1);
    int next = text.indexOf("\r\n\r\nWARC/1.0\r\n", (int) record);
    String declared = declaredLength(text, record);
    Files.writeString(file, withLength(text, record, Long.toString(Long.parseLong(declared) - less)),
        StandardCharsets.ISO_8859_1);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(articles(result.out())).isEqualTo(expected);
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("news: warning: " + file + " at offset " + record + " ("
        + TestWarc.recordId(n) + ", " + TestWarc.url(n) + "): the record's Content-Length says less than the record"
        + " holds (" + (Long.parseLong(declared) - less) + " of " + declared + " bytes): it is read on to "
        + (next < 0 ? "the file's end" : "offset " + (next + 4) + ", where the next record starts")
        + ": parsed as a truncated page");
    assertThat(lines.get(1)).startsWith("news: 1 file, 4 articles, 0 errors, 0 skipped records");
    assertThat(result.exit()).isZero();
  }

  /**
   * In a file that cannot be sought in, compressed whole into one gzip member or uncompressed on standard input, a
   * record whose Content-Length says more than it holds ("+300", "+5" into the next record's WARC/ line) gave a page
   * that took the next record's header as text, and the next record was lost to the break after it; one whose length
   * says less ("-300", "-3") gave a page that lost its end, and an error of no record. As in a plain file, the
   * record is read to where the next record starts, found among the bytes kept: a truncated page with a warning, no
   * error, and every record after it read.
   */
  @ParameterizedTest
  @CsvSource({"gzip file, +300", "gzip file, +5", "gzip file, -300", "gzip file, -3",
      "gzip on standard input, +300", "gzip on standard input, -300",
      "standard input, +300", "standard input, +5", "standard input, -300", "standard input, -3"})
  void aRecordOfAWrongLengthInAStreamIsATruncatedPageAndLosesNoRecordAfterIt(String input, String change)
      throws IOException {
    Path whole = fourPages("plain.warc");
    List<Article> expected = articles(cli().run("parse", whole.toString()).out());
    long second = offsets(whole).get(TestWarc.recordId(2));
    String text = Files.readString(whole, StandardCharsets.ISO_8859_1);
    String declared = declaredLength(text, second);
    boolean more = change.startsWith("+");
    String changed = withLength(text, second, more ? change
        : Long.toString(Long.parseLong(declared) + Long.parseLong(change)));
    long third = changed.indexOf("\r\n\r\nWARC/1.0\r\n", (int) second) + 4;
    byte[] bytes = changed.getBytes(StandardCharsets.ISO_8859_1);
    Path file = TestPages.write(dir.resolve("whole.warc.gz"), TestPages.gzip(bytes));

    Cli.Result result = switch (input) {
      case "gzip file" -> cli().run("parse", file.toString());
      case "gzip on standard input" -> cli().stdin(TestPages.gzip(bytes)).run("parse", "-");
      default -> cli().stdin(bytes).run("parse", "-");
    };

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 1", "Article 2",
        "Article 3", "Article 4");
    assertThat(articles.get(1).text()).doesNotContain("WARC").isEqualTo(expected.get(1).text());
    assertThat(articles.subList(2, 4)).isEqualTo(expected.subList(2, 4));
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    boolean gzip = input.startsWith("gzip");
    String name = input.equals("gzip file") ? file.toString() : "-";
    assertThat(lines.get(0)).startsWith("news: warning: " + name + (gzip ? "" : " at offset " + second) + " ("
        + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): the record's Content-Length says "
        + (more ? "more than the record holds: it is read to " : "less than the record holds: it is read on to ")
        + (gzip ? "where" : "offset " + third + ", where") + " the next record starts: parsed as a truncated page");
    assertThat(lines.get(1)).startsWith("news: 1 file, 4 articles, 0 errors, 0 skipped records");
    assertThat(result.exit()).isZero();
  }

  /**
   * In a stream, a record whose length says less than it holds and whose page was sent gzip-encoded cannot be read
   * on: its page's bytes are not those stored. It stays as it was read, and the break after it is an error, as
   * before; the records after it are read.
   */
  @Test
  void aShortRecordOfAnEncodedPageInAStreamIsReportedAsABreak() throws IOException {
    Path plain = dir.resolve("encoded.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 3))
          .response(TestWarc.url(2), "200 OK", "Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n",
              TestPages.gzip(TestPages.articleBytes(2, 3)))
          .html(TestWarc.url(3), TestPages.articleBytes(3, 3));
    }
    long second = offsets(plain).get(TestWarc.recordId(2));
    String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
    String declared = declaredLength(text, second);
    byte[] bytes = withLength(text, second, Long.toString(Long.parseLong(declared) - 30))
        .getBytes(StandardCharsets.ISO_8859_1);

    Cli.Result result = cli().stdin(bytes).run("parse", "-");

    assertThat(ParsePagesTest.titles(result.out())).startsWith("Article 1").endsWith("Article 3");
    assertThat(result.errorLines()).anySatisfy(line -> assertThat(line).startsWith("news: error: - at offset ")
        .endsWith("where reading goes on: no valid WARC record header"));
  }

  /**
   * In a .warc.gz compressed record by record, a record whose Content-Length says less than its gzip member holds was
   * read by its length, its page not marked truncated, and the rest of its member was a break of the file, an error
   * of no record. The page is a truncated page, with a warning, and the break is no error: the next member is read.
   */
  @Test
  void aRecordShorterThanItsGzipMemberIsATruncatedPageAndNoError() throws IOException {
    Path plain = fourPages("plain.warc");
    long second = offsets(plain).get(TestWarc.recordId(2));
    String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Content-Length: ", (int) second) + "Content-Length: ".length();
    long length = Long.parseLong(text.substring(at, text.indexOf('\r', at)));
    Path file = write(dir.resolve("short.warc.gz"), withLength(text, second, Long.toString(length - 300)));
    long member = TestPages.gzip(text.substring(0, (int) second).getBytes(StandardCharsets.ISO_8859_1)).length;

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3",
        "Article 4");
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("news: warning: " + file + " at offset " + member + " ("
        + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): the record's Content-Length says less than its gzip"
        + " member holds: it is read to its length, and the rest of the member is passed over: parsed as a truncated"
        + " page");
    assertThat(lines.get(1)).startsWith("news: 1 file, 4 articles, 0 errors, 0 skipped records");
    assertThat(result.exit()).isZero();
  }

  /** A record that is no page and says less than it holds is passed over to the next record, which is read. */
  @Test
  void aRequestShorterThanItHoldsLosesNoRecordAfterIt() throws IOException {
    Path plain = dir.resolve("records.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      warc.request(TestWarc.url(1)).html(TestWarc.url(2), TestPages.articleBytes(2, 1));
    }
    String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
    Files.writeString(plain, withLength(text, 0, "10"), StandardCharsets.ISO_8859_1);

    Cli.Result result = cli().run("parse", plain.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 2");
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.summary()).startsWith("news: 1 file, 1 article, 0 errors, 1 skipped record ");
    assertThat(result.exit()).isZero();
  }

  /**
   * A record that is no page (a request) or a page stored without its HTTP response (a resource) runs over the next
   * record as well: the request is skipped and the resource read to where the next record starts, in an uncompressed
   * file as in one compressed record by record, and the record after either is read. A few bytes more than the
   * record holds, which take only the line ends after it, are no overrun: jwarc reads past them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"plain.warc", "members.warc.gz"})
  void requestsAndResourcesLongerThanTheyHoldLoseNoRecordAfterThem(String name) throws IOException {
    Path plain = dir.resolve("records.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      warc.request(TestWarc.url(1))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 1))
          .resource(TestWarc.url(3), "text/html", TestPages.articleBytes(3, 1))
          .html(TestWarc.url(4), TestPages.articleBytes(4, 1))
          .html(TestWarc.url(5), TestPages.articleBytes(5, 1))
          .html(TestWarc.url(6), TestPages.articleBytes(6, 1));
    }
    Map<String, Long> offsets = offsets(plain);
    String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
    text = withLength(text, offsets.get(TestWarc.recordId(5)), "+4");
    text = withLength(text, offsets.get(TestWarc.recordId(3)), "+200");
    text = withLength(text, offsets.get(TestWarc.recordId(1)), "+200");
    Path file = write(dir.resolve(name), text);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 2", "Article 3", "Article 4",
        "Article 5", "Article 6");
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    // the page, and in a gzip member, which ends after it, the line ends that close the record too
    int bytes = TestPages.articleBytes(3, 1).length + (name.endsWith(".gz") ? 4 : 0);
    assertThat(lines.get(0)).startsWith("news: warning: " + file + " at offset ").contains(" (" + TestWarc.recordId(3)
        + ", " + TestWarc.url(3) + "): the record's Content-Length says more than ").endsWith(": parsed as a"
        + " truncated page from the " + bytes + " bytes before the cut");
    assertThat(lines.get(1)).startsWith("news: 1 file, 5 articles, 0 errors, 1 skipped record ");
    assertThat(result.exit()).isZero();
  }

  /**
   * A WARC or ARC file that holds no record, not even a warcinfo record (a download or a crawl that wrote nothing),
   * was passed over as a file of no pages, with exit code 0, where an empty page and an empty WACZ file are errors:
   * it is a truncated error, and a page beside it in the folder is still read.
   */
  @ParameterizedTest
  @ValueSource(strings = {"empty.warc:", "empty.warc.gz:", "empty.arc.gz:", "blank.warc:\r\n\r\n",
      "gzip.warc.gz:gzip"})
  void aWebArchiveThatHoldsNoRecordIsAnError(String file) throws IOException {
    String name = file.substring(0, file.indexOf(':'));
    String content = file.substring(file.indexOf(':') + 1);
    Path folder = dir.resolve("crawls");
    TestPages.write(folder.resolve("a.html"), TestPages.articleBytes(1, 1));
    Path archive = TestPages.write(folder.resolve(name), content.equals("gzip") ? TestPages.gzip(new byte[0])
        : content.getBytes(StandardCharsets.US_ASCII));
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), folder.toString());

    String format = name.contains(".arc") ? "ARC" : "WARC";
    String why = content.equals("gzip") ? "it is empty once decompressed" : content.isEmpty() ? "it is empty"
        : "nothing but line ends, spaces or zero bytes";
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).containsExactly("news: error: " + archive + ": the " + format + " file holds no"
        + " record: " + why);
    assertThat(MAPPER.readTree(Files.readString(errors)).path("kind").asText()).isEqualTo("truncated");
    assertThat(result.summary()).startsWith("news: 2 files, 1 article, 1 error, 0 skipped records in ");
    assertThat(result.exit()).isEqualTo(1);
  }

  /** jwarc reads a negative Content-Length as an empty block, and counted the record as no page: it is an error. */
  @ParameterizedTest
  @ValueSource(strings = {"long.warc", "long.warc.gz"})
  void aNegativeRecordLengthIsAnErrorOfItsRecord(String name) throws IOException {
    Path plain = fourPages("negative.warc");
    Map<String, Long> plainOffsets = offsets(plain);
    String text = withLength(Files.readString(plain, StandardCharsets.ISO_8859_1),
        plainOffsets.get(TestWarc.recordId(2)), "-5");
    Path file = write(dir.resolve(name), text);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).first().asString().endsWith(" (" + TestWarc.recordId(2) + "): the record's"
        + " Content-Length is negative: -5");
    assertThat(result.err()).contains("0 skipped records");
  }

  /**
   * jwarc gathers a header in a buffer that grows as long as the header goes on: a record header of hundreds of
   * megabytes ran the run out of memory, and lost the pages read before it too. A header past 1 MiB is a break,
   * and reading goes on at the next record, in a compressed file and in a plain one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"long.warc", "long.warc.gz", "whole.warc.gz"})
  void aRecordHeaderLongerThanOneMebibyteIsABreakAndReadingGoesOn(String name) throws IOException {
    Path file = fourPagesWithLongHeader(name, false);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).singleElement().asString()
        .startsWith("news: error: " + file + (name.startsWith("whole") ? ": the WARC file cannot be read after its"
            + " first record to the next record" : " at offset ")).contains("the WARC file cannot be read ")
        .endsWith(", where reading goes on: the record header goes on for more than 1 MiB");
    assertThat(result.exit()).isEqualTo(1);
  }

  /** An HTTP response header past 1 MiB is an error of its record, for the same reason. */
  @ParameterizedTest
  @ValueSource(strings = {"long.warc", "long.warc.gz"})
  void anHttpHeaderLongerThanOneMebibyteIsAnErrorOfItsRecord(String name) throws IOException {
    Path file = fourPagesWithLongHeader(name, true);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).singleElement().asString().startsWith("news: error: " + file + " at offset ")
        .endsWith(" (" + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): cannot read the record's HTTP"
            + " response: the HTTP response header goes on for more than 1 MiB");
  }

  /** Long headers within the limit are read as ever: a cookie of 200 KB, a WARC header line of as much. */
  @ParameterizedTest
  @ValueSource(strings = {"long.warc", "long.warc.gz"})
  void headersWithinTheLimitAreRead(String name) throws IOException {
    Path plain = fourPages("header.warc");
    long second = offsets(plain).get(TestWarc.recordId(2));
    String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
    text = withHttpHeader(text, second, "Set-Cookie: " + "c".repeat(200_000));
    text = withWarcHeader(text, second, "X-Long: " + "w".repeat(200_000));
    Path file = write(dir.resolve(name), text);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3",
        "Article 4");
    assertThat(result.exit()).isZero();
  }

  /** Four pages, the second with a header line of 2 MiB: in its HTTP response header, or in its record header. */
  private Path fourPagesWithLongHeader(String name, boolean http) throws IOException {
    Path plain = fourPages("header.warc");
    long second = offsets(plain).get(TestWarc.recordId(2));
    String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
    String line = "a".repeat(2 << 20);
    text = http ? withHttpHeader(text, second, "Set-Cookie: " + line) : withWarcHeader(text, second, "X-Long: " + line);
    return write(dir.resolve(name), text);
  }

  /** The text of a WARC file with a line added to the header of the record at an offset, after its first line. */
  private static String withWarcHeader(String warcText, long record, String line) {
    int at = warcText.indexOf("\r\n", (int) record) + 2;
    return warcText.substring(0, at) + line + "\r\n" + warcText.substring(at);
  }

  /** The text of a WARC file with a line added to the HTTP header of the record at an offset, and its length. */
  private static String withHttpHeader(String warcText, long record, String line) {
    String longer = withLength(warcText, record, "+" + (line.length() + 2));
    int status = longer.indexOf("\r\nHTTP/1.1 ", (int) record) + 2;
    int at = longer.indexOf("\r\n", status) + 2;
    return longer.substring(0, at) + line + "\r\n" + longer.substring(at);
  }

  /**
   * Writes a WARC text as it is, or compressed record by record for a name that ends in .gz, or whole into one gzip
   * member for a name that starts with "whole".
   */
  private static Path write(Path file, String warcText) throws IOException {
    if (file.getFileName().toString().startsWith("whole")) {
      return Files.write(file, TestPages.gzip(warcText.getBytes(StandardCharsets.ISO_8859_1)));
    }
    if (file.toString().endsWith(".gz")) {
      return Files.write(file, perRecordGzip(warcText));
    }
    return Files.writeString(file, warcText, StandardCharsets.ISO_8859_1);
  }

  /** The Content-Length of the record at an offset, as its header writes it. */
  private static String declaredLength(String warcText, long record) {
    int at = warcText.indexOf("Content-Length: ", (int) record) + "Content-Length: ".length();
    return warcText.substring(at, warcText.indexOf('\r', at));
  }

  /** The text of a WARC file with the Content-Length of the record at an offset replaced, or added to ("+300"). */
  private static String withLength(String warcText, long record, String length) {
    int at = warcText.indexOf("Content-Length: ", (int) record) + "Content-Length: ".length();
    int end = warcText.indexOf('\r', at);
    String value = length.startsWith("+")
        ? Long.toString(Long.parseLong(warcText.substring(at, end)) + Long.parseLong(length.substring(1))) : length;
    return warcText.substring(0, at) + value + warcText.substring(end);
  }

  /** The WARC text compressed record by record, one gzip member each, as the standard asks. */
  private static byte[] perRecordGzip(String warcText) {
    List<Integer> starts = new ArrayList<>();
    for (int at = 0; at >= 0; at = warcText.indexOf("\r\n\r\nWARC/1.0\r\n", at + 1)) {
      starts.add(at == 0 ? 0 : at + 4);
    }
    starts.add(warcText.length());
    byte[] out = new byte[0];
    for (int i = 0; i + 1 < starts.size(); i++) {
      out = concat(out, TestPages.gzip(warcText.substring(starts.get(i), starts.get(i + 1))
          .getBytes(StandardCharsets.ISO_8859_1)));
    }
    return out;
  }

  private Path fourPages(String name) {
    Path file = dir.resolve(name);
    try (TestWarc warc = TestWarc.create(file)) {
      for (int n = 1; n <= 4; n++) {
        warc.html(TestWarc.url(n), TestPages.articleBytes(n, 3));
      }
    }
    return file;
  }

  /** How many bytes a cut-off gzip stream inflates to. */
  private static long inflatable(byte[] gzip) {
    java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
    inflater.setInput(gzip, 10, gzip.length - 10);
    byte[] out = new byte[1 << 16];
    try {
      while (inflater.inflate(out) > 0) {
        // counted by the inflater
      }
      return inflater.getBytesWritten();
    } catch (java.util.zip.DataFormatException e) {
      throw new IllegalStateException(e);
    } finally {
      inflater.end();
    }
  }

  /** The id of the record that a reader finds where it starts reading the file at an offset. */
  private static String recordIdAt(Path warc, long offset) throws IOException {
    try (FileChannel channel = FileChannel.open(warc)) {
      channel.position(offset);
      try (WarcReader reader = new WarcReader(channel)) {
        return reader.next().orElseThrow().id().toString();
      }
    }
  }

  static List<Article> articles(String jsonLines) {
    List<Article> articles = new ArrayList<>();
    JSON.linesReader(new StringReader(jsonLines)).forEach(articles::add);
    return articles;
  }

  /** Where each record starts, as jwarc reads it. */
  static Map<String, Long> offsets(Path warc) {
    Map<String, Long> offsets = new HashMap<>();
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        offsets.put(record.id().toString(), record.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return offsets;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A page with a comment of random hex digits, which compression cannot shrink much. */
  private static byte[] noisy(String page) {
    StringBuilder noise = new StringBuilder("<!-- ");
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      noise.append(Long.toHexString(random.nextLong()));
    }
    return (page + noise + " -->\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] deflate(byte[] body, boolean zlib) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, !zlib);
    deflater.setInput(body);
    deflater.finish();
    byte[] out = new byte[body.length + 1024];
    int n = deflater.deflate(out);
    deflater.end();
    return Arrays.copyOf(out, n);
  }

  private static byte[] chunked(byte[] body) {
    int half = body.length / 2;
    String head = Integer.toHexString(half) + "\r\n";
    String middle = "\r\n" + Integer.toHexString(body.length - half) + "\r\n";
    byte[] out = new byte[0];
    out = concat(out, head.getBytes(StandardCharsets.US_ASCII));
    out = concat(out, Arrays.copyOfRange(body, 0, half));
    out = concat(out, middle.getBytes(StandardCharsets.US_ASCII));
    out = concat(out, Arrays.copyOfRange(body, half, body.length));
    return concat(out, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void truncate(Path file, int bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - bytes);
    }
  }
}
