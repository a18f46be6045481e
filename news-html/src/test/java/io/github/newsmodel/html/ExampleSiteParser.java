package io.github.newsmodel.html;

import io.github.newsmodel.core.Article;
import java.time.ZoneId;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A site parser that a library other than news-html would ship: registered only through
 * {@code META-INF/services} in the test resources, so that discovery is tested apart from the built-in parsers.
 */
public final class ExampleSiteParser implements SiteParser {
  /** Creates the parser, as {@link java.util.ServiceLoader} does. */
  public ExampleSiteParser() {}

  @Override
  public Set<String> hosts() {
    return Set.of("example.test");
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Europe/Berlin");
  }

  @Override
  public Article parse(Document page, PageContext context) {
    Element headline = page.selectFirst("h1");
    if (headline == null) {
      throw NotAnArticleException.at(context.url(), page.body(), "no headline (h1)");
    }
    return Article.builder().title("example: " + headline.text()).build();
  }
}
