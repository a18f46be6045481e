package io.github.newsmodel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.json.NewsJson;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlainArticleTest {
  private final ObjectMapper jackson = PlainArticle.mapper();

  @Test
  void jacksonWritesTheRecordAsNewsJsonWritesTheArticle() throws Exception {
    Article article = everything();
    JsonNode plain = jackson.readTree(jackson.writeValueAsString(PlainArticle.of(article)));
    JsonNode news = jackson.readTree(NewsJson.standard().write(article));
    assertThat(plain).isEqualTo(news);
    assertThat(news.at("/comments/1/edits/0/kind").asText()).isEqualTo("correction");
  }

  @Test
  void jacksonReadsWhatItWrote() throws Exception {
    PlainArticle plain = PlainArticle.of(everything());
    assertThat(jackson.readValue(jackson.writeValueAsString(plain), PlainArticle.class)).isEqualTo(plain);
  }

  @Test
  void leavesOutWhatTheFormatLeavesOut() throws Exception {
    Article bare = Article.builder().title("Only a title").build();
    assertThat(jackson.readTree(jackson.writeValueAsString(PlainArticle.of(bare))))
        .isEqualTo(jackson.readTree(NewsJson.standard().write(bare)));
  }

  private static Article everything() {
    ZoneId helsinki = ZoneId.of("Europe/Helsinki");
    Author jane = Author.builder().name("Jane Roe").url(URI.create("https://example.com/jane"))
        .addProfiles(URI.create("https://social.example/@jane")).affiliation("Example News").build();
    return Article.builder()
        .url(URI.create("https://example.com/news/a"))
        .canonicalUrl(URI.create("https://example.com/news/a?c=1"))
        .title("A title").description("A description").addAuthors(jane)
        .publishedAt(OffsetDateTime.parse("2024-05-03T10:15:00+03:00")).assumedZone(helsinki)
        .modifiedAt(OffsetDateTime.parse("2024-05-04T00:00:00+03:00")).modifiedAtDateOnly(true)
        .siteName("Example News").section("World").addTags("one", "two").language(Locale.forLanguageTag("fi-FI"))
        .access(io.github.newsmodel.core.Access.LOCKED)
        .addBody(Heading.of(2, "A heading"), Paragraph.of("A paragraph."),
            Quote.builder().text("A quote.").cite("Someone").build(),
            ItemList.builder().ordered(true).addItems("first", "second").build(),
            Image.builder().url(URI.create("https://example.com/a.jpg")).alt("alt").caption("A caption")
                .credit("Jane Roe/Example").build(),
            Preformatted.of("code  here"))
        .addImages(Image.builder().url(URI.create("https://example.com/card.jpg")).credit("Example News").build())
        .commentCount(2).commentsOpen(false)
        .addComments(Comment.builder().id("c1").number(1).author(Author.of("Reader"))
            .publishedAt(OffsetDateTime.parse("2024-05-03T11:00:00Z")).addBody(Paragraph.of("First!")).build())
        .addComments(Comment.builder().id("c2").number(2).replyTo("c1")
            .publishedAt(OffsetDateTime.parse("2024-05-03T12:00:00+03:00")).assumedZone(helsinki)
            .addBody(Quote.of("First!"), Paragraph.of("Second."))
            .addEdits(EditRecord.builder().editedAt(OffsetDateTime.parse("2024-05-03T12:30:00+03:00"))
                .assumedZone(helsinki).editor(Author.of("Moderator")).note("Fixed a typo")
                .kind(io.github.newsmodel.core.EditKind.CORRECTION).build())
            .build())
        .source(Source.builder().uri(URI.create("https://web.archive.org/web/20240510083512/https://example.com/news/a"))
            .recordId("urn:uuid:1").capturedAt(OffsetDateTime.parse("2024-05-10T08:35:12Z"))
            .archiveUrl(URI.create("https://web.archive.org/web/20240510083512/https://example.com/news/a")).build())
        .build();
  }
}
