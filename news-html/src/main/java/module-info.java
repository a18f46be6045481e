/**
 * Parsers that turn news pages into {@link io.github.newsmodel.core.Article}s: the
 * {@link io.github.newsmodel.html.HtmlArticles} facade (pages as text, bytes, jsoup documents or saved files,
 * gzip-compressed or not), site parsers registered explicitly or through
 * {@link java.util.ServiceLoader}, and a generic extractor for every other site.
 *
 * @provides io.github.newsmodel.html.SiteParser the built-in site parsers: AfterDawn, Reddit and Disqus's comment embed
 * @uses io.github.newsmodel.html.SiteParser site parsers of other modules, found by
 *     {@link io.github.newsmodel.html.SiteParsers#discovered()}
 */
@SuppressWarnings("module") // the qualified export names a module that is built after this one
module io.github.newsmodel.html {
  requires transitive io.github.newsmodel.core;
  requires transitive org.jsoup;
  requires static org.immutables.value.annotations;

  exports io.github.newsmodel.html;
  // The command line reads a page's bytes, gzip-compressed or cut off, with the library's own reader.
  exports io.github.newsmodel.html.internal.io to
      io.github.newsmodel.cli;

  uses io.github.newsmodel.html.SiteParser;

  provides io.github.newsmodel.html.SiteParser with
      io.github.newsmodel.html.internal.sites.afterdawn.AfterDawnParser,
      io.github.newsmodel.html.internal.sites.disqus.DisqusParser,
      io.github.newsmodel.html.internal.sites.reddit.RedditParser;
}
