package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.json.JsonLd;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A page that carries newsmodel's own JSON-LD, and nothing else of its comments, gives its thread back: a site
 * that publishes what newsmodel extracted (an archive's replay, a static mirror) is read as it was written.
 */
class JsonLdReadBackTest {
  @Test
  void aThreadWrittenAsJsonLdReadsBackWithItsReplies() {
    Comment first = Comment.builder().id("7").author(Author.of("Ann"))
        .publishedAt(OffsetDateTime.parse("2024-03-05T10:15:00+01:00"))
        .addBody(Paragraph.of("Thanks for the story. </script> <!-- it holds markup")).build();
    Comment reply = Comment.builder().id("8").author(Author.of("Bob")).replyTo("7")
        .addBody(Paragraph.of("Agreed with Ann.")).build();
    Article written = Article.builder().title("Ferry timetable changes").url(URI.create("https://example.com/a"))
        .addBody(Paragraph.of("The ferry runs every hour from Monday on, the operator said today."))
        .addComments(first, reply).build();
    String page = "<html><head>" + JsonLd.scriptElement(written) + "</head><body><h1>Ferry timetable changes</h1>"
        + "<p>The ferry runs every hour from Monday on, the operator said today.</p></body></html>";

    Article read = HtmlArticles.parse(page, URI.create("https://example.com/a"));

    assertThat(read.comments()).extracting(c -> c.author().map(Author::name).orElse("-"))
        .containsExactly("Ann", "Bob");
    assertThat(read.comments().get(0).text()).isEqualTo("Thanks for the story. </script> <!-- it holds markup");
    assertThat(read.comments().get(1).replyTo()).hasValue(read.comments().get(0).id());
    assertThat(read.comments().get(0).publishedAt())
        .hasValue(OffsetDateTime.parse("2024-03-05T10:15:00+01:00"));
  }
}
