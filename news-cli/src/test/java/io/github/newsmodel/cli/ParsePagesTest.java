package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.json.NewsJson;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** news parse on pages: files, gzip files, standard input and folders, in each output format. */
class ParsePagesTest {
  private static final NewsJson JSON = NewsJson.standard();

  @TempDir Path dir;

  @Test
  void theReadmeCommandPrintsTheSampleArticleAsIndentedJson() {
    Cli.Result result = cli().run("parse", TestPages.SAMPLE.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("{\n  \"formatVersion\": 1,").endsWith("}\n");
    Article article = JSON.read(result.out());
    assertThat(article.title()).contains(TestPages.SAMPLE_TITLE);
    assertThat(article.comments()).hasSize(5);
    assertThat(article.publishedAt()).contains(OffsetDateTime.parse("2007-05-24T13:52+03:00"));
    assertThat(article.source()).contains(Source.of(TestPages.SAMPLE.toAbsolutePath().normalize().toUri()));
    assertThat(result.err().lines()).singleElement().asString()
        .matches("news: 1 file, 1 article, 0 errors, 0 skipped records in \\d+\\.\\d s");
  }

  @Test
  void aGzipFileGivesTheSameArticleAsThePlainFile() {
    Path gz = TestPages.write(dir.resolve("allofmp3.html.gz"), TestPages.gzip(TestPages.sample()));

    Cli.Result result = cli().run("parse", gz.toString());

    assertThat(result.exit()).isZero();
    Article plain = JSON.read(cli().run("parse", TestPages.SAMPLE.toString()).out());
    Article fromGzip = JSON.read(result.out());
    assertThat(fromGzip.source()).contains(Source.of(gz.toAbsolutePath().toUri()));
    assertThat(fromGzip.withSource(plain.source().orElseThrow())).isEqualTo(plain);
  }

  @Test
  void aCutOffGzipFileIsParsedAsATruncatedPageWithAWarning() {
    byte[] gzip = TestPages.gzip(TestPages.articleBytes(1, 400));
    Path cut = TestPages.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gzip, gzip.length / 2));

    Cli.Result result = cli().run("parse", cut.toString());

    assertThat(result.exit()).isZero();
    Article article = JSON.read(result.out());
    assertThat(article.title()).contains("Article 1");
    assertThat(article.text()).contains("Paragraph 0 of article 1").doesNotContain("Paragraph 399 of");
    assertThat(result.err().lines().findFirst()).get().asString()
        .matches("news: warning: " + Pattern.quote(cut.toString()) + ": the gzip data ends early: parsed as a"
            + " truncated page from the \\d+ bytes before the cut");
  }

  @Test
  void aGzipFileCutOffBeforeItsArticleIsATruncatedError() throws Exception {
    byte[] page = TestPages.notAnArticle(2).replace("</body>", "<p>Which DVD burner?</p>".repeat(2000) + "</body>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] gzip = TestPages.gzip(page);
    Path cut = TestPages.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gzip, gzip.length / 2));
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), cut.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.errorLines()).singleElement().asString()
        .startsWith("news: error: " + cut + ": the gzip data ends early, and the ")
        .contains(" bytes before the cut hold no article: ");
    JsonNode record = new ObjectMapper().readTree(Files.readString(errors));
    assertThat(record.path("kind").asText()).isEqualTo("truncated");
  }

  @Test
  void aGzipFileCutOffInItsHeaderIsATruncatedError() {
    Path cut = TestPages.write(dir.resolve("cut.html.gz"), Arrays.copyOf(TestPages.gzip(TestPages.sample()), 5));

    Cli.Result result = cli().run("parse", cut.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.errorLines()).containsExactly("news: error: " + cut + ": cannot read the page: the data ends"
        + " early");
  }

  @Test
  void gzipIsToldByTheFirstBytesNotTheName() {
    Path notGzip = TestPages.write(dir.resolve("plain.html.gz"), TestPages.articleBytes(1, 1));
    Path gzip = TestPages.write(dir.resolve("packed.html"), TestPages.gzip(TestPages.articleBytes(2, 1)));

    Cli.Result result = cli().run("parse", notGzip.toString(), gzip.toString());

    assertThat(result.exit()).isZero();
    assertThat(titles(result.out())).containsExactly("Article 1", "Article 2");
  }

  @Test
  void standardInputIsReadAsOnePageFromItsUrl() {
    Cli.Result result = cli().stdin(TestPages.sample()).run("parse", "--url", TestPages.SAMPLE_URL, "-");

    assertThat(result.exit()).isZero();
    Article article = JSON.read(result.out());
    assertThat(article.url()).contains(URI.create(TestPages.SAMPLE_URL));
    assertThat(article.title()).contains(TestPages.SAMPLE_TITLE);
    // URI.equals holds file:/dev/stdin and file:///dev/stdin equal; the JSON keeps the text, which must be
    // the file:/// form that Path.toUri() gives a saved page.
    assertThat(result.out()).contains("\"file:///dev/stdin\"");
    assertThat(article.source().map(source -> source.uri().toString())).contains("file:///dev/stdin");
  }

  @Test
  void aUrlWhoseHostHasAnUnderscoreIsAPagesUrl() {
    Cli.Result result = cli().stdin(TestPages.sample()).run("parse", "--url", "https://my_site.example.com/a", "-");

    assertThat(result.exit()).isZero();
    assertThat(JSON.read(result.out()).url()).contains(URI.create("https://my_site.example.com/a"));
  }

  @Test
  void gzipOnStandardInputIsUncompressed() {
    Cli.Result result = cli().stdin(TestPages.gzip(TestPages.articleBytes(7, 3))).run("parse", "-");

    assertThat(result.exit()).isZero();
    assertThat(JSON.read(result.out()).title()).contains("Article 7");
  }

  @Test
  void aFolderIsReadRecursivelyInNameOrderSkippingOtherFilesAndHiddenOnes() {
    TestPages.write(dir.resolve("b.html"), TestPages.articleBytes(2, 1));
    TestPages.write(dir.resolve("a.htm"), TestPages.articleBytes(1, 1));
    TestPages.write(dir.resolve("c/e.html.gz"), TestPages.gzip(TestPages.articleBytes(4, 1)));
    TestPages.write(dir.resolve("c/d.HTML"), TestPages.articleBytes(3, 1));
    TestPages.write(dir.resolve("d.html"), TestPages.articleBytes(5, 1));
    TestPages.write(dir.resolve("c/notes.txt"), "not a page".getBytes(StandardCharsets.UTF_8));
    TestPages.write(dir.resolve("c/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    TestPages.write(dir.resolve(".git/index.html"), TestPages.articleBytes(99, 1));
    TestPages.write(dir.resolve(".hidden.html"), TestPages.articleBytes(98, 1));

    Cli.Result result = cli().run("parse", dir.toString());

    assertThat(result.exit()).isZero();
    assertThat(titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3", "Article 4", "Article 5");
    assertThat(result.summary()).startsWith("news: 5 files, 2 files skipped (neither pages nor web archives by name"
        + " or first bytes), 5 articles, 0 errors, 0 skipped records in");
  }

  @Test
  void aWgetMirrorsPagesAreReadByTheirFirstBytesWhateverTheirNames() {
    TestPages.write(dir.resolve("news/article.cfm"), TestPages.articleBytes(1, 1));
    TestPages.write(dir.resolve("news/index.html?page=2"), TestPages.articleBytes(2, 1));
    TestPages.write(dir.resolve("news/noext"), TestPages.gzip(TestPages.articleBytes(3, 1)));
    TestPages.write(dir.resolve("news/page.xhtml"), TestPages.articleBytes(4, 1));
    TestPages.write(dir.resolve("news/style.css"), "body { color: black }".getBytes(StandardCharsets.UTF_8));

    Cli.Result result = cli().run("parse", dir.toString());

    assertThat(result.exit()).isZero();
    assertThat(titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3", "Article 4");
    assertThat(result.summary()).startsWith("news: 4 files, 1 file skipped (neither pages nor web archives by name"
        + " or first bytes), 4 articles, ");
  }

  @Test
  void aLinkToNothingInAFolderIsAnErrorAndALinkToAFolderIsFollowed() throws Exception {
    Path pages = dir.resolve("pages");
    TestPages.write(pages.resolve("a.html"), TestPages.articleBytes(1, 1));
    Path gone = dir.resolve("gone.html");
    Files.createSymbolicLink(pages.resolve("b.html"), gone);
    TestPages.write(dir.resolve("elsewhere/c.html"), TestPages.articleBytes(3, 1));
    try (TestWarc warc = TestWarc.create(dir.resolve("elsewhere/d.warc.gz"))) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(4, 1));
    }
    Files.createSymbolicLink(pages.resolve("more"), dir.resolve("elsewhere"));
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), pages.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(titles(result.out())).containsExactly("Article 1", "Article 3", "Article 4");
    assertThat(result.errorLines()).containsExactly("news: error: " + pages.resolve("b.html")
        + ": cannot read the file: it is a link to " + gone + ", which does not exist");
    JsonNode record = new ObjectMapper().readTree(Files.readString(errors));
    assertThat(record.path("input").asText()).isEqualTo(pages.resolve("b.html").toString());
    assertThat(record.path("kind").asText()).isEqualTo("unreadable-input");
    assertThat(record.has("exception")).isFalse();
    assertThat(result.summary()).startsWith("news: 3 files, 3 articles, 1 error, 0 skipped records in ");
  }

  /**
   * Links to folders are followed, as {@code find -L} does, but each folder is read once: a link back to a folder
   * above it would lead in a circle, and a second link to a folder would read its pages twice. The summary counts
   * each folder met again.
   */
  @Test
  void aFolderReachedAgainThroughALinkIsReadOnceAndCounted() throws Exception {
    Path pages = dir.resolve("pages");
    TestPages.write(pages.resolve("a.html"), TestPages.articleBytes(1, 1));
    TestPages.write(pages.resolve("sub/b.html"), TestPages.articleBytes(2, 1));
    Files.createSymbolicLink(pages.resolve("sub/up"), Path.of(".."));
    Files.createSymbolicLink(pages.resolve("self"), Path.of("."));
    TestPages.write(dir.resolve("shared/c.html"), TestPages.articleBytes(3, 1));
    Files.createSymbolicLink(pages.resolve("x"), dir.resolve("shared"));
    Files.createSymbolicLink(pages.resolve("y"), dir.resolve("shared"));

    Cli.Result result = cli().run("parse", pages.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out().lines().map(l -> JSON.read(l)).map(a -> a.source().orElseThrow().uri()))
        .containsExactly(pages.resolve("a.html").toUri(), pages.resolve("sub/b.html").toUri(),
            pages.resolve("x/c.html").toUri());
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.summary()).startsWith("news: 3 files, 3 folders skipped (read already, reached again through"
        + " a link), 3 articles, 0 errors, ");
  }

  @Test
  void aFolderThatHoldsNothingButALinkToItselfHasNothingToRead() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.createSymbolicLink(pages.resolve("again"), Path.of("."));

    Cli.Result result = cli().run("parse", pages.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: nothing to read in " + pages + ": it holds 1 link to a folder"
        + " it reads already, and no page or web archive\n");
  }

  /**
   * In a folder, a page or web archive compressed in a way news cannot read is an error record that says so, and
   * the run goes on; a file of another name in such a compression, which is no page, is skipped as before.
   */
  @Test
  void aWebArchiveInAFolderCompressedInAWayNewsCannotReadIsAnErrorThatNamesTheCompression() throws Exception {
    Path pages = dir.resolve("pages");
    TestPages.write(pages.resolve("a.html"), TestPages.articleBytes(1, 1));
    // news reads a zstd-compressed WARC file (ParseWarcZstdTest), not a page so compressed
    TestPages.write(pages.resolve("b.html.zst"), new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x24, 0});
    TestPages.write(pages.resolve("c.warc.bz2"), "BZh91AY&SY...".getBytes(StandardCharsets.US_ASCII));
    TestPages.write(pages.resolve("d.tar.xz"), new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0});
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), pages.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).containsExactly(
        "news: error: " + pages.resolve("b.html.zst") + ": cannot read the file: it is a zstd-compressed page,"
            + " which news cannot read (it reads zstd-compressed WARC and ARC files only): decompress it first, with"
            + " zstd -d",
        "news: error: " + pages.resolve("c.warc.bz2") + ": cannot read the file: it is a bzip2-compressed WARC"
            + " file, which news cannot read: decompress it first, with bzip2 -dk");
    assertThat(Files.readAllLines(errors)).extracting(l -> new ObjectMapper().readTree(l).path("kind").asText())
        .containsExactly("unreadable-input", "unreadable-input");
    assertThat(result.summary()).startsWith("news: 1 file, 1 file skipped (neither pages nor web archives by name"
        + " or first bytes), 1 article, 2 errors, ");
  }

  @Test
  void aFolderThatHoldsOnlyAWebArchiveNewsCannotReadIsNoUsageErrorButAnError() {
    Path pages = dir.resolve("pages");
    TestPages.write(pages.resolve("crawl.warc.bz2"), "BZh91AY&SY...".getBytes(StandardCharsets.US_ASCII));

    Cli.Result result = cli().run("parse", pages.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.errorLines()).singleElement().asString().endsWith("crawl.warc.bz2: cannot read the file: it"
        + " is a bzip2-compressed WARC file, which news cannot read: decompress it first, with bzip2 -dk");
  }

  @Test
  void theOutputFilesInAFolderBeingReadAreNotReadWhetherTheyExistOrNot() throws Exception {
    Path pages = dir.resolve("pages");
    TestPages.write(pages.resolve("a.html"), TestPages.articleBytes(1, 1));
    TestPages.write(pages.resolve("c.html"), TestPages.notAnArticleBytes(3));
    Files.createSymbolicLink(dir.resolve("alias"), pages);
    // Named by other paths to the same files: through a link to the folder, and with a detour.
    String output = dir.resolve("alias/out.html").toString();
    String errors = pages.resolve("../pages/sub/errors.html").toString();
    Files.createDirectories(pages.resolve("sub"));

    Cli.Result first = cli().run("parse", "-o", output, "--errors", errors, pages.toString());
    Cli.Result second = cli().run("parse", "-o", output, "--errors", errors, pages.toString());

    for (Cli.Result result : List.of(first, second)) {
      assertThat(result.exit()).isEqualTo(1);
      assertThat(result.errorLines()).singleElement().asString()
          .startsWith("news: error: " + pages.resolve("c.html") + ": at 'html > body.forums': no news article");
      assertThat(result.summary()).startsWith("news: 2 files, 1 article, 1 error, 0 skipped records in");
    }
    assertThat(titles(Files.readString(pages.resolve("out.html")))).containsExactly("Article 1");
    assertThat(Files.readString(pages.resolve("sub/errors.html")).lines()).hasSize(1);
  }

  @Test
  void aLinkInAFolderToTheOutputFileIsNotRead() throws Exception {
    Path pages = dir.resolve("pages");
    TestPages.write(pages.resolve("a.html"), TestPages.articleBytes(1, 1));
    Path output = dir.resolve("out.html");
    Files.createSymbolicLink(pages.resolve("b.html"), output);

    Cli.Result result = cli().run("parse", "-o", output.toString(), pages.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.summary()).startsWith("news: 1 file, 1 article, 0 errors, ");
    assertThat(titles(Files.readString(output))).containsExactly("Article 1");
  }

  @Test
  void aFolderThatHoldsNothingButTheOutputFileHasNothingToRead() {
    Path pages = dir.resolve("pages");
    Path output = TestPages.write(pages.resolve("out.html"), TestPages.articleBytes(1, 1));

    Cli.Result result = cli().run("parse", "-o", output.toString(), pages.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: nothing to read in " + pages + ": it is empty, but for "
        + output + ", which this run writes\n");
  }

  @Test
  void aPipeInAFolderIsCountedAsSkippedNotRead() throws Exception {
    TestPages.write(dir.resolve("a.html"), TestPages.articleBytes(1, 1));
    Path pipe = dir.resolve("b.html");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo makes a named pipe on this system");

    Cli.Result result = cli().run("parse", dir.toString());

    assertThat(result.exit()).isZero();
    assertThat(titles(result.out())).containsExactly("Article 1");
    assertThat(result.summary()).startsWith("news: 1 file, 1 file skipped (");
  }

  @Test
  void severalInputsAreWrittenInTheirOrderAsJsonLines() {
    Path one = TestPages.write(dir.resolve("one.html"), TestPages.articleBytes(1, 2));
    Path two = TestPages.write(dir.resolve("two.html"), TestPages.articleBytes(2, 2));

    Cli.Result result = cli().run("parse", two.toString(), one.toString());

    assertThat(result.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"formatVersion\":1,"));
    assertThat(titles(result.out())).containsExactly("Article 2", "Article 1");
  }

  @Test
  void jsonForManyPagesIsOneIndentedArray() throws Exception {
    TestPages.write(dir.resolve("a.html"), TestPages.articleBytes(1, 1));
    TestPages.write(dir.resolve("b.html"), TestPages.articleBytes(2, 1));

    Cli.Result result = cli().run("parse", "--format", "json", dir.toString());

    assertThat(result.out()).startsWith("[\n  {\n    \"formatVersion\": 1,").endsWith("\n  }\n]\n");
    JsonNode array = new ObjectMapper().readTree(result.out());
    List<String> titles = new ArrayList<>();
    array.forEach(element -> titles.add(JSON.read(element.toString()).title().orElseThrow()));
    assertThat(titles).containsExactly("Article 1", "Article 2");
  }

  @Test
  void jsonLdForOnePageIsOneIndentedNewsArticle() throws Exception {
    Cli.Result result = cli().run("parse", "--format", "jsonld", TestPages.SAMPLE.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("{\n");
    JsonNode ld = new ObjectMapper().readTree(result.out());
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText()).isEqualTo(TestPages.SAMPLE_TITLE);
    assertThat(ld.path("comment")).hasSize(5);
  }

  @Test
  void jsonLdForManyPagesIsOneObjectALine() throws Exception {
    TestPages.write(dir.resolve("a.html"), TestPages.articleBytes(1, 1));
    TestPages.write(dir.resolve("b.html"), TestPages.articleBytes(2, 1));

    Cli.Result result = cli().run("parse", "--format", "JSONLD", dir.toString());

    assertThat(result.outLines()).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(result.outLines().get(0)).path("headline").asText()).isEqualTo("Article 1");
    assertThat(mapper.readTree(result.outLines().get(1)).path("@context").asText()).isEqualTo("https://schema.org");
  }

  @Test
  void jsonlForOnePageIsOneLine() {
    Cli.Result result = cli().run("parse", "-f", "jsonl", TestPages.SAMPLE.toString());

    assertThat(result.outLines()).hasSize(1);
    assertThat(JSON.read(result.outLines().get(0)).title()).contains(TestPages.SAMPLE_TITLE);
  }

  @Test
  void aPageWhoseOneParagraphHoldsMillionsOfCharsIsWrittenAsJsonTheStandardReaderReadsBack() {
    // Six million chars in one paragraph: a page of 6 MB, well within --max-page-size, whose paragraph once
    // broke the reader's string limit of 5,000,000 chars.
    String paragraph = "The council met again today. ".repeat(6_000_000 / 29).trim();
    String page = "<html><head><title>Minutes</title></head><body><article><h1>Minutes</h1><p>" + paragraph
        + "</p></article></body></html>";
    Path file = TestPages.write(dir.resolve("minutes.html"), page.getBytes(StandardCharsets.UTF_8));

    Cli.Result result = cli().run("parse", "-f", "jsonl", file.toString());

    assertThat(result.exit()).isZero();
    assertThat(JSON.read(result.outLines().get(0)).text()).contains(paragraph);
  }

  @Test
  void outputGoesToTheOutputFile() throws Exception {
    Path output = dir.resolve("articles.json");

    Cli.Result result = cli().run("parse", "-o", output.toString(), TestPages.SAMPLE.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(JSON.read(Files.readString(output)).title()).contains(TestPages.SAMPLE_TITLE);
  }

  @Test
  void theZoneOptionReplacesTheSitesZone() {
    Cli.Result result = cli().run("parse", "--zone", "UTC", TestPages.SAMPLE.toString());

    Article article = JSON.read(result.out());
    assertThat(article.publishedAt()).contains(OffsetDateTime.parse("2007-05-24T13:52Z"));
    assertThat(article.assumedZone()).contains(ZoneId.of("UTC"));
  }

  @Test
  void anyFileNamedOnTheCommandLineIsReadAsAPage() {
    Path php = TestPages.write(dir.resolve("article.php"), TestPages.articleBytes(3, 1));

    Cli.Result result = cli().run("parse", php.toString());

    assertThat(result.exit()).isZero();
    assertThat(JSON.read(result.out()).title()).contains("Article 3");
  }

  /**
   * A named pipe, as the shell's {@code <(zcat crawl.warc.gz)} gives, was a usage error, "not a file or folder:
   * /dev/fd/63", though standard input, the same stream by another way, was read. It is read as standard input is:
   * a page, or a WARC file, gzip-compressed or not, told by its first bytes; its source is the pipe's path.
   */
  @Test
  void aNamedPipeIsReadAsStandardInputIs() throws Exception {
    Path pagePipe = fifo("page");
    Path warcPipe = fifo("crawl");
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc writer = TestWarc.create(warc)) {
      writer.html(TestWarc.url(2), TestPages.articleBytes(2, 1)).html(TestWarc.url(3), TestPages.articleBytes(3, 1));
    }
    Thread feeder = new Thread(() -> {
      try {
        Files.write(pagePipe, TestPages.gzip(TestPages.articleBytes(1, 1)));
        Files.write(warcPipe, TestPages.gzip(Files.readAllBytes(warc)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    feeder.setDaemon(true); // a run that opens no pipe leaves it waiting for a reader
    feeder.start();

    Cli.Result result = cli().run("parse", pagePipe.toString(), warcPipe.toString());
    feeder.join(10_000);

    List<Article> articles = new ArrayList<>();
    JSON.linesReader(new StringReader(result.out())).forEach(articles::add);
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 1", "Article 2",
        "Article 3");
    assertThat(articles.get(0).source().orElseThrow().uri()).isEqualTo(pagePipe.toUri());
    assertThat(articles.get(1).source().orElseThrow().uri()).isEqualTo(URI.create(TestWarc.url(2)));
    assertThat(result.summary()).startsWith("news: 2 files, 3 articles, 0 errors, 0 skipped records in ");
    assertThat(result.exit()).isZero();
  }

  /** A named pipe in the folder, made with mkfifo; the test is skipped where there is none. */
  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return fifo;
  }

  static List<String> titles(String jsonLines) {
    List<String> titles = new ArrayList<>();
    JSON.linesReader(new StringReader(jsonLines)).forEach(a -> titles.add(a.title().orElseThrow()));
    return titles;
  }
}
