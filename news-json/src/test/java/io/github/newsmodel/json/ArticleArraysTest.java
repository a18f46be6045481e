package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.newsmodel.core.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Many articles as one JSON array: writeAll writes it, readAll reads it back, with paths into the array. */
class ArticleArraysTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final String VALID = "{\"formatVersion\": 1, \"title\": \"T\"}";

  private static NewsJsonException readAllFailure(String json) {
    return catchThrowableOfType(NewsJsonException.class, () -> JSON.readAll(json));
  }

  @Test
  void writeAllAndReadAllGiveBackTheSameArticlesInOrder() {
    List<Article> articles = List.of(Articles.full(), Articles.minimal(), Articles.full().withTitle("Again"));

    String compact = JSON.writeAll(articles);
    String pretty = JSON.pretty().writeAll(articles);

    assertThat(compact).startsWith("[{\"formatVersion\":1,").endsWith("}]").doesNotContain("\n");
    assertThat(JSON.readAll(compact)).isEqualTo(articles);
    assertThat(JSON.readAll(pretty)).isEqualTo(articles);
  }

  @Test
  void theIndentedArrayHasOneIndentedArticleAnElementAsTheCommandLineWritesIt() {
    String pretty = JSON.pretty().writeAll(List.of(Articles.minimal(), Articles.minimal()));
    String one = JSON.pretty().write(Articles.minimal()).replace("\n", "\n  ");

    assertThat(pretty).isEqualTo("[\n  " + one + ",\n  " + one + "\n]");
  }

  @Test
  void anEmptyListIsAnEmptyArrayBothWays() {
    assertThat(JSON.writeAll(List.of())).isEqualTo("[]");
    assertThat(JSON.pretty().writeAll(List.of())).isEqualTo("[]");
    assertThat(JSON.readAll("[]")).isEmpty();
    assertThat(JSON.readAll(" \n[ \n]\n")).isEmpty();
  }

  @Test
  void writersStreamsAndReadersGiveTheSameAsStrings() {
    List<Article> articles = List.of(Articles.minimal(), Articles.full());
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    JSON.pretty().writeAll(articles, chars);
    JSON.pretty().writeAll(articles, bytes);

    assertThat(chars.toString()).isEqualTo(JSON.pretty().writeAll(articles));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString());
    assertThat(JSON.readAll(new StringReader(chars.toString()))).isEqualTo(articles);
    assertThat(JSON.readAll(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(articles);
  }

  @Test
  void anyIterableIsWrittenNotJustAList() {
    Iterable<Article> once = () -> List.of(Articles.minimal(), Articles.full()).iterator();

    assertThat(JSON.readAll(JSON.writeAll(once))).containsExactly(Articles.minimal(), Articles.full());
  }

  @Test
  void theListReadIsUnmodifiable() {
    List<Article> read = JSON.readAll("[" + VALID + "]");

    assertThatThrownBy(() -> read.add(Articles.minimal())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullArticleIsRefusedByItsIndex() {
    List<Article> withNull = Arrays.asList(Articles.minimal(), null);

    assertThatThrownBy(() -> JSON.writeAll(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessage("articles[1]");
  }

  @Test
  void aProblemInsideAnElementNamesItsIndexInThePath() {
    String badComment = "{\"formatVersion\": 1, \"title\": \"T\", \"comments\": [{\"id\": 11, \"body\": []}]}";

    NewsJsonException e = readAllFailure("[" + VALID + ", " + VALID + ", " + VALID + ", " + badComment + "]");

    assertThat(e.jsonPath()).isEqualTo("$[3].comments[0].id");
    assertThat(e.problem()).isEqualTo("expected a string, got the number 11");
    assertThat(e.getMessage()).isEqualTo("$[3].comments[0].id: expected a string, got the number 11");
  }

  @Test
  void aBrokenInvariantInsideAnElementNamesItsIndexToo() {
    String duplicateIds = "{\"formatVersion\": 1, \"title\": \"T\", \"comments\": ["
        + "{\"id\": \"1\", \"body\": [{\"type\": \"paragraph\", \"text\": \"a\"}]}, "
        + "{\"id\": \"1\", \"body\": [{\"type\": \"paragraph\", \"text\": \"b\"}]}]}";

    NewsJsonException e = readAllFailure("[" + VALID + ", " + duplicateIds + "]");

    assertThat(e.jsonPath()).isEqualTo("$[1].comments[1].id");
    assertThat(e.problem()).isEqualTo("duplicates the id of an earlier comment, '1'");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                                | $    | no JSON value, expected an array of articles
      '{"formatVersion": 1, "title": "T"}' | $ | expected an array of articles, got an object; read a single article with NewsJson.read, or one article a line (JSON Lines) with NewsJson.linesReader
      '"articles"'                      | $    | expected an array of articles, got a string
      null                              | $    | expected an array of articles, got null (leave an absent value out instead)
      '[{"formatVersion": 1, "title": "T"}, "x"]' | $[1] | expected an article object, got a string
      '[null]'                          | $[0] | expected an article object, got null (leave an absent value out instead)
      '[[]]'                            | $[0] | expected an article object, got an array
      '[{"title": "T"}]'                | $[0].formatVersion | required but not set: every newsmodel article declares its format version, 1 to 3
      '[] []'                           | $    | more JSON after the array (line 1, column 5)
      """)
  void aDocumentIsExactlyOneArrayOfArticleObjects(String json, String path, String problem) {
    NewsJsonException e = readAllFailure(json);

    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @Test
  void aTruncatedArrayIsMalformedJsonWithItsPlace() {
    NewsJsonException e = readAllFailure("[" + VALID + ",\n" + VALID);

    assertThat(e.jsonPath()).isEqualTo("$[1]");
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input").endsWith("(line 2, column 35)");
  }

  @Test
  void theLimitsOfSingleReadsApplyAndTheArrayIsOneDocumentOfThem() {
    String longTitle = "{\"formatVersion\": 1, \"title\": \"" + "x".repeat(50) + "\"}";
    NewsJson strings = NewsJson.create(JsonLimits.builder().maxStringLength(20).build());
    NewsJson size = NewsJson.create(JsonLimits.builder().maxDocumentLength(150).build());
    String threeSmall = "[" + VALID + ", " + VALID + ", " + VALID + "]";

    NewsJsonException tooLong = catchThrowableOfType(NewsJsonException.class,
        () -> strings.readAll("[" + VALID + ", " + longTitle + "]"));
    NewsJsonException tooBigChars = catchThrowableOfType(NewsJsonException.class, () -> size.readAll(
        threeSmall + " ".repeat(100)));
    NewsJsonException tooBigBytes = catchThrowableOfType(NewsJsonException.class, () -> size.readAll(
        new ByteArrayInputStream((threeSmall + " ".repeat(100)).getBytes(StandardCharsets.UTF_8))));

    assertThat(tooLong.jsonPath()).isEqualTo("$[1].title");
    assertThat(tooLong.problem()).startsWith("input beyond a limit: String value length").contains("see JsonLimits");
    assertThat(tooLong.getCause()).isInstanceOf(StreamConstraintsException.class);
    assertThat(tooBigChars.problem()).isEqualTo("the document is 208 chars long, beyond the limit of 150 "
        + "(JsonLimits.maxDocumentLength)");
    assertThat(tooBigBytes.problem()).startsWith("input beyond a limit: Document length");
    assertThat(size.readAll(threeSmall)).hasSize(3);
  }

  @Test
  void theArrayIsOneLevelOfNesting() {
    NewsJson shallow = NewsJson.create(JsonLimits.builder().maxNestingDepth(2).build());
    String tagged = "{\"formatVersion\": 1, \"title\": \"T\", \"tags\": [\"a\"]}";

    assertThat(shallow.read(tagged).tags()).containsExactly("a");
    NewsJsonException e = catchThrowableOfType(NewsJsonException.class, () -> shallow.readAll("[" + tagged + "]"));
    assertThat(e.jsonPath()).startsWith("$[0]");
    assertThat(e.problem()).startsWith("input beyond a limit: Document nesting depth (3) exceeds the maximum "
        + "allowed (2");
  }

  @Test
  void theStreamIsNeitherClosedNorItsFailureHidden() {
    List<String> closed = new ArrayList<>();
    InputStream good = new FilterInputStream(new ByteArrayInputStream(("[" + VALID + "]").getBytes(
        StandardCharsets.UTF_8))) {
      @Override
      public void close() {
        closed.add("closed");
      }
    };
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    assertThat(JSON.readAll(good)).hasSize(1);
    assertThat(closed).isEmpty();
    assertThatThrownBy(() -> JSON.readAll(failing)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void aSingleArticleIsNotAnArrayOfOne() {
    String one = JSON.write(Articles.minimal());

    assertThatThrownBy(() -> JSON.readAll(one)).isInstanceOf(NewsJsonException.class)
        .hasMessageContaining("read a single article with NewsJson.read");
    assertThatThrownBy(() -> JSON.read(JSON.writeAll(List.of(Articles.minimal()))))
        .isInstanceOf(NewsJsonException.class)
        .hasMessage("$: expected an article object, got an array; read an array of articles with NewsJson.readAll");
  }

  @Test
  void jsonLinesGivenToReadOrReadAllPointToTheLinesReader() {
    // What news parse writes for several pages by default: one article a line.
    StringWriter lines = new StringWriter();
    try (JsonLinesWriter writer = JSON.linesWriter(lines)) {
      writer.writeAll(List.of(Articles.minimal(), Articles.full()));
    }

    assertThatThrownBy(() -> JSON.read(lines.toString())).isInstanceOf(NewsJsonException.class)
        .hasMessage("$: more JSON after the article (line 2, column 2); read one article a line (JSON Lines) with "
            + "NewsJson.linesReader");
    assertThatThrownBy(() -> JSON.readAll(lines.toString())).isInstanceOf(NewsJsonException.class)
        .hasMessageEndingWith("or one article a line (JSON Lines) with NewsJson.linesReader");
  }

  @Test
  void theArrayFormIsValidByTheSchemasArticlesDefinition() {
    String array = JSON.pretty().writeAll(List.of(Articles.full(), Articles.minimal()));

    assertThat(Schemas.arrayErrors(array)).isEmpty();
    assertThat(Schemas.arrayErrors("[]")).isEmpty();
    assertThat(Schemas.arrayErrors("[" + VALID + ", {\"title\": \"T\"}]")).singleElement().asString()
        .startsWith("/1: ").contains("formatVersion");
    assertThat(Schemas.arrayErrors(VALID)).isNotEmpty();
  }

}
