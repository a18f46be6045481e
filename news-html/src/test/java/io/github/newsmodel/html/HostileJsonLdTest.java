package io.github.newsmodel.html;

import static io.github.newsmodel.html.HostilePages.PARAGRAPH;
import static io.github.newsmodel.html.HostilePages.onSmallStack;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON-LD bombs in a page: nesting a million deep, a million keys, numbers of a million digits or with exponents
 * beyond any double, strings of millions of characters, thousands of blocks. The page is read in time and on a
 * small stack, and what the JSON-LD cannot give is taken from the markup.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileJsonLdTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/json-ld");
  private static final String ARTICLE = "{\"@type\": \"NewsArticle\", \"headline\": \"Bombs\", \"datePublished\": "
      + "\"2024-05-01T10:00:00Z\"}";

  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {
      "[[[[[[[[[[#", // '#' is repeated below
      "{\"a\": {\"a\": #",
      "{\"commentCount\": 1e999999999, \"wordCount\": -1e-999999999, \"x\": #}",
      "{\"@type\": \"NewsArticle\", \"headline\": \"#\", \"author\": {\"name\": \"#\"}, \"commentCount\": \"#\"}",
      "{\"comment\": [#]}",
      "\"unterminated string #",
      "/* unterminated comment #",
  })
  void aBombInTheJsonLdCostsNeitherTimeNorStack(String bomb) throws Exception {
    String filler = switch (bomb.indexOf('#') < 0 ? "" : bomb.substring(0, bomb.indexOf('#'))) {
      case "[[[[[[[[[[" -> "[".repeat(1_000_000);
      case "{\"a\": {\"a\": " -> "{\"a\": ".repeat(300_000);
      case "{\"comment\": [" -> "{\"@type\": \"Comment\", \"text\": \"A comment.\"},".repeat(50_000);
      default -> "9".repeat(1_000_000);
    };
    String json = bomb.replace("#", filler);
    String html = "<!DOCTYPE html><html><head><title>Bombs</title><script type=application/ld+json>" + json
        + "</script><script type=application/ld+json>" + ARTICLE + "</script></head><body><article><h1>Bombs</h1>"
        + "<p>" + PARAGRAPH + "</p></article><footer><p>Contact.</p></footer></body></html>";

    Article article = onSmallStack(() -> HtmlArticles.parse(html, URL));

    assertThat(article.title()).isPresent();
    assertThat(article.text()).contains(PARAGRAPH);
  }

  @Test
  void tenThousandBlocksCostTimeInProportion() throws Exception {
    int blocks = 10_000;
    String html = "<!DOCTYPE html><html><head><title>Blocks</title>"
        + ("<script type=application/ld+json>" + ARTICLE + "</script>").repeat(blocks) + "</head><body><article>"
        + "<h1>Bombs</h1><p>" + PARAGRAPH + "</p></article><footer><p>Contact.</p></footer></body></html>";

    Article article = onSmallStack(() -> HtmlArticles.parse(html, URL));

    assertThat(article.title()).hasValue("Bombs");
    assertThat(article.publishedAt()).isPresent();
  }
}
