package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.cli.TestZstd.Dictionary;
import io.github.newsmodel.cli.TestZstd.Written;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * news parse on {@code .warc.zst} files, compressed here record by record as the WARC zstd format has them, with
 * and without the dictionary that Archive Team's crawls keep in their first frame; and what it does with such a
 * file broken, cut off, or needing a dictionary it lacks, as for a {@code .warc.gz}.
 */
class ParseWarcZstdTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Records 2 to 9 are pages, "Article 2" to "Article 9"; record 1 is the warcinfo record. */
  private static final List<String> TITLES = IntStream.rangeClosed(2, 9).mapToObj(n -> "Article " + n).toList();

  @TempDir Path dir;

  private Path plainWarc() {
    Path file = dir.resolve("crawl.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.warcinfo();
      for (int n = 2; n <= 9; n++) {
        warc.html(TestWarc.url(n), TestPages.articleBytes(n, 3 + n));
      }
    }
    return file;
  }

  private Written zst(Dictionary dictionary, boolean checksum) {
    return TestZstd.compress(plainWarc(), dir.resolve("crawl.warc.zst"), dictionary, checksum);
  }

  @ParameterizedTest
  @EnumSource(value = Dictionary.class, names = {"NONE", "RAW", "COMPRESSED"})
  void readsEveryPageOfAWarcZstWithOrWithoutADictionary(Dictionary dictionary) throws IOException {
    Written zst = zst(dictionary, true);

    Cli.Result result = cli().run("parse", zst.file().toString());

    assertThat(ParsePagesTest.titles(result.out())).isEqualTo(TITLES);
    assertThat(ParseWarcTest.articles(result.out()).get(0).source().orElseThrow().recordId())
        .hasValue(TestWarc.recordId(2));
    assertThat(result.summary()).startsWith("news: 1 file, 8 articles, 0 errors, 1 skipped record in ");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo(cli().run("parse", plainWarc().toString()).out());
  }

  /** A record's offset is where its frame starts, where a reader can seek to and decompress it alone. */
  @Test
  void aRecordsOffsetIsWhereItsFrameStarts() throws IOException {
    Path plain = dir.resolve("crawl.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 2))
          .html(TestWarc.url(2), "<html><body><p>no article".getBytes(StandardCharsets.UTF_8))
          .html(TestWarc.url(3), TestPages.articleBytes(3, 2));
    }
    Written zst = TestZstd.compress(plain, dir.resolve("crawl.warc.zst"), Dictionary.RAW, false);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), zst.file().toString());

    JsonNode error = MAPPER.readTree(Files.readString(errors));
    assertThat(error.path("recordId").asText()).isEqualTo(TestWarc.recordId(2));
    assertThat(error.path("offset").asLong()).isEqualTo(zst.offsets().get(TestWarc.recordId(2))).isPositive();
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
  }

  @ParameterizedTest
  @EnumSource(value = Dictionary.class, names = {"NONE", "RAW"})
  void aFileCutOffInsideAFrameIsOneTruncatedErrorNamingTheOffsetAfterEveryRecordBeforeIt(Dictionary dictionary)
      throws IOException {
    Written zst = zst(dictionary, true);
    long sixth = zst.offsets().get(TestWarc.recordId(6));
    long cut = sixth + zst.frames().get(5).length / 2;
    byte[] bytes = Files.readAllBytes(zst.file());
    TestZstd.write(zst.file(), Arrays.copyOf(bytes, (int) cut));
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), zst.file().toString());

    assertThat(ParsePagesTest.titles(result.out())).isEqualTo(TITLES.subList(0, 4));
    assertThat(result.errorLines()).singleElement().asString().isEqualTo("news: error: " + zst.file()
        + " at offset " + sixth + ": the WARC file cannot be read from here on: the data ends early: the zstd frame"
        + " from offset " + sixth + " is cut off at offset " + cut);
    assertThat(MAPPER.readTree(Files.readString(errors)).path("kind").asText()).isEqualTo("truncated");
    assertThat(result.exit()).isEqualTo(1);
  }

  /** A page of several blocks, cut off after its record header decompressed, is an error of its record. */
  @Test
  void aRecordCutOffInsideItsFrameIsOneErrorOfThatRecord() throws IOException {
    Path plain = dir.resolve("crawl.warc");
    try (TestWarc warc = TestWarc.create(plain)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 2))
          .html(TestWarc.url(2), TestPages.articleBytes(2, 4000)); // some 400 kB: several blocks of 128 KiB
    }
    Written zst = TestZstd.compress(plain, dir.resolve("crawl.warc.zst"), Dictionary.NONE, true);
    byte[] bytes = Files.readAllBytes(zst.file());
    TestZstd.write(zst.file(), Arrays.copyOf(bytes, bytes.length - zst.frames().get(1).length / 3));

    Cli.Result result = cli().run("parse", zst.file().toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1");
    assertThat(result.errorLines()).singleElement().asString().isEqualTo("news: error: " + zst.file()
        + " at offset " + zst.offsets().get(TestWarc.recordId(2)) + " (" + TestWarc.recordId(2) + ", "
        + TestWarc.url(2) + "): the record is cut off: the WARC file ends inside it");
  }

  /** Frame data that zstd cannot decompress are a break, and reading goes on at the next frame. */
  @Test
  void brokenFrameDataAreOneErrorAndReadingGoesOnAtTheNextFrame() throws IOException {
    Written zst = zst(Dictionary.RAW, false);
    long fifth = zst.offsets().get(TestWarc.recordId(5));
    byte[] bytes = Files.readAllBytes(zst.file());
    int descriptor = bytes[(int) fifth + 4] & 0xff;
    boolean singleSegment = (descriptor & 0x20) != 0;
    int header = 5 + (singleSegment ? 0 : 1) + new int[] {0, 1, 2, 4}[descriptor & 3]
        + new int[] {singleSegment ? 1 : 0, 2, 4, 8}[descriptor >>> 6];
    Arrays.fill(bytes, (int) fifth + header, (int) fifth + header + 3, (byte) 0xFF); // a block of no type
    TestZstd.write(zst.file(), bytes);

    Cli.Result result = cli().run("parse", zst.file().toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 2", "Article 3", "Article 4",
        "Article 6", "Article 7", "Article 8", "Article 9");
    assertThat(result.errorLines()).singleElement().asString().startsWith("news: error: " + zst.file()
        + " at offset " + fifth + ": the WARC file cannot be read from here to offset "
        + zst.offsets().get(TestWarc.recordId(6)) + ", where reading goes on: broken zstd data: ")
        .endsWith(", in the zstd frame from offset " + fifth);
    assertThat(result.exit()).isEqualTo(1);
  }

  /** A frame whose checksum fails is an error of its record, not a page: its bytes are not those stored. */
  @Test
  void aFrameWhoseChecksumFailsIsAnErrorOfItsRecordAndTheNextIsRead() throws IOException {
    Written zst = zst(Dictionary.RAW, true);
    long fifth = zst.offsets().get(TestWarc.recordId(5));
    long sixth = zst.offsets().get(TestWarc.recordId(6));
    byte[] bytes = Files.readAllBytes(zst.file());
    bytes[(int) sixth - 1] ^= 0x01; // the last byte of the fifth record's checksum
    TestZstd.write(zst.file(), bytes);
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--errors", errors.toString(), zst.file().toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 2", "Article 3", "Article 4",
        "Article 6", "Article 7", "Article 8", "Article 9");
    assertThat(result.errorLines()).singleElement().asString().isEqualTo("news: error: " + zst.file()
        + " at offset " + fifth + " (" + TestWarc.recordId(5) + ", " + TestWarc.url(5) + "): the record's zstd"
        + " frame fails its check: its checksum does not match its content: its bytes are not those stored");
    assertThat(MAPPER.readTree(Files.readString(errors)).path("kind").asText()).isEqualTo("unreadable-input");
  }

  @Test
  void framesThatNeedADictionaryTheFileLacksAreOneError() throws IOException {
    Written zst = zst(Dictionary.MISSING, false);

    Cli.Result result = cli().run("parse", zst.file().toString());

    assertThat(result.out()).isEmpty();
    assertThat(result.errorLines()).singleElement().asString()
        .startsWith("news: error: " + zst.file() + " at offset 0: the WARC file cannot be read from here on: the"
            + " zstd frame from offset 0 needs the zstd dictionary of id ")
        .endsWith(", and the file holds none: it cannot be decompressed");
    assertThat(result.exit()).isEqualTo(1);
  }

  /**
   * A record whose Content-Length says more than its frame holds ends where its frame does, as one in a
   * {@code .warc.gz} ends with its gzip member: a truncated page, and the next record is read.
   */
  @Test
  void aRecordThatSaysMoreThanItsFrameHoldsEndsWithItsFrame() throws IOException {
    List<byte[]> records = TestZstd.records(plainWarc());
    String fifth = new String(records.get(4), StandardCharsets.ISO_8859_1);
    int length = Integer.parseInt(fifth.replaceAll("(?s).*?\r\nContent-Length: (\\d+)\r\n.*", "$1"));
    records.set(4, fifth.replaceFirst("\r\nContent-Length: \\d+\r\n", "\r\nContent-Length: " + (length + 500)
        + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    for (byte[] record : records) {
      offsets.add((long) file.size());
      file.writeBytes(TestZstd.frame(record));
    }
    Path zst = TestZstd.write(dir.resolve("crawl.warc.zst"), file.toByteArray());

    Cli.Result result = cli().run("parse", zst.toString());

    assertThat(ParsePagesTest.titles(result.out())).isEqualTo(TITLES);
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.err()).contains("news: warning: " + zst + " at offset " + offsets.get(4) + " ("
        + TestWarc.recordId(5) + ", " + TestWarc.url(5) + "): the record's Content-Length says more than its zstd"
        + " frame holds: it is read to the frame's end, where the next record starts: parsed as a truncated page");
  }

  /**
   * A {@code .warc.zst} gzipped again, or a {@code .warc.zst} of one, is no WARC file once decompressed: jwarc,
   * which decompresses zstd itself where it finds it, read such a file on without end.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aWarcZstCompressedAgainIsNoWarcFileAndReadingEnds() throws IOException {
    byte[] zst = Files.readAllBytes(zst(Dictionary.NONE, false).file());
    Path gz = TestPages.write(dir.resolve("twice.warc.gz"), TestPages.gzip(zst));
    Path twice = TestZstd.write(dir.resolve("twice.warc.zst"), TestZstd.frame(zst));

    Cli.Result result = cli().run("parse", gz.toString());
    Cli.Result zstdTwice = cli().run("parse", twice.toString());
    Cli.Result stdin = cli().stdin(TestPages.gzip(zst)).run("parse", "-");

    assertThat(result.errorLines()).containsExactly(
        "news: error: " + gz + ": not a WARC file: it does not start with 'WARC/' once decompressed");
    assertThat(zstdTwice.err()).startsWith("news parse: cannot read " + twice + ": it is zstd-compressed, but no WARC"
        + " file once decompressed (news reads zstd-compressed WARC and ARC files only): decompress it first, with"
        + " zstd -d");
    assertThat(stdin.errorLines()).as("on standard input, no WARC file by its first bytes: a page of binary")
        .singleElement().asString().contains("the page is not text");
  }

  @Test
  void readsAWarcZstOnStandardInput() throws IOException {
    byte[] bytes = Files.readAllBytes(zst(Dictionary.COMPRESSED, true).file());

    Cli.Result result = cli().stdin(bytes).run("parse", "-");

    assertThat(ParsePagesTest.titles(result.out())).isEqualTo(TITLES);
    assertThat(result.exit()).isZero();
  }

  /** In a folder, by its name or, named otherwise, by its first bytes once decompressed; and in a WACZ file. */
  @Test
  void readsAWarcZstInAFolderAndInAWacz() throws IOException {
    Written zst = zst(Dictionary.RAW, true);
    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.copy(zst.file(), folder.resolve("crawl.warc.zst"));
    Files.copy(zst.file(), folder.resolve("crawl-copy"));
    TestWacz.create().stored("archive/data.warc.zst", zst.file()).write(folder.resolve("crawl.wacz"));

    Cli.Result result = cli().run("parse", folder.toString());

    assertThat(ParsePagesTest.titles(result.out())).hasSize(24).containsOnlyElementsOf(TITLES)
        .filteredOn("Article 2"::equals).hasSize(3);
    assertThat(result.summary()).startsWith("news: 3 files, 24 articles, 0 errors, 3 skipped records in ");
  }

  /** news reads zstd-compressed web archives, not pages so compressed: those it names as what they are. */
  @Test
  void aZstdCompressedPageIsAUsageErrorThatSaysSo() {
    Path page = TestZstd.write(dir.resolve("story.html.zst"), TestZstd.frame(TestPages.articleBytes(1, 2)));

    Cli.Result result = cli().run("parse", page.toString());

    assertThat(result.err()).startsWith("news parse: cannot read " + page + ": it is a zstd-compressed page, which"
        + " news cannot read (it reads zstd-compressed WARC and ARC files only): decompress it first, with zstd -d");
    assertThat(result.exit()).isEqualTo(2);
  }
}
