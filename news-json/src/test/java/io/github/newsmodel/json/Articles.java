package io.github.newsmodel.json;

import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/** Hand-built articles whose JSON is checked in as golden files. */
final class Articles {
  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final URI URL = URI.create("http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3");

  private Articles() {}

  /** Every field of the format, every block type, a reply thread and edits. */
  static Article full() {
    return Article.builder()
        .url(URL)
        .canonicalUrl(URI.create("https://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3"))
        .title("AllofMP3 calls IFPI raid a publicity stunt")
        .description("The Russian store answers the record industry.")
        .addAuthors(Author.builder()
            .name("Andre Yoskowitz")
            .url(URI.create("https://www.afterdawn.com/authors/andre"))
            .addProfiles(URI.create("https://plus.google.com/105496026534573316553"))
            .affiliation("AfterDawn")
            .build())
        .publishedAt(OffsetDateTime.parse("2007-05-24T13:52+03:00"))
        .modifiedAt(OffsetDateTime.parse("2007-05-24T15:05:30.25+03:00"))
        .assumedZone(HELSINKI)
        .siteName("AfterDawn")
        .section("Tech news")
        .addTags("music", "Russia")
        .language(Locale.forLanguageTag("en-GB"))
        .access(Access.METERED)
        .addBody(Paragraph.of("The Russian music download store AllofMP3 called out the IFPI today."))
        .addBody(Heading.of(2, "What the store says"))
        .addBody(Quote.of("The store has never had any activities outside Russia.", "Mediaservices"))
        .addBody(ItemList.numbered("No legal standing", "No court order"))
        .addBody(Image.builder()
            .url(URI.create("https://www.afterdawn.com/img/allofmp3.png"))
            .alt("The AllofMP3 logo")
            .caption("AllofMP3, as of May 2007")
            .credit("AfterDawn/Jane Roe")
            .build())
        .addBody(Preformatted.of("price  = 0.02 USD\nformat = MP3"))
        .addImages(Image.builder().url(URI.create("https://www.afterdawn.com/img/card.jpg")).credit("AfterDawn").build())
        .commentCount(3)
        .commentsOpen(false)
        .addComments(Comment.builder()
            .id("1")
            .number(1)
            .author(Author.of("Jane"))
            .publishedAt(OffsetDateTime.parse("2007-05-25T03:36+03:00"))
            .assumedZone(HELSINKI)
            .addBody(Paragraph.of("It has no legal standing in Russia."))
            .addEdits(EditRecord.builder()
                .editedAt(OffsetDateTime.parse("2007-05-25T03:38+03:00"))
                .assumedZone(HELSINKI)
                .note("This message has been edited since its posting.")
                .build())
            .build())
        .addComments(Comment.builder()
            .id("2")
            .number(2)
            .replyTo("1")
            .publishedAt(OffsetDateTime.parse("2007-05-25T01:40:00Z"))
            .addBody(Quote.of("It has no legal standing in Russia.", "#1 by Jane"))
            .addBody(Paragraph.of("Neither has the raid — «עברית» and 😀 too."))
            .build())
        .addComments(Comment.builder()
            .id("3")
            .replyTo("1")
            .publishedAt(OffsetDateTime.parse("2007-05-26T00:00+03:00"))
            .publishedAtDateOnly(true)
            .assumedZone(HELSINKI)
            .addBody(Paragraph.of("A reply from a page that shows only the day."))
            .addEdits(EditRecord.builder()
                .editedAt(OffsetDateTime.parse("2007-05-27T00:00+03:00"))
                .editedAtDateOnly(true)
                .assumedZone(HELSINKI)
                .kind(EditKind.UPDATE)
                .build())
            .build())
        .addEdits(EditRecord.builder()
            .editedAt(OffsetDateTime.parse("2007-05-24T15:05:30.25+03:00"))
            .editor(Author.of("AfterDawn staff"))
            .note("Corrected the name of the store's owner.")
            .reason("The first version misspelled it.")
            .kind(EditKind.CORRECTION)
            .build())
        .source(Source.builder()
            .uri(URL)
            .recordId("<urn:uuid:6a1f3c0e-7c4b-4a8e-9a6e-2f9d9b1c0a11>")
            .capturedAt(OffsetDateTime.parse("2007-06-01T00:00Z"))
            .archiveUrl(URI.create("https://web.archive.org/web/20070601000000/" + URL))
            .build())
        .build();
  }

  /** The least an article can be: a title. */
  static Article minimal() {
    return Article.builder().title("Only a title").build();
  }

  /**
   * A thread whose first comment was removed: it keeps its place, author and time, and the reply still answers it.
   * Format version 3.
   */
  static Article withRemovedComment() {
    return Article.builder()
        .title("Readers discuss the raid")
        .addComments(Comment.builder().id("comment-11").number(1).removed(true)
            .author(Author.builder().name("Bernd").build())
            .publishedAt(OffsetDateTime.parse("2007-05-25T03:36:00+03:00")).build())
        .addComments(Comment.builder().id("comment-12").number(2).replyTo("comment-11")
            .addBody(Paragraph.of("What did Bernd say?")).build())
        .build();
  }
}
