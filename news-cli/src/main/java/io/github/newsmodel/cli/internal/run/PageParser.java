package io.github.newsmodel.cli.internal.run;

import io.github.newsmodel.cli.internal.output.ArticleEncoder;
import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.FrameJoin;
import io.github.newsmodel.cli.internal.page.FrameKeys;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.NewsModelException;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.CommentFrames;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.PageLimitException;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.internal.io.SavedFrames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a worker thread does with a page: parse it and encode the article, or turn the failure into an error
 * record. It never throws for a page, so that a bad page cannot take the run down with it.
 */
public final class PageParser implements Function<Page, Outcome> {
  private final ArticleEncoder encoder;
  private final boolean joinFrames;

  /**
   * Creates the parser.
   *
   * @param encoder how to encode articles
   * @param joinFrames whether to tell which articles a comment frame read apart from its page may join
   */
  public PageParser(ArticleEncoder encoder, boolean joinFrames) {
    this.encoder = encoder;
    this.joinFrames = joinFrames;
  }

  @Override
  public Outcome apply(Page page) {
    try {
      Article article = savedFrame(page, HtmlArticles.parse(new ByteArrayInputStream(page.bytes()), page.url(),
          page.options()));
      return new Outcome.Parsed(page.origin(), encoder.encode(article), page.truncation().map(cut -> cut
          + ": parsed as a truncated page from the " + page.bytes().length + " bytes before the cut"),
          joinFrames ? frameJoin(page, article) : Optional.empty());
    } catch (NotAnArticleException e) {
      return rejected(page, ErrorKind.NOT_AN_ARTICLE, e);
    } catch (PageLimitException e) {
      return new Outcome.Failed(page.origin(), ErrorKind.TOO_LARGE, message(page, e), e);
    } catch (NewsModelException e) {
      return rejected(page, ErrorKind.UNPARSEABLE_PAGE, e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // Bad input gets a NewsModelException; anything else is newsmodel's own failure, kept to this page.
      return new Outcome.Failed(page.origin(), ErrorKind.BUG, "unexpected " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
  }

  /**
   * The article of a page read from a file, with the comments of the Disqus frame that Chrome saved with it, as
   * {@link HtmlArticles#parse(java.nio.file.Path)} reads a file: the page's bytes were read already, by the reader.
   */
  private static Article savedFrame(Page page, Article article) {
    return page.file().map(file -> SavedFrames.joined(article, file, page.bytes(), page.options(),
        (bytes, url, options) -> {
          try {
            return HtmlArticles.parse(new ByteArrayInputStream(bytes), url, options);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })).orElse(article);
  }

  /**
   * What the article can be to a comment frame read apart from its page: the frame's thread, known by its url and the
   * address the frame was loaded for; or an article that has no comments of its own and whose page names the frame's
   * service.
   */
  private static Optional<FrameJoin> frameJoin(Page page, Article article) {
    if (CommentFrames.isFrame(page.url())) {
      List<String> keys = new ArrayList<>(2);
      for (Optional<URI> url : List.of(article.url(), CommentFrames.articleOf(page.url()))) {
        url.flatMap(FrameKeys::of).filter(k -> !keys.contains(k)).ifPresent(keys::add);
      }
      return article.comments().isEmpty() || keys.isEmpty() ? Optional.empty()
          : Optional.of(new FrameJoin.FrameThread(ArticleEncoder.compactJson(article), keys,
              capturedAt(article)));
    }
    if (!article.comments().isEmpty() || !CommentFrames.mayLoadFrame(page.bytes())) {
      return Optional.empty();
    }
    List<String> keys = FrameKeys.of(article);
    return keys.isEmpty() ? Optional.empty() : Optional.of(new FrameJoin.WaitingArticle(
        ArticleEncoder.compactJson(article), keys, page.options(), capturedAt(article)));
  }

  private static Optional<Instant> capturedAt(Article article) {
    return article.source().flatMap(Source::capturedAt).map(OffsetDateTime::toInstant);
  }

  /** A page the parser rejected; when it was cut off, the cut is what cost the article. */
  private static Outcome.Failed rejected(Page page, ErrorKind kind, NewsModelException e) {
    if (page.truncation().isPresent()) {
      return new Outcome.Failed(page.origin(), ErrorKind.TRUNCATED, page.truncation().get() + ", and the "
          + page.bytes().length + " bytes before the cut hold no article: " + message(page, e), e);
    }
    return new Outcome.Failed(page.origin(), kind, message(page, e), e);
  }

  /** The exception's message, without the page's {@code file:} URI, which the error line names already. */
  private static String message(Page page, NewsModelException e) {
    if (e instanceof PageParseException p && p.page().equals(page.url()) && "file".equals(page.url().getScheme())) {
      return p.element().map(element -> "at '" + element + "': ").orElse("") + p.problem();
    }
    return String.valueOf(e.getMessage());
  }
}
