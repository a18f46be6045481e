package io.github.newsmodel.cli;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.PageContext;
import io.github.newsmodel.html.SiteParser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * A site parser that cannot be made, as one whose configuration is missing. Only {@link BrokenInstallationTest}
 * registers it, through a services file of its own on the class path of a process of its own.
 */
public final class BrokenSiteParser implements SiteParser {
  /** Fails, as a parser without its configuration would. */
  public BrokenSiteParser() {
    throw new IllegalStateException("no configuration for BrokenSiteParser");
  }

  @Override
  public Set<String> hosts() {
    return Set.of("broken.example.com");
  }

  @Override
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Article parse(Document page, PageContext context) {
    throw new UnsupportedOperationException("never made");
  }
}
