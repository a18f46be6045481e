package io.github.newsmodel.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final String GOOD_1 = "{\"formatVersion\": 1, \"title\": \"One\"}";
  private static final String GOOD_2 = "{\"formatVersion\": 1, \"title\": \"Two\"}";

  private static Article titled(String title) {
    return Article.builder().title(title).build();
  }

  private static List<Article> readAll(JsonLinesReader reader) {
    List<Article> articles = new ArrayList<>();
    try (reader) {
      reader.forEach(articles::add);
    }
    return articles;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  @Test
  void writesOneCompactArticleALineEachEndedByANewline() {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter writer = JSON.pretty().linesWriter(out)) {
      writer.write(Articles.full());
      writer.writeAll(List.of(Articles.minimal(), titled("Three")));
      assertThat(writer.count()).isEqualTo(3);
    }

    String text = out.toString();
    assertThat(text).endsWith("}\n");
    assertThat(text.split("\n", -1)).hasSize(4)
        .startsWith(JSON.write(Articles.full()), JSON.write(Articles.minimal()), JSON.write(titled("Three")));
  }

  @Test
  void roundTripsThroughCharsAndThroughBytes() {
    List<Article> articles = List.of(Articles.full(), Articles.minimal(), Articles.full().withTitle("Again"));
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter a = JSON.linesWriter(chars); JsonLinesWriter b = JSON.linesWriter(bytes)) {
      a.writeAll(articles);
      b.writeAll(articles);
    }

    assertThat(readAll(JSON.linesReader(new StringReader(chars.toString())))).isEqualTo(articles);
    assertThat(readAll(JSON.linesReader(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(articles);
    assertThat(bytes.toString(UTF_8)).isEqualTo(chars.toString()).contains("😀");
  }

  @Test
  void closingTheWriterClosesTheTargetAndFlushes() {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream target = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    JsonLinesWriter writer = JSON.linesWriter(target);
    writer.write(titled("One"));
    writer.flush();
    assertThat(target.toString(UTF_8)).isEqualTo(JSON.write(titled("One")) + "\n");

    writer.close();
    assertThat(closed).isTrue();
  }

  @Test
  void blankLinesCrLfAByteOrderMarkAndAMissingLastNewlineAreFine() {
    String text = "\uFEFF" + GOOD_1 + "\r\n\r\n   \t\n" + GOOD_2;

    assertThat(readAll(JSON.linesReader(new StringReader(text)))).containsExactly(titled("One"), titled("Two"));
    assertThat(readAll(JSON.linesReader(bytes(text)))).containsExactly(titled("One"), titled("Two"));
    assertThat(readAll(JSON.linesReader(new StringReader("")))).isEmpty();
    assertThat(readAll(JSON.linesReader(new StringReader("\n\n")))).isEmpty();
  }

  @Test
  void aByteOrderMarkStartingAnyLineIsSkippedFromCharsAsFromBytes() {
    // Files that each begin with a mark, as Windows tools write them, joined: cat a.jsonl b.jsonl > all.jsonl.
    // The byte reader read such a line and the char reader refused it; and a file of only a mark is no article.
    String text = "\uFEFF" + GOOD_1 + "\n\uFEFF" + GOOD_2 + "\r\n\uFEFF\n";
    List<NewsJsonException> bad = new ArrayList<>();

    assertThat(readAll(JSON.linesReader(new StringReader(text), bad::add)))
        .containsExactly(titled("One"), titled("Two"));
    assertThat(readAll(JSON.linesReader(bytes(text), bad::add))).containsExactly(titled("One"), titled("Two"));
    assertThat(bad).isEmpty();
  }

  @Test
  void aFileStillBeingWrittenEndsInACutLineUntilTheWriterFlushes() {
    // As FORMAT.md tells a pipeline that reads while another process appends: lines go out as the buffer fills.
    Article long1 = Article.builder().title("One").addBody(Paragraph.of("x".repeat(20_000))).build();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    JsonLinesWriter writer = JSON.linesWriter(file);
    writer.write(long1);
    writer.write(long1.withTitle("Two"));
    List<NewsJsonException> bad = new ArrayList<>();

    assertThat(readAll(JSON.linesReader(new ByteArrayInputStream(file.toByteArray()), bad::add)))
        .containsExactly(long1);
    assertThat(bad).singleElement().satisfies(e -> {
      assertThat(e.line()).hasValue(2);
      assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input");
    });

    writer.flush();
    bad.clear();
    assertThat(readAll(JSON.linesReader(new ByteArrayInputStream(file.toByteArray()), bad::add)))
        .containsExactly(long1, long1.withTitle("Two"));
    assertThat(bad).isEmpty();
  }

  @Test
  void anErrorRecordOfNewsParseAmongTheArticlesIsABadLineThatSaysWhatItIs() {
    // news parse --errors /dev/stdout > out.jsonl puts its error records among the articles, as README says.
    String record = "{\"input\":\"crawl.warc.gz\",\"recordId\":\"urn:uuid:9c5e\",\"offset\":48213,"
        + "\"url\":\"http://forums.afterdawn.com/thread_view.cfm/1/712345\",\"kind\":\"not-an-article\","
        + "\"exception\":\"io.github.newsmodel.html.NotAnArticleException\",\"message\":\"no news article\"}";
    List<NewsJsonException> bad = new ArrayList<>();

    assertThat(readAll(JSON.linesReader(new StringReader(GOOD_1 + "\n" + record + "\n" + GOOD_2 + "\n"), bad::add)))
        .containsExactly(titled("One"), titled("Two"));
    assertThat(bad).singleElement().satisfies(e -> {
      assertThat(e.line()).hasValue(2);
      assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
      assertThat(e.problem()).isEqualTo("required but not set: every newsmodel article declares its format version, "
          + "1 to 3; this is an error record of news parse (kind 'not-an-article', input 'crawl.warc.gz'), as "
          + "--errors writes them");
    });
  }

  @Test
  void byDefaultTheFirstBadLineStopsTheReadWithItsLineNumber() {
    String text = GOOD_1 + "\n\n" + "{\"formatVersion\": 1, \"title\": \"x\", \"url\": \"/rel\"}\n" + GOOD_2 + "\n";
    JsonLinesReader reader = JSON.linesReader(new StringReader(text));
    Iterator<Article> articles = reader.iterator();

    assertThat(articles.next()).isEqualTo(titled("One"));
    NewsJsonException e = catchThrowableOfType(NewsJsonException.class, articles::hasNext);
    assertThat(e.line()).hasValue(3);
    assertThat(e.jsonPath()).isEqualTo("$.url");
    assertThat(e.getMessage()).isEqualTo("line 3: $.url: must be an absolute http or https URL, got '/rel'");
    assertThat(reader.lineNumber()).isEqualTo(3);
    assertThat(reader.badLineCount()).isZero();
  }

  @Test
  void withACallbackBadLinesAreSkippedAndReportedInOrder() {
    String text = String.join("\n",
        GOOD_1,
        "{\"formatVersion\": 1, \"title\": ",
        "[1, 2]",
        "{\"formatVersion\": 1, \"title\": \"T\"} {\"formatVersion\": 1, \"title\": \"U\"}",
        "{\"formatVersion\": 4, \"title\": \"From the future\"}",
        GOOD_2,
        "");
    List<NewsJsonException> bad = new ArrayList<>();

    JsonLinesReader reader = JSON.linesReader(new StringReader(text), bad::add);
    List<Article> articles = readAll(reader);

    assertThat(articles).containsExactly(titled("One"), titled("Two"));
    assertThat(bad).extracting(e -> e.line().getAsLong()).containsExactly(2L, 3L, 4L, 5L);
    assertThat(bad.get(0).problem()).startsWith("malformed JSON: Unexpected end-of-input").endsWith("(column 31)");
    assertThat(bad.get(1).problem()).isEqualTo("expected an article object, got an array");
    assertThat(bad.get(2).problem()).isEqualTo("more JSON after the article (column 37)");
    assertThat(bad.get(3).jsonPath()).isEqualTo("$.formatVersion");
    assertThat(reader.badLineCount()).isEqualTo(4);
  }

  @Test
  void aCarriageReturnAloneEndsNoLineAndTheColumnsCountAcrossIt() {
    // Old Mac line ends (\r alone) make one line of JSON Lines; Jackson starts a new line at each \r, so its column
    // counted from there, and the hint sent a reader of JSON Lines to the JSON Lines reader.
    String text = GOOD_1 + "\r" + GOOD_2 + "\n" + "{\"formatVersion\": 1,\r\"title\": x}\n"
        + "\uFEFF{\"formatVersion\": 1,\r\"title\": x}\n";
    for (boolean fromBytes : new boolean[] {false, true}) {
      List<NewsJsonException> bad = new ArrayList<>();
      readAll(fromBytes ? JSON.linesReader(bytes(text), bad::add)
          : JSON.linesReader(new StringReader(text), bad::add));

      assertThat(bad).extracting(NewsJsonException::problem).containsExactly(
          "more JSON after the article (column 39); a line of JSON Lines ends at \\n, and a \\r alone ends none",
          "malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token "
              + "'null', 'true' or 'false') (column 31)",
          // A byte order mark is no part of the line.
          "malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token "
              + "'null', 'true' or 'false') (column 31)");
    }
  }

  /**
   * In UTF-16 the byte of {@code \n} is half of many characters: the lines of a UTF-16 input are found once it is
   * decoded, as a single document's encoding is detected, from its byte order mark or its zero bytes.
   */
  @ParameterizedTest
  @CsvSource({"UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false", "UTF-32LE, true",
      "UTF-32BE, false"})
  void utf16AndUtf32AreReadLineByLine(String charset, boolean byteOrderMark) {
    // Titles with characters outside the BMP (surrogate pairs), and enough lines to cross the read buffers.
    List<Article> written = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      written.add(titled("Ny\u00e5r \ud83c\udf89 \u65b0\u5e74 " + i));
    }
    StringWriter lines = new StringWriter();
    try (JsonLinesWriter writer = JSON.linesWriter(lines)) {
      writer.writeAll(written);
    }
    byte[] bytes = ((byteOrderMark ? "\uFEFF" : "") + lines).getBytes(Charset.forName(charset));
    List<NewsJsonException> bad = new ArrayList<>();

    List<Article> read = readAll(JSON.linesReader(new ByteArrayInputStream(bytes), bad::add));

    assertThat(bad).isEmpty();
    assertThat(read).isEqualTo(written);
  }

  /**
   * Zero bytes around a first character that no line of JSON starts with are no sign of UTF-32 or UTF-16: the
   * input is UTF-8 with a bad first line, and its other lines are read (found by NewsJsonFuzzTest).
   */
  @Test
  void zeroBytesAroundAControlCharacterAreABadUtf8LineNotUtf32() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(new byte[] {5, 0, 0, 0, '\n'});
    input.writeBytes((GOOD_1 + "\n" + GOOD_2 + "\n").getBytes(UTF_8));
    List<NewsJsonException> bad = new ArrayList<>();

    List<Article> read = readAll(JSON.linesReader(new ByteArrayInputStream(input.toByteArray()), bad::add));

    assertThat(read).containsExactly(titled("One"), titled("Two"));
    assertThat(bad).singleElement().satisfies(e -> assertThat(e.line()).hasValue(1));
  }

  @Test
  void aLineOfInvalidUtf8IsABadLineOfItsOwn() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    line.writeBytes("{\"formatVersion\": 1, \"title\": \"".getBytes(UTF_8));
    line.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // a broken two-byte sequence
    line.writeBytes("\"}".getBytes(UTF_8));

    assertThat(theOneBadLineBetweenTwoGoodOnes(line.toByteArray()).problem())
        .startsWith("malformed JSON: Invalid UTF-8");
  }

  @Test
  void aLineThatLooksLikeUtf32ButIsNotIsABadLineAndTheLinesAfterItAreRead() {
    // Found by NewsJsonFuzzTest: '{' and NULs make Jackson read the line as UTF-32, and it is not.
    byte[] line = {'{', 0, 0, 0, 0, 0, 0, 0, 0, ' ', ' ', 0x1f, ' ', '"', 'a', '"', '}'};

    assertThat(theOneBadLineBetweenTwoGoodOnes(line).problem()).startsWith("malformed JSON: Invalid UTF-32");
  }

  /** Reads a bad line between two good ones, checks that the good ones are read, and returns the bad one. */
  private static NewsJsonException theOneBadLineBetweenTwoGoodOnes(byte[] line) {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes((GOOD_1 + "\n").getBytes(UTF_8));
    input.writeBytes(line);
    input.writeBytes(("\n" + GOOD_2 + "\n").getBytes(UTF_8));
    List<NewsJsonException> bad = new ArrayList<>();

    List<Article> articles = readAll(JSON.linesReader(new ByteArrayInputStream(input.toByteArray()), bad::add));

    assertThat(articles).containsExactly(titled("One"), titled("Two"));
    assertThat(bad).singleElement().satisfies(e -> assertThat(e.line()).hasValue(2));
    return bad.get(0);
  }

  @Test
  void aLineLongerThanTheLimitIsReadPastWithoutBeingKept() {
    NewsJson json = NewsJson.create(JsonLimits.builder().maxDocumentLength(100).build());
    String huge = "{\"formatVersion\": 1, \"title\": \"" + "x".repeat(100_000) + "\"}";
    String text = GOOD_1 + "\n" + huge + "\n" + GOOD_2;
    List<NewsJsonException> bad = new ArrayList<>();

    assertThat(readAll(json.linesReader(bytes(text), bad::add))).containsExactly(titled("One"), titled("Two"));
    assertThat(readAll(json.linesReader(new StringReader(text), bad::add)))
        .containsExactly(titled("One"), titled("Two"));
    assertThat(bad).hasSize(2).allSatisfy(e -> {
      assertThat(e.line()).hasValue(2);
      assertThat(e.getMessage()).isEqualTo("line 2: $: the line is longer than the limit of 100 "
          + "(JsonLimits.maxDocumentLength)");
    });
  }

  @Test
  void aLineOfExactlyTheLimitIsKept() {
    String line = GOOD_1;
    NewsJson json = NewsJson.create(JsonLimits.builder().maxDocumentLength(line.length()).build());

    assertThat(readAll(json.linesReader(bytes(line + "\n" + line)))).hasSize(2);
    // The line ending's \r and the byte order mark before the first line are not part of the line.
    assertThat(readAll(json.linesReader(bytes("\uFEFF" + line + "\r\n" + line + "\r\n")))).hasSize(2);
    assertThat(readAll(json.linesReader(new StringReader("\uFEFF" + line + "\r\n" + line + "\r\n")))).hasSize(2);
  }

  @Test
  void aLineOneOverTheLimitIsTooLongWhateverItsLineEnding() {
    String line = GOOD_1.replace("One", "One!");
    NewsJson json = NewsJson.create(JsonLimits.builder().maxDocumentLength(GOOD_1.length()).build());
    List<NewsJsonException> bad = new ArrayList<>();

    List<Article> read = readAll(json.linesReader(bytes("\uFEFF" + line + "\r\n" + GOOD_2 + "\r\n" + line), bad::add));

    assertThat(read).containsExactly(titled("Two"));
    assertThat(bad).extracting(e -> e.line().orElseThrow()).containsExactly(1L, 3L);
  }

  @Test
  void linesLongerThanTheReadBufferAreJoinedWhole() {
    Article big = Article.builder().title("t".repeat(50_000) + "😀").build();
    String text = JSON.write(big) + "\n" + JSON.write(big) + "\n";

    assertThat(readAll(JSON.linesReader(bytes(text)))).containsExactly(big, big);
    assertThat(readAll(JSON.linesReader(new StringReader(text)))).containsExactly(big, big);
  }

  /** A reader of standard input must not wait for input before it is asked for an article. */
  @Test
  void aByteReaderReadsNothingUntilAskedAndClosesItsInput() {
    AtomicBoolean read = new AtomicBoolean();
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream((GOOD_1 + "\n").getBytes(UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        read.set(true);
        return super.read(b, off, len);
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };

    JsonLinesReader reader = JSON.linesReader(in);
    assertThat(read).as("read before asked").isFalse();
    assertThat(readAll(reader)).containsExactly(titled("One"));
    assertThat(closed).isTrue();
  }

  @Test
  void theStreamReadsLazilyAndClosingItClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    StringReader in = new StringReader(GOOD_1 + "\n" + GOOD_2 + "\n") {
      @Override
      public void close() {
        closed.set(true);
        super.close();
      }
    };

    JsonLinesReader reader = JSON.linesReader(in);
    try (Stream<Article> articles = reader.stream()) {
      assertThat(articles.map(a -> a.title().orElseThrow()).collect(Collectors.joining(","))).isEqualTo("One,Two");
    }
    assertThat(closed).isTrue();
    assertThat(reader.lineNumber()).isEqualTo(2);
  }

  @Test
  void theArticlesCanBeIteratedOnlyOnce() {
    JsonLinesReader reader = JSON.linesReader(new StringReader(GOOD_1));
    Iterator<Article> articles = reader.iterator();
    articles.next();

    assertThat(articles.hasNext()).isFalse();
    assertThatThrownBy(articles::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(reader::stream).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void manyArticlesStreamThroughInBoundedMemory() {
    // 20,000 lines read one at a time: the reader never holds more than a line.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("{\"formatVersion\":1,\"title\":\"Article ").append(i).append("\"}\n");
    }
    try (JsonLinesReader reader = JSON.linesReader(bytes(text.toString()))) {
      assertThat(reader.stream().count()).isEqualTo(20_000);
      assertThat(reader.lineNumber()).isEqualTo(20_000);
    }
  }
}
