package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageTime;
import java.net.URI;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The standard metadata in a page's head: OpenGraph ({@code og:*}), {@code article:*}, Twitter cards,
 * {@code <meta name>}, {@code <link rel=canonical>}, {@code <title>} and {@code <html lang>}. Site parsers use it
 * for what their pages declare only there; the generic extractor reads more sources ({@link ArticleMetadata}).
 *
 * <p>Every value is checked the way the model checks it: blank texts, non-http URLs and ill-formed language tags
 * are absent, never passed on. The {@code <meta>} elements are indexed once, so each lookup is cheap.
 */
public final class Metadata {
  /** More language tags than the sites a process reads use, and few enough to weigh nothing: {@link #locale}. */
  private static final int MAX_KEPT_TAGS = 256;
  /**
   * The longest tag kept: language tags are short (RFC 5646 asks readers to take 35 characters), and a page may put
   * anything in its {@code lang}, which a cache that lives as long as the process must not hold.
   */
  private static final int MAX_KEPT_TAG_LENGTH = 35;
  private static final ConcurrentHashMap<String, Optional<Locale>> LOCALES = new ConcurrentHashMap<>();
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
  /** The longest rel that {@link #CANONICAL} matches: "canonical" and a line break before the pattern's end. */
  private static final int MAX_CANONICAL_REL = "canonical".length() + 2;
  /** The queries below, parsed once rather than at each call: parsing a query costs more than running these. */
  private static final Evaluator HEAD_TITLE = QueryParser.parse("head > title");
  private static final Evaluator HTML = QueryParser.parse("html");

  private final Document page;
  /** The page's elements, which the lookups below filter rather than walk the page again. */
  private final PageElements elements;
  private final MetaTags tags;

  private Metadata(Document page, PageElements elements) {
    this.page = page;
    this.elements = elements;
    this.tags = MetaTags.of(elements);
  }

  /**
   * Reads the metadata of a page.
   *
   * @param page the page
   * @return its metadata
   */
  public static Metadata of(Document page) {
    return new Metadata(page, PageElements.of(page));
  }

  /**
   * Reads the metadata of a page whose elements are listed already.
   *
   * @param page the page
   * @param elements its elements
   * @return its metadata
   */
  static Metadata of(Document page, PageElements elements) {
    return new Metadata(page, elements);
  }

  MetaTags metaTags() {
    return tags;
  }

  /**
   * The first non-blank {@code content} of a {@code <meta>} with one of the keys, as {@code property},
   * {@code name} or {@code http-equiv}, in the order of the keys.
   *
   * @param keys keys such as {@code og:title}, case-insensitive
   * @return the normalised content, if any
   */
  public Optional<String> meta(String... keys) {
    String[] lower = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      lower[i] = keys[i].trim().toLowerCase(Locale.ROOT);
    }
    return tags.first(lower);
  }

  /**
   * The headline: {@code og:title}, {@code twitter:title}, else the document's {@code <title>} as it stands.
   *
   * @return the title, if declared
   */
  public Optional<String> title() {
    return meta("og:title", "twitter:title").or(() -> Texts.completeText(page.selectFirst(HEAD_TITLE)));
  }

  /**
   * The summary: {@code og:description}, {@code description} or {@code twitter:description}.
   *
   * @return the description, if declared
   */
  public Optional<String> description() {
    return meta("og:description", "description", "twitter:description", "dc.description");
  }

  /**
   * The publication's name: {@code og:site_name}.
   *
   * @return the site name, if declared
   */
  public Optional<String> siteName() {
    return meta("og:site_name");
  }

  /**
   * The section: {@code article:section}.
   *
   * @return the section, if declared
   */
  public Optional<String> section() {
    return meta("article:section", "parsely-section");
  }

  /**
   * The tags: every {@code article:tag}.
   *
   * @return the values in page order
   */
  public List<String> tags() {
    return tags.all("article:tag");
  }

  /**
   * The {@code news_keywords} that Google News reads. The older {@code keywords} is not read: most sites fill it
   * for search engines with words that are no tags of the article.
   *
   * @return the values in page order
   */
  public List<String> newsKeywords() {
    return tags.all("news_keywords");
  }

  /**
   * The author, from {@code <meta name=author>} when it is a name and not a URL.
   *
   * @return the author's name, if declared
   */
  public Optional<String> author() {
    return meta("author").filter(a -> !a.contains("://") && !a.startsWith("www."));
  }

  /**
   * The canonical URL: {@code <link rel=canonical>}, else {@code og:url}.
   *
   * @return the absolute http or https URL, if declared
   */
  public Optional<URI> canonicalUrl() {
    Element link = null;
    for (Element e : elements.byTag("link")) {
      // The query's pattern is matched only against a rel that starts with the word: a page's many stylesheets,
      // icons and preloads are told by a comparison, not each by a new regex matcher.
      String rel = e.attr("rel");
      if (rel.length() <= MAX_CANONICAL_REL && rel.regionMatches(true, 0, "canonical", 0, 9)
          && CANONICAL.matches(page, e)) {
        link = e;
        break;
      }
    }
    return Urls.http(link, "href").or(() -> meta("og:url").flatMap(this::http));
  }

  /**
   * The images that stand for the article: {@code og:image}, else {@code twitter:image}, each with its alt text
   * ({@code og:image:alt}, {@code twitter:image:alt}) where the page gives one for every image.
   *
   * @return the images, without duplicates
   */
  public List<Image> images() {
    List<String> og = tags.all("og:image");
    String key = og.isEmpty() ? "twitter:image" : "og:image";
    List<String> urls = og.isEmpty() ? tags.all(key) : og;
    // An alt text belongs to the image before it; the keys are indexed apart, so they pair only one for one.
    List<String> alts = tags.all(key + ":alt");
    List<Image> out = new ArrayList<>(urls.size());
    for (int i = 0; i < urls.size(); i++) {
      Optional<URI> url = http(urls.get(i));
      if (url.isEmpty() || out.stream().anyMatch(image -> image.url().equals(url.get()))) {
        continue;
      }
      Image.Builder image = Image.builder().url(url.get());
      if (alts.size() == urls.size()) {
        Texts.nonBlank(alts.get(i)).filter(alt -> !FileNameText.is(alt)).ifPresent(image::alt);
      }
      out.add(image.build());
    }
    return out;
  }

  /**
   * The language: {@code <html lang>}, else {@code <meta http-equiv=Content-Language>}, else {@code og:locale}
   * or Dublin Core.
   *
   * @return the language, if declared as a well-formed tag whose language is a known code ({@link LanguageCodes})
   */
  public Optional<Locale> language() {
    Element html = page.selectFirst(HTML);
    return Optional.ofNullable(html).flatMap(h -> Texts.nonBlank(h.attr("lang")))
        .or(() -> Optional.ofNullable(html).flatMap(h -> Texts.nonBlank(h.attr("xml:lang"))))
        .flatMap(Metadata::locale)
        .or(() -> meta("content-language", "og:locale", "dc.language", "language")
            .flatMap(m -> locale(m.split(",")[0])));
  }

  /**
   * The publication time: {@code article:published_time} and its common aliases.
   *
   * @return the time as printed, if declared in a readable form
   */
  public Optional<PageTime> publishedAt() {
    return meta("article:published_time", "og:article:published_time", "datePublished", "pubdate",
        "publish-date", "date").flatMap(DateTimes.english()::parse);
  }

  /**
   * The modification time: {@code article:modified_time}, {@code og:updated_time}.
   *
   * @return the time as printed, if declared in a readable form
   */
  public Optional<PageTime> modifiedAt() {
    return meta("article:modified_time", "og:updated_time", "dateModified").flatMap(DateTimes.english()::parse);
  }

  /**
   * The absolute http or https URL that a value of the page's metadata gives, resolved against the page's base URI.
   * A value that starts with {@code http://} or {@code https://} is read as it is: resolving an absolute URI gives
   * it back as parsed ({@link URI#resolve(URI)}), and a value or base that does not parse leaves the value as it is,
   * so the resolved text is the value trimmed with its spaces escaped, as {@link Urls#http(String)} reads it anyway.
   * Most {@code og:image} and {@code og:url} values are such, and need not have the base URI and themselves parsed
   * once more each.
   *
   * @param url the value
   * @return the URL; empty if it is not an http or https URL
   */
  Optional<URI> http(String url) {
    return Urls.http(url.startsWith("http://") || url.startsWith("https://") ? url : absolute(url));
  }

  private String absolute(String url) {
    try {
      return URI.create(page.baseUri()).resolve(url.trim().replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * The locale of a language tag, kept for the tags read before: each page declares its language, and a process that
   * reads pages of many sites meets a few dozen tags ("en", "en-US", "de-DE"), while building a locale from its tag
   * costs as much as reading some of the page's bylines. At most {@link #MAX_KEPT_TAGS} are kept, forgotten all at
   * once beyond that; the locale is always what {@link #parsedLocale} gives.
   */
  static Optional<Locale> locale(String tag) {
    if (tag.length() > MAX_KEPT_TAG_LENGTH) {
      return parsedLocale(tag);
    }
    Optional<Locale> locale = LOCALES.get(tag);
    if (locale == null) {
      locale = parsedLocale(tag);
      if (LOCALES.size() >= MAX_KEPT_TAGS) {
        LOCALES.clear();
      }
      LOCALES.put(tag, locale);
    }
    return locale;
  }

  private static Optional<Locale> parsedLocale(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build();
      // Only a language the model takes, one that its own tag gives back, and that names a language: not
      // lang="english" or lang="zz", well-formed as they are.
      return !LanguageCodes.known(locale.getLanguage()) || !Checks.isTagged(locale)
          ? Optional.empty() : Optional.of(locale);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }
}
