package io.github.newsmodel.html.internal;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.PageLimitException;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.SiteParser;
import io.github.newsmodel.html.internal.archive.Capture;
import io.github.newsmodel.html.internal.archive.Archives;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageLocation;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.generic.GenericExtractor;
import io.github.newsmodel.html.internal.generic.Metadata;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * The steps from a parsed page to an article: undo a web archive, choose the site parser or the generic extractor,
 * then fill what only the pipeline knows ({@code url}, {@code source}).
 */
public final class ArticlePipeline {
  private ArticlePipeline() {}

  /**
   * Parses a page.
   *
   * @param page the parsed page; changed in place if it is a web-archive copy
   * @param url the absolute URI the page was read from
   * @param options the caller's options
   * @return the article
   */
  public static Article parse(Document page, URI url, ParseOptions options) {
    return parse(page, url, options, Optional.empty());
  }

  /**
   * Parses a page read from a file that says when it was saved, such as an MHTML file.
   *
   * @param page the parsed page; changed in place if it is a web-archive copy
   * @param url the absolute URI the page was read from
   * @param options the caller's options
   * @param savedAt when the file says the page was saved: its capture time, unless the caller's source gives one
   *     or the page is a web archive's replay
   * @return the article
   */
  public static Article parse(Document page, URI url, ParseOptions options, Optional<OffsetDateTime> savedAt) {
    try {
      return parseWithin(page, url, options, savedAt);
    } catch (StackOverflowError e) {
      // Within maxNestingDepth the walks of the document fit in any usual stack; a higher limit or a tiny stack
      // may not, and the caller then gets the page named and the limit to lower, never the error itself.
      throw new PageLimitException(url, "maxNestingDepth", "the page's elements, nested up to "
          + options.maxNestingDepth() + " deep, need more stack than the thread has", e);
    }
  }

  private static Article parseWithin(Document given, URI url, ParseOptions options,
      Optional<OffsetDateTime> fileSavedAt) {
    // A page saved by a browser names the address it was saved from, which may be an archive's replay; the caller's
    // web address, if given, wins. Either way its links to the browser's local copies are no page's addresses: they
    // are taken out of a copy, as the caller's document is changed only when it is a web archive's copy.
    Optional<SavedPage.Mark> mark = SavedPage.mark(given);
    Document page = mark.isPresent() ? given.clone() : given;
    mark.ifPresent(m -> SavedPage.dropLocalCopies(page, true));
    Optional<URI> savedFrom = Urls.http(url).isEmpty() ? mark.map(SavedPage.Mark::url) : Optional.empty();
    Optional<Capture> fromUrl = Archives.capture(url).or(() -> savedFrom.flatMap(Archives::capture));
    // The list of the page's elements that the archive's marks are looked for in serves the generic extractor
    // too, unless the archive's markup is taken out of the page.
    Optional<PageElements> listed = fromUrl.isPresent() ? Optional.empty() : Optional.of(PageElements.of(page));
    Optional<Capture> capture = fromUrl.or(() -> Archives.captureInMarkup(page, listed.get()));
    capture.ifPresent(c -> Archives.restore(page, c));
    Optional<PageElements> listedStill = capture.isPresent() ? Optional.empty() : listed;
    URI pageUrl = capture.map(Capture::original).or(() -> savedFrom).orElse(url);
    Document read = page;
    // the base of the caller's document, where it is rebased to read the page's links and set back after
    String callersBase = null;
    if (capture.isEmpty() && savedFrom.isPresent()) {
      Urls.rebase(page, savedFrom.get());
      PageLocation.set(page, savedFrom.get());
    } else if (capture.isEmpty() && Urls.http(pageUrl).isEmpty()) {
      // Firefox marks no page it saves: read from a file, it is told by its links to the copies saved beside it.
      // An archive's copy is not, as its relative links are to the original's server.
      if (mark.isEmpty() && listedStill.isPresent() && SavedPage.holdsLocalCopies(page, listedStill.get())) {
        read = page.clone();
        SavedPage.dropLocalCopies(read, false);
        listedStill = Optional.empty();
      }
      if (read == given) {
        callersBase = given.baseUri();
      }
      SavedPage.rebase(read);
    }
    Document parsed = read;
    Optional<PageElements> elements = listedStill;
    // A file that says when it was saved (its MHTML message, or SingleFile's mark) was captured then, unless the
    // caller says otherwise or it is an archive's replay, whose capture time is the archive's.
    Optional<OffsetDateTime> savedAt = capture.isPresent() ? Optional.empty() : fileSavedAt
        .or(() -> savedFrom.isPresent() ? mark.flatMap(SavedPage.Mark::savedAt) : Optional.empty());
    Optional<Source> stated = savedAt.isEmpty() ? options.source() : options.source()
        .filter(s -> s.capturedAt().isPresent())
        .or(() -> Optional.of(Source.builder().from(options.source().orElseGet(() -> Source.of(url)))
            .capturedAt(savedAt.get()).build()));
    Optional<Source> source = source(url, capture, stated);
    Optional<OffsetDateTime> capturedAt = source.flatMap(Source::capturedAt);

    try {
      Optional<SiteParser> site = siteUrl(parsed, pageUrl).flatMap(options.siteParsers()::forUrl);
      Article article;
      if (site.isPresent()) {
        article = CommentLimit.apply(SiteParserCall.parse(site.get(), parsed, pageUrl, options.assumedZone(),
            capturedAt), options.maxComments());
      } else {
        article = GenericExtractor.extract(parsed, elements.orElseGet(() -> PageElements.of(parsed)), pageUrl,
            options.assumedZone(), capturedAt, options.maxComments());
      }
      Optional<URI> httpUrl = Urls.http(pageUrl);
      if (article.url().isEmpty() && httpUrl.isPresent()) {
        article = article.withUrl(httpUrl.get());
      }
      if (article.source().isEmpty() && source.isPresent()) {
        article = article.withSource(source.get());
      }
      return article;
    } catch (InvalidValueException e) {
      // An article of the generic extractor, or one given its url and source here, that breaks an invariant still
      // gets the page named; SiteParserCall names the site parser for its own.
      throw PageParseException.invalidValue(pageUrl, null, e);
    } finally {
      if (callersBase != null) {
        given.setBaseUri(callersBase);
      }
    }
  }

  /**
   * The URL that decides the site parser: the page's own if it is http, else the canonical URL the page declares,
   * so that a saved file still goes to its site's parser.
   */
  private static Optional<URI> siteUrl(Document page, URI pageUrl) {
    return Urls.http(pageUrl).or(() -> Metadata.of(page).canonicalUrl());
  }

  /**
   * What the caller said about the source, completed by the archive capture: the archive URL and capture time
   * where the caller gave none, and the capture time in place of the caller's when the caller's record is of the
   * archive's address itself (none, if that address's timestamp dates no capture). A page read from a file or an
   * archive record is a source by itself.
   */
  private static Optional<Source> source(URI url, Optional<Capture> capture, Optional<Source> given) {
    boolean readFromElsewhere = Urls.http(url).isEmpty();
    if (capture.isEmpty()) {
      return given.or(() -> readFromElsewhere ? Optional.of(Source.of(url)) : Optional.empty());
    }
    Capture c = capture.get();
    Source.Builder source = Source.builder();
    source.uri(given.map(Source::uri).orElse(readFromElsewhere ? url : c.original()));
    given.flatMap(Source::recordId).ifPresent(source::recordId);
    given.flatMap(Source::payloadRecordId).ifPresent(source::payloadRecordId);
    // A record of the archive's own address, such as a WARC record of a Wayback Machine replay, was fetched when
    // the record says, years after the archive captured what the page shows: the archive's time is the page's,
    // and the one that its relative dates ("3 hours ago") count from. An address whose timestamp is partial
    // (/web/2007/) or invalid gives no time, and the record's is still not the page's: the source has none.
    boolean replayRecord = Archives.isArchiveAddress(url, c)
        && given.map(Source::uri).filter(url::equals).isPresent();
    (replayRecord ? c.capturedAt() : given.flatMap(Source::capturedAt).or(c::capturedAt))
        .ifPresent(source::capturedAt);
    source.archiveUrl(given.flatMap(Source::archiveUrl).orElse(c.archiveUrl()));
    return Optional.of(source.build());
  }
}
