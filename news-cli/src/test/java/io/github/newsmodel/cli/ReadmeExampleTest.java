package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's ten-line example, run here (news-cli's tests see every module) with the results its comments
 * promise, and the README's copy of it kept the same as the code run here.
 */
class ReadmeExampleTest {
  /** The example's statements as the README shows them, comments left out. */
  private static final List<String> STATEMENTS = List.of(
      "URI url = URI.create(\"http://www.afterdawn.com/news/article.cfm/2007/05/24/"
          + "allofmp3_calls_ifpi_raid_a_publicity_stunt\");",
      "Article article;",
      "try (InputStream in = Files.newInputStream(Path.of(\"samples/afterdawn-allofmp3-ifpi-raid.html\"))) {",
      "article = HtmlArticles.parse(in, url);",
      "}",
      "article.title();",
      "article.publishedAt();",
      "Comment second = article.comments().get(1);",
      "second.edits().get(0).editedAt();",
      "String json = NewsJson.standard().write(article);");

  @Test
  void theExampleGivesWhatItsCommentsSay() throws IOException {
    URI url = URI.create(
        "http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3_calls_ifpi_raid_a_publicity_stunt");
    Article article;
    try (InputStream in = Files.newInputStream(TestPages.SAMPLE)) { // the README runs from the project's root
      article = HtmlArticles.parse(in, url);
    }
    assertThat(article.title()).contains("AllofMP3 calls IFPI raid a publicity stunt");
    assertThat(article.publishedAt()).contains(OffsetDateTime.parse("2007-05-24T13:52+03:00"));
    assertThat(article.assumedZone()).contains(ZoneId.of("Europe/Helsinki"));
    Comment second = article.comments().get(1);
    assertThat(second.edits().get(0).editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2007-05-25T03:38+03:00"));
    String json = NewsJson.standard().write(article);
    assertThat(NewsJson.standard().read(json)).isEqualTo(article);
  }

  @Test
  void theReadmeShowsTheseStatements() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher example = Pattern.compile("## Example\n\n```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(example.find()).as("a java block under '## Example' in the README").isTrue();
    List<String> shown = example.group(1).lines()
        .map(line -> line.replaceFirst("\\s+// .*$", "").trim())
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
    assertThat(shown).containsExactlyElementsOf(STATEMENTS);
  }
}
