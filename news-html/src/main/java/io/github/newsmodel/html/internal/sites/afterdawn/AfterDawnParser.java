package io.github.newsmodel.html.internal.sites.afterdawn;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.PageContext;
import io.github.newsmodel.html.PageParseException;
import io.github.newsmodel.html.SiteParser;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.CssPaths;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.generic.Metadata;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads AfterDawn news articles.
 *
 * <p>The page's parts: a header {@code h2.newsSection} ("AfterDawn: Tech news"), the title {@code h1.newsTitle},
 * the byline {@code div.newsByline} ("Written by NAME (Google+) @ 24 May 2007 13:52 User comments (5)"), the story
 * {@code div.newsStory} with its lead image {@code span.newsImage} and caption, and the comments {@code #comments}
 * (see {@link AfterDawnComments}). Navigation ({@code div.newsNav}), share buttons and the sidebar are left out.
 * The head gives what the page shows nowhere else: the canonical URL, the description, the language and the
 * {@code og:image}, read as {@link Metadata} like on any page.
 *
 * <p><b>Zone.</b> AfterDawn prints local times without an offset. They are read as Finnish time,
 * {@code Europe/Helsinki}: the site is run from Finland and its times follow Finnish daylight saving. This is an
 * assumption, recorded in {@code assumedZone()} of each value, and a caller can replace it with
 * {@code ParseOptions.assumedZone}.
 */
public final class AfterDawnParser implements SiteParser {
  /** The zone AfterDawn's times are assumed to be in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  private static final String SITE_NAME = "AfterDawn";
  private static final Pattern COMMENT_COUNT = Pattern.compile("User comments\\s*\\((\\d{1,7})\\)",
      Pattern.CASE_INSENSITIVE);
  private static final BlockReader STORY = BlockReader.standard()
      .skipping(e -> e.hasClass("shareButtons") || e.hasClass("newsNav"))
      .reading(e -> e.hasClass("newsImage"), AfterDawnParser::leadImage);

  /** Creates the parser; it holds no state. Public for {@link java.util.ServiceLoader}. */
  public AfterDawnParser() {}

  @Override
  public Set<String> hosts() {
    return Set.of("afterdawn.com");
  }

  @Override
  public ZoneId zone() {
    return ZONE;
  }

  @Override
  public Article parse(Document page, PageContext context) {
    Element root = page.selectFirst("div.newsArticle");
    if (root == null) {
      throw NotAnArticleException.at(context.url(), page.body(), "no news article (div.newsArticle): an AfterDawn"
          + " page of another kind, such as a forum thread, or a page cut off before its article");
    }
    Metadata meta = Metadata.of(page);
    Article.Builder article = Article.builder();
    Urls.http(context.url()).ifPresent(article::url);
    meta.canonicalUrl().ifPresent(article::canonicalUrl);
    Texts.completeText(root.selectFirst("h1.newsTitle")).or(meta::title).ifPresent(article::title);
    meta.description().ifPresent(article::description);
    meta.language().ifPresent(article::language);
    article.addAllTags(meta.tags());
    article.addAllImages(meta.images());
    header(root.selectFirst("h2.newsSection"), meta, article);
    OptionalInt count = byline(root.selectFirst("div.newsByline"), context.zone(), article);
    if (count.isEmpty()) {
      count = AfterDawnComments.headingCount(page);
    }
    count.ifPresent(article::commentCount);
    Element story = root.selectFirst("div.newsStory");
    if (story != null) {
      article.addAllBody(STORY.read(story));
    }
    AfterDawnComments.read(page, context.zone(), article);
    try {
      return article.build();
    } catch (InvalidValueException e) {
      throw PageParseException.invalidValue(context.url(), CssPaths.of(root), e);
    }
  }

  /** "AfterDawn: Tech news": the site's name, then the section. */
  private static void header(Element header, Metadata meta, Article.Builder article) {
    Optional<String> text = Texts.completeText(header);
    Optional<String> site = Optional.empty();
    if (text.isPresent()) {
      String[] parts = text.get().split(":", 2);
      if (parts.length == 2) {
        site = Texts.nonBlank(parts[0]);
        Texts.nonBlank(parts[1]).ifPresent(article::section);
      }
    }
    article.siteName(site.or(meta::siteName).orElse(SITE_NAME));
  }

  /**
   * "Written by NAME (Google+) @ 24 May 2007 13:52 User comments (5)": the author with the byline's profile links,
   * and the publication time. Returns the declared comment count, which the comment heading may also give.
   */
  private static OptionalInt byline(Element byline, ZoneId zone, Article.Builder article) {
    Optional<String> text = Texts.completeText(byline);
    if (byline == null || text.isEmpty()) {
      return OptionalInt.empty();
    }
    Texts.completeText(byline.selectFirst(".author")).ifPresent(name -> {
      Author.Builder author = Author.builder().name(name);
      byline.select("a[href]").stream()
          .filter(a -> !a.attr("href").startsWith("#"))
          .map(a -> Urls.http(a, "href"))
          .flatMap(Optional::stream)
          .distinct()
          .forEach(author::addProfiles);
      article.addAuthors(author.build());
    });
    String afterAt = text.get().contains("@") ? text.get().substring(text.get().indexOf('@') + 1) : text.get();
    Optional<ResolvedTime> published = DateTimes.english().find(afterAt).flatMap(t -> t.in(zone));
    published.ifPresent(p -> {
      article.publishedAt(p.time());
      p.assumedZone().ifPresent(article::assumedZone);
    });
    Matcher count = COMMENT_COUNT.matcher(text.get());
    return count.find() ? OptionalInt.of(Integer.parseInt(count.group(1))) : OptionalInt.empty();
  }

  /** The lead image: {@code span.newsImage} holding the {@code img} and its {@code span.caption}. */
  private static Optional<Block> leadImage(Element wrapper) {
    Element img = wrapper.selectFirst("img");
    Optional<URI> url = Urls.http(img, "src");
    if (img == null || url.isEmpty()) {
      return Optional.empty();
    }
    Image.Builder image = Image.builder().url(url.get());
    Texts.nonBlank(img.attr("alt")).ifPresent(image::alt);
    Texts.completeText(wrapper.selectFirst(".caption")).ifPresent(image::caption);
    return Optional.of(image.build());
  }
}
