package io.github.newsmodel.html;

import io.github.newsmodel.core.Article;
import java.time.ZoneId;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * A parser for the pages of one site. Register one with {@link SiteParsers.Builder#addParsers(SiteParser...)}, or
 * make it discoverable: list the class in {@code META-INF/services/io.github.newsmodel.html.SiteParser} and, in a
 * named module, declare {@code provides io.github.newsmodel.html.SiteParser with ...}. A discovered parser needs a
 * public no-argument constructor.
 *
 * <p>Implementations must be thread-safe; a stateless class is. A parser reads what it can trust and leaves the
 * rest absent: a value that might be wrong (a cut-off text, an unreadable date) is dropped, never guessed. It throws
 * {@link NotAnArticleException} for a page of the site that is not an article and {@link PageParseException} for
 * other failures of the page; so it asks jsoup with {@code selectFirst}, not {@code expectFirst}, for what a page
 * may lack. A value it builds that breaks the model's invariants reaches the caller as a {@link PageParseException}
 * naming the page and the parser. Any other exception, and a null from {@link #parse} or {@link #zone()}, is a bug
 * of the parser: it reaches the caller as a {@link SiteParserException} naming the page and the parser, with the
 * parser's exception as its cause, and is not taken for a bad page. The facade fills {@code url()} and
 * {@code source()} of the result when the parser leaves them empty.
 *
 * <pre>{@code
 * public final class ExampleParser implements SiteParser {
 *   public Set<String> hosts() { return Set.of("example.com"); }
 *   public ZoneId zone() { return ZoneId.of("Europe/Berlin"); }
 *   public Article parse(Document page, PageContext context) {
 *     Element headline = page.selectFirst("h1");
 *     if (headline == null) {
 *       throw NotAnArticleException.at(context.url(), page.body(), "no headline (h1)");
 *     }
 *     return Article.builder().title(headline.text()).build(); // the facade fills url() and source()
 *   }
 * }
 * }</pre>
 */
public interface SiteParser {

  /**
   * The hosts whose pages this parser reads. A host also covers its subdomains: {@code afterdawn.com} covers
   * {@code www.afterdawn.com} and {@code forums.afterdawn.com}. Where several parsers cover a page, the one with
   * the longest matching host wins.
   *
   * <p>A host is given as a URL holds it: DNS labels of ASCII letters, digits and hyphens, or an IPv4 address. An
   * internationalised name is given in its ASCII form ({@code xn--bcher-kva.example} for {@code bücher.example}), and
   * no wildcard or leading dot is needed for subdomains. {@link SiteParsers} refuses a parser that names anything
   * else with an {@link IllegalArgumentException}, since no page could reach it.
   *
   * @return lower-case host names, at least one; the same on every call
   */
  Set<String> hosts();

  /**
   * The zone the site prints its local times in. The parser applies it, or the caller's
   * {@link ParseOptions#assumedZone()} instead, to times that the page shows without an offset, and records it in
   * {@code assumedZone()} of the value that owns the time.
   *
   * @return the site's zone, never null
   */
  ZoneId zone();

  /**
   * Reads an article from a page of the site.
   *
   * @param page the parsed page; a web archive's toolbar is already removed and its links restored to the
   *     original URLs, so {@code absUrl} gives live URLs
   * @param context the page's URL, the zone to assume and what else is known about the page
   * @return the article, never null
   * @throws NotAnArticleException if the page is not an article
   * @throws PageParseException if the page cannot be read for another reason
   */
  Article parse(Document page, PageContext context);
}
