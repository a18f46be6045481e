package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static JsonNode ld(Article article) throws Exception {
    return PLAIN.readTree(JsonLd.write(article));
  }

  @Test
  void aNewsArticleWithItsMetadata() throws Exception {
    JsonNode ld = ld(Articles.full());

    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.get("headline").asText()).isEqualTo("AllofMP3 calls IFPI raid a publicity stunt");
    assertThat(ld.get("url").asText()).isEqualTo("https://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3");
    assertThat(ld.at("/mainEntityOfPage/@type").asText()).isEqualTo("WebPage");
    assertThat(ld.at("/mainEntityOfPage/@id").asText()).isEqualTo(ld.get("url").asText());
    assertThat(ld.get("datePublished").asText()).isEqualTo("2007-05-24T13:52:00+03:00");
    assertThat(ld.get("dateModified").asText()).isEqualTo("2007-05-24T15:05:30.25+03:00");
    assertThat(ld.get("inLanguage").asText()).isEqualTo("en-GB");
    assertThat(ld.get("articleSection").asText()).isEqualTo("Tech news");
    assertThat(texts(ld.get("keywords"))).containsExactly("music", "Russia");
    assertThat(ld.at("/publisher/@type").asText()).isEqualTo("Organization");
    assertThat(ld.at("/publisher/name").asText()).isEqualTo("AfterDawn");
    assertThat(ld.get("articleBody").asText()).isEqualTo(Articles.full().text());
    assertThat(ld.get("commentCount").asInt()).isEqualTo(3);
    assertThat(ld.at("/image/0/url").asText()).isEqualTo("https://www.afterdawn.com/img/card.jpg");
    assertThat(ld.get("archivedAt").asText()).startsWith("https://web.archive.org/web/20070601000000/");
  }

  /** schema.org says only whether an article is free: a metered, locked or paywalled one is not. */
  @Test
  void isAccessibleForFreeIsWrittenWhereTheAccessIsKnown() throws Exception {
    Article article = Article.builder().title("T").build();

    assertThat(ld(article).has("isAccessibleForFree")).isFalse();
    assertThat(ld(article.withAccess(Access.FREE)).get("isAccessibleForFree").isBoolean()).isTrue();
    assertThat(ld(article.withAccess(Access.FREE)).get("isAccessibleForFree").asBoolean()).isTrue();
    for (Access paid : List.of(Access.METERED, Access.LOCKED, Access.PAYWALLED)) {
      assertThat(ld(article.withAccess(paid)).get("isAccessibleForFree").asBoolean()).as(paid.name()).isFalse();
    }
  }

  @Test
  void aTimeInLocalMeanTimeIsWrittenInUtcSinceIso8601HasNoSecondsInAnOffset() throws Exception {
    Article article = Article.builder().title("T")
        .publishedAt(OffsetDateTime.parse("1900-01-01T00:00:00+01:39:49")).build();

    assertThat(ld(article).get("datePublished").asText()).isEqualTo("1899-12-31T22:20:11Z");
  }

  @Test
  void aDeclaredCountBelowTheCommentsPresentGivesWayToThem() throws Exception {
    Comment comment = Comment.builder().id("1").addBody(Paragraph.of("First.")).build();
    Article article = Article.builder().title("T").commentCount(0).addComments(comment, comment.withId("2"))
        .build();

    assertThat(ld(article).get("commentCount").asInt()).isEqualTo(2);
    assertThat(ld(article.withCommentCount(40)).get("commentCount").asInt()).isEqualTo(40);
  }

  @Test
  void authorsArePeopleWithUrlSameAsAndAffiliation() throws Exception {
    JsonNode author = ld(Articles.full()).at("/author/0");

    assertThat(author.get("@type").asText()).isEqualTo("Person");
    assertThat(author.get("name").asText()).isEqualTo("Andre Yoskowitz");
    assertThat(author.get("url").asText()).isEqualTo("https://www.afterdawn.com/authors/andre");
    assertThat(texts(author.get("sameAs"))).containsExactly("https://plus.google.com/105496026534573316553");
    assertThat(author.at("/affiliation/name").asText()).isEqualTo("AfterDawn");
  }

  @Test
  void commentsWithAuthorDatesTextAndTheirThread() throws Exception {
    JsonNode comments = ld(Articles.full()).get("comment");
    JsonNode first = comments.get(0);
    JsonNode reply = comments.get(1);

    assertThat(first.get("@type").asText()).isEqualTo("Comment");
    assertThat(first.at("/author/@type").asText()).isEqualTo("Person");
    assertThat(first.at("/author/name").asText()).isEqualTo("Jane");
    assertThat(first.get("dateCreated").asText()).isEqualTo("2007-05-25T03:36:00+03:00");
    assertThat(first.get("dateModified").asText()).isEqualTo("2007-05-25T03:38:00+03:00");
    assertThat(first.get("text").asText()).isEqualTo("It has no legal standing in Russia.");
    assertThat(first.get("position").asInt()).isEqualTo(1);
    assertThat(first.has("parentItem")).isFalse();
    assertThat(reply.has("dateModified")).isFalse();
    assertThat(reply.at("/parentItem/@id").asText()).isEqualTo(first.get("@id").asText()).isEqualTo("_:comment-1");
  }

  @Test
  void dateModifiedIsTheLastEditOfTheCommentAndOfTheArticleWithoutModifiedAt() throws Exception {
    OffsetDateTime at = OffsetDateTime.parse("2020-01-01T10:00:00Z");
    Article article = Article.builder()
        .title("T")
        .publishedAt(at)
        .addEdits(EditRecord.builder().editedAt(at.plusHours(1)).build())
        .addEdits(EditRecord.builder().editedAt(at.plusHours(2)).build())
        .addComments(Comment.builder().id("c 1/ä").addBody(Paragraph.of("C")).publishedAt(at)
            .addEdits(EditRecord.builder().editedAt(at.plusMinutes(1)).build())
            .addEdits(EditRecord.builder().editedAt(at.plusMinutes(5)).build())
            .build())
        .addComments(Comment.builder().id("2").replyTo("c 1/ä").addBody(Paragraph.of("R")).build())
        .build();

    JsonNode ld = ld(article);

    assertThat(ld.get("dateModified").asText()).isEqualTo("2020-01-01T12:00:00Z");
    assertThat(ld.at("/comment/0/dateModified").asText()).isEqualTo("2020-01-01T10:05:00Z");
    assertThat(ld.get("commentCount").asInt()).isEqualTo(2);
    // Without a URL, comments are blank nodes, and replies still point at their parent.
    assertThat(ld.at("/comment/0/@id").asText()).isEqualTo("_:comment-1");
    assertThat(ld.at("/comment/1/parentItem/@id").asText()).isEqualTo("_:comment-1");
  }

  @Test
  void commentsAreBlankNodesNotAnchorsThePageMayNotHave() throws Exception {
    // A WordPress id that already reads "comment-", a number a parser derived, and a Reddit id.
    Article article = Article.builder().url(URI.create("https://blog.example.org/2021/pier")).title("T")
        .addComments(Comment.builder().id("comment-11").addBody(Paragraph.of("A")).build())
        .addComments(Comment.builder().id("1").number(1).addBody(Paragraph.of("B")).build())
        .addComments(Comment.builder().id("t1_hgk01a").replyTo("comment-11").addBody(Paragraph.of("C")).build())
        .addComments(Comment.builder().id("t1_hgk02b").replyTo("1").addBody(Paragraph.of("D")).build())
        .build();

    JsonNode comments = ld(article).get("comment");

    assertThat(ids(comments, "/@id")).containsExactly("_:comment-1", "_:comment-2", "_:comment-3", "_:comment-4");
    assertThat(ids(comments, "/parentItem/@id")).containsExactly("", "", "_:comment-1", "_:comment-2");
    assertThat(JsonLd.write(article)).doesNotContain("#comment", "pier#");
  }

  @Test
  void blankNodeLabelsAreValidRdfWhateverTheIds() throws Exception {
    // The labels of RDF 1.1 N-Quads and Turtle, in ASCII: no spaces, slashes, colons or percent signs.
    Pattern label = Pattern.compile("_:[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");
    Article article = Article.builder().url(URI.create("https://x.org/a#top")).title("T")
        .addComments(Comment.builder().id("c 1/ä:%").addBody(Paragraph.of("C")).build())
        .addComments(Comment.builder().id("-.").replyTo("c 1/ä:%").addBody(Paragraph.of("R")).build())
        .build();

    JsonNode comments = ld(article).get("comment");

    assertThat(ids(comments, "/@id")).allMatch(id -> label.matcher(id).matches()).doesNotHaveDuplicates();
    assertThat(comments.at("/1/parentItem/@id").asText()).isEqualTo(comments.at("/0/@id").asText());
  }

  @Test
  void absentValuesAreLeftOutAndBodyImagesStandInForArticleImages() throws Exception {
    Article article = Article.builder()
        .addBody(Paragraph.of("Text"))
        .addBody(Image.builder().url(URI.create("https://x.org/i.png")).caption("Cap").build())
        .build();

    JsonNode ld = ld(article);

    List<String> fields = new ArrayList<>();
    ld.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("@context", "@type", "image", "articleBody");
    assertThat(ld.at("/image/0/url").asText()).isEqualTo("https://x.org/i.png");
    assertThat(ld.at("/image/0/caption").asText()).isEqualTo("Cap");
  }

  @Test
  void theScriptElementCannotBeClosedByTheArticlesText() throws Exception {
    Article article = Article.builder().title("</script><script>alert(1)</script> & <!-- \u2028")
        .addAuthors(Author.of("A")).build();

    String element = JsonLd.scriptElement(article);

    assertThat(element).startsWith("<script type=\"application/ld+json\">").endsWith("</script>");
    String json = element.substring("<script type=\"application/ld+json\">".length(),
        element.length() - "</script>".length());
    assertThat(json).doesNotContain("<", ">", "&", "\u2028");
    assertThat(PLAIN.readTree(json).get("headline").asText()).isEqualTo(article.title().orElseThrow());
  }

  @Test
  void writesToWritersAndStreamsAndPretty() throws Exception {
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLd.write(Articles.full(), chars);
    JsonLd.write(Articles.full(), bytes);

    assertThat(chars.toString()).isEqualTo(JsonLd.write(Articles.full()));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString());
    assertThat(PLAIN.readTree(JsonLd.writePretty(Articles.full()))).isEqualTo(ld(Articles.full()));
  }

  @Test
  void aCommentOfOnlyAnImageHasTheImageAndNoEmptyText() throws Exception {
    // A reply that is only a picture: Google reads a Comment by its text or its image, and "" is neither.
    Article article = Article.builder().title("T")
        .addComments(Comment.builder().id("1").addBody(Image.of(URI.create("https://x.org/cat.gif"))).build())
        .addComments(Comment.builder().id("2").replyTo("1").addBody(Paragraph.of("Ha."))
            .addBody(Image.builder().url(URI.create("https://x.org/dog.gif")).caption("A dog").build()).build())
        .build();

    JsonNode comments = ld(article).get("comment");

    assertThat(comments.get(0).has("text")).isFalse();
    assertThat(comments.at("/0/image/0/@type").asText()).isEqualTo("ImageObject");
    assertThat(comments.at("/0/image/0/url").asText()).isEqualTo("https://x.org/cat.gif");
    assertThat(comments.at("/1/text").asText()).isEqualTo("Ha.\n\nA dog");
    assertThat(comments.at("/1/image/0/url").asText()).isEqualTo("https://x.org/dog.gif");
    assertThat(JsonLd.write(article)).doesNotContain("\"\"", "[]");
  }

  @Test
  void everyOutputIsSafeInsideAScriptElementNotOnlyScriptElement() throws Exception {
    // Readers' comments are anyone's text: pasted into a page by hand or by a template, the plain output must not
    // end the element or open an HTML comment that swallows the rest of the page either.
    String attack = "</script><script>alert(1)</script> <!-- & -->";
    Article article = Article.builder().title("T")
        .addComments(Comment.builder().id("1").addBody(Paragraph.of(attack)).build()).build();
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLd.write(article, chars);
    JsonLd.write(article, bytes);

    for (String out : List.of(JsonLd.write(article), JsonLd.writePretty(article), chars.toString(),
        bytes.toString(StandardCharsets.UTF_8))) {
      assertThat(out).doesNotContain("<", ">", "&");
      assertThat(PLAIN.readTree(out).at("/comment/0/text").asText()).isEqualTo(attack);
    }
  }

  @Test
  void loneSurrogatesBecomeReplacementCharactersInEveryOutput() throws Exception {
    // A page's JSON escape of half an emoji gives a lone surrogate: not Unicode, so no RDF literal, and a page's
    // encoder turns it into '?' or fails. Pairs (the emoji) stay as they are.
    Article article = Article.builder().title("a\uD800b \uD83D\uDE00 c\uDC00")
        .addComments(Comment.builder().id("1").addBody(Paragraph.of("end\uD83D")).build()).build();
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLd.write(article, chars);
    JsonLd.write(article, bytes);

    for (String out : List.of(JsonLd.write(article), JsonLd.writePretty(article), JsonLd.scriptElement(article),
        chars.toString(), bytes.toString(StandardCharsets.UTF_8))) {
      assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(out)).as(out).isTrue();
      assertThat(out).doesNotContainIgnoringCase("\\uD8", "\\uDC");
    }
    JsonNode ld = ld(article);
    assertThat(ld.get("headline").asText()).isEqualTo("a\uFFFDb \uD83D\uDE00 c\uFFFD");
    assertThat(ld.at("/comment/0/text").asText()).isEqualTo("end\uFFFD");
  }

  @Test
  void correctionsAreCorrectionCommentsWithTheirWordsTimeAndEditor() throws Exception {
    OffsetDateTime at = OffsetDateTime.parse("2020-01-01T10:00:00+02:00");
    Article article = Article.builder().title("T").publishedAt(at)
        .addEdits(EditRecord.builder().editedAt(at.plusHours(1)).note("Updated with the mayor's reply.")
            .kind(EditKind.UPDATE).build())
        .addEdits(EditRecord.builder().editedAt(at.plusHours(2)).editor(Author.of("The desk"))
            .note("An earlier version misspelled the mayor's name.").reason("Typo.").kind(EditKind.CORRECTION)
            .build())
        .addEdits(EditRecord.builder().note("Correction: the vote was 5-4, not 4-5.").kind(EditKind.CORRECTION)
            .build())
        .addEdits(EditRecord.builder().editedAt(at.plusDays(1).withHour(0)).editedAtDateOnly(true)
            .reason("A wrong date.").kind(EditKind.CORRECTION).build())
        .addComments(Comment.builder().id("1").addBody(Paragraph.of("C"))
            .addEdits(EditRecord.builder().note("Fixed a link, see reason").reason("see reason")
                .kind(EditKind.CORRECTION).build())
            .build())
        .build();

    JsonNode ld = ld(article);
    JsonNode corrections = ld.get("correction");

    assertThat(corrections).hasSize(3);
    assertThat(corrections.at("/0/@type").asText()).isEqualTo("CorrectionComment");
    assertThat(corrections.at("/0/text").asText())
        .isEqualTo("An earlier version misspelled the mayor's name.\n\nTypo.");
    assertThat(corrections.at("/0/datePublished").asText()).isEqualTo("2020-01-01T12:00:00+02:00");
    assertThat(corrections.at("/0/author/name").asText()).isEqualTo("The desk");
    assertThat(corrections.at("/1/text").asText()).isEqualTo("Correction: the vote was 5-4, not 4-5.");
    assertThat(corrections.at("/1").has("datePublished")).isFalse();
    assertThat(corrections.at("/2/text").asText()).isEqualTo("A wrong date.");
    assertThat(corrections.at("/2/datePublished").asText()).isEqualTo("2020-01-02");
    // A note that already holds the reason is not repeated; an update is no correction.
    assertThat(ld.at("/comment/0/correction/0/text").asText()).isEqualTo("Fixed a link, see reason");
    assertThat(JsonLd.write(article)).doesNotContain("mayor's reply");
  }

  private static List<String> ids(JsonNode comments, String pointer) {
    List<String> ids = new ArrayList<>();
    comments.forEach(c -> ids.add(c.at(pointer).asText()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
