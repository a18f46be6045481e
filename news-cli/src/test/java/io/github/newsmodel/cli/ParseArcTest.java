package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;

/** news parse on ARC files, the Internet Archive's format before WARC, written here record by record. */
class ParseArcTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
  private static final String FORUM = "http://forums.afterdawn.com/thread_view.cfm/1/7";

  @TempDir Path dir;

  /**
   * Records 1 and 3 are pages that parse, 7 a page that fails; the description and the five others are not
   * pages: an image with its HTTP header and one without, a DNS lookup, a 404 and an ftp file.
   */
  private List<Long> mixedArc(Path file) {
    try (TestArc arc = TestArc.create(file)) {
      arc.html(TestArc.url(1), TestPages.articleBytes(1, 2))                                       // 1
          .http(TestArc.url(2), "image/gif", "200 OK", "Content-Type: image/gif\r\n", GIF)         // 2
          .bare(TestArc.url(3), "text/html", TestPages.articleBytes(3, 1))                         // 3: no HTTP header
          .bare(TestArc.url(4), "image/gif", GIF)                                                  // 4: no HTTP header
          .dns("news.example.com")                                                                 // 5
          .http(TestArc.url(6), "text/html", "404 Not Found", "Content-Type: text/html\r\n",
              TestPages.articleBytes(6, 1))                                                        // 6
          .html(FORUM, TestPages.notAnArticleBytes(7))                                             // 7
          .bare("ftp://ftp.example.com/pub/index.html", "text/html", TestPages.articleBytes(8, 1)); // 8
      return arc.offsets();
    }
  }

  @Test
  void responsesHoldingHtmlBecomeArticlesWithTheirUrlAndCaptureTime() {
    Path file = dir.resolve("crawl.arc");
    mixedArc(file);

    Cli.Result result = cli().run("parse", file.toString());

    List<Article> articles = ParseWarcTest.articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 1", "Article 3");
    assertThat(articles).extracting(a -> a.source().orElseThrow()).containsExactly(
        Source.builder().uri(URI.create(TestArc.url(1)))
            .capturedAt(TestArc.date(1).atOffset(ZoneOffset.UTC)).build(),
        Source.builder().uri(URI.create(TestArc.url(3)))
            .capturedAt(TestArc.date(3).atOffset(ZoneOffset.UTC)).build());
    assertThat(TestArc.date(3).atOffset(ZoneOffset.UTC)).hasToString("2001-02-03T04:05:03Z");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 1 error, 6 skipped records in ");
  }

  @Test
  void aFailedPageIsNamedByTheFileItsOffsetAndItsUrl() throws IOException {
    Path file = dir.resolve("crawl.arc");
    List<Long> offsets = mixedArc(file);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), file.toString());

    assertThat(result.errorLines()).containsExactly("news: error: " + file + " at offset " + offsets.get(7) + " ("
        + FORUM + "): at 'html > body.forums': no news article (div.newsArticle): an AfterDawn page of another"
        + " kind, such as a forum thread, or a page cut off before its article");
    JsonNode record = MAPPER.readTree(Files.readString(errors));
    assertThat(record.path("input").asText()).isEqualTo(file.toString());
    assertThat(record.has("recordId")).isFalse(); // an ARC record has no id: its offset and URL name it
    assertThat(record.path("offset").asLong()).isEqualTo(offsets.get(7)).isPositive();
    assertThat(record.path("url").asText()).isEqualTo(FORUM);
    assertThat(record.path("kind").asText()).isEqualTo("not-an-article");
  }

  @Test
  void aCompressedArcGivesTheSameArticlesAndOffsetsOfItsGzipMembers() throws IOException {
    Path plain = dir.resolve("crawl.arc");
    mixedArc(plain);
    Path file = dir.resolve("crawl.arc.gz");
    List<Long> members = mixedArc(file);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), file.toString());

    assertThat(result.out()).isEqualTo(cli().run("parse", plain.toString()).out()).isNotEmpty();
    long offset = MAPPER.readTree(Files.readString(errors)).path("offset").asLong();
    assertThat(offset).isEqualTo(members.get(7));
    assertThat(targetAt(file, offset)).isEqualTo(FORUM);
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 1 error, 6 skipped records in ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crawl.arc", "crawl.arc.gz"})
  void anArcOnStandardInputIsReadLikeAFile(String name) throws IOException {
    Path file = dir.resolve(name);
    mixedArc(file);

    Cli.Result result = cli().stdin(Files.readAllBytes(file)).run("parse", "-");

    assertThat(result.out()).isEqualTo(cli().run("parse", file.toString()).out()).isNotEmpty();
    assertThat(result.errorLines()).singleElement().asString().startsWith("news: error: - at offset ");
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 1 error, 6 skipped records in ");
  }

  @Test
  void arcFilesInAFolderAreFoundByNameAndByFirstBytes() {
    Path folder = dir.resolve("crawls");
    try (TestArc arc = TestArc.create(folder.resolve("a.arc.gz"))) {
      arc.html(TestArc.url(1), TestPages.articleBytes(1, 1));
    }
    try (TestArc arc = TestArc.create(folder.resolve("b/IA-001.dat"))) { // an ARC by its first bytes
      arc.html(TestArc.url(2), TestPages.articleBytes(2, 1));
    }
    try (TestArc arc = TestArc.create(folder.resolve("c/IA-002.dat.gz"))) { // once decompressed
      arc.html(TestArc.url(3), TestPages.articleBytes(3, 1));
    }
    TestPages.write(folder.resolve("b/logo.gif"), GIF);

    Cli.Result result = cli().run("parse", folder.toString());

    assertThat(result.exit()).isZero();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3");
    assertThat(result.summary()).startsWith("news: 3 files, 1 file skipped (neither pages nor web archives by name"
        + " or first bytes), 3 articles, 0 errors, 3 skipped records in ");
  }

  @Test
  void anArcNamedOtherwiseOnTheCommandLineIsReadByItsFirstBytes() {
    Path file = dir.resolve("IA-001.dat");
    try (TestArc arc = TestArc.create(file)) {
      arc.html(TestArc.url(1), TestPages.articleBytes(1, 1));
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
  }

  @Test
  void recordsOfVersion2AndResponsesAfterABlankLineAreRead() {
    Path file = dir.resolve("v2.arc.gz");
    try (TestArc arc = TestArc.create(file)) {
      arc.v2(TestArc.url(1), TestPages.articleBytes(1, 1))
          .afterBlankLine(TestArc.url(2), TestPages.articleBytes(2, 1));
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(ParseWarcTest.articles(result.out())).extracting(a -> a.source().orElseThrow()).containsExactly(
        Source.builder().uri(URI.create(TestArc.url(1)))
            .capturedAt(TestArc.date(1).atOffset(ZoneOffset.UTC)).build(),
        Source.builder().uri(URI.create(TestArc.url(2)))
            .capturedAt(TestArc.date(2).atOffset(ZoneOffset.UTC)).build());
  }

  @Test
  void aDateOfOtherThanFourteenDigitsIsLeftOutNotGuessed() {
    Path file = dir.resolve("dates.arc");
    try (TestArc arc = TestArc.create(file)) {
      arc.dated(TestArc.url(1), "200102030405", TestPages.articleBytes(1, 1))
          .html(TestArc.url(2), TestPages.articleBytes(2, 1));
    }

    Cli.Result result = cli().run("parse", file.toString());

    List<Article> articles = ParseWarcTest.articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 1", "Article 2");
    assertThat(articles.get(0).source().orElseThrow().capturedAt()).isEmpty();
    assertThat(articles.get(1).source().orElseThrow().capturedAt())
        .contains(TestArc.date(2).atOffset(ZoneOffset.UTC));
  }

  @Test
  void aRecordCutOffByTheEndOfTheFileIsOneErrorInTheWordsOfArc() throws IOException {
    Path file = dir.resolve("cut.arc");
    try (TestArc arc = TestArc.create(file)) {
      arc.html(TestArc.url(1), TestPages.articleBytes(1, 1))
          .html(TestArc.url(2), TestPages.articleBytes(2, 3));
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - 100);
    }

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).singleElement().asString()
        .endsWith("(" + TestArc.url(2) + "): the record is cut off: the ARC file ends inside it");
  }

  /**
   * An ARC file whose record header cannot be read (a length that is no number, bytes of no header line) was read
   * no further: every record after the break was lost. Reading goes on at the next record's header line, as a WARC
   * file's does at the next WARC/1.0 line: in a plain file, and in a .arc.gz at the next gzip member that starts
   * with one; the one error names both offsets.
   */
  @ParameterizedTest
  @ValueSource(strings = {"length:broken.arc", "garbled:broken.arc", "length:broken.arc.gz",
      "garbled:broken.arc.gz"})
  void aBrokenRecordIsOneErrorAndReadingGoesOnAtTheNextRecord(String spec) throws IOException {
    String broken = spec.substring(0, spec.indexOf(':'));
    Path file = dir.resolve(spec.substring(spec.indexOf(':') + 1));
    List<Long> offsets;
    try (TestArc arc = TestArc.create(dir.resolve("plain.arc"))) {
      for (int n = 1; n <= 4; n++) {
        arc.html(TestArc.url(n), TestPages.articleBytes(n, 3));
      }
      offsets = arc.offsets();
    }
    String text = Files.readString(dir.resolve("plain.arc"), StandardCharsets.ISO_8859_1);
    int second = offsets.get(2).intValue();
    int eol = text.indexOf('\n', second);
    String line = text.substring(second, eol);
    String bad = broken.equals("length") ? line.substring(0, line.lastIndexOf(' ') + 1) + "12x"
        : "\u0000\u0000" + line.substring(4);
    text = text.substring(0, second) + bad + text.substring(eol);
    List<String> records = new ArrayList<>();
    for (int i = 0; i < offsets.size(); i++) {
      int shift = bad.length() - line.length();
      int start = offsets.get(i).intValue() + (i > 2 ? shift : 0);
      int end = i + 1 < offsets.size() ? offsets.get(i + 1).intValue() + (i + 1 > 2 ? shift : 0) : text.length();
      records.add(text.substring(start, end));
    }
    List<Long> starts = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String record : records) {
      starts.add((long) out.size());
      byte[] bytes = record.getBytes(StandardCharsets.ISO_8859_1);
      out.writeBytes(file.toString().endsWith(".gz") ? TestPages.gzip(bytes) : bytes);
    }
    Files.write(file, out.toByteArray());

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).containsExactly("news: error: " + file + " at offset " + starts.get(2) + ": the"
        + " ARC file cannot be read from here to offset " + starts.get(3) + ", where reading goes on: no valid ARC"
        + " record header");
    assertThat(targetAt(file, starts.get(3))).isEqualTo(TestArc.url(3));
    assertThat(result.summary()).startsWith("news: 1 file, 3 articles, 1 error, 1 skipped record in ");
  }

  /**
   * In an uncompressed ARC file, a record whose length says more than it holds ran over the next record's header
   * line: read by its length, its page took that line for text, and the next record was lost to a break after it.
   * The record ends where the next record's header line starts, after a newline: a truncated page, with a warning,
   * and every record after it is read, as in a WARC file.
   */
  @ParameterizedTest
  @ValueSource(strings = {"+300", "+5", "999999999999999999"})
  void aRecordLongerThanItHoldsIsATruncatedPageAndLosesNoRecordAfterIt(String length) throws IOException {
    Path file = dir.resolve("long.arc");
    List<Long> offsets = fourPages(file);
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    int second = offsets.get(2).intValue();
    text = withLength(text, second, length);
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    int third = text.indexOf("\n" + TestArc.url(3) + " ") + 1;

    Cli.Result result = cli().run("parse", file.toString());

    assertFourPagesAndOneWarning(result, "news: warning: " + file + " at offset " + second + " (" + TestArc.url(2)
        + "): the record's length says more than the record holds: it is read to offset " + third + ", where the"
        + " next record starts: parsed as a truncated page");
    assertThat(targetAt(file, third)).isEqualTo(TestArc.url(3));
  }

  /**
   * In an .arc.gz of a gzip member per record, a record whose length says more than its member holds read on into
   * the next member: its page took the next record's header line for text, and that record was lost to a break
   * after it. The record ends where its member does, as in a .warc.gz: a truncated page, with a warning, and every
   * record after it is read.
   */
  @ParameterizedTest
  @ValueSource(strings = {"+300", "+5", "999999999999999999"})
  void aRecordLongerThanItsGzipMemberEndsThereAndLosesNoRecordAfterIt(String length) throws IOException {
    Path plain = dir.resolve("plain.arc");
    List<Long> offsets = fourPages(plain);
    String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
    int second = offsets.get(2).intValue();
    String changed = withLength(text, second, length);
    int shift = changed.length() - text.length();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < offsets.size(); i++) {
      int start = offsets.get(i).intValue() + (i > 2 ? shift : 0);
      int end = i + 1 < offsets.size() ? offsets.get(i + 1).intValue() + (i + 1 > 2 ? shift : 0) : changed.length();
      starts.add((long) out.size());
      out.writeBytes(TestPages.gzip(changed.substring(start, end).getBytes(StandardCharsets.ISO_8859_1)));
    }
    Path file = dir.resolve("long.arc.gz");
    Files.write(file, out.toByteArray());

    Cli.Result result = cli().run("parse", file.toString());

    assertFourPagesAndOneWarning(result, "news: warning: " + file + " at offset " + starts.get(2) + " ("
        + TestArc.url(2) + "): the record's length says more than its gzip member holds: it is read to the member's"
        + " end, where the next record starts: parsed as a truncated page");
  }

  /**
   * In an uncompressed ARC file, a record whose length says less than it holds (a writer that counted a page's
   * characters, not its bytes) was read by its length: its page lost its end unmarked, and the rest of it was a
   * break of the file, an error of no record. It is read on to the next record's header line (or, the last, to the
   * file's end): the same articles as with the right length, the page marked truncated, and no error.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2:300", "2:3", "4:300"})
  void aRecordShorterThanItHoldsIsReadToTheNextRecordAsATruncatedPage(String spec) throws IOException {
    int n = Integer.parseInt(spec.substring(0, spec.indexOf(':')));
    int less = Integer.parseInt(spec.substring(spec.indexOf(':') + 1));
    Path whole = dir.resolve("whole.arc");
    List<Long> offsets = fourPages(whole);
    List<Article> expected = ParseWarcTest.articles(cli().run("parse", whole.toString()).out());
    int record = offsets.get(n).intValue();
    long declared = lengthAt(whole, record);
    Path file = shortened(whole, record, less);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParseWarcTest.articles(result.out())).isEqualTo(expected);
    assertFourPagesAndOneWarning(result, "news: warning: " + file + " at offset " + record + " (" + TestArc.url(n)
        + "): the record's length says less than the record holds (" + (declared - less) + " of " + declared
        + " bytes): it is read on to " + (n < 4 ? "offset " + offsets.get(n + 1) + ", where the next record starts"
        : "the file's end") + ": parsed as a truncated page");
  }

  /**
   * A length one short of a page that ends in a newline ends the record at that newline, which then reads as the
   * record's own: no bytes are lost but a line end, and the page is no truncated one. The record after it is found
   * after two line ends, where jwarc says it starts, and is read once, not again from inside itself.
   */
  @Test
  void aLengthThatEndsAtThePagesLastNewlineLosesNothing() throws IOException {
    Path whole = dir.resolve("whole.arc");
    List<Long> offsets = fourPages(whole);
    assertThat(Files.readString(whole, StandardCharsets.ISO_8859_1).charAt(offsets.get(3).intValue() - 2))
        .isEqualTo('\n');
    List<Article> expected = ParseWarcTest.articles(cli().run("parse", whole.toString()).out());
    Path file = shortened(whole, offsets.get(2).intValue(), 1);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParseWarcTest.articles(result.out())).isEqualTo(expected);
    assertThat(result.err().lines().filter(l -> l.startsWith("news: "))).singleElement().asString()
        .startsWith("news: 1 file, 4 articles, 0 errors, 1 skipped record");
  }

  /** Four pages, each of three paragraphs, after the file's description; where each record starts. */
  private static List<Long> fourPages(Path file) {
    try (TestArc arc = TestArc.create(file)) {
      for (int n = 1; n <= 4; n++) {
        arc.html(TestArc.url(n), TestPages.articleBytes(n, 3));
      }
      return arc.offsets();
    }
  }

  /** The four pages' articles, each whole, and one warning, that starts as given, before the run's summary. */
  private static void assertFourPagesAndOneWarning(Cli.Result result, String warning) {
    List<Article> articles = ParseWarcTest.articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 1", "Article 2",
        "Article 3", "Article 4");
    assertThat(articles.get(1).text()).doesNotContain(TestArc.url(3));
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith(warning);
    assertThat(lines.get(1)).startsWith("news: 1 file, 4 articles, 0 errors, 1 skipped record");
    assertThat(result.exit()).isZero();
  }

  /** The length that the header line of the record at an offset gives, its last field. */
  private static long lengthAt(Path arc, int record) throws IOException {
    String text = Files.readString(arc, StandardCharsets.ISO_8859_1);
    String line = text.substring(record, text.indexOf('\n', record));
    return Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
  }

  /** A copy of an ARC file in which the record at an offset says it holds fewer bytes than it does. */
  private Path shortened(Path arc, int record, int less) throws IOException {
    Path file = dir.resolve("short.arc");
    String text = Files.readString(arc, StandardCharsets.ISO_8859_1);
    Files.writeString(file, withLength(text, record, Long.toString(lengthAt(arc, record) - less)),
        StandardCharsets.ISO_8859_1);
    return file;
  }

  /** The ARC file's text with the length of the record at an offset, the last field of its header line, set. */
  private static String withLength(String text, int record, String length) {
    int eol = text.indexOf('\n', record);
    String line = text.substring(record, eol);
    String value = length.startsWith("+")
        ? Long.toString(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)) + Long.parseLong(length))
        : length;
    return text.substring(0, record) + line.substring(0, line.lastIndexOf(' ') + 1) + value + text.substring(eol);
  }

  @Test
  void aFileNamedAsAnArcThatIsNoneIsOneErrorSayingSo() {
    Path file = TestPages.write(dir.resolve("fake.arc.gz"), TestPages.gzip(TestPages.articleBytes(1, 1)));

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(result.out()).isEmpty();
    assertThat(result.errorLines()).containsExactly("news: error: " + file + ": not an ARC file: it does not start"
        + " with 'filedesc://' once decompressed");
  }

  /** The URL of the record that a reader finds where it starts reading the file at an offset. */
  private static String targetAt(Path arc, long offset) throws IOException {
    try (FileChannel channel = FileChannel.open(arc)) {
      channel.position(offset);
      try (WarcReader reader = new WarcReader(channel)) {
        return ((WarcResponse) reader.next().orElseThrow()).target();
      }
    }
  }
}
