package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * JSON built to exhaust a reader: nesting a million deep, strings and documents of hundreds of megabytes, numbers
 * of a million digits or exponents. Each fails fast with a {@link NewsJsonException} at the limit, having read no
 * more than the limit, and costs no stack.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JsonBombsTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final long MB = 1 << 20;

  @Test
  void nestingAMillionDeepFailsAtTheDepthLimit() {
    String bomb = "{\"formatVersion\": 1, \"title\": \"T\", \"x\": " + "[".repeat(1_000_000);

    NewsJsonException e = catchThrowableOfType(NewsJsonException.class, () -> JSON.read(bomb));

    assertThat(e.problem()).startsWith("input beyond a limit: Document nesting depth (65) exceeds");
  }

  @Test
  void aStringOfHundredsOfMegabytesFailsAtTheStringLimitHavingReadLittleMore() {
    Counting in = new Counting(concat("{\"formatVersion\": 1, \"title\": \"", repeat("x", 512 * MB), "\"}"));

    NewsJsonException e = catchThrowableOfType(NewsJsonException.class, () -> JSON.read(in));

    assertThat(e.jsonPath()).isEqualTo("$.title");
    assertThat(e.problem()).startsWith("input beyond a limit: String value length");
    assertThat(in.read).isLessThan(2 * JsonLimits.DEFAULT_MAX_STRING_LENGTH);
  }

  @Test
  void aDocumentOfHundredsOfMegabytesFailsAtTheDocumentLimitHavingReadLittleMore() {
    String comment = "{\"id\": \"c\", \"body\": [{\"type\": \"paragraph\", \"text\": \"" + "y".repeat(1000) + "\"}]},";
    Counting in = new Counting(concat("{\"formatVersion\": 1, \"title\": \"T\", \"x\": [", repeat(comment, 512 * MB),
        "]}"));

    NewsJsonException e = catchThrowableOfType(NewsJsonException.class, () -> JSON.read(in));

    assertThat(e.problem()).startsWith("input beyond a limit: Document length");
    assertThat(in.read).isLessThan(JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH + MB);
  }

  @Test
  void aNumberOfAMillionDigitsFailsAtJacksonsNumberLimitEvenWhereItIsSkipped() {
    String digits = "9".repeat(1_000_000);

    NewsJsonException unknown = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.read("{\"formatVersion\": 1, \"title\": \"T\", \"wordCount\": " + digits + "}"));
    NewsJsonException known = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.read("{\"formatVersion\": 1, \"title\": \"T\", \"commentCount\": " + digits + "}"));

    assertThat(unknown.problem()).startsWith("input beyond a limit: Number value length");
    assertThat(known.problem()).startsWith("input beyond a limit: Number value length");
  }

  @Test
  void hugeNumbersThatFitTheLimitAreOutOfRangeOrOfTheWrongType() {
    NewsJsonException big = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.read("{\"formatVersion\": 1, \"title\": \"T\", \"commentCount\": " + "9".repeat(900) + "}"));
    NewsJsonException exponent = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.read("{\"formatVersion\": 1, \"title\": \"T\", \"commentCount\": 1e999999999}"));
    NewsJsonException version = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.read("{\"formatVersion\": 1e999999999, \"title\": \"T\"}"));

    assertThat(big.jsonPath()).isEqualTo("$.commentCount");
    assertThat(big.problem()).endsWith("is out of range, expected an integer from -2147483648 to 2147483647")
        .hasSizeLessThan(1200);
    assertThat(exponent.problem()).isEqualTo("expected an integer, got the number 1e999999999");
    assertThat(version.jsonPath()).isEqualTo("$.formatVersion");
  }

  @Test
  void aJsonLinesBombCostsOneBadLineAndTheLinesAfterItAreRead() {
    String good = JSON.write(Articles.minimal());
    String text = good + "\n" + "[".repeat(1_000_000) + "\n" + "{\"title\": \"" + "z".repeat(6_000_000) + "\"}\n"
        + good + "\n";
    List<NewsJsonException> bad = new ArrayList<>();

    long articles;
    try (JsonLinesReader reader = JSON.linesReader(new StringReader(text), bad::add)) {
      articles = reader.stream().count();
    }

    assertThat(articles).isEqualTo(2);
    assertThat(bad).extracting(e -> e.line().getAsLong()).containsExactly(2L, 3L);
  }

  private static InputStream concat(String start, InputStream middle, String end) {
    return new SequenceInputStream(new SequenceInputStream(
        new java.io.ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8)), middle),
        new java.io.ByteArrayInputStream(end.getBytes(StandardCharsets.UTF_8)));
  }

  /** A stream of {@code piece} repeated to about {@code length} bytes, produced as it is read. */
  private static InputStream repeat(String piece, long length) {
    byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long at;

      @Override
      public int read() {
        return at >= length ? -1 : bytes[(int) (at++ % bytes.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at >= length) {
          return -1;
        }
        int n = (int) Math.min(len, length - at);
        for (int i = 0; i < n; i++) {
          b[off + i] = bytes[(int) (at++ % bytes.length)];
        }
        return n;
      }
    };
  }

  /** Counts the bytes read from another stream. */
  private static final class Counting extends java.io.FilterInputStream {
    long read;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      int n = super.read(b, off, len);
      read += Math.max(n, 0);
      return n;
    }
  }
}
