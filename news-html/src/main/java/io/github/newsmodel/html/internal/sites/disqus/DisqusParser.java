package io.github.newsmodel.html.internal.sites.disqus;

import static io.github.newsmodel.html.internal.jsonld.JsonValues.number;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.string;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.PageContext;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.SiteParser;
import io.github.newsmodel.html.internal.dom.CssPaths;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.generic.GenericExtractor;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * Reads the comments of a Disqus thread from Disqus's comment embed, the page
 * {@code https://disqus.com/embed/comments/?f=FORUM&t_u=ARTICLE...} that a site's article loads in a frame.
 *
 * <p>The page holds the first page of the thread's posts as JSON in a script, not as markup ({@link ThreadData}).
 * The article this parser returns is the thread: its title is the discussed article's, as the site gave it to
 * Disqus, its {@code url} is the article's link, and its comments are the posts ({@link DisqusPosts}); its body is
 * empty, since the text is the article's page's. Read with the article's own
 * page, from the same crawl or archive, it gives the comments that page loaded by script; the two share the
 * {@code url}. The comment count is the thread's, which includes posts on later pages.
 *
 * <p>Any other page of disqus.com goes to the generic extractor. An embed page without the thread's data (a script
 * that failed, or a page of another version), or whose thread has no title, in its data or in the embed's address,
 * is no article.
 *
 * <p><b>Zone.</b> Disqus gives its times at UTC without an offset; they are read at UTC and the zone is recorded
 * as assumed.
 */
public final class DisqusParser implements SiteParser {
  /** Disqus writes its times at UTC. */
  public static final ZoneId ZONE = ZoneOffset.UTC;
  private static final String EMBED_PATH = "/embed/comments";
  /** The parameters of the embed's address that hold the title of the article, the likeliest first. */
  private static final List<String> TITLE_PARAMETERS = List.of("t_t", "t_e", "t_d");
  /** Dates before this are not dates of a comment on the web (as the generic extractor holds too). */
  private static final int FIRST_YEAR = 1990;

  /**
   * Whether an address is that of Disqus's comment embed, the frame a site's page loads its comments in.
   *
   * @param url the address
   * @return whether it is an https or http address of disqus.com whose path is the embed's
   */
  public static boolean isEmbed(URI url) {
    String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
    String path = Optional.ofNullable(url.getPath()).orElse("");
    return host != null && (host.equals("disqus.com") || host.endsWith(".disqus.com"))
        && (path.equals(EMBED_PATH) || path.startsWith(EMBED_PATH + "/"));
  }

  /**
   * The address of the article that an embed's address was loaded for: its {@code t_u}, as the site's script gave it.
   *
   * @param embed the embed's address
   * @return the article's http or https address; empty if the address names none
   */
  public static Optional<URI> articleOf(URI embed) {
    return parameter(embed, "t_u").flatMap(Urls::http);
  }

  /** Creates the parser; it holds no state. Public for {@link java.util.ServiceLoader}. */
  public DisqusParser() {}

  @Override
  public Set<String> hosts() {
    return Set.of("disqus.com");
  }

  @Override
  public ZoneId zone() {
    return ZONE;
  }

  @Override
  public Article parse(Document page, PageContext context) {
    String path = Optional.ofNullable(context.url().getPath()).orElse("");
    Optional<ThreadData.Read> read = ThreadData.of(page);
    if (!path.startsWith(EMBED_PATH) && read.isEmpty()) {
      return GenericExtractor.extract(page, context.url(), Optional.of(context.zone()), context.capturedAt(),
          Integer.MAX_VALUE);
    }
    if (read.isEmpty()) {
      throw NotAnArticleException.at(context.url(), page.body(), "a Disqus comment embed without its thread's data"
          + " (script#" + ThreadData.SCRIPT_ID + ")");
    }
    ThreadData data = read.get().data();
    Predicate<OffsetDateTime> plausible = time -> time.getYear() >= FIRST_YEAR
        && context.capturedAt().filter(time::isAfter).isEmpty();
    // The article's link and title as the site gave them to Disqus, which the embed's address repeats (t_u; t_t,
    // t_e, t_d) for a thread the data lack, or hold cut.
    Optional<URI> link = string(data.thread(), "link").flatMap(Urls::http)
        .or(() -> parameter(context.url(), "t_u").flatMap(Urls::http));
    List<Comment> comments = DisqusPosts.read(data, link.orElse(context.url()), plausible);
    Optional<String> title = Stream.concat(Stream.of(string(data.thread(), "clean_title"),
            string(data.thread(), "title")), TITLE_PARAMETERS.stream().map(name -> parameter(context.url(), name)))
        .flatMap(Optional::stream).map(Texts::normalise).flatMap(t -> Texts.nonBlank(t).stream()).findFirst();
    if (data.thread().isEmpty() && comments.isEmpty()) {
      throw NotAnArticleException.at(context.url(), read.get().script(), "the Disqus data hold neither a whole"
          + " thread nor a post");
    }
    if (title.isEmpty()) {
      throw NotAnArticleException.at(context.url(), read.get().script(), "the Disqus thread has no title, in its"
          + " data or in the embed's address (t_t)");
    }
    try {
      Article.Builder article = Article.builder().title(title.get()).comments(comments);
      link.ifPresent(article::url);
      string(data.forum(), "name").map(Texts::normalise).flatMap(Texts::nonBlank).ifPresent(article::siteName);
      number(data.thread(), "posts").filter(n -> n >= comments.size() && n <= Integer.MAX_VALUE)
          .ifPresent(n -> article.commentCount(n.intValue()));
      return article.build();
    } catch (InvalidValueException e) {
      throw PageParseException.invalidValue(context.url(), CssPaths.of(read.get().script()), e);
    }
  }

  /** A parameter of an address's query, decoded; empty if the query has none. */
  private static Optional<String> parameter(URI url, String name) {
    String query = url.getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        try {
          return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          return Optional.empty(); // a broken escape
        }
      }
    }
    return Optional.empty();
  }
}
