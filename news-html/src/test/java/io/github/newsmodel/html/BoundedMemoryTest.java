package io.github.newsmodel.html;

import static io.github.newsmodel.html.HostilePages.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Large pages fit a small heap: the build runs this class alone in a JVM of 640 MiB (the {@code bounded-memory}
 * execution of news-html's Surefire), where the worst pages the default limits let in, 16 MiB of comments and a
 * million short paragraphs, and a 50 MB page under a raised limit are read without an {@link OutOfMemoryError}.
 * Parsing needs some 25 bytes of heap for each byte of page, or 400 for each element of a page of small elements,
 * so a higher {@link ParseOptions#maxPageSize()} or {@link ParseOptions#maxElements()} wants a larger heap.
 */
@Tag("bounded-memory")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedMemoryTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/large");

  @BeforeAll
  static void theHeapIsSmall() {
    assertThat(Runtime.getRuntime().maxMemory()).as("run in the bounded-memory JVM").isLessThan(700L << 20);
  }

  @Test
  void thePageOfMostElementsTheDefaultLimitLetsInFitsTheHeap() throws IOException {
    StringBuilder html = new StringBuilder(HostilePages.head("Comments")).append("<p>").append(PARAGRAPH)
        .append("</p></article><ol class=comment-list>");
    int comments = 0;
    while (html.length() < ParseOptions.DEFAULT_MAX_PAGE_SIZE - 1000) {
      html.append("<li class=comment id=comment-").append(++comments).append("><p>Comment ").append(comments)
          .append(".</p></li>");
    }
    byte[] page = html.append("</ol><footer><p>Contact.</p></footer></body></html>").toString()
        .getBytes(StandardCharsets.UTF_8);
    html = null;

    Article article = HtmlArticles.parse(new ByteArrayInputStream(page), URL);

    assertThat(comments).isGreaterThan(250_000);
    assertThat(article.comments()).hasSize(ParseOptions.DEFAULT_MAX_COMMENTS);
    assertThat(article.commentCount()).hasValue(comments);
  }

  @Test
  void thePageOfMostElementsAndTextTheDefaultLimitsLetInFitsTheHeap() {
    StringBuilder html = new StringBuilder(HostilePages.head("Elements"));
    int elements = 0;
    while (elements < ParseOptions.DEFAULT_MAX_ELEMENTS - 100) {
      html.append("<p>").append(++elements % 10).append("ten chars.");
    }
    String page = html.append(HostilePages.tail()).toString();
    html = null;

    Article article = HtmlArticles.parse(page, URL);

    assertThat(page.length()).isGreaterThan(13_000_000).isLessThan((int) ParseOptions.DEFAULT_MAX_PAGE_SIZE);
    assertThat(article.title()).hasValue("Elements");
  }

  @Test
  void aFiftyMegabytePageFitsTheHeapWhenTheLimitLetsItIn() throws IOException {
    StringBuilder html = new StringBuilder(HostilePages.head("Large page"));
    int paragraphs = 0;
    while (html.length() < 50_000_000) {
      html.append("<p>").append(++paragraphs).append(". ").append(PARAGRAPH).append("</p>\n");
    }
    byte[] page = html.append(HostilePages.tail()).toString().getBytes(StandardCharsets.UTF_8);
    html = null;
    ParseOptions raised = ParseOptions.builder().maxPageSize(64 << 20).build();

    Article article = HtmlArticles.parse(new ByteArrayInputStream(page), URL, raised);

    assertThat(article.body()).hasSize(paragraphs);
    assertThat(article.body().get(paragraphs - 1).text()).isEqualTo(paragraphs + ". " + PARAGRAPH);
  }
}
