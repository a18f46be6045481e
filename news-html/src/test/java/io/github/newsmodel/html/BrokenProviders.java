package io.github.newsmodel.html;

import io.github.newsmodel.core.Article;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.nodes.Document;

/**
 * Site parsers that {@link java.util.ServiceLoader} cannot load or that cannot be registered, listed only in the
 * {@code META-INF/services} files that {@link DiscoveryFailureTest} writes, never in the test resources.
 */
public final class BrokenProviders {
  private BrokenProviders() {}

  /** A parser whose constructor always fails, as one missing its configuration would. */
  public static final class Throwing extends Base {
    /** Fails. */
    public Throwing() {
      throw new IllegalStateException("no configuration for Throwing");
    }
  }

  /** A parser whose constructor fails the first time only, as one whose configuration came late would. */
  public static final class FailsOnce extends Base {
    private static final AtomicBoolean FAILED = new AtomicBoolean();

    /** Fails the first time. */
    public FailsOnce() {
      if (!FAILED.getAndSet(true)) {
        throw new IllegalStateException("configuration not there yet");
      }
    }
  }

  /** A parser that names a host no URL can have. */
  public static final class Wildcard extends Base {
    /** Creates the parser. */
    public Wildcard() {}

    @Override
    public Set<String> hosts() {
      return Set.of("*.wildcard.test");
    }
  }

  /** What the parsers do once made: cover a host and read a title. */
  abstract static class Base implements SiteParser {
    @Override
    public Set<String> hosts() {
      return Set.of("broken.test");
    }

    @Override
    public ZoneId zone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Article parse(Document page, PageContext context) {
      return Article.builder().title(page.title()).build();
    }
  }
}
