package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.DateTimes.NumericOrder;
import io.github.newsmodel.html.internal.time.NumericOrderEvidence;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of an article on a page of any site, read from every source of evidence on the page and chosen by
 * a fixed order of strength:
 *
 * <ul>
 *   <li>title: {@link PageTitle};
 *   <li>authors: {@link PageAuthors};
 *   <li>publication and modification times: {@link DateClues} and {@link PageDates};
 *   <li>site name: {@link SiteName};
 *   <li>language: {@code <html lang>}, {@code Content-Language}, JSON-LD {@code inLanguage}, {@code og:locale};
 *   <li>description: {@code og:description}, {@code description}, {@code twitter:description}, JSON-LD
 *       {@code description};
 *   <li>canonical URL and images: {@link Metadata}, then JSON-LD ({@code image});
 *   <li>section: {@code article:section}, JSON-LD {@code articleSection}, the last step of a JSON-LD
 *       {@code BreadcrumbList} above the article ({@link Breadcrumbs}), then the first category link the page shows
 *       ({@link PageTags}), cleaned by {@link SectionName};
 *   <li>tags: {@code article:tag}, JSON-LD {@code keywords}, {@code news_keywords}, then the tag links the page
 *       shows, cleaned by {@link TagList};
 *   <li>access (free or paywalled): JSON-LD {@code isAccessibleForFree}, {@code article:content_tier}, Microdata
 *       {@code isAccessibleForFree}, where a content tier names the kind of a paywall ({@link PageAccess}).
 * </ul>
 *
 * <p>Structured data that a site writes for machines (JSON-LD, then {@code <meta>}, then Microdata) outranks what it
 * shows to people, because it is unambiguous; what it shows outranks the URL and guesses. The headline is the
 * exception: people see the {@code <h1>}, and sites rewrite the declared titles for search engines.
 *
 * @param title the headline, if found
 * @param authors the authors, in byline order
 * @param dates the publication and modification times
 * @param siteName the publication's name, if found
 * @param clock how the page's other times are read: in its languages and zone, against its capture
 * @param clues the evidence the dates were chosen from
 * @param dating how the dates are chosen from evidence, for {@link #outside} to choose them again
 */
record ArticleMetadata(Optional<String> title, List<Author> authors, PageDates dates, Optional<String> siteName,
    PageClock clock, DateClues clues, Function<DateClues, PageDates> dating) {
  /**
   * Reads the metadata.
   *
   * @param page the page
   * @param elements the page's elements
   * @param jsonLd the page's JSON-LD
   * @param url the page's own URL
   * @param zone the caller's zone for times without an offset, if given
   * @param capturedAt when the page was captured, if known
   * @param article the builder to fill with everything but the title
   * @return what was chosen, for the caller to finish the article
   */
  static ArticleMetadata read(Document page, PageElements elements, JsonLd jsonLd, URI url, Optional<ZoneId> zone,
      Optional<OffsetDateTime> capturedAt, Article.Builder article) {
    Metadata meta = Metadata.of(page, elements);
    MetaTags tags = meta.metaTags();
    List<URI> own = new ArrayList<>();
    Urls.http(url).ifPresent(own::add);
    Optional<URI> canonical = meta.canonicalUrl();
    canonical.ifPresent(own::add);
    URI siteUrl = Urls.http(url).or(() -> canonical).orElse(url);
    Optional<String> host = TitleParts.host(siteUrl);

    ArticleLd ld = ArticleLd.of(jsonLd, own);
    Microdata md = Microdata.of(elements);
    PageRegions regions = PageRegions.of(elements);
    ClassWords.PageScans classScans = ClassWords.scan(elements);
    SiteName site = SiteName.of(elements, tags, ld, md, host);
    Optional<Locale> language = meta.language().or(() -> ld.text("inLanguage").flatMap(Metadata::locale));
    // The body's whole text, which the order of numeric dates and the authors' display names may each read.
    BodyText bodyText = new BodyText();
    DateTimes reader = numericOrder(DateTimes.forPage(language, host), page, language, bodyText);
    PageTitle title = PageTitle.choose(page, elements, tags, ld, md, site.all(), host, own, regions,
        classScans);
    title.headline().ifPresent(regions::addHeadline);
    // The lines near the headline are read for a date and for a byline, the bylines' links by several rules.
    ShortTexts texts = new ShortTexts();
    DateClues clues = DateClues.of(elements, siteUrl, tags, ld, md, title.headline(), regions, reader,
        capturedAt, classScans, texts);
    Optional<ZoneId> stated = FooterZone.of(elements);
    Function<DateClues, PageDates> dating = c -> PageDates.choose(c, stated, zone, siteUrl, language, capturedAt);
    PageDates dates = dating.apply(clues);

    canonical.ifPresent(article::canonicalUrl);
    meta.description().or(() -> ld.articleText("description")).ifPresent(article::description);
    site.name().ifPresent(article::siteName);
    PageLinks links = PageLinks.of(elements);
    PageTags shown = PageTags.of(links, regions);
    meta.section().or(() -> ld.articleText("articleSection")).or(() -> Breadcrumbs.section(jsonLd, title.text(), own))
        .or(() -> shown.categories().stream().findFirst()).flatMap(SectionName::of).ifPresent(article::section);
    language.ifPresent(article::language);
    // The first source that names any tag: the others would mix another editor's words in.
    Stream.<Supplier<List<String>>>of(meta::tags, () -> keywords(ld), meta::newsKeywords, shown::tags)
        .map(source -> TagList.of(source.get())).filter(t -> !t.isEmpty()).findFirst().ifPresent(article::addAllTags);
    article.addAllImages(ArticleImages.of(meta, ld));
    PageAccess.of(ld, tags, md).ifPresent(article::access);
    List<Author> authors = PageAuthors.choose(elements, links, tags, ld, md, site, host, regions,
        title.headline(), classScans, texts, bodyText);
    article.addAllAuthors(authors);
    write(dates, article);
    return new ArticleMetadata(title.text(), authors, dates, site.name(),
        new PageClock(reader, dates.pageZone(), dates.zoneStated(), capturedAt, () -> BoardClock.of(elements, reader)),
        clues, dating);
  }

  /**
   * The metadata with its dates chosen again without the evidence that the page shows inside the elements: its
   * reader comments and a thread's replies, whose dates and edit notices are the readers'. Those are known only
   * once the comments are read, with the {@link #clock} that the dates chose, which stays.
   *
   * @param roots the elements whose dates are not the article's
   * @param article the builder, whose dates are set anew if they change
   * @return the metadata with the dates chosen
   */
  ArticleMetadata outside(Set<Element> roots, Article.Builder article) {
    Optional<DateClues> kept = clues.outside(roots);
    if (kept.isEmpty()) {
      return this;
    }
    PageDates chosen = dating.apply(kept.get());
    if (chosen.published().equals(dates.published()) && chosen.modified().equals(dates.modified())
        && chosen.zone().equals(dates.zone())) {
      return this;
    }
    write(chosen, article);
    return new ArticleMetadata(title, authors, chosen, siteName, clock, kept.get(), dating);
  }

  /** Sets the article's dates, or clears those it has not. */
  private static void write(PageDates dates, Article.Builder article) {
    article.publishedAt(dates.published().map(ResolvedTime::time))
        .publishedAtDateOnly(dates.published().filter(ResolvedTime::dateOnly).isPresent())
        .modifiedAt(dates.modified().map(ResolvedTime::time))
        .modifiedAtDateOnly(dates.modified().filter(ResolvedTime::dateOnly).isPresent())
        .assumedZone(dates.zone());
  }

  /**
   * The reader with the order of the page's numeric dates: its language's convention, else the order its own dates
   * settle, as a forum thread's "01-13-2024" settles its "01-08-2024" ({@link NumericOrderEvidence}). A language
   * that writes the year first settles no order for a date with its year last ("05/06/2007"), which the page's
   * dates may. The page's dates, its comments' among them, are then read in one order; where nothing settles it, an
   * ambiguous date stays unread. The evidence reads the whole text, so it is looked for only when an ambiguous date
   * is read.
   */
  private static DateTimes numericOrder(DateTimes reader, Document page, Optional<Locale> language,
      BodyText bodyText) {
    NumericOrder declared = DateTimes.numericOrder(language);
    Element body = page.body();
    boolean settlesDayAndMonth = declared == NumericOrder.DAY_FIRST || declared == NumericOrder.MONTH_FIRST;
    return settlesDayAndMonth || body == null ? reader.withNumericOrder(declared)
        : reader.withNumericOrder(declared).withOrderSettledBy(() -> NumericOrderEvidence.of(bodyText.of(body)));
  }

  private static List<String> keywords(ArticleLd ld) {
    List<String> out = new ArrayList<>();
    for (String k : ld.nodes().isEmpty() ? List.<String>of() : ld.nodes().get(0).texts("keywords")) {
      for (String part : k.split(",")) {
        String p = part.trim();
        if (!p.isEmpty() && !out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** The publication time, for callers that need it apart. */
  Optional<ResolvedTime> published() {
    return dates.published();
  }
}
