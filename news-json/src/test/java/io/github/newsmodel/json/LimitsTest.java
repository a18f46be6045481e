package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Nesting depth, string length and document size are bounded, by default and as configured. */
class LimitsTest {

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    JsonLimits limits = NewsJson.standard().limits();

    assertThat(limits).isEqualTo(JsonLimits.defaults());
    assertThat(limits.maxNestingDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(16 * 1024 * 1024);
    assertThat(limits.maxDocumentLength()).isEqualTo(128L * 1024 * 1024);
  }

  @Test
  void limitsBecomeJacksonConstraints() {
    StreamReadConstraints c = JsonLimits.builder().maxNestingDepth(9).maxStringLength(99).maxDocumentLength(999)
        .build().toStreamReadConstraints();

    assertThat(c.getMaxNestingDepth()).isEqualTo(9);
    assertThat(c.getMaxStringLength()).isEqualTo(99);
    assertThat(c.getMaxDocumentLength()).isEqualTo(999);
  }

  @Test
  void aLimitMustBePositive() {
    assertThatThrownBy(() -> JsonLimits.builder().maxStringLength(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("maxStringLength: must be at least 1, got 0");
  }

  @Test
  void deepNestingFailsAtTheDefaultDepthEvenInsideAnUnknownField() {
    String deep = "[".repeat(100) + "]".repeat(100);

    NewsJsonException e = catchThrowableOfType(NewsJsonException.class,
        () -> NewsJson.standard().read("{\"formatVersion\": 1, \"title\": \"T\", \"x\": " + deep + "}"));

    assertThat(e.jsonPath()).startsWith("$.x[0][0]");
    assertThat(e.problem()).startsWith("input beyond a limit: Document nesting depth (65) exceeds the maximum "
        + "allowed (64").contains("see JsonLimits");
    assertThat(e.getCause()).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void aLongStringFailsAtTheConfiguredLength() {
    NewsJson json = NewsJson.create(JsonLimits.builder().maxStringLength(1000).build());
    String fine = "{\"formatVersion\": 1, \"title\": \"" + "a".repeat(1000) + "\"}";
    String tooLong = "{\"formatVersion\": 1, \"title\": \"" + "a".repeat(1001) + "\"}";

    assertThat(json.read(fine).title()).hasValueSatisfying(t -> assertThat(t).hasSize(1000));
    NewsJsonException e = catchThrowableOfType(NewsJsonException.class, () -> json.read(tooLong));
    assertThat(e.jsonPath()).isEqualTo("$.title");
    assertThat(e.problem()).startsWith("input beyond a limit: String value length").contains("exceeds the maximum");
  }

  @Test
  void aParagraphAsLongAsTheLargestPageTheParserReadsByDefaultReadsBackByDefault() {
    // news-html reads pages of up to 16 MiB (ParseOptions.DEFAULT_MAX_PAGE_SIZE), and one paragraph may hold all
    // of a page's text: what news parse writes, the standard reader must read back.
    Article article = Article.builder().title("T").addBody(Paragraph.of("word ".repeat(16 * 1024 * 1024 / 5)))
        .build();

    assertThat(NewsJson.standard().read(NewsJson.standard().write(article))).isEqualTo(article);
  }

  @Test
  void theJsonBytesOfTheLargestPageTheParserReadsByDefaultReadBackByDefault() {
    // A page of 16 MiB in a single-byte charset of a script whose letters take three bytes in UTF-8 (Thai in
    // windows-874) holds 16 Mi letters: 48 MiB of UTF-8 in the body and 48 MiB again in the derived text.
    String thai = "\u0E02\u0E48\u0E32\u0E27\u0E27\u0E31\u0E19\u0E19\u0E35\u0E49 ".repeat(50).trim();
    Article.Builder builder = Article.builder().title("T");
    for (long letters = 0; letters < 16 * 1024 * 1024; letters += thai.length() + "<p></p>".length()) {
      builder.addBody(Paragraph.of(thai));
    }
    Article article = builder.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NewsJson.standard().write(article, bytes);

    assertThat((long) bytes.size()).isGreaterThan(64L * 1024 * 1024);
    assertThat(NewsJson.standard().read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(article);
  }

  @Test
  void theDerivedTextDoesNotCountAgainstTheStringLimit() {
    // Ten paragraphs of 900 chars: each within the limit, the derived text of 9000 chars well beyond it.
    Article.Builder builder = Article.builder();
    for (int i = 0; i < 10; i++) {
      builder.addBody(Paragraph.of(String.valueOf((char) ('a' + i)).repeat(900)));
    }
    Article article = builder.build();
    NewsJson json = NewsJson.create(JsonLimits.builder().maxStringLength(1000).build());

    assertThat(json.read(json.write(article))).isEqualTo(article);
  }

  @Test
  void aLongDocumentFailsAtTheConfiguredSizeFromBytesAndFromChars() {
    NewsJson json = NewsJson.create(JsonLimits.builder().maxDocumentLength(500).build());
    String big = NewsJson.standard().write(Article.builder().title("x".repeat(600)).build());

    NewsJsonException fromChars = catchThrowableOfType(NewsJsonException.class, () -> json.read(big));
    NewsJsonException fromReader = catchThrowableOfType(NewsJsonException.class,
        () -> json.read(new java.io.StringReader(big)));
    NewsJsonException fromBytes = catchThrowableOfType(NewsJsonException.class,
        () -> json.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));

    assertThat(fromChars.problem()).isEqualTo("the document is " + big.length()
        + " chars long, beyond the limit of 500 (JsonLimits.maxDocumentLength)");
    assertThat(fromReader.problem()).startsWith("input beyond a limit: Document length")
        .contains("exceeds the maximum allowed (500");
    assertThat(fromBytes.problem()).startsWith("input beyond a limit: Document length")
        .contains("exceeds the maximum allowed (500");
  }

  @Test
  void anotherInstanceKeepsItsOwnLimitsAndTheStandardOneIsUntouched() {
    NewsJson strict = NewsJson.create(JsonLimits.builder().maxNestingDepth(2).build());
    String json = NewsJson.standard().write(Articles.full());

    assertThat(strict.limits().maxNestingDepth()).isEqualTo(2);
    assertThat(strict.pretty().limits()).isEqualTo(strict.limits());
    assertThatThrownBy(() -> strict.read(json)).isInstanceOf(NewsJsonException.class);
    assertThat(NewsJson.standard().read(json)).isEqualTo(Articles.full());
  }
}
