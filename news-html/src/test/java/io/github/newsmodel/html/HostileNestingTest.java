package io.github.newsmodel.html;

import static io.github.newsmodel.html.HostilePages.PARAGRAPH;
import static io.github.newsmodel.html.HostilePages.nested;
import static io.github.newsmodel.html.HostilePages.onSmallStack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newsmodel.core.Article;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Elements nested 100,000 deep cost neither the stack nor time: elements deeper than
 * {@link ParseOptions#maxNestingDepth()} are placed beside those at that depth, as browsers do, and every walk of
 * the document then fits in a stack of 256 KiB, smaller than any thread's default.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileNestingTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/deep");
  private static final int DEPTH = 100_000;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <div>                                  | </div>
      <span>                                 | </span>
      <table><tr><td>                        | </td></tr></table>
      <blockquote><ol><li><figure>           | </figure></li></ol></blockquote>
      <div class=comment><p>Nested reply.</p> | </div>
      <div class=comment-reply><p>Nested reply.</p> | </div>
      """)
  void textNested100000DeepIsReadOnASmallStack(String open, String close) throws Exception {
    String html = nested(DEPTH, open, close);

    Article article = onSmallStack(() -> HtmlArticles.parse(html, URL));

    assertThat(article.title()).hasValue("Deep page");
    assertThat(article.text() + article.comments()).contains(PARAGRAPH);
  }

  @Test
  void commentThreadsNestedFarBeyondTheLimitGiveTheirCommentsOnASmallStack() throws Exception {
    int depth = 20_000; // 80,000 elements deep; each level is four elements of a WordPress thread
    StringBuilder html = new StringBuilder(HostilePages.head("Deep thread")).append("<p>").append(PARAGRAPH)
        .append("</p></article><section id=comments><ol class=comment-list>");
    for (int i = 1; i <= depth; i++) {
      html.append("<li class=comment id=comment-").append(i).append("><div class=comment-content><p>Reply ")
          .append(i).append(".</p></div><ol class=children>");
    }
    html.append("</ol></li>".repeat(depth)).append("</ol></section><footer><p>Contact.</p></footer></body></html>");

    Article article = onSmallStack(() -> HtmlArticles.parse(html.toString(), URL));

    assertThat(article.text()).isEqualTo(PARAGRAPH);
    assertThat(article.comments()).hasSizeGreaterThan(100);
    assertThat(article.comments().get(0).text()).isEqualTo("Reply 1.");
    assertThat(article.comments().get(1).replyTo()).hasValue(article.comments().get(0).id());
  }

  @Test
  void aDocumentTheCallerParsedDeeperThanTheLimitIsRefused() {
    Document deep = Jsoup.parse(nested(2000, "<div>", "</div>"), URL.toString(),
        Parser.htmlParser().setMaxDepth(10_000));

    PageLimitException e = catchThrowableOfType(PageLimitException.class,
        () -> HtmlArticles.parse(deep, URL, ParseOptions.defaults()));

    assertThat(e.limit()).isEqualTo("maxNestingDepth");
    assertThat(e.getMessage()).isEqualTo(URL + ": elements are nested deeper than 512 (ParseOptions.maxNestingDepth)");
  }

  @Test
  void aDocumentWithinTheLimitIsRead() {
    Document page = Jsoup.parse(nested(400, "<div>", "</div>"), URL.toString());

    assertThat(HtmlArticles.parse(page, URL, ParseOptions.defaults()).text()).isEqualTo(PARAGRAPH);
  }

  @Test
  void aWalkTheStackCannotHoldGivesAPageLimitExceptionNotAStackOverflowError() {
    SiteParser recursive = new SiteParser() {
      @Override
      public Set<String> hosts() {
        return Set.of(URL.getHost());
      }

      @Override
      public ZoneId zone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Article parse(Document page, PageContext context) {
        return Article.builder().title("Elements: " + count(page)).build();
      }

      private int count(Element e) {
        int n = 1;
        for (Element child : e.children()) {
          n += count(child);
        }
        return n;
      }
    };
    ParseOptions raised = ParseOptions.builder().maxNestingDepth(50_000).siteParsers(SiteParsers.of(recursive))
        .build();
    String html = nested(50_000, "<div>", "</div>");

    PageLimitException e = catchThrowableOfType(PageLimitException.class,
        () -> onSmallStack(() -> HtmlArticles.parse(html, URL, raised)));

    assertThat(e.limit()).isEqualTo("maxNestingDepth");
    assertThat(e.getMessage()).isEqualTo(URL + ": the page's elements, nested up to 50000 deep, need more stack "
        + "than the thread has (ParseOptions.maxNestingDepth)");
  }
}
