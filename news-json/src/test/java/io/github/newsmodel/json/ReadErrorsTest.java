package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.NewsModelException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input throws a typed exception that names the JSON path of the problem. */
class ReadErrorsTest {
  private static final NewsJson JSON = NewsJson.standard();

  /** A valid article with room for more fields: {@code article("\"x\": 1")}. */
  private static String article(String fields) {
    return "{\"formatVersion\": 1, \"title\": \"T\"" + (fields.isEmpty() ? "" : ", " + fields) + "}";
  }

  private static NewsJsonException readFailure(String json) {
    return catchThrowableOfType(NewsJsonException.class, () -> JSON.read(json));
  }

  @Test
  void theExceptionIsANewsModelExceptionWithPathAndProblem() {
    NewsJsonException e = readFailure(article("\"commentCount\": \"five\""));

    assertThat(e).isInstanceOf(NewsModelException.class);
    assertThat(e.jsonPath()).isEqualTo("$.commentCount");
    assertThat(e.problem()).isEqualTo("expected an integer, got a string");
    assertThat(e.getMessage()).isEqualTo("$.commentCount: expected an integer, got a string");
    assertThat(e.line()).isEmpty();
  }

  @Test
  void jsonLdGivenToTheReaderSaysWhatItIsAndThatOnlyTheNewsmodelFormatIsRead() {
    // JsonLd.write's output looks like an article to a user who saved both kinds of file.
    NewsJsonException e = readFailure(JsonLd.write(Articles.full()));

    assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.problem()).isEqualTo("required but not set: every newsmodel article declares its format version, "
        + "1 to 3; this is JSON-LD (@context 'https://schema.org'), such as JsonLd writes for search engines, "
        + "which is not read back: read the newsmodel format that NewsJson writes");
  }

  @Test
  void malformedJsonNamesWhereTheParserStoppedWithLineAndColumn() {
    NewsJsonException e = readFailure("{\"formatVersion\": 1,\n \"comments\": [{\"id\": \"1\", }]}");

    assertThat(e.jsonPath()).isEqualTo("$.comments[0].id");
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected character ('}'").endsWith("(line 2, column 27)");
    assertThat(e.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
  }

  @Test
  void bytesThatAreNotTextInTheirEncodingAreMalformedJsonNotAFailingStream() {
    // Found by NewsJsonFuzzTest: '{' and three NULs make Jackson read UTF-32, where 0x201f0a00 is no character.
    byte[] utf32 = {'{', 0, 0, 0, 0, 0, 0, 0, 0, '\n', ' ', 0x1f, ' ', '"', 'a', '"', '}'};

    NewsJsonException e = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.read(new java.io.ByteArrayInputStream(utf32)));

    assertThat(e.jsonPath()).isEqualTo("$");
    assertThat(e.problem()).startsWith("malformed JSON: Invalid UTF-32 character");
    assertThat(e.getCause()).isInstanceOf(java.io.CharConversionException.class);
  }

  @Test
  void truncatedJsonIsMalformed() {
    NewsJsonException e = readFailure("{\"formatVersion\": 1, \"tags\": [\"a\"");

    assertThat(e.jsonPath()).isEqualTo("$.tags[0]");
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input");
  }

  @Test
  void aMalformedJsonMessageSaysWhereWithoutJacksonsWordsAboutItsSettings() {
    NewsJsonException e = readFailure("{\"formatVersion\":1,\"title\":\"T\"");

    assertThat(e.problem()).isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Object"
        + " (start marker at line 1, column 1) (line 1, column 31)");
  }

  @Test
  void aNumberTooLongForJacksonIsNotSentToJsonLimitsWhichHasNoSettingForIt() {
    NewsJsonException e = readFailure("{\"formatVersion\": 1, \"title\": \"T\", \"commentCount\": "
        + "9".repeat(1001) + "}");

    assertThat(e.jsonPath()).isEqualTo("$.commentCount");
    assertThat(e.problem()).startsWith("input beyond a limit: Number value length (1001)")
        .doesNotContain("JsonLimits");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                         | $ | no JSON value, expected an article object
      '   '                      | $ | no JSON value, expected an article object
      []                         | $ | expected an article object, got an array; read an array of articles with NewsJson.readAll
      null                       | $ | expected an article object, got null (leave an absent value out instead)
      '"article"'                | $ | expected an article object, got a string
      '{"formatVersion": 1, "title": "T"} {}' | $ | more JSON after the article (line 1, column 37)
      """)
  void aDocumentIsExactlyOneArticleObject(String json, String path, String problem) {
    NewsJsonException e = readFailure(json);

    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      '"description": 5'                         | $.description       | expected a string, got the number 5
      '"description": null'                      | $.description       | expected a string, got null (leave an absent value out instead)
      '"commentCount": 2.5'                      | $.commentCount      | expected an integer, got the number 2.5
      '"commentCount": 3000000000'               | $.commentCount      | 3000000000 is out of range, expected an integer from -2147483648 to 2147483647
      '"commentsOpen": "yes"'                    | $.commentsOpen      | expected true or false, got a string
      '"tags": "music"'                          | $.tags              | expected an array, got a string
      '"tags": ["a", 7]'                         | $.tags[1]           | expected a string, got the number 7
      '"authors": [["Jane"]]'                    | $.authors[0]        | expected an object, got an array
      '"source": "http://x.org"'                 | $.source            | expected an object, got a string
      '"comments": [{"id": "1", "body": {}}]'    | $.comments[0].body  | expected an array, got an object
      '"publishedAt": "2007-05-24T13:52"'        | $.publishedAt       | '2007-05-24T13:52' is not an RFC 3339 date-time with an offset, such as 2007-05-24T13:52:00+03:00
      '"publishedAt": "2007-05-24T13:52+03:00"'  | $.publishedAt       | '2007-05-24T13:52+03:00' is not an RFC 3339 date-time with an offset, such as 2007-05-24T13:52:00+03:00
      '"publishedAt": "2007-02-30T13:52:00Z"'    | $.publishedAt       | '2007-02-30T13:52:00Z' is not an RFC 3339 date-time with an offset, such as 2007-05-24T13:52:00+03:00
      '"assumedZone": "Mars/Olympus"'            | $.assumedZone       | 'Mars/Olympus' is not a time-zone id, such as Europe/Helsinki
      '"language": "en_GB"'                      | $.language          | 'en_GB' is not a well-formed BCP 47 language tag, such as en-GB
      '"url": "http://exa mple.com/"'            | $.url               | 'http://exa mple.com/' is not a URI: Illegal character in authority at index 7
      '"body": [{"type": "video", "text": "x"}]' | $.body[0].type      | 'video' is not a block type; expected one of paragraph, heading, quote, list, image, preformatted
      '"body": [{"text": "x"}]'                  | $.body[0].type      | required but not set; expected one of paragraph, heading, quote, list, image, preformatted
      '"body": [{"type": "java.lang.Runtime"}]'  | $.body[0].type      | 'java.lang.Runtime' is not a block type; expected one of paragraph, heading, quote, list, image, preformatted
      '"images": [{"type": "paragraph", "text": "x"}]' | $.images[0]   | expected an image, got a paragraph block
      '"images": [{"type": "paragraph", "url": "https://x.org/i.png"}]' | $.images[0] | expected an image, got a paragraph block
      '"edits": [{"editedAt": "2007-05-24T13:52:00Z", "kind": "Update"}]' | $.edits[0].kind | 'Update' is not an edit kind; expected one of update, correction, unknown
      '"access": "premium"'                      | $.access            | 'premium' is not an access; expected one of free, metered, locked, paywalled
      '"access": false'                          | $.access            | expected a string, got a boolean
      """)
  void wrongTypesAndUnreadableValues(String fields, String path, String problem) {
    NewsJsonException e = readFailure(article(fields));

    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      '"authors": [{"url": "https://x.org/a"}]'       | $.authors[0].name          | required but not set
      '"comments": [{"body": [{"type": "paragraph", "text": "x"}]}]' | $.comments[0].id | required but not set
      '"comments": [{"id": "1"}]'                     | $.comments[0].body         | must not be empty
      '"body": [{"type": "heading", "text": "x"}]'    | $.body[0].level            | required but not set
      '"body": [{"type": "image"}]'                   | $.body[0].url              | required but not set
      '"edits": [{"kind": "update"}]'                 | $.edits[0].note            | is required when there is no editedAt: the page's words that report the edit
      '"source": {"recordId": "r"}'                   | $.source.uri               | required but not set
      """)
  void missingRequiredFields(String fields, String path, String problem) {
    NewsJsonException e = readFailure(article(fields));

    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aMissingFormatVersionIsRefused() {
    NewsJsonException e = readFailure("{\"title\": \"T\"}");

    assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.problem()).startsWith("required but not set");
  }

  @Test
  void aNewerFormatVersionIsRefusedBeforeAnythingElseIsRead() {
    // The unknown block type would fail too, but the version is what the reader meets first.
    NewsJsonException e = readFailure("{\"formatVersion\": 4, \"body\": [{\"type\": \"video\"}]}");

    assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.problem()).isEqualTo(
        "format version 4 is newer than this reader, which reads versions 1 to 3; upgrade newsmodel to read it");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a new block type, then the version: as jq -S or Python's sort_keys order the fields
      "{\"body\": [{\"type\": \"video\"}], \"formatVersion\": 4}",
      // a field whose type a later version changed, then more fields and the version
      "{\"title\": {\"main\": \"T\"}, \"authors\": [{\"name\": \"A\"}], \"formatVersion\": 4, \"x\": [1]}",
      // a new edit kind deep in a comment
      "{\"comments\": [{\"id\": \"1\", \"body\": [{\"type\": \"paragraph\", \"text\": \"c\"}], "
          + "\"edits\": [{\"editedAt\": \"2020-01-01T00:00:00Z\", \"kind\": \"retraction\"}]}], \"formatVersion\": 4}"})
  void aNewerFormatVersionAfterAFieldThisReaderCannotReadIsRefusedForItsVersion(String json) {
    NewsJsonException e = readFailure(json);

    assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.problem()).matches("format version [45] is newer than this reader, which reads versions 1 to 3; "
        + "upgrade newsmodel to read it");
  }

  @Test
  void aNewerFormatVersionAfterAFieldThisReaderCannotReadIsRefusedForItsVersionInAnArrayAndInJsonLines() {
    String later = "{\"title\": \"T\", \"body\": [{\"type\": \"video\"}], \"formatVersion\": 4}";
    NewsJsonException inArray = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.readAll("[" + article("") + ", " + later + "]"));
    NewsJsonException inLines = catchThrowableOfType(NewsJsonException.class,
        () -> JSON.linesReader(new java.io.StringReader(article("") + "\n" + later + "\n")).stream().count());

    assertThat(inArray.jsonPath()).isEqualTo("$[1].formatVersion");
    assertThat(inArray.problem()).startsWith("format version 4 is newer than this reader");
    assertThat(inLines.getMessage()).startsWith("line 2: $.formatVersion: format version 4 is newer than this reader");
  }

  @Test
  void aFieldThisReaderCannotReadBeforeTheCurrentVersionOrNoneIsReportedAsItself() {
    NewsJsonException current = readFailure("{\"body\": [{\"type\": \"video\"}], \"formatVersion\": 1}");
    NewsJsonException none = readFailure("{\"body\": [{\"type\": \"video\"}], \"title\": \"T\"}");
    NewsJsonException malformedAfter = readFailure("{\"body\": [{\"type\": \"video\"}], \"formatVersion\": 2");

    assertThat(current.jsonPath()).isEqualTo("$.body[0].type");
    assertThat(none.jsonPath()).isEqualTo("$.body[0].type");
    assertThat(malformedAfter.jsonPath()).isEqualTo("$.body[0].type");
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void aFormatVersionBelowOneIsRefused(String version) {
    NewsJsonException e = readFailure("{\"formatVersion\": " + version + ", \"title\": \"T\"}");

    assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.problem()).isEqualTo("must be at least 1, got " + version);
  }

  @Test
  void aBlankAuthorNameIsReportedAtTheName() {
    NewsJsonException e = readFailure(article("\"authors\": [{\"name\": \"Jane\"}, {\"name\": \"  \"}]"));

    assertThat(e.jsonPath()).isEqualTo("$.authors[1].name");
    assertThat(e.problem()).isEqualTo("must not be blank (leave it absent instead), got '  '");
  }

  @Test
  void aBlankEditReasonIsReportedAtTheReason() {
    NewsJsonException e = readFailure(article(
        "\"edits\": [{\"editedAt\": \"2007-05-24T13:52:00Z\", \"note\": \"Reason: \", \"reason\": \" \"}]"));

    assertThat(e.jsonPath()).isEqualTo("$.edits[0].reason");
    assertThat(e.problem()).isEqualTo("must not be blank (leave it absent instead), got ' '");
  }

  @Test
  void aRelativeUrlIsReportedAtTheUrl() {
    NewsJsonException e = readFailure(article("\"url\": \"/news/a\""));

    assertThat(e.jsonPath()).isEqualTo("$.url");
    assertThat(e.problem()).isEqualTo("must be an absolute http or https URL, got '/news/a'");
  }

  @Test
  void aCommentEditBeforeItsCommentIsReportedAtTheEditTime() {
    String comments = "\"comments\": ["
        + comment("1", "") + ", " + comment("2", "") + ", "
        + comment("3", ", \"publishedAt\": \"2007-05-25T03:38:00+03:00\", "
            + "\"edits\": [{\"editedAt\": \"2007-05-25T03:36:00+03:00\"}]")
        + "]";

    NewsJsonException e = readFailure(article(comments));

    assertThat(e.jsonPath()).isEqualTo("$.comments[2].edits[0].editedAt");
    assertThat(e.problem()).isEqualTo(
        "'2007-05-25T03:36+03:00' is before the comment's publishedAt '2007-05-25T03:38+03:00'");
    assertThat(e.getMessage()).startsWith("$.comments[2].edits[0].editedAt: ");
  }

  @Test
  void aDuplicateCommentIdFoundByTheArticleIsReportedAtTheId() {
    String comments = "\"comments\": [" + comment("1", "") + ", " + comment("2", "") + ", " + comment("3", "")
        + ", " + comment("2", "") + "]";

    NewsJsonException e = readFailure(article(comments));

    assertThat(e.jsonPath()).isEqualTo("$.comments[3].id");
    assertThat(e.problem()).isEqualTo("duplicates the id of an earlier comment, '2'");
  }

  @Test
  void aReplyToALaterCommentIsRefused() {
    String comments = "\"comments\": [" + comment("1", ", \"replyTo\": \"2\"") + ", " + comment("2", "") + "]";

    NewsJsonException e = readFailure(article(comments));

    assertThat(e.jsonPath()).isEqualTo("$.comments[0].replyTo");
    assertThat(e.problem()).isEqualTo("'2' names no earlier comment");
  }

  @Test
  void anAssumedZoneThatDisagreesWithTheOffsetIsRefused() {
    NewsJsonException e = readFailure(article(
        "\"publishedAt\": \"2007-05-24T13:52:00+02:00\", \"assumedZone\": \"Europe/Helsinki\""));

    assertThat(e.jsonPath()).isEqualTo("$.publishedAt");
    assertThat(e.problem()).contains("is not the offset of the assumed zone Europe/Helsinki");
  }

  @Test
  void aDateOnlyTimeAtAMidnightTheZoneSkippedReadsWithTheOffsetBeforeTheSkip() {
    Article read = JSON.read(article("\"publishedAt\": \"2018-11-04T00:00:00-03:00\", "
        + "\"publishedAtDateOnly\": true, \"assumedZone\": \"America/Sao_Paulo\""));
    NewsJsonException after = readFailure(article("\"publishedAt\": \"2018-11-04T00:00:00-02:00\", "
        + "\"publishedAtDateOnly\": true, \"assumedZone\": \"America/Sao_Paulo\""));

    assertThat(read.publishedAt()).hasValue(OffsetDateTime.parse("2018-11-04T00:00-03:00"));
    assertThat(JSON.read(JSON.write(read))).isEqualTo(read);
    assertThat(after.jsonPath()).isEqualTo("$.publishedAt");
  }

  @Test
  void aDateOnlyFlagNeedsItsTimeAtMidnight() {
    NewsJsonException noTime = readFailure(article("\"publishedAtDateOnly\": true"));
    NewsJsonException notMidnight = readFailure(article("\"comments\": [{\"id\": \"1\", "
        + "\"body\": [{\"type\": \"paragraph\", \"text\": \"x\"}], "
        + "\"publishedAt\": \"2007-05-24T13:52:00+03:00\", \"publishedAtDateOnly\": true}]"));
    NewsJsonException notABoolean = readFailure(article("\"publishedAt\": \"2007-05-24T00:00:00Z\", "
        + "\"publishedAtDateOnly\": \"yes\""));

    assertThat(noTime.jsonPath()).isEqualTo("$.publishedAtDateOnly");
    assertThat(noTime.problem()).isEqualTo("is true but there is no publishedAt");
    assertThat(notMidnight.jsonPath()).isEqualTo("$.comments[0].publishedAt");
    assertThat(notMidnight.problem()).isEqualTo("'2007-05-24T13:52+03:00' is marked date-only but is not at 00:00");
    assertThat(notABoolean.jsonPath()).isEqualTo("$.publishedAtDateOnly");
  }

  @Test
  void anArticleWithNeitherTitleNorBodyIsRefused() {
    NewsJsonException e = readFailure("{\"formatVersion\": 1, \"siteName\": \"AfterDawn\"}");

    assertThat(e.jsonPath()).isEqualTo("$.title");
    assertThat(e.problem()).isEqualTo("an article needs a title or a body, and has neither");
  }

  @Test
  void aDuplicateFieldIsRefusedRatherThanSilentlyReplaced() {
    NewsJsonException e = readFailure(article("\"title\": \"Other\""));

    assertThat(e.jsonPath()).isEqualTo("$.title");
    assertThat(e.problem()).startsWith("malformed JSON: Duplicate field 'title'");
  }

  @Test
  void namesThatAreNotIdentifiersAreQuotedInThePath() {
    NewsJsonException e = readFailure(article("\"x y\": [1, {\"a\": }]"));

    assertThat(e.jsonPath()).isEqualTo("$['x y'][1].a");
  }

  private static String comment(String id, String more) {
    return "{\"id\": \"" + id + "\", \"body\": [{\"type\": \"paragraph\", \"text\": \"Comment " + id + "\"}]" + more
        + "}";
  }
}
