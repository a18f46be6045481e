package io.github.newsmodel.core.outside;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The README example, compiled outside the model's package: builders, {@code with*} copies and derived text
 * must all be reachable by users, who never see the generated classes.
 */
class UsageFromAnotherPackageTest {

  @Test
  void readmeExampleBuildsAnArticleWithAnEditedComment() {
    ZoneId helsinki = ZoneId.of("Europe/Helsinki");
    Article article = Article.builder()
        .url(URI.create("http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3"))
        .title("AllofMP3 calls IFPI raid a publicity stunt")
        .addAuthors(Author.of("Andre Yoskowitz"))
        .publishedAt(OffsetDateTime.parse("2007-05-24T13:52+03:00")).assumedZone(helsinki)
        .addBody(Paragraph.of("The Russian music download store AllofMP3 called out the IFPI today."))
        .addComments(Comment.builder().id("2").number(2)
            .publishedAt(OffsetDateTime.parse("2007-05-25T03:36+03:00")).assumedZone(helsinki)
            .addBody(Paragraph.of("It has absolutely no legal standing in Russia."))
            .addEdits(EditRecord.builder().editedAt(OffsetDateTime.parse("2007-05-25T03:38+03:00"))
                .assumedZone(helsinki).note("This message has been edited since its posting.").build())
            .build())
        .build();

    Article retitled = article.withTitle("AllofMP3: IFPI raid was a stunt");

    assertThat(retitled.title()).contains("AllofMP3: IFPI raid was a stunt");
    assertThat(retitled.comments().get(0).edits().get(0).note())
        .contains("This message has been edited since its posting.");
    assertThat(article.text()).startsWith("The Russian music download store");
    assertThat(Quote.of("q", "c").withCite("d").cite()).contains("d");
  }

  /** What a dynamic language does with a builder: look its methods up by name and invoke them. */
  @Test
  void aBuilderWorksThroughReflection() throws ReflectiveOperationException {
    Object builder = Article.class.getMethod("builder").invoke(null);
    Class<?> type = builder.getClass();
    type.getMethod("title", String.class).invoke(builder, "AllofMP3 calls IFPI raid a publicity stunt");
    type.getMethod("addAuthors", Author.class).invoke(builder, Author.of("Andre Yoskowitz"));

    Article article = (Article) type.getMethod("build").invoke(builder);

    assertThat(article.title()).contains("AllofMP3 calls IFPI raid a publicity stunt");
    assertThat(article.authors()).extracting(Author::name).containsExactly("Andre Yoskowitz");
  }
}
