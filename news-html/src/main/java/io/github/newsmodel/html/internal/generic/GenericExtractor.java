package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.internal.comments.CommentSection;
import io.github.newsmodel.html.internal.comments.ReaderComments;
import io.github.newsmodel.html.internal.comments.StoryLine;
import io.github.newsmodel.html.internal.content.MainContent;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Reads an article from a page of any site: its metadata ({@link ArticleMetadata}), chosen from every source of
 * evidence by a documented order of strength, its reader comments ({@link ReaderComments}) and its main text
 * ({@link MainContent}), which leaves the comments out. A forum thread's article is its opening post, and its
 * replies are the comments ({@link ThreadArticle}).
 *
 * <p>Times that the page prints without an offset, the article's and its comments' alike, are read in the zone
 * that {@link io.github.newsmodel.html.internal.time.PageZone} chooses (the caller's zone, else the country of
 * the site's domain or of the page's language, else UTC), which each time records as its {@code assumedZone}.
 *
 * <p>An article needs a title or a body. A page with a title and no running text (a home page, an error page,
 * a login wall) is an article with an empty body; a page with neither is not an article.
 */
public final class GenericExtractor {
  private GenericExtractor() {}

  /**
   * Reads an article, keeping at most {@link ParseOptions#DEFAULT_MAX_COMMENTS} comments.
   *
   * @param page the page, with any web-archive markup removed
   * @param url the page's own URL
   * @param zone the zone to assume for times without an offset, if the caller gave one
   * @param capturedAt when the page was captured, if known
   * @return the article
   * @throws NotAnArticleException if the page has neither a title nor running text
   * @throws PageParseException if a value breaks the model's invariants
   */
  public static Article extract(Document page, URI url, Optional<ZoneId> zone, Optional<OffsetDateTime> capturedAt) {
    return extract(page, url, zone, capturedAt, ParseOptions.DEFAULT_MAX_COMMENTS);
  }

  /**
   * Reads an article.
   *
   * @param page the page, with any web-archive markup removed
   * @param url the page's own URL, for messages and as evidence (a date in its path, its country)
   * @param zone the zone to assume for times without an offset, if the caller gave one
   * @param capturedAt when the page was captured, if known: relative dates count from it, and no date may be later
   * @param maxComments how many comments to keep; the comment count records any more the page holds
   * @return the article
   * @throws NotAnArticleException if the page has neither a title nor running text
   * @throws PageParseException if a value breaks the model's invariants
   */
  public static Article extract(Document page, URI url, Optional<ZoneId> zone, Optional<OffsetDateTime> capturedAt,
      int maxComments) {
    return extract(page, PageElements.of(page), url, zone, capturedAt, maxComments);
  }

  /**
   * Reads an article from a page whose elements are listed already, once for all the scans of the extractor,
   * none of which changes the page.
   *
   * @param page the page, with any web-archive markup removed
   * @param elements the page's elements
   * @param url the page's own URL, for messages and as evidence (a date in its path, its country)
   * @param zone the zone to assume for times without an offset, if the caller gave one
   * @param capturedAt when the page was captured, if known: relative dates count from it, and no date may be later
   * @param maxComments how many comments to keep; the comment count records any more the page holds
   * @return the article
   * @throws NotAnArticleException if the page has neither a title nor running text
   * @throws PageParseException if a value breaks the model's invariants
   */
  public static Article extract(Document page, PageElements elements, URI url, Optional<ZoneId> zone,
      Optional<OffsetDateTime> capturedAt, int maxComments) {
    JsonLd jsonLd = JsonLd.of(elements);
    Article.Builder article = Article.builder();
    ArticleMetadata read = ArticleMetadata.read(page, elements, jsonLd, url, zone, capturedAt, article);
    // Readers' times without a year come after the article: the clock knows its day
    CommentSection comments = ReaderComments.find(page, elements, jsonLd, read.clock().after(read.published()),
        maxComments);
    // Slash before 2006 and PHP-Nuke printed the story's line beside no headline: the metadata holds neither
    // editor nor time
    Optional<StoryLine> story = read.authors().isEmpty() && read.published().isEmpty()
        ? StoryLine.find(page, read.clock()) : Optional.empty();
    List<Block> shown = MainContent.read(page, elements, jsonLd, comments.regions(), read.title());
    List<Block> text = LeadingByline.without(story.map(s -> s.withoutLines(shown)).orElse(shown), read.authors(),
        read.siteName());
    // The comments are read with the clock the dates chose, and only then tell which dates were the readers'; a
    // first post is the readers' too unless the thread's article is that post, which the article's text tells.
    boolean opensThread = ThreadArticle.opens(comments, text, read.authors());
    ArticleMetadata meta = read.outside(comments.readers(opensThread), article);
    ThreadArticle thread = ThreadArticle.of(comments, text, meta, article);
    if (meta.title().isEmpty() && thread.body().isEmpty()) {
      throw new NotAnArticleException(url, "body", NoArticle.reason(page));
    }
    story.ifPresent(s -> article.addAllAuthors(List.of(s.author())).publishedAt(s.time().time())
        .assumedZone(s.time().assumedZone()));
    // A PHP-Nuke page's <title> is "Site - Story", and its story's headline is bold text above the story's line,
    // no heading: the part of the title that the page shows there is the headline.
    Optional<String> storyHeadline = story.flatMap(StoryLine::headline)
        .filter(h -> meta.title().filter(t -> !t.equals(h) && TitleParts.parts(t).contains(h)).isPresent());
    // The body was read with the headline as the page shows it, so that a heading that repeats it is left out.
    storyHeadline.or(meta::title).map(TitleParts::withoutDateBefore).ifPresent(article::title);
    article.addAllBody(thread.body()).addAllComments(thread.comments());
    comments.count().ifPresent(article::commentCount);
    comments.open().ifPresent(article::commentsOpen);
    try {
      return article.build();
    } catch (InvalidValueException e) {
      throw PageParseException.invalidValue(url, "head", e);
    }
  }
}
