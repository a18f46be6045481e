package io.github.newsmodel.html.internal.sites.reddit;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.PageContext;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.SiteParser;
import io.github.newsmodel.html.internal.dom.CssPaths;
import io.github.newsmodel.html.internal.generic.GenericExtractor;
import io.github.newsmodel.html.internal.generic.Metadata;
import io.github.newsmodel.html.internal.jsonld.JsonValues;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.EditTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads Reddit threads: the post, and its comments with their authors, times, edits and places in the thread.
 *
 * <p>The pages of Reddit's web app of 2018 to 2023 render some of a thread's comments, with neither their authors'
 * names nor their times in a form a reader of the markup can tell from the rest, and hold the whole thread in the
 * app's state ({@link State}). This parser reads the page as the generic extractor does, then takes from the state
 * what it gives exactly: the post's author and time, its community as the section, the number of comments, and
 * the comments themselves, each with its author's name and profile page, its time, the time of its last edit and
 * the comment it replies to. A thread of the first interface (reddit.com until 2018, old.reddit.com since) has no
 * such state; its markup gives the same fields ({@link OldReddit}), as do the custom elements of the app of 2023 on
 * ({@link Shreddit}). Any other Reddit page, such as a community's list of threads, is the generic extractor's
 * alone.
 *
 * <p><b>Zone.</b> The state, the first interface's {@code <time datetime>} and the app's attributes give instants,
 * which need no zone; times are written at UTC, and nothing is assumed. The zone applies to the first interface's
 * older relative times ("3 hours ago", counted back from the capture) and to times the generic extractor reads
 * without an offset.
 */
public final class RedditParser implements SiteParser {
  /** Reddit's times are instants; UTC is the zone for the rare time a page prints without an offset. */
  public static final ZoneId ZONE = ZoneOffset.UTC;
  /** The post's id in a thread's path: {@code /r/Python/comments/1bbbwk/whats_your_opinion/}. */
  private static final Pattern POST_PATH = Pattern.compile("/comments/([a-z0-9]{1,16})(?:/|$)");
  /** Dates before this are not dates of a web page (as the generic extractor holds too). */
  private static final int FIRST_YEAR = 1990;

  /** Creates the parser; it holds no state. Public for {@link java.util.ServiceLoader}. */
  public RedditParser() {}

  @Override
  public Set<String> hosts() {
    return Set.of("reddit.com");
  }

  @Override
  public ZoneId zone() {
    return ZONE;
  }

  @Override
  public Article parse(Document page, PageContext context) {
    // The comment limit applies after the site parser, to whichever comments it chose.
    Article generic = GenericExtractor.extract(page, context.url(), Optional.of(context.zone()),
        context.capturedAt(), Integer.MAX_VALUE);
    Optional<State> state = State.of(page);
    // A saved file's URI names no post; the canonical URL it declares does.
    Optional<String> postId = postId(context.url())
        .or(() -> Metadata.of(page).canonicalUrl().flatMap(RedditParser::postId));
    // Of a state cut off by a truncated page, the post may be cut too (a time cut to fewer digits is another
    // time): only its whole comments are taken then.
    Optional<Map<?, ?>> post = postId.flatMap(id -> state.filter(State::whole).flatMap(s -> s.post(id)));
    Predicate<OffsetDateTime> plausible = time -> time.getYear() >= FIRST_YEAR
        && context.capturedAt().filter(time::isAfter).isEmpty();
    if (state.isPresent() && postId.isPresent()) {
      List<Comment> comments = CommentThread.read(state.get(), postId.get(), page, plausible);
      if (post.isPresent() || !comments.isEmpty()) {
        return built(() -> fromState(generic, state.get(), post, comments, plausible), context, "script#data");
      }
    }
    for (ThreadMarkup markup : List.of(new Shreddit(page, plausible),
        new OldReddit(page, new PageClock(DateTimes.english(), context.zone(), context.capturedAt())))) {
      Optional<Element> thread = markup.post();
      if (thread.isPresent()) {
        return built(() -> fromMarkup(generic, markup, thread.get()), context, CssPaths.of(thread.get()));
      }
    }
    return generic;
  }

  /** The article, or the page named with the part it was read from if a value broke the model's invariants. */
  private static Article built(Supplier<Article> article, PageContext context, String element) {
    try {
      return article.get();
    } catch (InvalidValueException e) {
      throw PageParseException.invalidValue(context.url(), element, e);
    }
  }

  /**
   * The generic article with what the state says exactly in place of what the generic extractor inferred: the
   * comments, and what the post says when it was read whole.
   */
  private static Article fromState(Article generic, State state, Optional<Map<?, ?>> thePost,
      List<Comment> comments, Predicate<OffsetDateTime> plausible) {
    Article.Builder article = Article.builder().from(generic);
    if (!comments.isEmpty()) {
      article.comments(comments);
    }
    if (thePost.isEmpty()) {
      return article.build();
    }
    Map<?, ?> post = thePost.get();
    Optional<Author> author = CommentThread.author(post);
    author.ifPresent(a -> article.authors(List.of(a)));
    Optional<OffsetDateTime> published = State.time(post, "created").filter(plausible);
    published.ifPresent(time -> posted(article, generic, new ResolvedTime(time, Optional.empty())));
    if (generic.edits().isEmpty()) {
      // Reddit keeps the time of the last edit only; notices that the generic extractor found say more.
      State.time(post, "editedAt").filter(plausible)
          .filter(edited -> published.or(generic::publishedAt).filter(edited::isBefore).isEmpty())
          .ifPresent(edited -> article.addEdits(CommentThread.edit(edited, Optional.empty(), author)));
    }
    state.community(post).ifPresent(article::section);
    JsonValues.number(post, "numComments").filter(n -> n >= 0 && n <= Integer.MAX_VALUE)
        .ifPresent(n -> declared(article, n.intValue(), comments, generic));
    return article.build();
  }

  /** The generic article with what the thread's markup says of the post and its comments. */
  private static Article fromMarkup(Article generic, ThreadMarkup markup, Element post) {
    Article.Builder article = Article.builder().from(generic);
    // The thread's own title: the generic extractor may take the community's name in old Reddit's sidebar <h1>.
    markup.title(post).ifPresent(article::title);
    markup.author(post).ifPresent(a -> article.authors(List.of(a)));
    markup.published(post).ifPresent(time -> posted(article, generic, time));
    markup.community(post).ifPresent(article::section);
    List<Comment> comments = markup.comments();
    if (!comments.isEmpty()) {
      article.comments(comments);
    }
    markup.commentCount(post).ifPresent(n -> declared(article, n, comments, generic));
    return article.build();
  }

  /**
   * The count of comments the post declares, which includes those the page does not hold (further down the thread,
   * or removed), and is never fewer than the comments read.
   */
  private static void declared(Article.Builder article, int declared, List<Comment> comments, Article generic) {
    article.commentCount(Math.max(declared, Math.max(comments.size(), generic.comments().size())));
  }

  /**
   * Puts the thread's own time of posting in place of the generic extractor's reading, keeping of what that read
   * only the times that can follow it.
   */
  private static void posted(Article.Builder article, Article generic, ResolvedTime time) {
    OffsetDateTime at = time.time();
    Optional<OffsetDateTime> modified = generic.modifiedAt().filter(m -> !m.isBefore(at));
    article.publishedAt(at).publishedAtDateOnly(time.dateOnly())
        .modifiedAt(modified).modifiedAtDateOnly(modified.isPresent() && generic.modifiedAtDateOnly())
        .assumedZone(time.assumedZone().or(() -> modified.isPresent() ? generic.assumedZone() : Optional.empty()))
        .edits(generic.edits().stream().filter(e -> EditTimes.notBefore(e, at)).toList());
  }

  /** The id of the post a thread's URL names, as the state keys it: {@code t3_1bbbwk}. */
  private static Optional<String> postId(URI url) {
    String path = url.getRawPath();
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = POST_PATH.matcher(path);
    return m.find() ? Optional.of("t3_" + m.group(1)) : Optional.empty();
  }
}
