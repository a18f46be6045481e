package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WARC 1.1's segmented records (5.10 to 5.13): a response split into a first record of {@code WARC-Segment-Number:
 * 1} and {@code continuation} records after it. The first segment alone was read as the whole page, cut off where
 * the writer split it and not marked truncated, and the continuations were skipped.
 */
class ParseWarcSegmentsTest {
  private static final String FIRST = "urn:uuid:00000000-0000-5eed-0000-0000000000a1";

  @TempDir Path dir;

  /** A page split into three segments is read whole, as the page that was not split, at the first one's offset. */
  @ParameterizedTest
  @ValueSource(strings = {"split.warc", "split.warc.gz"})
  void aPageSplitIntoSegmentsIsReassembled(String name) throws Exception {
    byte[] page = TestPages.articleBytes(2, 6);
    Path whole = dir.resolve("whole.warc");
    try (TestWarc warc = TestWarc.create(whole)) {
      warc.html(TestWarc.url(1), TestPages.articleBytes(1, 1)).html(TestWarc.url(2), page)
          .html(TestWarc.url(3), TestPages.articleBytes(3, 1));
    }
    List<Article> expected = ParseWarcTest.articles(cli().run("parse", whole.toString()).out());
    List<byte[]> records = segmented(page, 3);
    Path file = write(dir.resolve(name), records);

    Cli.Result result = cli().run("parse", file.toString());

    List<Article> articles = ParseWarcTest.articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 1", "Article 2",
        "Article 3");
    assertThat(articles.get(1).text()).isEqualTo(expected.get(1).text());
    assertThat(articles.get(1).source().orElseThrow().recordId()).contains(FIRST);
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.err()).doesNotContain("warning");
    assertThat(result.exit()).isZero();
  }

  /** A segment missing is named, and the page is what the segments before it hold, truncated. */
  @Test
  void aMissingSegmentIsNamedAndThePageIsTruncatedBeforeIt() throws Exception {
    byte[] page = TestPages.articleBytes(2, 6);
    List<byte[]> records = new ArrayList<>(segmented(page, 3));
    records.remove(2); // segment 2
    Path file = write(dir.resolve("gap.warc"), records);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2", "Article 3");
    List<String> lines = result.err().lines().filter(l -> l.startsWith("news: ")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("news: warning: " + file + " at offset " + records.get(0).length + " ("
        + FIRST + ", " + TestWarc.url(2) + "): the record's segment 2 is missing: segment 3 follows: parsed as a"
        + " truncated page");
    assertThat(result.exit()).isZero();
  }

  /** The file ending before the last segment makes the page what came before, with a warning that says so. */
  @Test
  void aFileEndingBeforeTheLastSegmentSaysSo() throws Exception {
    byte[] page = TestPages.articleBytes(2, 6);
    List<byte[]> records = new ArrayList<>(segmented(page, 3));
    records.remove(4); // the third page
    records.remove(3); // segment 3, the last
    Path file = write(dir.resolve("end.warc"), records);

    Cli.Result result = cli().run("parse", file.toString());

    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 2");
    assertThat(result.err()).contains("): the record's segment 3 is missing: the file ends before it (a writer that"
        + " splits a record at a file's size limit goes on in its next file, which is read apart): parsed as a"
        + " truncated page");
  }

  /** Records: a page, the page split into segments, another page; each its own byte array. */
  private static List<byte[]> segmented(byte[] page, int segments) {
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), page);
    List<byte[]> records = new ArrayList<>();
    records.add(response(1, TestPages.articleBytes(1, 1)));
    int size = http.length / segments + 1;
    for (int i = 0; i < segments; i++) {
      byte[] block = Arrays.copyOfRange(http, i * size, Math.min(http.length, (i + 1) * size));
      StringBuilder header = new StringBuilder("WARC/1.1\r\n");
      if (i == 0) {
        header.append("WARC-Type: response\r\nWARC-Record-ID: <").append(FIRST).append(">\r\n")
            .append("Content-Type: application/http; msgtype=response\r\n");
      } else {
        header.append("WARC-Type: continuation\r\nWARC-Record-ID: <urn:uuid:00000000-0000-5eed-0000-0000000000b")
            .append(i).append(">\r\nWARC-Segment-Origin-ID: <").append(FIRST).append(">\r\n");
      }
      header.append("WARC-Target-URI: ").append(TestWarc.url(2)).append("\r\nWARC-Date: 2024-03-01T12:00:02Z\r\n")
          .append("WARC-Segment-Number: ").append(i + 1).append("\r\n");
      if (i == segments - 1) {
        header.append("WARC-Segment-Total-Length: ").append(http.length).append("\r\n");
      }
      header.append("Content-Length: ").append(block.length).append("\r\n\r\n");
      records.add(concat(concat(header.toString().getBytes(StandardCharsets.US_ASCII), block),
          "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    }
    records.add(response(3, TestPages.articleBytes(3, 1)));
    return records;
  }

  private static byte[] response(int n, byte[] page) {
    byte[] http = concat("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII), page);
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <" + TestWarc.recordId(n) + ">\r\n"
        + "WARC-Target-URI: " + TestWarc.url(n) + "\r\nWARC-Date: 2024-03-01T12:00:0" + n + "Z\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    return concat(concat(header.getBytes(StandardCharsets.US_ASCII), http),
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes the records as they are, or each in a gzip member of its own for a name that ends in .gz. */
  private static Path write(Path file, List<byte[]> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      out.writeBytes(file.toString().endsWith(".gz") ? TestPages.gzip(record) : record);
    }
    return Files.write(file, out.toByteArray());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
