package io.github.newsmodel.html;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.internal.ArticlePipeline;
import io.github.newsmodel.html.internal.FrameComments;
import io.github.newsmodel.html.internal.PageReader;
import io.github.newsmodel.html.internal.PageUrl;
import io.github.newsmodel.html.internal.archive.Capture;
import io.github.newsmodel.html.internal.archive.Archives;
import io.github.newsmodel.html.internal.charset.DomainFallback;
import io.github.newsmodel.html.internal.charset.HtmlCharsets;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.io.Mhtml;
import io.github.newsmodel.html.internal.io.SavedFrames;
import io.github.newsmodel.html.internal.io.WebArchive;
import io.github.newsmodel.html.internal.sites.disqus.DisqusParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;

/**
 * Parses news pages into {@link Article}s.
 *
 * <pre>{@code
 * Article article = HtmlArticles.parse(html,
 *     URI.create("http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3_calls_ifpi_raid_a_publicity_stunt"));
 * article.comments().get(1).edits().get(0).editedAt(); // Optional[2007-05-25T03:38+03:00]
 * }</pre>
 *
 * <p>The page goes to the {@link SiteParser} registered for its host ({@link ParseOptions#siteParsers()}) or,
 * if there is none, to the generic extractor, which reads the metadata of any news page from JSON-LD, Microdata,
 * {@code <meta>} tags (OpenGraph, {@code article:*}, Dublin Core, Parse.ly, Sailthru), the visible headline, byline
 * and date line, and the URL, each value from the strongest source that holds one. Times a page prints without an
 * offset are read in the zone the page states for them, as a forum's footer does ("All times are GMT + 1 Hour"),
 * else in {@link ParseOptions#assumedZone()}, else in the zone of the country of the page's domain or language,
 * else in UTC; the article records a zone it assumed in {@link Article#assumedZone()}.
 *
 * <p><b>Saved pages.</b> {@link #parse(Path)} reads a page saved to a file, gzip-compressed or not:
 *
 * <pre>{@code
 * Article article = HtmlArticles.parse(Path.of("pages/allofmp3.html.gz"));
 * article.source().get().uri(); // file:///home/me/pages/allofmp3.html.gz
 * }</pre>
 *
 * <p>A page read from a file, or from any URI that is not http or https, has no URL of its own: its relative links
 * are resolved against the canonical URL it declares ({@link Article#canonicalUrl()}), {@link Article#url()} is
 * left empty unless the site parser knows it, and {@link Article#source()} holds the URI it was read from.
 *
 * <p>Of an http or https URL, only the address the page was served from counts: a fragment
 * ({@code a.html#comments}), which never reaches the server, and the credentials of
 * {@code https://user:password@host/}, which are the caller's and not the page's, are left out of the article, of
 * the links resolved against the URL and of the messages of exceptions; and its scheme and host are read in lower
 * case and without a default port ({@code :443}), so that one page has one {@link Article#url()}.
 *
 * <p><b>Web archives.</b> A Wayback Machine copy is recognised by its URL
 * ({@code https://web.archive.org/web/20120510083512/http://...}) or, for a saved file, by the archive's markup.
 * The archive's toolbar and injected scripts are removed and its rewritten links restored, so the result equals
 * the live page's except for {@link Article#source()}, which holds the archive URL and the capture time (UTC). An
 * address with a partial timestamp ({@code /web/2007/}), which the archive answers with its nearest capture, or
 * an impossible one is recognised too, and gives no capture time. So are the addresses of other archives that run
 * the Wayback software: Archive-It ({@code https://wayback.archive-it.org/1068/20120510083512/http://...}),
 * Arquivo.pt, the UK Government Web Archive and the Library of Congress's web archive.
 *
 * <p>An archive.today snapshot (archive.ph, archive.is and the archive's other hosts), served or saved, is
 * recognised by its markup, or by its long address ({@code https://archive.ph/2018.05.05-222855/https://...}). Its
 * head describes the snapshot and not the article ({@code article:published_time} is the capture's time), so it is
 * left out with the archive's header; the article is read from the captured page alone, at its original address,
 * with its links out of the page restored. archive.today drops the original page's head and scripts, so the
 * metadata they held (JSON-LD, meta dates, the canonical URL) is not in the article; what the page shows is.
 *
 * <p><b>Failures.</b> Nothing wrong is ever returned: what the parser cannot trust, such as a cut-off comment or
 * a date it cannot read, is left absent. A page that is not an article throws {@link NotAnArticleException};
 * a value that breaks the model's invariants throws {@link PageParseException} naming the page and, where known,
 * the element, or else the site parser that built it. A site parser that fails in another way, by an exception of
 * its own or a null, throws {@link SiteParserException}: a bug of the parser, not a bad page. Site parsers on the
 * class path that cannot be loaded make the default options throw {@link IllegalStateException} (see
 * {@link SiteParsers#discovered()}).
 *
 * <p><b>Hostile pages.</b> Parsing costs time and memory in proportion to the page, within the limits of
 * {@link ParseOptions}: a page larger than {@link ParseOptions#maxPageSize()} or with more start tags than
 * {@link ParseOptions#maxElements()} throws {@link PageLimitException} before it is parsed, elements nest no
 * deeper than {@link ParseOptions#maxNestingDepth()}, and an article keeps at most
 * {@link ParseOptions#maxComments()} comments. Parsing never fetches anything: links, images, JSON-LD
 * contexts and entities are read as text, never loaded. Links and images that are not http or https, such as
 * {@code javascript:} and {@code data:} URLs, are left out of the article.
 *
 * <p>All methods are thread-safe.
 */
public final class HtmlArticles {
  private HtmlArticles() {}

  /**
   * Parses a page with the default options.
   *
   * @param html the page's HTML
   * @param url the URL the page was served from (a live or a Wayback Machine URL), or another absolute URI it
   *     was read from, such as a {@code file:} URI
   * @return the article
   * @throws NotAnArticleException if the page is not an article
   * @throws PageLimitException if the page is longer than {@link ParseOptions#DEFAULT_MAX_PAGE_SIZE} chars, has
   *     more than {@link ParseOptions#DEFAULT_MAX_ELEMENTS} start tags, or its elements need more stack than the
   *     thread has
   * @throws PageParseException if the page cannot be read for another reason
   * @throws SiteParserException if the page's site parser throws an exception that is no
   *     {@link io.github.newsmodel.core.NewsModelException}, or returns null
   * @throws IllegalStateException if the site parsers on the class path cannot be loaded, as
   *     {@link SiteParsers#discovered()} says
   * @throws IllegalArgumentException if {@code url} is not absolute
   */
  public static Article parse(String html, URI url) {
    return parse(html, url, ParseOptions.defaults());
  }

  /**
   * Parses a page. A text that is an MHTML message (a page saved "as a single file", read as text) is read as its
   * HTML part, as {@link #parse(InputStream, URI, ParseOptions)} reads one.
   *
   * @param html the page's HTML
   * @param url the URL the page was served from, or another absolute URI it was read from
   * @param options how to parse; {@link ParseOptions#charset()} and {@link ParseOptions#fallbackCharset()} do not
   *     apply to text, but to the HTML part of an MHTML message
   * @return the article
   * @throws NotAnArticleException if the page is not an article
   * @throws PageLimitException if the page is longer than {@link ParseOptions#maxPageSize()} chars, has more
   *     than {@link ParseOptions#maxElements()} start tags, or its elements need more stack than the thread has
   * @throws PageParseException if the page cannot be read for another reason
   * @throws SiteParserException if the page's site parser throws an exception that is no
   *     {@link io.github.newsmodel.core.NewsModelException}, or returns null
   * @throws IllegalArgumentException if {@code url} is not absolute
   */
  public static Article parse(String html, URI url, ParseOptions options) {
    return parse(html, url, options, Optional.empty());
  }

  /** Parses a page's text, read from a file that says when it was saved ({@code savedAt}) or not. */
  private static Article parse(String html, URI url, ParseOptions options, Optional<OffsetDateTime> savedAt) {
    Objects.requireNonNull(html, "html");
    URI page = requireArguments(url, options);
    if (Mhtml.mayBeMessage(html)) {
      // An MHTML file read as text: its message is in ASCII, so its bytes are the text's in ISO-8859-1.
      Optional<Mhtml> mhtml = Mhtml.read(html.getBytes(StandardCharsets.ISO_8859_1));
      if (mhtml.isPresent()) {
        return parseMhtml(mhtml.get(), page, options);
      }
    }
    if (html.startsWith("bplist00")) {
      // A web archive read as text: its bytes are the text's only if it was read in ISO-8859-1, as the bytes of a
      // file are by a reader that keeps them all.
      Optional<WebArchive> archive = WebArchive.read(html.getBytes(StandardCharsets.ISO_8859_1));
      if (archive.isPresent()) {
        return parseWebArchive(archive.get(), page, options);
      }
    }
    return ArticlePipeline.parse(PageReader.parse(html, page, options), page, options, savedAt);
  }

  /**
   * Reads a page from bytes with the default options, detecting its charset: a byte order mark, then the page's
   * {@code <meta charset>} or {@code http-equiv} declaration, then UTF-8 if the bytes are valid UTF-8, then the
   * charset of the country of the URL's domain (windows-1251 for {@code .ru}) or else windows-1252, as
   * {@link ParseOptions#fallbackCharset()} says; bytes that show the declaration wrong overrule it, as
   * {@link #parse(InputStream, URI, ParseOptions)} says. To give the charset of an HTTP {@code Content-Type} header,
   * use that overload with {@link ParseOptions#charset()}. The stream is read to its end and not closed;
   * gzip-compressed bytes are decompressed first.
   *
   * @param in the page's bytes, gzip-compressed or not
   * @param url the URL the page was served from, or another absolute URI it was read from
   * @return the article
   * @throws IOException if the stream cannot be read, or its gzip data are broken or hold nothing (an exception
   *     whose message names the page)
   * @throws NotAnArticleException if the page is not an article
   * @throws PageLimitException if the page is larger than {@link ParseOptions#DEFAULT_MAX_PAGE_SIZE} bytes
   *     (16 MiB) once decompressed, read no further than one byte past that, has more than
   *     {@link ParseOptions#DEFAULT_MAX_ELEMENTS} start tags, or its elements need more stack than the thread has
   * @throws PageParseException if the page cannot be read for another reason
   * @throws SiteParserException if the page's site parser throws an exception that is no
   *     {@link io.github.newsmodel.core.NewsModelException}, or returns null
   * @throws IllegalStateException if the site parsers on the class path cannot be loaded, as
   *     {@link SiteParsers#discovered()} says
   * @throws IllegalArgumentException if {@code url} is not absolute
   */
  public static Article parse(InputStream in, URI url) throws IOException {
    return parse(in, url, ParseOptions.defaults());
  }

  /**
   * Reads a page from bytes, detecting its charset: a byte order mark, then {@link ParseOptions#charset()}, then
   * the page's {@code <meta charset>} or {@code http-equiv} declaration, then UTF-8 if the bytes are valid UTF-8,
   * then {@link ParseOptions#fallbackCharset()}, which unless set is the charset of the country of the URL's
   * domain (of the original URL, for a Wayback Machine copy) or else windows-1252. The stream is read to its end,
   * or to just past {@link ParseOptions#maxPageSize()}, and not closed.
   *
   * <p>Bytes that show a declared charset wrong overrule it: UTF-8 declared on bytes that are mostly not UTF-8 is
   * read in the fallback; any other charset declared on bytes that are valid UTF-8 and hold multi-byte characters
   * (a template's stale {@code <meta charset=iso-8859-1>} over UTF-8 text, or a server's default header) is read as
   * UTF-8; and UTF-16 without a byte order mark is told by the zero bytes its ASCII characters have.
   *
   * <p>Bytes that start with the gzip magic number are decompressed first, as {@link #parse(Path, ParseOptions)}
   * does for a file: no page's text starts so, and a response body saved or passed on still compressed is then
   * read as it is. Gzip data cut off give the page as far as it got.
   *
   * <p>Bytes that are an MHTML message ({@code multipart/related}, as Chrome and Edge save a page "as a single
   * file", {@code .mhtml}) are read as its first HTML part, decoded from quoted-printable or base64, with the charset
   * that part declares unless {@link ParseOptions#charset()} gives one. Unless {@code url} is a web address, the page
   * is read at the address the message says it was saved from, and the article's source is {@code url}, captured
   * when the message says it was saved (unless the caller's source gives a time, or the page is a web archive's
   * replay, whose capture time is the archive's).
   *
   * @param in the page's bytes, gzip-compressed or not
   * @param url the URL the page was served from, or another absolute URI it was read from
   * @param options how to parse
   * @return the article
   * @throws IOException if the stream cannot be read, or its gzip data are broken or hold nothing (an exception
   *     whose message names the page)
   * @throws NotAnArticleException if the page is not an article
   * @throws PageLimitException if the page is larger than {@link ParseOptions#maxPageSize()} bytes once
   *     decompressed, read no further than one byte past that, has more than {@link ParseOptions#maxElements()}
   *     start tags, or its elements need more stack than the thread has
   * @throws PageParseException if the page cannot be read for another reason
   * @throws SiteParserException if the page's site parser throws an exception that is no
   *     {@link io.github.newsmodel.core.NewsModelException}, or returns null
   * @throws IllegalArgumentException if {@code url} is not absolute
   */
  public static Article parse(InputStream in, URI url, ParseOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    URI page = requireArguments(url, options);
    return parse(PageReader.bytes(in, page, options), page, options);
  }

  /**
   * Reads a page saved to a file with the default options; see {@link #parse(Path, ParseOptions)}.
   *
   * @param file the saved page, gzip-compressed or not
   * @return the article
   * @throws IOException if the file cannot be read, or its gzip data are broken or hold nothing (an exception
   *     whose message names the page)
   * @throws NotAnArticleException if the page is not an article
   * @throws PageLimitException if the page is larger than {@link ParseOptions#DEFAULT_MAX_PAGE_SIZE} bytes
   *     (16 MiB) once decompressed, has more than {@link ParseOptions#DEFAULT_MAX_ELEMENTS} start tags, or its
   *     elements need more stack than the thread has
   * @throws PageParseException if the page cannot be read for another reason
   * @throws SiteParserException if the page's site parser throws an exception that is no
   *     {@link io.github.newsmodel.core.NewsModelException}, or returns null
   * @throws IllegalStateException if the site parsers on the class path cannot be loaded, as
   *     {@link SiteParsers#discovered()} says
   */
  public static Article parse(Path file) throws IOException {
    return parse(file, ParseOptions.defaults());
  }

  /**
   * Reads a page saved to a file, as {@link #parse(InputStream, URI, ParseOptions)} reads its bytes from
   * {@code file.toAbsolutePath().normalize().toUri()}: the charset is detected the same way, and the article's
   * {@link Article#source()} is that {@code file:///} URI, the one the {@code news} command line gives the file.
   * A page that a browser saved and marked with the address it was saved from (Chrome and Internet Explorer write
   * {@code <!-- saved from url=(0044)https://... -->} at its top, the SingleFile extension a comment with its
   * {@code url:} and {@code saved date:}, which is then the source's capture time) is at that address: it is its {@link Article#url()},
   * and its relative links resolve against it. Otherwise they resolve against the canonical URL the page declares,
   * and {@link Article#url()} is left empty unless the site parser knows it, or the file is a web archive's copy,
   * whose markup names the page it copied: a file has no URL on the web. The links to the copies of its images and
   * styles that a browser saved beside the page ({@code ./Title_files/photo.jpg}) name files on the saver's disk
   * and are left out, whatever address the page is read at. A page whose comments a script loaded into Disqus's
   * frame holds none of them; Chrome saves that frame's document, its scripts and the thread's data with them, in
   * the folder of files beside the page, and the page's {@code <iframe>} links to it: the article has the comments
   * of the first such frame at Disqus's address ({@link CommentFrames}), as it has those of the Disqus frame a
   * Safari web archive keeps inside it.
   *
   * <p>A file that starts with the gzip magic number is decompressed, whatever its name says, so that a page saved
   * as {@code .html.gz} (as {@code wget} and crawlers often keep them) is read as it is; the size limit applies to
   * the decompressed page. A gzip file cut off, as an interrupted download leaves it, is read as the page it
   * began: the bytes before the cut are parsed as any page that ends early is, so that what comes after the cut,
   * such as the rest of the comments, is left out rather than guessed. One whose data end before any byte of the
   * page throws its {@link java.io.EOFException}.
   *
   * <p>A file that cannot be read throws the checked {@link IOException}, as the {@link InputStream} overload
   * does (and as jsoup's {@code Jsoup.parse(Path, ...)} and {@link Files#readString(Path)} do): a missing or
   * unreadable file is an everyday outcome a caller should decide about, not a bug, and a caller who moves from a
   * stream to a path keeps the same {@code catch}. Wrap it in an {@link java.io.UncheckedIOException} to use this
   * method in a stream pipeline.
   *
   * @param file the saved page, gzip-compressed or not
   * @param options how to parse; the file's size limit is {@link ParseOptions#maxPageSize()}, once decompressed
   * @return the article
   * @throws IOException if the file cannot be read, or its gzip data are broken or hold nothing (an exception
   *     whose message names the page)
   * @throws NotAnArticleException if the page is not an article
   * @throws PageLimitException if the page is larger than {@link ParseOptions#maxPageSize()} bytes once
   *     decompressed, has more than {@link ParseOptions#maxElements()} start tags, or its elements need more
   *     stack than the thread has
   * @throws PageParseException if the page cannot be read for another reason
   * @throws SiteParserException if the page's site parser throws an exception that is no
   *     {@link io.github.newsmodel.core.NewsModelException}, or returns null
   */
  public static Article parse(Path file, ParseOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    // Normalized as the command line does, so that a file gives the same source however its path was written.
    URI url = file.toAbsolutePath().normalize().toUri();
    if (Files.isDirectory(file)) {
      // Opening a folder succeeds on Linux, and reading it fails with "Is a directory" and no path.
      throw new FileSystemException(file.toString(), null, "a folder, not a page");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = PageReader.bytes(in, url, options);
    }
    return SavedFrames.joined(parse(bytes, url, options), file, bytes, options, HtmlArticles::parseFrame);
  }

  private static Article parse(byte[] bytes, URI url, ParseOptions options) {
    Optional<Mhtml> mhtml = Mhtml.read(bytes);
    if (mhtml.isPresent()) {
      return parseMhtml(mhtml.get(), url, options);
    }
    Optional<WebArchive> archive = WebArchive.mayBeArchive(bytes) ? WebArchive.read(bytes) : Optional.empty();
    if (archive.isPresent()) {
      return parseWebArchive(archive.get(), url, options);
    }
    return parseHtml(bytes, url, options, Optional.empty());
  }

  /**
   * Reads the page of a Safari web archive, which does not say when it was saved, as {@link #parseSaved} does,
   * with the comments of its Disqus frame, which Safari keeps as it was served, where the page holds none of its
   * own.
   */
  private static Article parseWebArchive(WebArchive archive, URI url, ParseOptions options) {
    Article article = parseSaved(archive.html(), archive.url(), archive.encoding(), Optional.empty(), url, options);
    // A page has one comment frame: the first at Disqus's address is read, and no other, whatever a file lists.
    for (WebArchive.Frame frame : archive.frames()) {
      Optional<URI> frameUrl = frame.url().flatMap(Urls::http).filter(DisqusParser::isEmbed);
      if (frameUrl.isPresent()) {
        // The frame is a page of its own: the charset its archive names, no source, the caller's zone and limits.
        ParseOptions frameOptions = ParseOptions.builder().from(options).source(Optional.empty())
            .charset(frame.encoding()).build();
        try {
          return FrameComments.joined(article, parseFrame(frame.html(), frameUrl.get(), frameOptions), options);
        } catch (PageParseException e) {
          return article; // a frame that holds no thread leaves the page's article as it is
        }
      }
    }
    return article;
  }

  /**
   * Reads a frame's page as HTML only: bytes that would read as a saved page of their own (a web archive, an MHTML
   * message) are not one inside a frame, whose frames would be read in turn without end.
   */
  static Article parseFrame(byte[] bytes, URI url, ParseOptions options) {
    return ArticlePipeline.parse(PageReader.parse(decoded(bytes, url, options), url, options), url, options,
        Optional.empty());
  }

  /** Reads the page of an MHTML file, with the charset its part declares, as {@link #parseSaved} does. */
  private static Article parseMhtml(Mhtml mhtml, URI url, ParseOptions options) {
    return parseSaved(mhtml.html(), mhtml.location(), mhtml.contentType(), mhtml.savedAt(), url, options);
  }

  /**
   * Reads a page that a file holds with the address it was saved from (an MHTML message, a web archive): at that
   * address, unless the caller gave a web address, with the charset the file names, unless the caller gave one; the
   * file is the source, captured when the file says it was saved, as the article pipeline completes it for any saved
   * page.
   */
  private static Article parseSaved(byte[] html, Optional<String> location, Optional<String> charset,
      Optional<OffsetDateTime> savedAt, URI url, ParseOptions options) {
    Optional<URI> savedFrom = location.flatMap(Urls::http).map(PageUrl::served);
    boolean fromFile = Urls.http(url).isEmpty();
    ParseOptions.Builder completed = ParseOptions.builder().from(options);
    if (options.charset().isEmpty()) {
      charset.ifPresent(completed::charset);
    }
    if (fromFile && options.source().isEmpty()) {
      completed.source(Source.of(url)); // the page is read at the address it was saved from, not at the file
    }
    return parseHtml(html, fromFile ? savedFrom.orElse(url) : url, completed.build(),
        fromFile ? savedAt : Optional.empty());
  }

  private static Article parseHtml(byte[] bytes, URI url, ParseOptions options, Optional<OffsetDateTime> savedAt) {
    return parse(decoded(bytes, url, options), url, options, savedAt);
  }

  /** A page's bytes as text: in the charset the caller or the page names, else the one its site's domain uses. */
  private static String decoded(byte[] bytes, URI url, ParseOptions options) {
    // The host in ASCII, as java.net.URI finds none in "газета.рф".
    URI site = Archives.capture(url).map(Capture::original).orElse(url);
    Charset fallback = options.fallbackCharset().orElseGet(() -> DomainFallback.of(Urls.http(site).orElse(site),
        bytes).orElse(HtmlCharsets.BROWSER_FALLBACK));
    return HtmlCharsets.decode(bytes, options.charset(), fallback).text();
  }

  /**
   * Parses a page that jsoup has already parsed. The document is changed in place when it is a web-archive copy:
   * the archive's toolbar is removed and its links are restored. It is taken as the whole page: a document cannot
   * show where its text ended, so the last element of a page cut off in transfer, such as a half-received reader
   * comment, would be kept as if complete. Parse the text instead ({@link #parse(String, URI, ParseOptions)}) to
   * have such an element left out.
   *
   * @param page the parsed page
   * @param url the URL the page was served from, or another absolute URI it was read from
   * @param options how to parse
   * @return the article
   * @throws NotAnArticleException if the page is not an article
   * @throws PageLimitException if elements are nested deeper than {@link ParseOptions#maxNestingDepth()}, or need
   *     more stack than the thread has
   * @throws PageParseException if the page cannot be read for another reason
   * @throws SiteParserException if the page's site parser throws an exception that is no
   *     {@link io.github.newsmodel.core.NewsModelException}, or returns null
   * @throws IllegalArgumentException if {@code url} is not absolute
   */
  public static Article parse(Document page, URI url, ParseOptions options) {
    Objects.requireNonNull(page, "page");
    URI served = requireArguments(url, options);
    PageReader.checkDepth(page, served, options);
    // A document shows nowhere whether its text was cut off, as the text of a page can (PageReader): the caller's
    // is taken as the whole page, so that its last element, such as the last reader comment, is kept. The mark
    // that says so is the caller's document's only for the parse.
    Comment whole = PageReader.markWhole(page);
    // A document parsed with the caller's URL as its base resolves its links against it, credentials and all: for
    // the parse, the base is the address served, as the text overloads have it.
    String callersBase = page.baseUri();
    boolean rebased = !served.equals(url) && callersBase.equals(url.toString());
    if (rebased) {
      page.setBaseUri(served.toString());
    }
    try {
      return ArticlePipeline.parse(page, served, options);
    } finally {
      if (whole.parent() != null) {
        whole.remove();
      }
      if (rebased && page.baseUri().equals(served.toString())) {
        page.setBaseUri(callersBase);
      }
    }
  }

  /**
   * The checks every overload makes first, so that a caller's mistake names the argument, not our internals.
   *
   * @return the page's address: {@code url} without a fragment or credentials ({@link PageUrl})
   */
  private static URI requireArguments(URI url, ParseOptions options) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(options, "options");
    if (!url.isAbsolute()) {
      throw new IllegalArgumentException("the page URL must be an absolute URI, got '" + url + "'");
    }
    return PageUrl.served(url);
  }
}
