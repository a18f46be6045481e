package io.github.newsmodel.html.internal;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.NewsModelException;
import io.github.newsmodel.html.PageContext;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.SiteParser;
import io.github.newsmodel.html.SiteParserException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Hands a page to its site parser and holds the parser to its contract. A parser may be anyone's, and what it
 * does wrong is reported with the page and the parser's class, where it would otherwise surface later, in the
 * pipeline, naming neither.
 */
final class SiteParserCall {
  private SiteParserCall() {}

  /**
   * Reads a page with a site parser.
   *
   * @param parser the site parser for the page
   * @param page the parsed page
   * @param url the page's own URL
   * @param assumedZone the caller's zone, which replaces the parser's
   * @param capturedAt when the page was captured, if known
   * @return the parser's article, never null
   * @throws PageParseException as the parser throws it, or for an article that breaks the model's invariants
   * @throws SiteParserException if the parser throws another exception, or returns null
   */
  static Article parse(SiteParser parser, Document page, URI url, Optional<ZoneId> assumedZone,
      Optional<OffsetDateTime> capturedAt) {
    PageContext context = PageContext.builder()
        .url(url)
        .zone(assumedZone.isPresent() ? assumedZone.get() : zone(parser, url))
        .capturedAt(capturedAt)
        .build();
    Article article;
    try {
      article = parser.parse(page, context);
    } catch (InvalidValueException e) {
      // The parser built a value the model refuses; only the parser knows the element it read it from.
      throw new PageParseException(url, null, "site parser " + parser.getClass().getName()
          + " built an invalid article: " + e.getMessage(), e);
    } catch (NewsModelException e) {
      throw e;
    } catch (RuntimeException e) {
      throw threw(parser, url, e);
    }
    if (article == null) {
      throw new SiteParserException(url, parser, "returned null from parse(Document, PageContext)", null);
    }
    return article;
  }

  private static ZoneId zone(SiteParser parser, URI url) {
    ZoneId zone;
    try {
      zone = parser.zone();
    } catch (RuntimeException e) {
      throw threw(parser, url, e);
    }
    if (zone == null) {
      throw new SiteParserException(url, parser, "returned null from zone()", null);
    }
    return zone;
  }

  private static SiteParserException threw(SiteParser parser, URI url, RuntimeException e) {
    return new SiteParserException(url, parser, "threw " + e, e);
  }
}
