package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.PageParseException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Reads an article from a page of any site: for now its metadata ({@link ArticleMetadata}), chosen from every
 * source of evidence by a documented order of strength.
 *
 * <p>Times that the page prints without an offset are read in the zone that
 * {@link io.github.newsmodel.html.internal.time.PageZone} chooses (the caller's zone, else the country of the
 * site's domain or of the page's language, else UTC), which the article records as its {@code assumedZone}.
 */
public final class GenericExtractor {
  private GenericExtractor() {}

  /**
   * Reads an article.
   *
   * @param page the page, with any web-archive markup removed
   * @param url the page's own URL, for messages and as evidence (a date in its path, its country)
   * @param zone the zone to assume for times without an offset, if the caller gave one
   * @param capturedAt when the page was captured, if known: relative dates count from it, and no date may be later
   * @return the article
   * @throws NotAnArticleException if the page has no title
   * @throws PageParseException if a value breaks the model's invariants
   */
  public static Article extract(Document page, URI url, Optional<ZoneId> zone, Optional<OffsetDateTime> capturedAt) {
    Article.Builder article = Article.builder();
    ArticleMetadata meta = ArticleMetadata.read(page, url, zone, capturedAt, article);
    if (meta.title().isEmpty()) {
      throw new NotAnArticleException(url, null, "the page has no title (no headline, og:title, <title> or <h1>)"
          + " and the generic extractor reads no body yet");
    }
    article.title(meta.title().get());
    try {
      return article.build();
    } catch (InvalidValueException e) {
      throw PageParseException.invalidValue(url, "head", e);
    }
  }
}
