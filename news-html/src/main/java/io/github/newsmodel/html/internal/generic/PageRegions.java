package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Ancestry;
import io.github.newsmodel.html.internal.dom.HomeLinks;
import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the parts of a page that are not the article's own: reader comments, related and recommended articles,
 * sidebars, navigation and the page footer. A byline or a date found there belongs to a comment or to another
 * article, never to this one.
 *
 * <p>Such a part is known by its element ({@code nav}) or by a class or id that names it ({@code comments},
 * {@code related-posts}). A {@code footer}, an {@code aside} or a {@code sidebar} is such a part only outside the
 * article's {@code <article>} (or an element marked as one: {@code hentry}, {@code post}, a schema.org article
 * item): inside, it holds the article's own date and byline. So is the site's masthead, a {@code header} that links to
 * the home page, whose date is the day's edition or a clock. Class names are loose,
 * and layout containers often carry them for the whole page ({@code right-sidebar}, {@code has-comments}), so a
 * container that holds the article itself (a headline, the {@code articleBody}, the first {@code article}) is
 * never one of these parts, whatever it is called. A template that calls the article's own blocks teasers (its
 * headline's kicker, {@code teaser__kicker}, or a block around the headline) calls its byline and date line so too;
 * on such a page a teaser's class marks no other article.
 */
final class PageRegions {
  /**
   * Parts that are another's; Drupal's "node-promoted" marks an article promoted to the front page, no promotion.
   * uCoz names each comment {@code div.comEnt}. A social network's post embedded in the text
   * ({@code blockquote.instagram-media}, {@code twitter-tweet}, {@code tiktok-embed}) is its poster's, with the
   * post's own date.
   */
  private static final Pattern OTHER = Pattern.compile("(?i)(?:^|[\\s_-])(?:comments?|commentlist|coment|respond"
      + "|replies|reply|discussion|disqus|related|recommend\\w*|teaser\\w*|popular|trending|newsletter"
      + "|breadcrumbs?|navbar|nav|menu|promo(?!ted)\\w*|advert\\w*|more-\\w+|also-\\w+|read-?more|latest|most-\\w+"
      + "|pingbacks?|trackbacks?|instagram-media|twitter-tweet|tiktok-embed)(?:$|[\\s_-])");
  private static final Pattern LAYOUT = Pattern.compile("(?i)^(?:has|with|no|is|show|hide|layout|template|page"
      + "|site|theme|single|enable|disable|body|toggle|open|closed?)[-_]");
  /** Parts that are the article's own when they sit inside its {@code <article>}, and the page's otherwise. */
  private static final Pattern BESIDE = Pattern.compile("(?i)(?:^|[\\s_-])(?:footer|sidebar)(?:$|[\\s_-])");
  /**
   * What each word of {@link #OTHER} and {@link #BESIDE} starts with, lower-cased: a class or id without one
   * cannot match, and most have none, so their tokens need not be split and run through the regexes.
   */
  private static final NamePattern OTHER_STEMS = NamePattern.anywhere("comment", "coment", "respond", "repl", "discussion",
      "disqus", "related", "recommend", "teaser", "popular", "trending", "newsletter", "breadcrumb", "nav", "menu",
      "promo", "advert", "more-", "also-", "read", "latest", "most-", "pingback", "trackback", "instagram-media",
      "twitter-tweet", "tiktok-embed");
  private static final NamePattern BESIDE_STEMS = NamePattern.anywhere("footer", "sidebar");
  private static final Pattern FOOTER = Pattern.compile("(?i)(?:^|[\\s_-])footer(?:$|[\\s_-])");
  /** A teaser's class: most often another article's, but some sites' templates name their article's parts so. */
  private static final Pattern TEASER = Pattern.compile("(?i)(?:^|[\\s_-])teaser\\w*(?:$|[\\s_-])");
  private static final NamePattern TEASER_STEM = NamePattern.anywhere("teaser");

  /**
   * Classes of an article's container; Movable Type and TypePad call a post's {@code div.entry}, and Movable Type's
   * later templates {@code div.entry-asset}, whose {@code asset-footer} holds the post's byline and date.
   */
  private static final Set<String> ARTICLE_CLASSES = Set.of("hentry", "h-entry", "entry", "entry-asset", "post",
      "type-post", "article", "blog-post", "blogpost", "single-post");
  /**
   * What every one of the {@link #ARTICLE_CLASSES} holds: a class attribute without one of these, ignoring case, has
   * none of them, and is told so without being split into tokens. Only an ASCII token lower-cases to one of them.
   */
  private static final NamePattern ARTICLE_CLASS_STEMS = NamePattern.anywhere("entry", "post", "article");
  private static final Pattern ARTICLE_BODY = Pattern.compile("(?i)^articleBody$");
  /** The longest value {@link #ARTICLE_BODY} matches: the word and a line break before the pattern's end. */
  private static final int MAX_ARTICLE_BODY = "articleBody".length() + 2;
  private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)schema\\.org/(?:\\w*Article|BlogPosting|Report)\\b");

  /**
   * More text than a teaser's date line and summary: a block under the headline that holds this much, in characters
   * with white space collapsed, holds the article's text.
   */
  private static final int ARTICLE_TEXT = 400;

  private final Set<Element> article = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The page's {@code h1} elements and the headline, once it is known. */
  private final Set<Element> headlines = Collections.newSetFromMap(new IdentityHashMap<>());
  private final java.util.Map<Element, Kind> kinds = new IdentityHashMap<>();
  /** Whether the page's template calls the article's own parts teasers ({@link #addHeadline}). */
  private boolean teasersOwn;

  private PageRegions() {}

  /**
   * Finds the article's containers on a page: the ancestors of each {@code h1}, {@code main} and
   * {@code itemprop=articleBody}, and of the first {@code article}. They are looked up among the elements of their tag
   * or attribute, which the other scans list anyway, rather than in a walk of the whole page; the order in which
   * they are added does not matter, since only their set is kept.
   *
   * @param elements the page's elements
   * @return the regions
   */
  static PageRegions of(PageElements elements) {
    PageRegions regions = new PageRegions();
    elements.byTag("h1").forEach(regions::addWithAncestors);
    regions.headlines.addAll(elements.byTag("h1"));
    elements.byTag("main").forEach(regions::addWithAncestors);
    for (Element e : elements.withAttribute("itemprop")) {
      // the pattern only for a value that starts with the word: a page's many other itemprops are told apart by a
      // comparison, without a regex matcher each
      String itemprop = e.attr("itemprop");
      if (itemprop.length() <= MAX_ARTICLE_BODY && itemprop.regionMatches(true, 0, "articleBody", 0, 11)
          && ARTICLE_BODY.matcher(itemprop).find()) {
        regions.addWithAncestors(e);
      }
    }
    List<Element> articles = elements.byTag("article");
    if (!articles.isEmpty()) {
      regions.addWithAncestors(articles.get(0));
    }
    return regions;
  }

  private void addWithAncestors(Element e) {
    for (Element p = e; p != null && article.add(p); p = p.parent()) {
      // each ancestor once; an ancestor already present has its own ancestors present too
    }
  }

  /**
   * Whether an element lies in a part of the page that is not the article's own.
   *
   * @param element the element
   * @return true if it or an ancestor below the article's containers is a comment section, a list of other
   *     articles, a sidebar, navigation or the page footer
   */
  boolean inOtherContent(Element element) {
    return inOtherContent(element, false);
  }

  /**
   * Whether an element lies in a part of the page that is another's, as {@link #inOtherContent} tells, but with
   * footers taken for the article's own wherever they are: blogs print the article's tags and categories in a post
   * footer that is often no child of an {@code <article>} ({@code div.blogpost_footer}). Sidebars, whose tag clouds
   * name the whole site's tags, still count as another's.
   *
   * @param element the element
   * @return true if it is in comments, a list of other articles, navigation or a sidebar
   */
  boolean inOtherContentThanFooters(Element element) {
    return inOtherContent(element, true);
  }

  /**
   * Whether an element lies in a part of the page that is another's, as {@link #inOtherContent} tells, but with a
   * teaser's class taken for the article's own, as it is on a page whose template calls the article's parts teasers:
   * for a heading that shows the page's declared title whole, which no other article's teaser does, and which is
   * then the headline that tells that the page's teasers are its own ({@link #addHeadline}).
   *
   * @param element the element
   * @return true if it is in comments, a list of other articles that its class calls no teaser, navigation, a
   *     sidebar or the page footer
   */
  boolean inOtherContentThanTeasers(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (article.contains(e)) {
        break;
      }
      if (kinds.computeIfAbsent(e, this::kind) == Kind.OTHER && !onlyTeaser(e)) {
        return true;
      }
    }
    return inOtherContent(element, false, true);
  }

  private boolean inOtherContent(Element element, boolean footersOwn) {
    return inOtherContent(element, footersOwn, false);
  }

  private boolean inOtherContent(Element element, boolean footersOwn, boolean teasersPassed) {
    boolean beside = false;
    for (Element e = element; e != null; e = e.parent()) {
      Kind kind = kinds.computeIfAbsent(e, this::kind);
      if (teasersPassed && kind == Kind.OTHER) {
        continue; // a teaser's, as the caller checked
      }
      if (article.contains(e)) {
        // A container of the article is never another part, whatever its classes say; what sits beside the
        // article in it is, unless the container is the <article> itself.
        return beside && kind != Kind.ARTICLE;
      }
      switch (kind) {
        case OTHER:
          return true;
        case ARTICLE:
          // a footer or an aside here is the article's own, which holds its date and byline; but an article
          // that a menu or a list of other articles holds is another's (WordPress marks each post of a mega-menu
          // "post type-post")
          return otherAbove(e.parent(), teasersPassed);
        case BESIDE:
          beside |= (!footersOwn || !isFooter(e)) && !headlineFooter(e);
          break;
        default:
          break;
      }
    }
    return beside;
  }

  /**
   * Whether an element or one of its ancestors below the article's containers is a part that is another's
   * ({@link Kind#OTHER}).
   */
  private boolean otherAbove(Element element, boolean teasersPassed) {
    for (Element e = element; e != null && !article.contains(e); e = e.parent()) {
      if (!teasersPassed && kinds.computeIfAbsent(e, this::kind) == Kind.OTHER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a footer is the headline's: it comes right after a block that holds the headline and little else, as
   * the footer of a card whose content is the headline, with the article's byline and date
   * ({@code <div class=card><div class=card-content><h1>…</h1></div><div class=card-footer>By … Dec 23, 2020}). A
   * page's footer follows a block that holds the article's text too.
   */
  private boolean headlineFooter(Element footer) {
    Element before = footer.previousElementSibling();
    if (before == null || !article.contains(before)) {
      return false; // most footers: the block before holds no headline, nor anything else of the article's
    }
    for (Element h : headlines) {
      if (h == before || Ancestry.isInside(h, before)) {
        return Texts.shortText(before, ARTICLE_TEXT).isPresent();
      }
    }
    return false;
  }


  /**
   * Whether an element is one of the article's containers: it holds a headline, the {@code main} element, the
   * {@code articleBody} or the first {@code article}.
   *
   * @param element the element
   * @return whether it holds any of them
   */
  boolean isArticleContainer(Element element) {
    return article.contains(element);
  }

  /** Whether the only words of an element's class and id that name another's part are teasers. */
  private static boolean onlyTeaser(Element e) {
    if (!hasToken(e, TEASER, TEASER_STEM)) {
      return false;
    }
    for (String token : Texts.tokens(e.className())) {
      if (names(token, OTHER) && !names(token, TEASER)) {
        return false;
      }
    }
    return !(names(e.id(), OTHER) && !names(e.id(), TEASER));
  }

  private static boolean isFooter(Element e) {
    return e.normalName().equals("footer") || hasToken(e, FOOTER, BESIDE_STEMS);
  }

  /** What an element is, by its tag and its classes: worked out once per element, since walks share ancestors. */
  private Kind kind(Element e) {
    String tag = e.normalName();
    if (tag.equals("nav") || hasToken(e, OTHER, OTHER_STEMS) && !(teasersOwn && onlyTeaser(e))) {
      return Kind.OTHER;
    }
    if (isArticle(e)) {
      return Kind.ARTICLE;
    }
    if (tag.equals("footer") || tag.equals("aside") || hasToken(e, BESIDE, BESIDE_STEMS) || isMasthead(e)) {
      return Kind.BESIDE;
    }
    return Kind.NONE;
  }

  private enum Kind { OTHER, ARTICLE, BESIDE, NONE }

  /**
   * Whether an element is the site's masthead: a {@code <header>} that holds a link to the home page, the site's
   * logo or name. A date there is the site's, the day's edition ("lun. 5 août 2019 Édition du matin") or a clock
   * ("Mittwoch, 01. November 2023"), never the article's. An article's own header links to no home page, or,
   * with its breadcrumbs, holds the headline, which makes it one of the article's containers, or stands in its
   * {@code <article>}, where a {@link Kind#BESIDE} part is the article's own.
   */
  private static boolean isMasthead(Element e) {
    return e.normalName().equals("header") && HomeLinks.within(e);
  }

  /**
   * Marks the headline's containers as the article's, once the headline is known.
   *
   * @param headline the element that shows the headline
   */
  void addHeadline(Element headline) {
    addWithAncestors(headline);
    headlines.add(headline);
    if (!teasersOwn && namesTeasers(headline)) {
      // The headline, a part of it or a block around it is a "teaser": the site's template names its blocks so,
      // the article's byline and date line beside the headline too ("teaser__meta"), so the word marks no other
      // article on this page. What was worked out with it no longer holds.
      teasersOwn = true;
      kinds.clear();
    }
  }

  private static boolean namesTeasers(Element headline) {
    for (Element e = headline; e != null; e = e.parent()) {
      if (hasToken(e, TEASER, TEASER_STEM)) {
        return true;
      }
    }
    for (Element e : headline.getAllElements()) {
      if (hasToken(e, TEASER, TEASER_STEM)) {
        return true;
      }
    }
    // the block right under the headline that holds its date line and its text, an empty paragraph between them
    // passed over: TYPO3's news plugin sets a single article in "teaserTyp3 newsSingle". A teaser's meta line alone
    // there may be another article's.
    Element under = headline.nextElementSibling();
    while (under != null && under.childNodeSize() == 0) {
      under = under.nextElementSibling();
    }
    return under != null && hasToken(under, TEASER, TEASER_STEM) && under.hasText()
        && Texts.shortText(under, ARTICLE_TEXT).isEmpty();
  }

  /** An {@code <article>}, or an element that microformats or schema.org mark as one. */
  private static boolean isArticle(Element e) {
    if (e.normalName().equals("article")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false; // no type and no class: most elements, whose ancestors every check of a region walks
    }
    String type = e.attr("itemtype");
    if (!type.isEmpty() && ARTICLE_TYPE.matcher(type).find()) {
      return true;
    }
    String classes = e.className();
    if (!ARTICLE_CLASS_STEMS.findIgnoringCase(classes)) {
      return false; // most classes: not split into tokens and lower-cased one by one
    }
    for (String token : Texts.tokens(classes)) {
      if (ARTICLE_CLASSES.contains(token.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasToken(Element e, Pattern part, NamePattern stems) {
    if (e.attributesSize() == 0) {
      return false; // neither class nor id
    }
    String classes = e.className();
    String id = e.id();
    if (!stems.findIgnoringCase(classes) && !stems.findIgnoringCase(id)) {
      return false;
    }
    for (String token : Texts.tokens(classes)) {
      if (names(token, part)) {
        return true;
      }
    }
    return names(id, part);
  }

  /**
   * Whether a class or id names such a part. Layout classes that only say a page has one ("has-sidebar",
   * "no-comments", "with-related") name the whole page, not the part.
   */
  private static boolean names(String token, Pattern part) {
    return !token.isEmpty() && !LAYOUT.matcher(token).find() && part.matcher(token).find();
  }
}
