package io.github.newsmodel.html;

import io.github.newsmodel.core.Source;
import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import io.github.newsmodel.html.internal.Once;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to parse a page: the zone to assume, what the transport said about the charset, what the caller knows
 * about the page's source, which site parsers to use, and the limits that keep a hostile page from costing
 * unbounded time or memory.
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder()
 *     .assumedZone(ZoneId.of("UTC"))          // instead of the site parser's documented zone
 *     .charset("ISO-8859-1")                  // from the HTTP Content-Type header
 *     .source(Source.builder().uri(warcTarget).recordId(recordId).capturedAt(warcDate).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class ParseOptions implements WithParseOptions {
  /** The default of {@link #maxPageSize()}: 16 MiB, the CLI's {@code --max-page-size} default too. */
  public static final long DEFAULT_MAX_PAGE_SIZE = 16L * 1024 * 1024;
  /** The default of {@link #maxNestingDepth()}: 512, where browsers stop nesting too. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 512;
  /** The default of {@link #maxComments()}. */
  public static final int DEFAULT_MAX_COMMENTS = 10_000;
  /**
   * The default of {@link #maxElements()}: a million, some ten times the elements of the longest forum threads and
   * encyclopedia articles, and few enough that a page of them fits in 400 MiB of heap.
   */
  public static final int DEFAULT_MAX_ELEMENTS = 1_000_000;

  // Not a holder class: if the site parsers cannot be discovered, nothing is kept, and the next call tries again.
  private static final Once<ParseOptions> DEFAULTS =
      new Once<>("the default parse options", () -> builder().build());

  ParseOptions() {}

  /**
   * The zone to apply to times that a page prints without an offset, in place of the site parser's
   * {@link SiteParser#zone()}. Values whose time was read in it record it in their {@code assumedZone()}.
   * Without a site parser, the generic extractor applies it if given, and otherwise the zone of the country of the
   * page's domain or declared language, else UTC; either way the article records the zone it assumed. A zone the
   * page states for its times, as a forum's "All times are GMT + 1 Hour" does, comes before it and is no
   * assumption.
   *
   * @return the zone to assume, if the caller overrides the site's zone
   */
  public abstract Optional<ZoneId> assumedZone();

  /**
   * The charset label that the transport declared for a page read from bytes, such as the {@code charset} of an
   * HTTP {@code Content-Type} header, or that header's whole value ({@code text/html; charset=ISO-8859-1}, whose
   * {@code charset} parameter is read; a value without one declares nothing). It outranks the page's own
   * {@code <meta charset>}; a byte order mark outranks it, and so do bytes that show it wrong: UTF-16 without a
   * byte order mark, bytes that are valid UTF-8 with multi-byte characters under another label, and bytes that are
   * mostly not UTF-8 under a UTF-8 label (read in {@link #fallbackCharset()}). Unknown labels are ignored. Labels
   * mean what they mean to browsers: {@code ISO-8859-1} and {@code US-ASCII} are read as windows-1252, and
   * {@code utf-16} without a byte order mark as UTF-16LE.
   *
   * @return the declared charset label or content type, if any
   */
  public abstract Optional<String> charset();

  /**
   * The charset for bytes that have no byte order mark and no declared charset and are not valid UTF-8, such as
   * windows-1251 for a collection of old Russian pages.
   *
   * <p>Unless set, it is chosen as Firefox chooses it, by the country-code domain of the page's URL (for a Wayback
   * Machine copy, of the original URL): windows-1251 for {@code .ru}, {@code .ua}, {@code .bg} and the other
   * countries that write Cyrillic; windows-1250 for {@code .pl}, {@code .cz}, {@code .sk}, {@code .hu}, {@code .si},
   * {@code .hr} and {@code .ro}; windows-1257 for the Baltic states; ISO-8859-7 for {@code .gr}; windows-1254 for
   * {@code .tr}; windows-1255 for {@code .il}; windows-1256 for the Arab states and {@code .ir}; windows-874 for
   * {@code .th}; windows-1258 for {@code .vn}; Shift_JIS, or EUC-JP where only that reads the bytes, for
   * {@code .jp}; windows-949 for {@code .kr}; GB18030 for {@code .cn}; Big5-HKSCS for {@code .tw}, {@code .hk} and
   * {@code .mo}. Any other page, and a page read from a file, falls back to windows-1252, as in browsers.
   *
   * @return the fallback charset, if set; chosen by the page's domain otherwise
   */
  // Optional rather than a second @Value.Default: the shared style cannot build the init-cycle guard that two
  // defaults would need.
  public abstract Optional<Charset> fallbackCharset();

  /**
   * What the caller knows about where the page came from, such as the WARC record that held it. The parser
   * completes it: a Wayback Machine copy adds its archive URL and capture time where the caller gave none. A
   * source whose URI is the page's Wayback Machine address itself, a record of the archive's replay, takes the
   * archive's capture time: the record's own time is when the replay was fetched, not when the page was. An address
   * whose timestamp is partial ({@code /web/2007/}) or impossible names no capture time, and the source then has
   * none. The capture time also anchors relative dates ("3 hours ago").
   *
   * @return the caller's source, if given
   */
  public abstract Optional<Source> source();

  /**
   * The site parsers to choose from. Unless set, {@link SiteParsers#discovered()}, looked up when the options are
   * built, so that {@code build()} throws its {@link IllegalStateException} if a parser on the class path cannot be
   * loaded; a registry of your own needs no lookup.
   *
   * @return the registry; {@link SiteParsers#discovered()} unless set
   */
  @Value.Default
  public SiteParsers siteParsers() {
    return SiteParsers.discovered();
  }

  /**
   * The largest page to read: in bytes when the page is read from bytes (once decompressed, for a gzip file read
   * by {@link HtmlArticles#parse(java.nio.file.Path, ParseOptions)}), in chars when it is given as text. A
   * larger page throws {@link PageLimitException} before it is parsed, and a stream is read no further than one
   * byte past the limit, so a decompression bomb costs no more memory than the limit.
   *
   * @return the limit; {@value #DEFAULT_MAX_PAGE_SIZE} (16 MiB) unless set
   */
  public abstract long maxPageSize();

  /**
   * How deeply elements may nest. As in browsers, an element that would be nested deeper is placed beside the
   * elements at this depth instead, so its text is still read; no page written for people comes near the default.
   * A {@link org.jsoup.nodes.Document} parsed by the caller that is nested deeper throws
   * {@link PageLimitException}.
   *
   * @return the limit; {@value #DEFAULT_MAX_NESTING_DEPTH} unless set
   */
  public abstract int maxNestingDepth();

  /**
   * The most elements a page read from its text may have, counted as its start tags ({@code <} and a letter)
   * before it is parsed. Memory grows with the elements as much as with the bytes: a page of nothing but
   * {@code <div>} holds an element for every five bytes, and at the default {@link #maxPageSize()} would need
   * well over a gigabyte. A page with more throws {@link PageLimitException}. The count is made only for a text
   * longer than twice the limit, which is the only kind that can hold more, so that no ordinary page pays for it;
   * a {@link org.jsoup.nodes.Document} the caller parsed is not counted, its memory being spent already.
   *
   * @return the limit; {@value #DEFAULT_MAX_ELEMENTS} unless set
   */
  public abstract int maxElements();

  /**
   * How many reader comments an article keeps. Of a page with more, the article keeps the first ones in page
   * order, and its {@link io.github.newsmodel.core.Article#commentCount()} is at least the number of comments the
   * page holds, so that {@code comments().size() < commentCount()} shows that some were left out.
   *
   * @return the limit; {@value #DEFAULT_MAX_COMMENTS} unless set
   */
  public abstract int maxComments();

  /**
   * The default options: the site's own zone, charset detection from the bytes, the discovered site parsers.
   *
   * @return the default options
   * @throws IllegalStateException if the site parsers cannot be discovered, as {@link SiteParsers#discovered()}
   *     says; the next call tries again
   */
  public static ParseOptions defaults() {
    return DEFAULTS.get();
  }

  /**
   * Starts building options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("charset", charset());
    Checks.atLeast("maxPageSize", maxPageSize(), 1);
    Checks.atLeast("maxNestingDepth", maxNestingDepth(), 1);
    Checks.atLeast("maxComments", maxComments(), 1);
    Checks.atLeast("maxElements", maxElements(), 1);
  }

  /** Builds {@link ParseOptions}; every option has a default. */
  public static final class Builder extends ImmutableParseOptions.Builder {
    // The limits are preset here rather than with @Value.Default, which the library's style supports for one
    // attribute of a type only (siteParsers has it).
    Builder() {
      maxPageSize(DEFAULT_MAX_PAGE_SIZE);
      maxNestingDepth(DEFAULT_MAX_NESTING_DEPTH);
      maxComments(DEFAULT_MAX_COMMENTS);
      maxElements(DEFAULT_MAX_ELEMENTS);
    }
  }
}
