package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.luben.zstd.ZstdCompressCtx;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.cli.internal.page.Work;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fuzz test of the WARC and ARC readers ({@link WarcPages}, {@link GunzipMembers}, {@link ZstdFrames},
 * {@link HttpBodies}, {@link ArcBlock}): whatever the bytes, reading ends within the timeout, nothing is thrown out
 * of the reader, and the records of a well-formed start of the file are each one page, one error or one skipped
 * record, in order.
 *
 * <p>An input's first byte chooses how its bytes are read ({@link Mode}): a {@code .warc}, a {@code .warc.gz} of a
 * gzip member per record or of one member for the whole file, standard input, an {@code .arc} or {@code .arc.gz}.
 * Its second byte says how many well-formed records the test writes first (up to three); the rest of the input
 * follows them, as raw bytes of the file, or, for the whole-file gzip, inside the one member. The seeds are small
 * WARC and ARC files written here, whole, cut off, with a broken gzip member and with junk between members. A second
 * test does the same for {@code .warc.zst} files ({@link ZstdMode}): a frame per record, with and without a
 * dictionary, one frame for the whole file, and on standard input.
 *
 * <p>{@code ./mvnw verify} runs it on its seeds and on the inputs kept under
 * {@code src/test/resources/io/github/newsmodel/cli/internal/input/WarcPagesFuzzTestInputs/<method>/}. To fuzz, see
 * CONTRIBUTING.md.
 */
// Each input's: Jazzer hands it to libFuzzer when fuzzing. Generous, since the first input of a build also waits for
// Jazzer's agent to start (8 to 16 s here); the inputs themselves take milliseconds, so a hang still shows. Under
// Maven JUnit applies it to a whole fuzzing run too: fuzz with -Djunit.jupiter.execution.timeout.mode=disabled.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WarcPagesFuzzTest {
  private static final ReadSettings SETTINGS = new ReadSettings(1 << 20, Optional.empty(), Optional.empty());
  private static final int MAX_PREFIX = 3;
  private static final Path DIR = tempDir();

  /** How the input is read. */
  enum Mode {
    WARC(".warc", false, false),
    WARC_GZ_MEMBERS(".warc.gz", true, false),
    WARC_GZ_WHOLE(".warc.gz", true, false),
    WARC_STDIN("-", false, true),
    WARC_GZ_STDIN("-", true, true),
    ARC(".arc", false, false),
    ARC_GZ(".arc.gz", true, false);

    final String suffix;
    final boolean gzip;
    final boolean stdin;

    Mode(String suffix, boolean gzip, boolean stdin) {
      this.suffix = suffix;
      this.gzip = gzip;
      this.stdin = stdin;
    }

    boolean arc() {
      return this == ARC || this == ARC_GZ;
    }
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void everyRecordIsAPageAnErrorOrSkippedAndReadingEnds(byte[] input) throws IOException {
    Mode mode = Mode.values()[input.length == 0 ? 0 : (input[0] & 0xff) % Mode.values().length];
    int prefix = input.length < 2 ? 0 : (input[1] & 0xff) % (MAX_PREFIX + 1);
    byte[] rest = input.length < 2 ? new byte[0] : Arrays.copyOfRange(input, 2, input.length);
    List<Expected> expected = new ArrayList<>();
    byte[] file = file(mode, prefix, rest, expected);
    Recording sink = new Recording();

    // A run's pages for the revisits after them, which read those pages again from the file.
    RevisitTargets revisits = new RevisitTargets();
    if (mode.stdin) {
      WarcPages.readStream("-", new ByteArrayInputStream(file), ArchiveFormat.WARC, SETTINGS, revisits, sink);
    } else {
      Path path = DIR.resolve("input" + mode.suffix);
      Files.write(path, file);
      WarcPages.readFile(path.toString(), path, mode.arc() ? ArchiveFormat.ARC : ArchiveFormat.WARC, SETTINGS,
          revisits, sink);
      assertThat(sink.bytesRead).as("progress adds up to the file's size").isEqualTo(file.length);
    }

    assertThat(sink.events).as("the well-formed records first, each once, in order").hasSizeGreaterThanOrEqualTo(
        expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(sink.events.get(i)).as("record %d of the well-formed start", i + 1).isEqualTo(expected.get(i).event);
    }
    assertThat(sink.negativeProgress).as("progress never goes back").isFalse();
  }

  /** How a zstd input is read. */
  enum ZstdMode {
    FRAMES,
    DICTIONARY,
    WHOLE,
    STDIN
  }

  /** A raw-content dictionary: what the records share, which zstd refers to as a dictionary of no id. */
  private static final byte[] DICTIONARY = TestBytes.concat(warcRecord(1), warcRecord(3));

  @MethodSource("zstdSeeds")
  @FuzzTest(maxDuration = "5m")
  void everyRecordOfAWarcZstIsAPageAnErrorOrSkippedAndReadingEnds(byte[] input) throws IOException {
    ZstdMode mode = ZstdMode.values()[input.length == 0 ? 0 : (input[0] & 0xff) % ZstdMode.values().length];
    int prefix = input.length < 2 ? 0 : (input[1] & 0xff) % (MAX_PREFIX + 1);
    byte[] rest = input.length < 2 ? new byte[0] : Arrays.copyOfRange(input, 2, input.length);
    List<Expected> expected = new ArrayList<>();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    if (mode == ZstdMode.DICTIONARY) {
      file.writeBytes(dictionaryFrame());
    }
    for (int n = 1; n <= prefix; n++) {
      String where = mode == ZstdMode.WHOLE && n > 1 ? "-1" : String.valueOf(file.size());
      expected.add(new Expected(warcEvent(n, where)));
      if (mode == ZstdMode.WHOLE) {
        whole.writeBytes(warcRecord(n));
      } else {
        file.writeBytes(zstd(warcRecord(n), mode == ZstdMode.DICTIONARY));
      }
    }
    if (mode == ZstdMode.WHOLE) {
      whole.writeBytes(rest);
      file.writeBytes(zstd(whole.toByteArray(), false));
    } else {
      file.writeBytes(rest);
    }
    Recording sink = new Recording();

    if (mode == ZstdMode.STDIN) {
      WarcPages.readStream("-", new ByteArrayInputStream(file.toByteArray()), ArchiveFormat.WARC, SETTINGS, sink);
    } else {
      Path path = DIR.resolve("input.warc.zst");
      Files.write(path, file.toByteArray());
      WarcPages.readFile(path.toString(), path, ArchiveFormat.WARC, SETTINGS, sink);
      assertThat(sink.bytesRead).as("progress adds up to the file's size").isEqualTo(file.size());
    }

    assertThat(sink.events).as("the well-formed records first, each once, in order").hasSizeGreaterThanOrEqualTo(
        expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(sink.events.get(i)).as("record %d of the well-formed start", i + 1).isEqualTo(expected.get(i).event);
    }
    assertThat(sink.negativeProgress).as("progress never goes back").isFalse();
  }

  private static byte[] zstd(byte[] bytes, boolean dictionary) {
    try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
      ctx.setLevel(3).setChecksum(true);
      if (dictionary) {
        ctx.loadDict(DICTIONARY);
      }
      return ctx.compress(bytes);
    }
  }

  private static byte[] dictionaryFrame() {
    return ByteBuffer.allocate(8 + DICTIONARY.length).order(ByteOrder.LITTLE_ENDIAN).putInt(0x184D2A5D)
        .putInt(DICTIONARY.length).put(DICTIONARY).array();
  }

  static Stream<Arguments> zstdSeeds() {
    List<Arguments> seeds = new ArrayList<>();
    for (ZstdMode mode : ZstdMode.values()) {
      boolean dictionary = mode == ZstdMode.DICTIONARY;
      boolean frames = mode != ZstdMode.WHOLE;
      byte[] more = frames ? TestBytes.concat(zstd(warcRecord(1), dictionary), zstd(warcRecord(2), dictionary),
          zstd(warcRecord(3), dictionary)) : TestBytes.concat(warcRecord(1), warcRecord(2), warcRecord(3));
      seeds.add(zstdSeed(mode, MAX_PREFIX, "three records", new byte[0]));
      seeds.add(zstdSeed(mode, 1, "one record, then three more", more));
      seeds.add(zstdSeed(mode, 2, "two records, then one cut off", Arrays.copyOf(more, more.length - 30)));
      seeds.add(zstdSeed(mode, 1, "blank bytes after the last record", new byte[] {'\r', '\n', 0, 0}));
      if (frames) {
        byte[] broken = zstd(warcRecord(1), dictionary);
        broken[broken.length / 2] ^= 0x55;
        seeds.add(zstdSeed(mode, 1, "a broken frame between two", TestBytes.concat(broken,
            zstd(warcRecord(2), dictionary))));
        byte[] badChecksum = zstd(warcRecord(1), dictionary);
        badChecksum[badChecksum.length - 1] ^= 1;
        seeds.add(zstdSeed(mode, 1, "a frame that fails its checksum", TestBytes.concat(badChecksum,
            zstd(warcRecord(3), dictionary))));
        seeds.add(zstdSeed(mode, 1, "a record, junk, a record", TestBytes.concat(zstd(warcRecord(1), dictionary),
            "junk\r\n\r\n".getBytes(StandardCharsets.US_ASCII), zstd(warcRecord(2), dictionary))));
        seeds.add(zstdSeed(mode, 0, "one frame for the whole file", zstd(more, false)));
      }
    }
    return seeds.stream();
  }

  private static Arguments zstdSeed(ZstdMode mode, int prefix, String name, byte[] rest) {
    byte[] input = TestBytes.concat(new byte[] {(byte) mode.ordinal(), (byte) prefix}, rest);
    return Arguments.of(Named.of("zstd " + mode + ", " + name, input));
  }

  /** The file: the well-formed records, then the rest of the input. */
  private static byte[] file(Mode mode, int prefix, byte[] rest, List<Expected> expected) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    long offset = 0;
    for (int n = 1; n <= prefix; n++) {
      byte[] record = mode.arc() ? arcRecord(n) : warcRecord(n);
      byte[] stored = mode == Mode.WARC_GZ_WHOLE ? record : mode.gzip ? TestBytes.gzip(record) : record;
      String where = mode == Mode.WARC_GZ_WHOLE && n > 1 ? "-1" : String.valueOf(offset);
      expected.add(new Expected(mode.arc() ? arcEvent(n, where) : warcEvent(n, where)));
      (mode == Mode.WARC_GZ_WHOLE ? whole : file).writeBytes(stored);
      offset += stored.length;
    }
    if (mode == Mode.WARC_GZ_WHOLE) {
      whole.writeBytes(rest);
      return TestBytes.gzip(whole.toByteArray());
    }
    file.writeBytes(rest);
    return file.toByteArray();
  }

  /** What the n-th well-formed WARC record gives: an HTML response, a request, an HTML resource. */
  private static String warcEvent(int n, String offset) {
    return n == 2 ? "skipped" : "page " + url(n) + " at " + offset;
  }

  private static String arcEvent(int n, String offset) {
    return n == 2 ? "page " + url(n).replace("https:", "http:") + " at " + offset : "skipped";
  }

  private static String url(int n) {
    return "https://news.example.com/a/" + n;
  }

  static byte[] warcRecord(int n) {
    String html = "<html><head><title>Page " + n + "</title></head><body><p>Text of page " + n + ".</p></body></html>";
    return switch (n) {
      case 2 -> warc("request", url(n), "application/http;msgtype=request",
          "GET /a/2 HTTP/1.1\r\nHost: news.example.com\r\n\r\n");
      case 3 -> warc("resource", url(n), "text/html", html);
      default -> warc("response", url(n), "application/http;msgtype=response",
          "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html);
    };
  }

  /** A revisit of the page of record 1 at another address, with the headers given that refer to it. */
  static byte[] revisit(String refersTo) {
    String url = url(1) + "?again";
    byte[] body = "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    String header = "WARC/1.0\r\nWARC-Type: revisit\r\nWARC-Record-ID: <urn:uuid:revisit-" + refersTo.hashCode()
        + ">\r\nWARC-Date: 2024-03-02T12:00:00Z\r\nWARC-Target-URI: " + url + "\r\nWARC-Profile: "
        + "http://netpreserve.org/warc/1.0/revisit/server-not-modified\r\n" + refersTo
        + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + body.length + "\r\n\r\n";
    return TestBytes.concat(header.getBytes(StandardCharsets.UTF_8), body,
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] warc(String type, String url, String contentType, String block) {
    byte[] body = block.getBytes(StandardCharsets.UTF_8);
    String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + type + "-" + url.hashCode()
        + ">\r\nWARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: " + url + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    return TestBytes.concat(header.getBytes(StandardCharsets.UTF_8), body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** The n-th ARC record: the file's description, an HTML page, an image. */
  static byte[] arcRecord(int n) {
    return switch (n) {
      case 1 -> arc("filedesc://input.arc", "0.0.0.0", "text/plain",
          "1 0 newsmodel tests\nURL IP-address Archive-date Content-type Archive-length\n");
      case 2 -> arc(url(n).replace("https:", "http:"), "192.0.2.1", "text/html",
          "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>Page 2</title><p>Text.</p></html>");
      default -> arc("http://news.example.com/logo.png", "192.0.2.1", "image/png",
          "HTTP/1.0 200 OK\r\nContent-Type: image/png\r\n\r\n\u0089PNG");
    };
  }

  static byte[] arc(String url, String ip, String type, String block) {
    byte[] body = block.getBytes(StandardCharsets.ISO_8859_1);
    return TestBytes.concat((url + " " + ip + " 20010203040500 " + type + " " + body.length + "\n")
        .getBytes(StandardCharsets.ISO_8859_1), body, new byte[] {'\n'});
  }

  static Stream<Arguments> seeds() {
    List<Arguments> seeds = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      boolean arc = mode.arc();
      boolean members = mode.gzip && mode != Mode.WARC_GZ_WHOLE;
      seeds.add(seed(mode, MAX_PREFIX, "three records", new byte[0]));
      byte[] more = records(arc, members, 1, 2, 3);
      seeds.add(seed(mode, 1, "one record, then three more", more));
      seeds.add(seed(mode, 2, "two records, then one cut off", Arrays.copyOf(more, more.length - 30)));
      seeds.add(seed(mode, 0, "a record, junk, a record", TestBytes.concat(records(arc, members, 1),
          "junk\r\n\r\n".getBytes(StandardCharsets.US_ASCII), records(arc, members, 2))));
      seeds.add(seed(mode, 1, "blank bytes after the last record", new byte[] {'\r', '\n', 0, 0}));
      seeds.add(seed(mode, 1, "a record whose length says less than it holds, a record", TestBytes.concat(
          stored(relength(arc ? arcRecord(2) : warcRecord(1), arc, -10), members), records(arc, members, 2))));
      seeds.add(seed(mode, 1, "a record whose length says more than it holds, a record", TestBytes.concat(
          stored(relength(arc ? arcRecord(2) : warcRecord(1), arc, 40), members), records(arc, members, 3))));
      if (!arc) {
        seeds.add(seed(mode, 1, "a page, a revisit of it by its id, a revisit of it by its address and date",
            TestBytes.concat(stored(revisit("WARC-Refers-To: <urn:uuid:response-" + url(1).hashCode() + ">"),
                members), stored(revisit("WARC-Refers-To-Target-URI: " + url(1)
                + "\r\nWARC-Refers-To-Date: 2024-03-01T12:00:00Z"), members))));
        byte[][] segments = segments();
        seeds.add(seed(mode, 1, "a page in two segments", TestBytes.concat(stored(segments[0], members),
            stored(segments[1], members), records(false, members, 3))));
        seeds.add(seed(mode, 1, "a first segment alone", TestBytes.concat(stored(segments[0], members),
            records(false, members, 3))));
      }
      if (members) {
        byte[] broken = TestBytes.gzip(arc ? arcRecord(2) : warcRecord(1));
        broken[broken.length / 2] ^= 0x55;
        seeds.add(seed(mode, 1, "a broken member between two", TestBytes.concat(broken, records(arc, true, 2))));
        byte[] badCrc = TestBytes.gzip(arc ? arcRecord(2) : warcRecord(1));
        badCrc[badCrc.length - 8] ^= 1;
        seeds.add(seed(mode, 1, "a member that fails its CRC", TestBytes.concat(badCrc, records(arc, true, 3))));
        seeds.add(seed(mode, 0, "one member for the whole file", TestBytes.gzip(records(arc, false, 1, 2, 3))));
      }
    }
    return seeds.stream();
  }

  /** A record as it is stored: a gzip member, or plain. */
  private static byte[] stored(byte[] record, boolean member) {
    return member ? TestBytes.gzip(record) : record;
  }

  /** A record with its length changed by some bytes: its Content-Length, or the last field of an ARC header line. */
  private static byte[] relength(byte[] record, boolean arc, int by) {
    String text = new String(record, StandardCharsets.ISO_8859_1);
    int at = arc ? text.lastIndexOf(' ', text.indexOf('\n')) + 1
        : text.indexOf("Content-Length: ") + "Content-Length: ".length();
    int end = text.indexOf(arc ? '\n' : '\r', at);
    long length = Long.parseLong(text.substring(at, end)) + by;
    return (text.substring(0, at) + length + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A page split into two segments (WARC 1.1): a response of segment 1 and a continuation of segment 2. */
  private static byte[][] segments() {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>Page 4</title></head>"
        + "<body><p>Text of page 4, in two segments.</p></body></html>";
    int half = http.length() / 2;
    String origin = "<urn:uuid:segment-1>";
    String first = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: " + origin + "\r\nWARC-Date:"
        + " 2024-03-01T12:00:00Z\r\nWARC-Target-URI: " + url(4)
        + "\r\nContent-Type: application/http;msgtype=response\r\nWARC-Segment-Number: 1\r\nContent-Length: " + half
        + "\r\n\r\n" + http.substring(0, half) + "\r\n\r\n";
    String second = "WARC/1.1\r\nWARC-Type: continuation\r\nWARC-Record-ID: <urn:uuid:segment-2>\r\n"
        + "WARC-Segment-Origin-ID: " + origin + "\r\nWARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: " + url(4)
        + "\r\nWARC-Segment-Number: 2\r\nWARC-Segment-Total-Length: " + http.length() + "\r\nContent-Length: "
        + (http.length() - half) + "\r\n\r\n" + http.substring(half) + "\r\n\r\n";
    return new byte[][] {first.getBytes(StandardCharsets.ISO_8859_1), second.getBytes(StandardCharsets.ISO_8859_1)};
  }

  /** Records as they are stored: a gzip member each, or plain. */
  private static byte[] records(boolean arc, boolean members, int... numbers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int n : numbers) {
      byte[] record = arc ? arcRecord(n) : warcRecord(n);
      out.writeBytes(members ? TestBytes.gzip(record) : record);
    }
    return out.toByteArray();
  }

  private static Arguments seed(Mode mode, int prefix, String name, byte[] rest) {
    byte[] input = TestBytes.concat(new byte[] {(byte) mode.ordinal(), (byte) prefix}, rest);
    return Arguments.of(Named.of(mode + ", " + name, input));
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("warc-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void removeTempDir() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(DIR);
  }

  /** What a well-formed record gives, as {@link Recording} writes it. */
  private record Expected(String event) {}

  /** Every page, error and skipped record, as text to compare, and the progress reported. */
  private static final class Recording implements PageSink {
    final List<String> events = new ArrayList<>();
    long bytesRead;
    boolean negativeProgress;

    @Override
    public void accept(Work work) {
      if (work instanceof Page page) {
        assertThat(page.url().isAbsolute()).as("a page's URL is absolute").isTrue();
        assertThat(page.bytes().length).as("a page is held to the size limit").isLessThanOrEqualTo(
            (int) SETTINGS.maxPageSize());
        events.add("page " + page.url() + " at " + (page.origin().offset().isPresent() ? page.origin().offset().getAsLong() : -1));
      } else {
        ReadFailure failure = (ReadFailure) work;
        assertThat(failure.outcome().message()).as("an error says what is wrong").isNotBlank();
        events.add("error " + failure.outcome().message());
      }
    }

    @Override
    public void skipped() {
      events.add("skipped");
    }

    @Override
    public void fileSkipped() {
      throw new AssertionError("no file is skipped in a WARC file");
    }

    @Override
    public void folderSkipped() {
      throw new AssertionError("no folder is skipped in a WARC file");
    }

    @Override
    public void inputStarted() {
      // the caller's to count
    }

    @Override
    public void bytesRead(long bytes) {
      negativeProgress |= bytes < 0;
      bytesRead += bytes;
    }
  }
}
