/**
 * Turns news pages into {@link io.github.newsmodel.core.Article}s.
 *
 * <p>{@link io.github.newsmodel.html.HtmlArticles} is the entry point: give it a page as a {@code String}, an
 * {@code InputStream} (its charset is detected) or a jsoup {@code Document}, plus the URL it came from; or a saved
 * file as a {@code Path}, gzip-compressed or not, whose links resolve against the canonical URL the page declares
 * ({@link io.github.newsmodel.html.HtmlArticles#parse(java.nio.file.Path)}). It picks the
 * {@link io.github.newsmodel.html.SiteParser} registered for the page's host and otherwise falls back to a
 * generic extractor. A Wayback Machine copy is recognised, cleaned of everything the archive injected and parsed
 * like the live page, with {@code source()} telling where and when it was captured.
 *
 * <p>Bad input never yields a wrong value: what cannot be trusted is left absent. A page that holds no article
 * throws {@link io.github.newsmodel.html.NotAnArticleException}; other failures throw
 * {@link io.github.newsmodel.html.PageParseException}, which names the page and the element.
 */
@NullMarked
package io.github.newsmodel.html;

import org.jspecify.annotations.NullMarked;
