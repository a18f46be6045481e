package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.internal.comments.CommentSection;
import io.github.newsmodel.html.internal.comments.ReaderComments;
import io.github.newsmodel.html.internal.content.MainContent;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.time.PageTime;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Reads an article from a page of any site: its title and standard {@link Metadata}, its main text
 * ({@link MainContent}) and its reader comments ({@link ReaderComments}). The comments are found first, so that
 * the main text can leave them out.
 *
 * <p>Times that the page declares without an offset are kept only when the caller named a zone to assume;
 * a generic page has no documented zone, and a guessed one could be hours off.
 *
 * <p>An article needs a title or a body. A page with a title and no running text (a home page, an error page,
 * a login wall) is an article with an empty body; a page with neither is not an article.
 */
public final class GenericExtractor {
  private GenericExtractor() {}

  /**
   * Reads an article.
   *
   * @param page the page, with any web-archive markup removed
   * @param url the page's own URL, for messages
   * @param zone the zone to assume for times without an offset, if the caller gave one
   * @return the article
   * @throws NotAnArticleException if the page has neither a title nor running text
   * @throws PageParseException if a value breaks the model's invariants
   */
  public static Article extract(Document page, URI url, Optional<ZoneId> zone) {
    Metadata meta = Metadata.of(page);
    Optional<String> title = meta.title();
    JsonLd jsonLd = JsonLd.of(page);
    CommentSection comments = ReaderComments.find(page, jsonLd, zone);
    List<Block> body = MainContent.read(page, jsonLd, comments.regions(), title);
    if (title.isEmpty() && body.isEmpty()) {
      throw new NotAnArticleException(url, "body", "the page has neither a title (no og:title, twitter:title or"
          + " <title>) nor any running text");
    }
    Article.Builder article = Article.builder().addAllBody(body).addAllComments(comments.comments());
    title.ifPresent(article::title);
    comments.count().ifPresent(article::commentCount);
    comments.open().ifPresent(article::commentsOpen);
    meta.canonicalUrl().ifPresent(article::canonicalUrl);
    meta.description().ifPresent(article::description);
    meta.siteName().ifPresent(article::siteName);
    meta.section().ifPresent(article::section);
    meta.author().ifPresent(a -> article.addAuthors(Author.of(a)));
    meta.language().ifPresent(article::language);
    article.addAllTags(meta.tags());
    article.addAllImages(meta.images());
    Optional<ResolvedTime> published = meta.publishedAt().flatMap(t -> resolve(t, zone));
    Optional<ResolvedTime> modified = meta.modifiedAt().flatMap(t -> resolve(t, zone))
        .filter(m -> published.isEmpty() || !m.time().isBefore(published.get().time()));
    published.ifPresent(p -> article.publishedAt(p.time()));
    modified.ifPresent(m -> article.modifiedAt(m.time()));
    published.flatMap(ResolvedTime::assumedZone).or(() -> modified.flatMap(ResolvedTime::assumedZone))
        .ifPresent(article::assumedZone);
    try {
      return article.build();
    } catch (InvalidValueException e) {
      throw PageParseException.invalidValue(url, "head", e);
    }
  }

  private static Optional<ResolvedTime> resolve(PageTime time, Optional<ZoneId> zone) {
    if (time.offset().isPresent()) {
      return time.in(ZoneOffset.UTC); // the page's own offset wins; the zone is not consulted
    }
    return zone.flatMap(time::in);
  }
}
