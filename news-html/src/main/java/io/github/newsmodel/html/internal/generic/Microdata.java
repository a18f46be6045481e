package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.comments.ForumPostings;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.jsonld.SchemaBoolean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The schema.org Microdata of the article: the {@code itemprop}s that belong to an article item
 * ({@code itemscope itemtype=".../NewsArticle"} and the like) or to no item at all. Properties of other items,
 * such as the {@code datePublished} of a reader comment or of a related article, are not the article's.
 */
final class Microdata {
  /**
   * The items whose properties are the article's: an article or another creative work, the page, or the question
   * that a Q&A page is about (Stack Exchange's {@code Question}, whose author and time are the page's; its answers
   * are items of their own, read as comments).
   */
  private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)schema\\.org/(?:"
      + String.join("|", ArticleLd.ARTICLES) + "|" + String.join("|", ArticleLd.WORKS) + "|WebPage|Question)\\b");

  /** Properties whose value is a work other than the item that holds them: what it cites, mentions or is part of. */
  private static final Set<String> OTHER_WORKS = Set.of("citation", "mentions", "isbasedon", "relatedlink",
      "significantlink", "workexample", "exampleofwork", "ispartof", "subjectof", "translationofwork",
      "worktranslation");

  /** The properties that {@link #of} keeps, lower-cased. */
  private static final Set<String> READ = Set.of("datepublished", "datecreated", "uploaddate", "datemodified",
      "author", "creator", "headline", "publisher", "isaccessibleforfree");

  /** The name of an item, parsed once: parsing the query costs more than running it on a publisher's item. */
  private static final Evaluator NAME = QueryParser.parse("[itemprop~=(?i)^name$]");

  private final List<Element> published = new ArrayList<>();
  private final List<Element> modified = new ArrayList<>();
  private final List<Element> authors = new ArrayList<>();
  private final List<Element> headlines = new ArrayList<>();
  private final List<Element> publishers = new ArrayList<>();
  private final List<Element> accessibleForFree = new ArrayList<>();
  private final List<Element> partsAccessibleForFree = new ArrayList<>();

  private Microdata() {}

  /**
   * Reads the article's Microdata.
   *
   * @param elements the page's elements
   * @return the article's properties
   */
  static Microdata of(PageElements elements) {
    Microdata md = new Microdata();
    for (Element e : elements.withAttribute("itemprop")) {
      String[] props = Texts.tokens(e.attr("itemprop").toLowerCase(Locale.ROOT));
      // Whose the property is, a walk up the element's ancestors, is asked only of the few properties read here:
      // most of a page's itemprops are names, URLs and images of other items.
      if (!readsAny(props)) {
        continue;
      }
      if (!ownedByArticle(e)) {
        if (isPartOfArticle(e) && Arrays.asList(props).contains("isaccessibleforfree")) {
          md.partsAccessibleForFree.add(e);
        }
        continue;
      }
      for (String prop : props) {
        switch (prop) {
          case "datepublished", "datecreated", "uploaddate" -> md.published.add(e);
          case "datemodified" -> md.modified.add(e);
          case "author", "creator" -> md.authors.add(e);
          case "headline" -> md.headlines.add(e);
          case "publisher" -> md.publishers.add(e);
          case "isaccessibleforfree" -> md.accessibleForFree.add(e);
          default -> { }
        }
      }
    }
    return md;
  }

  /** Whether any of the properties is one that {@link #of} keeps. */
  private static boolean readsAny(String[] props) {
    for (String prop : props) {
      if (READ.contains(prop)) {
        return true;
      }
    }
    return false;
  }

  /** The values of {@code datePublished} (and {@code dateCreated}, {@code uploadDate}) in page order. */
  List<String> published() {
    return values(published);
  }

  /** The values of {@code dateModified} in page order. */
  List<String> modified() {
    return values(modified);
  }

  /** The elements of the article's authors: items of their own or plain elements. */
  List<Element> authors() {
    return List.copyOf(authors);
  }

  /** The headline. */
  Optional<String> headline() {
    return values(headlines).stream().findFirst();
  }

  /** The publisher's name. */
  Optional<String> publisherName() {
    for (Element p : publishers) {
      Optional<String> name = p.hasAttr("itemscope") ? Optional.ofNullable(p.selectFirst(NAME))
          .flatMap(n -> Texts.nonBlank(value(n))) : Texts.nonBlank(value(p));
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** The article's {@code isAccessibleForFree}, {@code true} or {@code false} in any case. */
  Optional<Boolean> accessibleForFree() {
    return accessibleForFree.stream().map(Microdata::flag).flatMap(Optional::stream).findFirst();
  }

  /**
   * Whether a part of the article ({@code hasPart}, such as the {@code WebPageElement} that a paywall hides) is
   * marked not free.
   */
  boolean hasPartNotFree() {
    return partsAccessibleForFree.stream().map(Microdata::flag).anyMatch(free -> free.equals(Optional.of(false)));
  }

  /** A yes-or-no value: schema.org's {@code True} and {@code False}, as pages write them ({@link SchemaBoolean}). */
  private static Optional<Boolean> flag(Element e) {
    return SchemaBoolean.of(value(e));
  }

  /**
   * The value of a property element, as Microdata defines it: {@code content}, {@code datetime}, {@code href} or
   * {@code src} where the element has one, else its text.
   */
  static String value(Element e) {
    if (e.hasAttr("content")) {
      return e.attr("content");
    }
    if (e.hasAttr("datetime")) {
      return e.attr("datetime");
    }
    return switch (e.normalName()) {
      case "a", "link", "area" -> e.absUrl("href");
      case "img", "audio", "video", "source", "embed", "iframe" -> e.absUrl("src");
      case "meta" -> e.attr("content");
      default -> e.text();
    };
  }

  private static List<String> values(List<Element> elements) {
    List<String> out = new ArrayList<>();
    for (Element e : elements) {
      Texts.nonBlank(value(e)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The item a property belongs to is the nearest enclosing item; a property outside any item counts too. An item
   * of an article's type that is the value of a property naming another work ({@code citation}, {@code mentions})
   * is that other work: a paper's list of references marks each one up as a {@code ScholarlyArticle} with its own
   * authors and year.
   */
  static boolean ownedByArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.hasAttr("itemscope")) {
        String type = p.attr("itemtype");
        // A thread's later posts are typed as its first is, but are replies to it: comments, not the article.
        return type.isEmpty() || ARTICLE_TYPE.matcher(type).find() && !namesAnotherWork(p)
            && !ForumPostings.isReply(p);
      }
    }
    return true;
  }

  /** Whether the property's nearest item is a {@code hasPart} of an item that {@link #ownedByArticle} takes. */
  private static boolean isPartOfArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.hasAttr("itemscope")) {
        return Arrays.asList(Texts.tokens(p.attr("itemprop").toLowerCase(Locale.ROOT))).contains("haspart")
            && ownedByArticle(p);
      }
    }
    return false;
  }

  private static boolean namesAnotherWork(Element item) {
    for (String prop : Texts.tokens(item.attr("itemprop").toLowerCase(Locale.ROOT))) {
      if (OTHER_WORKS.contains(prop)) {
        return true;
      }
    }
    return false;
  }
}
