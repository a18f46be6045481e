package io.github.newsmodel.core;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Shared test values: a small article in the shape of the AfterDawn seed page. */
final class Fixtures {
  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2007-05-24T13:52+03:00");
  static final OffsetDateTime COMMENT_2_AT = OffsetDateTime.parse("2007-05-25T03:36+03:00");
  static final OffsetDateTime COMMENT_2_EDITED = OffsetDateTime.parse("2007-05-25T03:38+03:00");
  static final URI URL = URI.create("http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3");

  private Fixtures() {}

  static Comment.Builder comment(String id) {
    return Comment.builder().id(id).addBody(Paragraph.of("Comment " + id));
  }

  static Article.Builder article() {
    return Article.builder()
        .url(URL)
        .title("AllofMP3 calls IFPI raid a publicity stunt")
        .addAuthors(Author.builder()
            .name("Andre Yoskowitz")
            .addProfiles(URI.create("https://plus.google.com/105496026534573316553"))
            .build())
        .publishedAt(PUBLISHED)
        .assumedZone(HELSINKI)
        .siteName("AfterDawn")
        .section("Tech news")
        .addBody(Paragraph.of("The Russian music download store AllofMP3 called out the IFPI today."))
        .addBody(Quote.of("The Allofmp3 administration reiterates that the store has never had any activities"
            + " outside Russia.", "Mediaservices"))
        .commentCount(5)
        .commentsOpen(false)
        .addComments(comment("1").number(1).build())
        .addComments(comment("2").number(2)
            .publishedAt(COMMENT_2_AT)
            .assumedZone(HELSINKI)
            .addEdits(EditRecord.builder()
                .editedAt(COMMENT_2_EDITED)
                .assumedZone(HELSINKI)
                .note("This message has been edited since its posting.")
                .build())
            .build());
  }
}
