package io.github.newsmodel.cli.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.output.ArticleEncoder;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.PageContext;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.SiteParser;
import io.github.newsmodel.html.SiteParserException;
import io.github.newsmodel.html.SiteParsers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageParserTest {
  private final PageParser parser = new PageParser(new ArticleEncoder(OutputFormat.JSONL, false), false);

  @Test
  void aPageBecomesItsEncodedArticle() {
    Outcome outcome = parser.apply(page("https://example.com/a", "<title>A title</title>", ParseOptions.defaults()));

    assertThat(outcome).isInstanceOf(Outcome.Parsed.class);
    assertThat(new String(((Outcome.Parsed) outcome).encoded(), StandardCharsets.UTF_8))
        .startsWith("{\"formatVersion\":1,").contains("\"title\":\"A title\"").endsWith("}\n");
  }

  @Test
  void aPageThatIsNoArticleIsAnErrorRecordWithoutTheFileUriTheLineNamesAlready() {
    Outcome outcome = parser.apply(page("file:/tmp/forum.html", "<link rel=canonical"
        + " href=\"http://forums.afterdawn.com/thread_view.cfm/1/2\"><body class=forums>", ParseOptions.defaults()));

    Outcome.Failed failed = (Outcome.Failed) outcome;
    assertThat(failed.kind()).isEqualTo(ErrorKind.NOT_AN_ARTICLE);
    assertThat(failed.message()).startsWith("at 'html > body.forums': no news article (div.newsArticle)");
  }

  @Test
  void aBugInAParserIsKeptToItsPageAndNamedABug() {
    ParseOptions options = ParseOptions.builder().siteParsers(SiteParsers.of(new BrokenParser())).build();

    Outcome outcome = parser.apply(page("https://broken.example.com/a", "<title>A</title>", options));

    Outcome.Failed failed = (Outcome.Failed) outcome;
    assertThat(failed.kind()).isEqualTo(ErrorKind.BUG);
    assertThat(failed.message()).isEqualTo("unexpected io.github.newsmodel.html.SiteParserException:"
        + " https://broken.example.com/a: site parser " + BrokenParser.class.getName()
        + " threw java.lang.IllegalStateException: no comments list");
    assertThat(failed.cause()).isInstanceOf(SiteParserException.class).hasCauseInstanceOf(IllegalStateException.class);
  }

  private static Page page(String url, String html, ParseOptions options) {
    return new Page(PageOrigin.input("page.html"), html.getBytes(StandardCharsets.UTF_8), URI.create(url), options);
  }

  /** A site parser with a bug. */
  private static final class BrokenParser implements SiteParser {
    @Override
    public Set<String> hosts() {
      return Set.of("broken.example.com");
    }

    @Override
    public ZoneId zone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Article parse(Document page, PageContext context) {
      throw new IllegalStateException("no comments list");
    }
  }
}
