package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Ancestry;
import io.github.newsmodel.html.internal.dom.DocumentOrder;
import io.github.newsmodel.html.internal.dom.HomeLinks;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.dom.Visibility;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the headline. The declared titles, strongest first, are the JSON-LD {@code headline}, the Dublin Core
 * title, {@code og:title}, {@code twitter:title}, the Microdata {@code headline}, Parse.ly and Sailthru titles and
 * the {@code <title>}, each without the site's name ({@link TitleParts}); one that is only the site's name or "Home"
 * declares no headline. The headline the page shows, its {@code <h1>}, wins over them when it agrees with one: when a
 * declared title holds it, or when they share a word, since sites often shorten or rephrase the title for search
 * engines and social cards. An {@code <h1>} that names the site, or that agrees with no declared title (a logo, a
 * section name), is passed over; one that holds a whole declared title and more (a kicker such as "Politics | ...")
 * gives way to that declared title, and a kicker in a block of its own at the heading's start is left out. An
 * {@code <h1>} that shows only the first part of the headline that an element above it, which its class calls the
 * headline, shows in full ("Title – and more") gives way to that. An {@code <h1>} that only shares words with the
 * declared titles (a section's name), or that ends the breadcrumbs, gives way to an {@code <h2>} that shows a
 * declared title whole and agrees better; one that ends the breadcrumbs gives way as well to an element that its
 * class or itemprop calls the headline and that agrees better; a heading that is the story part of a title of several
 * parts, its longest ("Section - Story", when the clean-up leaves the section on), shows that title whole. Without
 * such a heading, an {@code <h2>}, {@code <h3>} or {@code <h4>} that shows a declared title (press-release portals
 * set it in an {@code <h4>} under their own headings) or that title less a part in brackets at its end ("Post
 * (Blog)"), or else an element that its class calls the title ({@code <div class="post-title">}) and that agrees with
 * one, shows the headline; and a page without an {@code <h1>} shows it in its one {@code <h2>}, if that shares a word
 * with a declared title. An {@code <h1>} that agrees with no declared title, which names the site then, names the
 * page when a link to the page itself shows its text, as the breadcrumbs' last entry does. Without a heading, two
 * declared titles that say the same after a colon, each with a topic of its own before it, share their headline. A
 * title of many parts that nothing backs is cut to its story ({@link TitleParts#story}).
 *
 * @param text the headline, if any
 * @param headline the element that shows it: the {@code <h1>}, or a lower heading or title element that shows a
 *     declared title
 */
record PageTitle(Optional<String> text, Optional<Element> headline) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
  private static final int MAX_LENGTH = 400;
  /** The longest topic before a headline's colon ({@link #afterTopic}), and the shortest headline after it. */
  private static final int MAX_TOPIC = 40;
  private static final int MIN_AFTER_TOPIC = 12;
  /**
   * The separator after the site's name in a title whose story a lower heading shows ({@link #afterSiteName}): a
   * colon, or two hyphens for a dash, "A.Word.A.Day --maudlin".
   */
  private static final Pattern AFTER_SITE_NAME = Pattern.compile(":\\s+|\\s+--\\s*");
  /** What follows the {@code <h1>}'s text in the fuller headline above it ({@link #fullerAbove}): a dash or colon. */
  private static final Pattern AFTER_HEAD = Pattern.compile("(?:\\s+[-–—]|:)\\s+(\\S.*)");
  /** Headings below the first level that may show the headline when no {@code <h1>} does. */
  private static final Evaluator LOWER_HEADINGS = QueryParser.parse("h2, h3, h4");
  /** Classes of an element at the start of a heading that make it a kicker above the headline. */
  private static final ClassWords KICKER = new ClassWords(List.of("kicker", "topic", "label", "overline", "dachzeile",
      "roofline", "eyebrow", "small", "category", "rubric", "rubrik", "spitzmarke", "highline", "supertitle",
      "pretitle"), List.of(), List.of());
  /** Arrows and brackets that some sites set before a heading as an ornament: "[> Name", "» Name". */
  private static final Pattern ORNAMENT = Pattern.compile("^[\\[\\]<>»›|/\\\\~*•·]+\\s+");
  private static final Set<String> KICKER_TAGS = Set.of("div", "p", "small");
  /** The articles that a site's name may start with where its host does not: "The Daily Planet", "Die Zeit". */
  private static final Set<String> ARTICLES = Set.of("the", "die", "der", "das", "le", "la", "les", "el", "il", "lo",
      "los", "las", "de", "het");
  private static final Pattern KICKER_SEPARATOR = Pattern.compile("^[\\s:|–—-]+");
  /** Classes and ids of an element that holds the headline when no heading does: "post-title", "h-title". */
  static final ClassWords TITLED =
      new ClassWords(PageWords.TITLED_CLASSES, PageWords.TITLED_IDS, PageWords.TITLED_NOT);
  private static final int MAX_TITLED = 8;
  /**
   * Classes of the part of a heading that holds the headline itself, beside a kicker or a subline in parts of their
   * own: {@code <h2><span class="subline">Kicker</span> <span class="headline">Headline</span></h2>}.
   */
  private static final ClassWords HEADLINE_PART = new ClassWords(List.of("headline"), List.of(),
      List.of("subheadline", "sub-headline", "headline-sub"));
  /** The titles of a site's home page, which some pages keep as their own. */
  private static final Pattern HOME = Pattern.compile("(?i)home|homepage|startseite|start|accueil|inicio|index");
  private static final ClassWords BREADCRUMBS = new ClassWords(List.of("breadcrumb"), List.of("breadcrumb"),
      List.of());
  /**
   * The least score of a heading that shows a declared title whole, as its text or as its part in an element of its
   * own; below it, a heading only shares words with one ({@link #score}: 5 * 100, less one per weaker title).
   */
  private static final int SHOWS_A_DECLARED_TITLE = 5 * 100 - 10;
  /** The score of a heading that a declared title holds, though the title says more ({@link #score}). */
  private static final int HELD_BY_A_DECLARED_TITLE = 3 * 100;
  /** The score of a heading that only shares a word with a declared title ({@link #score}). */
  private static final int SHARES_A_WORD = 2 * 100;
  /** The score of a heading that is only a short side part of a title, a section's name ({@link #score}). */
  private static final int SIDE_PART = 100;
  /** The highest score of {@link #score}: a heading that shows a declared title beside a kicker of its own. */
  private static final int BEST_SCORE = 7 * 100;
  /** Links, parsed once: a heading of every page is searched for one. */
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  /** Classes and ids of headings that hold the site's logo or name, not the article's headline. */
  private static final ClassWords LOGO = new ClassWords(List.of("logo", "site-title", "site-name", "sitename",
      "site_title", "site_name"), List.of("logo", "site-title", "site-name", "sitename"),
      List.of());

  static PageTitle choose(Document page, PageElements elements, MetaTags meta, ArticleLd ld, Microdata md,
      Set<String> siteNames, Optional<String> host, List<URI> own, PageRegions regions,
      ClassWords.PageScans classScans) {
    List<String> declaredRaw = new ArrayList<>();
    ld.articleText("headline").ifPresent(declaredRaw::add);
    meta.first("dc.title", "dc:title", "dcterms.title", "dcterm:title").ifPresent(declaredRaw::add);
    meta.first("og:title").ifPresent(declaredRaw::add);
    meta.first("twitter:title").ifPresent(declaredRaw::add);
    md.headline().ifPresent(declaredRaw::add);
    meta.first("parsely-title", "sailthru.title", "title").ifPresent(declaredRaw::add);
    Texts.completeText(headTitle(elements)).or(() -> Texts.completeText(firstTitle(elements)))
        .ifPresent(declaredRaw::add);
    // A title declared twice alike (og:title and twitter:title often are) is cleaned once.
    List<String> cleaned = declaredRaw.stream().distinct().map(t -> TitleParts.clean(t, siteNames, host))
        .filter(t -> !t.isBlank() && t.length() <= MAX_LENGTH).distinct().toList();
    // A title that only names the site or its home page ("Home") names no article: the headline the page shows
    // stands on its own then.
    List<String> declared = cleaned.stream().filter(t -> !namesTheSite(t, siteNames, host)
        && !HOME.matcher(t).matches()).toList();

    Candidates candidates = new Candidates(declared, declaredRaw, siteNames, host, regions, new Declared());
    List<Element> all = elements.all();
    List<Element> h1s = elements.byTag("h1");
    Set<String> ownAddresses = new HashSet<>();
    own.forEach(u -> ownAddresses.add(sameAddress(u.toString())));
    if (declared.isEmpty()) {
      for (Element h1 : h1s) {
        Optional<String> text = candidates.text(h1);
        if (text.isPresent()) {
          return new PageTitle(text.map(t -> withoutKicker(h1, t)), Optional.of(h1));
        }
      }
      // The title names only the site and the <h1> holds no words but the site's logo, as an image: the theme
      // sets the headline a level lower, in the page's one <h2>.
      List<Element> h2s = elements.byTag("h2");
      boolean wordlessH1s = !h1s.isEmpty() && h1s.stream().allMatch(h -> Texts.shortText(h, MAX_LENGTH).isEmpty());
      Optional<String> text = wordlessH1s && h2s.size() == 1 ? candidates.text(h2s.get(0)) : Optional.empty();
      if (text.isPresent()) {
        return new PageTitle(text, Optional.of(h2s.get(0)));
      }
      // No <h1> names the article (a theme sets the site's name in it, or has none): the first lower heading that
      // heads running text does, as a blog's post title in an <h2> under the blog's name. A teaser's heading, a link
      // to another page, is another article's.
      Optional<PageTitle> lower = firstHeadingOfText(all, elements, ownAddresses, candidates);
      if (lower.isPresent()) {
        return lower.get();
      }
    }
    Optional<Chosen> h1 = candidates.best(h1s, 1);
    if (h1.isPresent() && h1.get().score() >= SHOWS_A_DECLARED_TITLE
        && h1.get().title().headline().filter(PageTitle::inBreadcrumbs).isEmpty()) {
      // An <h1> that shows a declared title whole, outside the breadcrumbs, gives way to no <h2> below: most pages'
      // <h1>, whose <h2>s (teasers, the text's headings) need not be weighed at all.
      Element heading = h1.get().title().headline().orElseThrow();
      return h1.get().title().text()
          .flatMap(t -> fullerAbove(heading, t, page, elements, classScans, siteNames, host, regions))
          .orElse(h1.get().title());
    }
    List<Element> h2s = elements.byTag("h2");
    Optional<Chosen> h2 = candidates.best(h2s, h1.isPresent() ? SHOWS_A_DECLARED_TITLE : 4 * 100);
    if (h1.isPresent() && h2.isPresent() && (h1.get().score() < SHOWS_A_DECLARED_TITLE
        || h1.get().score() < h2.get().score() && h1.get().title().headline().filter(PageTitle::inBreadcrumbs)
            .isPresent())) {
      // An <h1> that only shares words with the declared titles (a section's name, a heading in the text) gives way
      // to an <h2> that shows one of them whole: that <h2> is the headline. So does an <h1> at the end of the
      // breadcrumbs, when the <h2> agrees better.
      return h2.get().title();
    }
    if (h1.isPresent() && h1.get().title().headline().filter(PageTitle::inBreadcrumbs).isPresent()) {
      // The same for an element outside the breadcrumbs that its class or itemprop calls the headline.
      Optional<Chosen> titled = candidates.best(titled(page, elements, classScans), h1.get().score() + 1)
          .filter(t -> t.title().headline().filter(PageTitle::inBreadcrumbs).isEmpty());
      if (titled.isPresent()) {
        return titled.get().title();
      }
    }
    if (h1.isPresent() && h1.get().score() <= SIDE_PART) {
      // An <h1> that is only a side part of a title names the section ("Literatur" of "Site | Kultur | Literatur |
      // Story"); an <h2> that a declared title holds shows the story, though the title adds more to it.
      // A one-word <h2> may be a section's name as well ("Team" beside "Kleine Schafskunde"): the story has a few.
      Optional<Chosen> held = candidates.best(h2s, HELD_BY_A_DECLARED_TITLE)
          .filter(h -> h.title().text().filter(t -> Texts.tokens(t).length >= 3).isPresent());
      if (held.isPresent()) {
        return held.get().title();
      }
    }
    if (h1.isPresent() && h1.get().score() <= SHARES_A_WORD) {
      // An <h1> that only shares a word with the declared titles, and heads no running text, is the heading of a box:
      // "Our partners - Rowing" in the sidebar of a page titled "Rowing - News - Rowing | Federation", whose word is
      // the section's. A lower heading that agrees as well and heads the text is the article's headline.
      Optional<Chosen> heading = headingOfText(h1.get(), all, elements, ownAddresses, candidates);
      if (heading.isPresent()) {
        return heading.get().title();
      }
    }
    Set<String> siteKeys = siteKeys(siteNames, h1s, h2s, ownAddresses);
    if (h1.isPresent()) {
      // "Blog: Post" with the blog's name in the <h1>, which the title holds, and the post's in an <h3>
      Optional<PageTitle> story = storyAfterSiteName(all, declared, siteKeys, regions);
      if (story.isPresent()) {
        return story.get();
      }
    }
    Optional<PageTitle> best = h1.or(() -> h2).map(Chosen::title);
    if (best.isPresent()) {
      return best.get();
    }
    if (!declared.isEmpty()) {
      // The <title> names the site or its part, the same on each of its pages, and agrees with no heading: an <h1>
      // that a link to the page itself names, as the breadcrumbs' last entry does, names the page.
      Optional<PageTitle> named = namedByALinkToThePage(h1s, elements, ownAddresses, candidates);
      if (named.isPresent()) {
        return named.get();
      }
    }
    if (h1s.isEmpty() && h2s.size() == 1) {
      // A page without an <h1> whose one <h2> shares a word with the title shows its headline there: "Bootsdienst
      // Ausbildung" under the title "Feuerwehr Example - Ausbildung", which names the site and the section. One that
      // the title holds is a part of it, most often the site's name.
      Optional<Chosen> only = candidates.best(h2s, SHARES_A_WORD).filter(c -> c.score() < HELD_BY_A_DECLARED_TITLE);
      if (only.isPresent()) {
        return only.get().title();
      }
    }
    // No <h1> shows the headline; a heading of another level may, and its place tells where the date is.
    for (Element h : DocumentOrder.select(all, LOWER_HEADINGS)) {
      Optional<String> text = Texts.headingText(h, MAX_LENGTH);
      // a teaser's class passed over: a template that calls the article's parts teasers sets its headline in one
      if (text.isEmpty() || regions.inOtherContentThanTeasers(h)) {
        continue;
      }
      // the keys of the heading and of each declared title, worked out once: a page without an <h1> may have many
      // such headings, each compared with each declared title, and a key in another script than Latin costs a
      // decomposition of its text
      String key = declared.isEmpty() ? "" : candidates.memo().key(text.get());
      if (declared.stream()
          .anyMatch(d -> candidates.memo().key(d).equals(key) || afterTopic(text.get(), d))) {
        return new PageTitle(declared.stream().findFirst(), Optional.of(h));
      }
      if (declared.stream().anyMatch(d -> beforeBracket(text.get(), d))) {
        return new PageTitle(text, Optional.of(h));
      }
    }
    Optional<PageTitle> story = storyAfterSiteName(all, declared, siteKeys, regions);
    if (story.isPresent()) {
      return story.get();
    }
    // No heading shows the headline: an element that its class or itemprop calls the title may, when it agrees
    // with a declared title, as pages that set the headline in a <div class="post-title"> do. Else the declared
    // title, cleaned, without the site's name before a colon; but one that the clean-up leaves as "Home" (a home
    // page's "Example News - Home") is the page's title as declared, not "Home".
    return candidates.best(titled(page, elements, classScans), SHARES_A_WORD).map(Chosen::title)
        .orElseGet(() -> new PageTitle(sharedAfterTopic(declared)
            .or(() -> beyondTheSiteName(cleaned, declaredRaw, candidates.memo(), host)
            .map(t -> afterTheSiteName(t, siteKeys, siteNames, host)).map(t -> TitleParts.story(t, host)))
            .or(() -> declaredRaw.stream().map(t -> Texts.normalise(t).strip()).filter(t -> !t.isEmpty())
                .findFirst()), Optional.empty()));
  }

  /**
   * The strongest declared title, other than "Home", that names more than the site, when the stronger ones surely
   * name only the site: an {@code og:title} "Harbour Herald" beside the {@code <title>} "Storm closes harbour |
   * Harbour Herald". A title surely names the site when it spells the host, or when another declared title holds it as
   * a side part of its own, not its longest; a page that declares its own title as its site's name too
   * ({@code og:site_name} "EFF's 2015 Annual Report" beside the {@code <title>} "EFF in 2015 - Annual Report") keeps
   * that title, the article's. Without a title of more, the strongest.
   */
  private static Optional<String> beyondTheSiteName(List<String> cleaned, List<String> declaredRaw, Declared memo,
      Optional<String> host) {
    List<String> titles = cleaned.stream().filter(t -> !HOME.matcher(t).matches()).toList();
    for (String title : titles) {
      String key = memo.key(title);
      boolean site = TitleParts.spellsHost(key, host)
          || declaredRaw.stream().anyMatch(d -> sidePartBesideAHeadline(memo.parts(d), key, memo));
      if (!site) {
        return Optional.of(title);
      }
    }
    return titles.stream().findFirst();
  }

  /**
   * A title without the site's name and the colon before its headline, "Example Times: Storm closes harbour" of
   * exampletimes.com, which the clean-up leaves on ({@link TitleParts#clean}), since a name before a colon is most
   * often what the headline is about. The name counts as the site's when it is one of the site's names or spells its
   * host, and the rest reads like a headline, of three words or more.
   */
  private static String afterTheSiteName(String title, Set<String> siteKeys, Set<String> siteNames,
      Optional<String> host) {
    Matcher separator = AFTER_SITE_NAME.matcher(title);
    if (!separator.find() || separator.start() == 0) {
      return title;
    }
    String name = title.substring(0, separator.start());
    String rest = title.substring(separator.end()).strip();
    boolean site = siteKeys.contains(AuthorNames.key(name)) || namesTheSite(name, siteNames, host);
    return site && Texts.tokens(rest).length >= 3 ? rest : title;
  }

  /**
   * Whether a title's parts hold a text, by its key, beside a longer part that reads like a headline, of three words
   * or more: "Harbour Herald" in "Storm closes harbour | Harbour Herald", not "remoteStorage" in
   * "draft-dejong-remotestorage-04 - remoteStorage", whose other part is a document's file name.
   */
  private static boolean sidePartBesideAHeadline(List<String> parts, String key, Declared memo) {
    if (parts.size() < 2 || parts.stream().noneMatch(p -> memo.key(p).equals(key)) || isLongestPart(parts, key, memo)) {
      return false;
    }
    String longest = parts.stream().max((a, b) -> a.length() - b.length()).orElse("");
    return Texts.tokens(longest).length >= 3;
  }

  /**
   * The headline in full, when the {@code <h1>} shows only its first part: an element above the {@code <h1>} that
   * its class or itemprop calls the headline shows the {@code <h1>}'s text, a dash or a colon, and more words that
   * do not name the site. Some pages set the headline in a header stage ({@code <p class="stage-headline">Leasing
   * oder Finanzierung – was lohnt sich mehr?</p>}) and a short form of it in the {@code <h1>} at the start of the
   * text. An element that holds the {@code <h1>} is no such header, nor is one in a link or in another part of the
   * page ({@link PageRegions#inOtherContent}), a teaser of a story that goes on from this one ("Storm hits coast –
   * live updates"); of nested ones, the innermost shows the headline without the subline beside it. The
   * {@code <h1>} stays the headline's element.
   */
  private static Optional<PageTitle> fullerAbove(Element h1, String h1Text, Document page, PageElements elements,
      ClassWords.PageScans classScans, Set<String> siteNames, Optional<String> host, PageRegions regions) {
    Element body = page.body();
    if (body == null) {
      return Optional.empty();
    }
    List<Element> all = elements.all();
    ClassWords.Walk titledWalk = classScans.walk(TITLED);
    // the few elements with an itemprop, listed for the page already: no attribute is looked up on the others
    Set<Element> headlines = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : elements.withAttribute("itemprop")) {
      if (e.attr("itemprop").equalsIgnoreCase("headline")) {
        headlines.add(e);
      }
    }
    String head = h1Text.strip();
    Optional<PageTitle> fuller = Optional.empty();
    for (int i = elements.start(body); i < all.size(); i++) {
      Element e = all.get(i);
      if (e == h1) {
        return fuller;
      }
      if (!titledWalk.marks(i) && (headlines.isEmpty() || !headlines.contains(e))) {
        continue;
      }
      Optional<String> text = Texts.shortText(e, MAX_LENGTH).map(String::strip);
      if (text.isEmpty() || !text.get().startsWith(head) || Ancestry.isInside(h1, e) || Ancestry.isOrIsIn(e, "a")
          || regions.inOtherContent(e)) {
        continue; // a teaser of another story, in a link or in the navigation, the related stories
      }
      Matcher tail = AFTER_HEAD.matcher(text.get().substring(head.length()));
      if (tail.matches() && Texts.tokens(tail.group(1)).length >= 2
          && !TitleParts.isSite(tail.group(1), siteNames, host) && !namesTheSite(tail.group(1), siteNames, host)) {
        // The <h1> stays the headline's element: it heads the text, where the date and the body are looked for.
        fuller = Optional.of(new PageTitle(text, Optional.of(h1)));
      }
    }
    return Optional.empty();
  }

  /**
   * The lower heading that heads the article's text, when the {@code <h1>} that agrees best with the declared titles
   * heads none ({@link HeadedText}): an {@code <h2>}, {@code <h3>} or {@code <h4>} outside a link (a teaser's) that
   * heads running text and agrees with a declared title as well as the {@code <h1>} does.
   */
  private static Optional<Chosen> headingOfText(Chosen h1, List<Element> all, PageElements elements,
      Set<String> ownAddresses, Candidates candidates) {
    Element heading = h1.title().headline().orElseThrow();
    if (HeadedText.follows(heading, elements)) {
      return Optional.empty();
    }
    return candidates.best(DocumentOrder.select(all, LOWER_HEADINGS), h1.score(),
        h -> headsTheText(h, elements, ownAddresses));
  }

  /**
   * The first {@code <h2>}, {@code <h3>} or {@code <h4>} that may be the headline ({@link Candidates#text}), if it
   * {@link #headsTheText heads the text}. Only the first: a later one that heads text while the first heads none
   * ("Weitere Artikel" over a teaser's summary) tells no more than the first.
   */
  private static Optional<PageTitle> firstHeadingOfText(List<Element> all, PageElements elements,
      Set<String> ownAddresses, Candidates candidates) {
    for (Element h : DocumentOrder.select(all, LOWER_HEADINGS)) {
      Optional<String> text = candidates.text(h);
      if (text.isPresent()) {
        return headsTheText(h, elements, ownAddresses)
            ? Optional.of(new PageTitle(text.map(t -> withoutKicker(h, t)), Optional.of(h))) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a lower heading heads this page's running text ({@link HeadedText}): not a teaser's, which is a link to
   * another page or stands in one.
   */
  private static boolean headsTheText(Element heading, PageElements elements, Set<String> ownAddresses) {
    return !Ancestry.isOrIsIn(heading, "a") && !linksElsewhere(heading, ownAddresses)
        && HeadedText.follows(heading, elements);
  }

  /** Whether a heading holds a link to a page other than this one, as a teaser's headline does. */
  private static boolean linksElsewhere(Element heading, Set<String> ownAddresses) {
    for (Element a : heading.select(LINKS)) {
      Optional<URI> target = Urls.http(a, "href");
      if (target.isPresent() && !ownAddresses.contains(sameAddress(target.get().toString()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The headline that two declared titles share after a topic and a colon, each a topic of its own: "Vorschauen: Anno
   * 1800 Beta" as the {@code <title>} and "Industriell Revolutioniert?: Anno 1800 Beta" as the {@code og:title}, one
   * with the section, the other with the subtitle before the colon. The topics' lengths are {@link #afterTopic}'s.
   */
  private static Optional<String> sharedAfterTopic(List<String> declared) {
    for (int i = 0; i < declared.size(); i++) {
      String a = declared.get(i);
      int colonA = a.indexOf(": ");
      if (colonA <= 0 || colonA > MAX_TOPIC) {
        continue;
      }
      String story = a.substring(colonA + 2).strip();
      String storyKey = AuthorNames.key(story);
      String topicKey = AuthorNames.key(a.substring(0, colonA));
      for (String b : declared.subList(i + 1, declared.size())) {
        int colonB = b.indexOf(": ");
        if (colonB > 0 && colonB <= MAX_TOPIC && story.length() >= MIN_AFTER_TOPIC
            && AuthorNames.key(b.substring(colonB + 2)).equals(storyKey)
            && !AuthorNames.key(b.substring(0, colonB)).equals(topicKey)) {
          return Optional.of(story);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first {@code <h1>} whose text a link to the page itself shows: the last entry of the breadcrumbs, or the
   * current item of the navigation. The page's own address and its canonical one count, spelt with or without
   * "www." or a trailing slash; a link to a place on the page ({@code href="#disaster-list"}) points to a part of
   * it, which a sidebar's heading names.
   */
  private static Optional<PageTitle> namedByALinkToThePage(List<Element> h1s, PageElements elements,
      Set<String> ownAddresses, Candidates candidates) {
    if (h1s.isEmpty() || ownAddresses.isEmpty()) {
      return Optional.empty();
    }
    // the links' texts once, not once for each <h1>: a page of thousands of both must not cost their product
    Set<String> linkedKeys = new HashSet<>();
    Set<String> ownTails = lastSegments(ownAddresses);
    for (Element a : elements.byTag("a")) {
      String href = a.attr("href");
      if (href.indexOf('#') >= 0) {
        continue;
      }
      // A plain absolute URL is the URL it resolves to, if any: most links are such, and only those spelt as one of
      // the page's own addresses are worth resolving and parsing. So is a plain relative one whose last segment is
      // none of theirs: resolving a page's hundreds of relative links cost a tenth of its metadata.
      if (Urls.plainAbsolute(href) ? !ownAddresses.contains(sameAddress(href))
          : ownTails != null && !mayResolveTo(href, ownTails)) {
        continue;
      }
      if (Urls.http(a, "href").map(u -> sameAddress(u.toString())).filter(ownAddresses::contains).isPresent()) {
        linkedKeys.add(AuthorNames.key(a.text()));
      }
    }
    if (linkedKeys.isEmpty()) {
      return Optional.empty();
    }
    for (Element h1 : h1s) {
      Optional<String> text = candidates.text(h1);
      if (text.isPresent() && linkedKeys.contains(AuthorNames.key(text.get()))) {
        return Optional.of(new PageTitle(text, Optional.of(h1)));
      }
    }
    return Optional.empty();
  }

  /**
   * The last segments of the page's own addresses ({@link #sameAddress}), after their last "/", for
   * {@link #mayResolveTo}; null if an address has no "/" (a home page), which a link of any segment may resolve to.
   */
  private static @Nullable Set<String> lastSegments(Set<String> ownAddresses) {
    Set<String> tails = new HashSet<>();
    for (String address : ownAddresses) {
      int slash = address.lastIndexOf('/');
      if (slash < 0) {
        return null;
      }
      tails.add(address.substring(slash + 1));
    }
    return tails;
  }

  /**
   * Whether a link that is no plain absolute URL may resolve to one of the page's own addresses, whose last segments
   * are {@code ownTails}: false only for a relative link of plain characters (no scheme, fragment, white space or
   * escape that resolving could change) whose text after its last "/" is none of them. Resolving such a link against
   * any base keeps that text at the end of the URL, after a "/", so the address it resolves to ends with it; a link
   * that ends with "/", is a bare query, or ends with a dot segment takes its last segment from the base, and is
   * resolved.
   */
  private static boolean mayResolveTo(String href, Set<String> ownTails) {
    int n = href.length();
    if (n == 0 || href.charAt(0) == '?') {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = href.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~/?=&+,;%!$'()*@".indexOf(c) >= 0)) {
        return true;
      }
    }
    String tail = href.substring(href.lastIndexOf('/') + 1);
    int query = tail.indexOf('?');
    String segment = query < 0 ? tail : tail.substring(0, query);
    if (tail.isEmpty() || segment.equals(".") || segment.equals("..")) {
      return true;
    }
    return ownTails.contains(tail.toLowerCase(Locale.ROOT));
  }

  /** An address as two spellings of it share it: without scheme, "www.", fragment and trailing slash. */
  private static String sameAddress(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT);
    u = u.startsWith("https://") ? u.substring(8) : u.startsWith("http://") ? u.substring(7) : u;
    u = u.startsWith("www.") ? u.substring(4) : u;
    int cut = u.indexOf('#');
    u = cut >= 0 ? u.substring(0, cut) : u;
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  /**
   * The lower heading that shows the part of a declared title after the site's name and a colon, "Ridership
   * Notes: The ferry fare freeze", as Movable Type and TypePad title a post whose headline is an {@code <h3>} under
   * the blog's name in the {@code <h1>}, or after two hyphens, "A.Word.A.Day --maudlin" under the banner
   * {@code <h2>}. Only a page with such a title has its headings read.
   */
  private static Optional<PageTitle> storyAfterSiteName(List<Element> all, List<String> declared,
      Set<String> siteKeys, PageRegions regions) {
    if (declared.stream().noneMatch(d -> afterSiteName(d, null, siteKeys))) {
      return Optional.empty();
    }
    for (Element h : DocumentOrder.select(all, LOWER_HEADINGS)) {
      Optional<String> text = Texts.headingText(h, MAX_LENGTH);
      // a teaser's class passed over: a template that calls the article's parts teasers sets its headline in one
      if (text.isEmpty() || regions.inOtherContentThanTeasers(h)) {
        continue;
      }
      String key = AuthorNames.key(text.get());
      if (!key.isEmpty() && declared.stream().anyMatch(d -> afterSiteName(d, key, siteKeys))) {
        return Optional.of(new PageTitle(text, Optional.of(h)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a heading shows a declared title after its topic and a colon, "Technology: Harbour Town Puts Its Ferry
   * Timetable Online", as Slashdot heads a story with the link to its section and the link to itself.
   */
  private static boolean afterTopic(String heading, String declared) {
    int colon = heading.indexOf(": ");
    return colon > 0 && colon <= MAX_TOPIC && heading.length() - colon - 2 >= MIN_AFTER_TOPIC
        && AuthorNames.key(heading.substring(colon + 2)).equals(AuthorNames.key(declared));
  }

  /**
   * Whether a heading shows a declared title less a short part in brackets at its end, "Pier lights (Harbour
   * Notes)", as Movable Type 3 titles a post whose headline is an {@code <h2>} under the blog's name: the heading,
   * without the brackets, is the headline. A heading of one word is too likely a section's name.
   */
  private static boolean beforeBracket(String heading, String declared) {
    int open = declared.lastIndexOf(" (");
    return open > 0 && declared.endsWith(")") && declared.length() - open - 3 <= MAX_TOPIC
        && heading.strip().indexOf(' ') > 0 && AuthorNames.key(declared.substring(0, open)).equals(AuthorNames.key(heading));
  }

  /**
   * The page's first {@code <title>} in its head, as {@code head > title} selects it: looked up among the page's
   * few titles rather than in a walk of the page from its root.
   */
  private static @Nullable Element headTitle(PageElements elements) {
    for (Element title : elements.byTag("title")) {
      Element parent = title.parent();
      if (parent != null && parent.normalName().equals("head")) {
        return title;
      }
    }
    return null;
  }

  /** The page's first {@code <title>}, as {@code title} selects it, wherever it stands. */
  static @Nullable Element firstTitle(PageElements elements) {
    List<Element> titles = elements.byTag("title");
    return titles.isEmpty() ? null : titles.get(0);
  }

  /**
   * The keys of the names a page gives its site, with the text of its {@code <h1>}s, none of which shows a
   * declared title whole: on a page whose headline is a lower heading, an {@code <h1>} is the blog's banner. A page
   * without an {@code <h1>} has its banner in an {@code <h2>} that is a link to another page.
   */
  private static Set<String> siteKeys(Set<String> siteNames, List<Element> h1s, List<Element> h2s,
      Set<String> ownAddresses) {
    Set<String> keys = new HashSet<>();
    siteNames.forEach(n -> keys.add(AuthorNames.key(n)));
    for (Element h1 : h1s) {
      Texts.shortText(h1, MAX_LENGTH).map(AuthorNames::key).filter(k -> !k.isEmpty()).ifPresent(keys::add);
    }
    if (h1s.isEmpty()) {
      // Without an <h1>, the banner is an <h2> that links elsewhere, to the site's or the column's front page. An
      // <h2> that links to the page itself is the post's own headline.
      for (Element h2 : h2s) {
        Optional<String> key = Texts.shortText(h2, MAX_LENGTH).map(AuthorNames::key).filter(k -> !k.isEmpty());
        if (key.isPresent() && h2.select(LINKS).stream().anyMatch(a -> AuthorNames.key(a.text()).equals(key.get())
            && Urls.http(a, "href").filter(u -> !ownAddresses.contains(sameAddress(u.toString()))).isPresent())) {
          keys.add(key.get());
        }
      }
    }
    return keys;
  }

  /**
   * Whether a declared title is the site's name, a colon and the heading's text: "Ridership Notes: The ferry fare
   * freeze", as Movable Type and TypePad print the {@code <title>} of a post whose headline is an {@code <h3>}.
   * The clean-up of titles leaves a name before a colon on ({@link TitleParts#clean}), since "Apple: new phones" may
   * be about the site; a heading that shows the rest alone says that the name only signs it. Two hyphens, which the
   * clean-up does not take for a separator, serve as the colon ({@link #AFTER_SITE_NAME}). Without a heading's key,
   * whether the title starts with the site's name and such a separator at all.
   */
  private static boolean afterSiteName(String title, @Nullable String headingKey, Set<String> siteKeys) {
    Matcher separator = AFTER_SITE_NAME.matcher(title);
    return separator.find() && separator.start() > 0
        && (headingKey == null || AuthorNames.key(title.substring(separator.end())).equals(headingKey))
        && siteKeys.contains(AuthorNames.key(title.substring(0, separator.start())));
  }

  /**
   * Whether a title is the site's name itself: one of its names, or its host's name spelt out ("Anwalt Lindner" for
   * anwaltlindner.example), with an article before it or not ("The Daily Planet" for dailyplanet.example, "Die
   * Zeit" for zeit.de). A title that only starts with it ("Example Future", a newsletter) is more than that.
   */
  private static boolean namesTheSite(String title, Set<String> siteNames, Optional<String> host) {
    String key = AuthorNames.key(title);
    if (TitleParts.isSiteNameKey(key, siteNames) || TitleParts.spellsHost(key, host)) {
      return true;
    }
    int space = title.indexOf(' ');
    return space > 0 && space < title.length() - 1
        && ARTICLES.contains(title.substring(0, space).toLowerCase(Locale.ROOT))
        && TitleParts.spellsHost(AuthorNames.key(title.substring(space + 1)), host);
  }

  /**
   * Whether the heading is in the breadcrumbs, the path to the page that some sites set above the headline, or is
   * their last link itself ({@code <h1 class="breadcrumb-link">}).
   */
  private static boolean inBreadcrumbs(Element heading) {
    for (Element e = heading; e != null && !e.normalName().equals("body"); e = e.parent()) {
      if (BREADCRUMBS.marks(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first few elements of the body, other than {@code <h1>}s, whose class or itemprop calls them the page's
   * title. The body is the last child of the page, so its elements end the page's list, from the body on.
   */
  private static List<Element> titled(Document page, PageElements elements,
      ClassWords.PageScans classScans) {
    List<Element> out = new ArrayList<>();
    Element body = page.body();
    List<Element> all = elements.all();
    ClassWords.Walk titledWalk = classScans.walk(TITLED);
    for (int i = body == null ? all.size() : elements.start(body); i < all.size(); i++) {
      Element e = all.get(i);
      if (out.size() == MAX_TITLED) {
        break;
      }
      String tag = e.normalName();
      if ((titledWalk.marks(i) || e.attr("itemprop").equalsIgnoreCase("headline")) && !tag.equals("a")
          && !tag.equals("body") && !tag.equals("h1")) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * How well a heading agrees with the declared titles, and the headline it gives. From the strongest: it shows a
   * declared title with a kicker in an element of its own (the title, without the kicker); its main part is a part
   * of a declared title ("Kicker - Headline"); it equals a declared title; it is the headline part of one; a
   * declared title holds it, or it shares a word with one. A heading that is only a short side part of a title
   * ("News" in "News - Site") names a section, not the article, and agrees least. Agreements weaker than
   * {@code floor} are not worked out, and the heading gets no score: the caller has a heading that agrees as well
   * already, or asks for a better one, and most headings on a page ({@code <h2>}s of teasers) agree with nothing.
   */
  private static Optional<Scored> score(Element h1, String text, List<String> declared, List<String> declaredRaw,
      Declared memo, int floor) {
    String key = memo.key(text);
    Optional<String> headlinePart = headlinePart(h1, key);
    if (headlinePart.isPresent()) {
      // The part that the page calls the headline is the headline, not the kicker beside it, even when a declared
      // title is the kicker (a social card that shows the topic) or the two joined.
      // The heading's own Microdata headline is its text: it declares nothing the heading does not show.
      String partKey = AuthorNames.key(headlinePart.get());
      boolean ownItem = h1.attr("itemprop").toLowerCase(Locale.ROOT).contains("headline");
      if (declared.stream().anyMatch(d -> memo.key(d).equals(partKey))) {
        return Optional.of(new Scored(headlinePart.get(), 7 * 100));
      }
      if (declaredRaw.stream().map(memo::key).anyMatch(d -> d.contains(partKey) && !(ownItem
          && d.equals(key)))) {
        return Optional.of(new Scored(headlinePart.get(), 6 * 100));
      }
    }
    for (String d : declared) {
      if (inAPartOfItsOwn(h1, key, memo.key(d))) {
        return Optional.of(new Scored(d, 7 * 100));
      }
    }
    Optional<String> main = mainPart(h1);
    Optional<String> mainKey = main.map(AuthorNames::key);
    if (mainKey.isPresent() && declaredRaw.stream().anyMatch(d -> memo.parts(d).stream()
        .anyMatch(p -> memo.key(p).equals(mainKey.get())))) {
      return Optional.of(new Scored(main.get(), 6 * 100));
    }
    for (int i = 0; i < declared.size(); i++) {
      if (memo.key(declared.get(i)).equals(key)) {
        // A stronger declared title agrees more. An ornament before the text ("[> Name") is no part of it.
        return Optional.of(new Scored(ORNAMENT.matcher(text).replaceFirst(""), 5 * 100 - i));
      }
    }
    if (floor > SHOWS_A_DECLARED_TITLE) {
      return Optional.empty(); // the weaker agreements below would not count
    }
    for (String d : declaredRaw) {
      List<String> parts = memo.parts(d);
      if (parts.size() > 1 && isLongestPart(parts, key, memo) && Texts.tokens(text).length >= 3) {
        // "Section - Story": the heading is the story part of a title whose section the clean-up left on
        return Optional.of(new Scored(text, SHOWS_A_DECLARED_TITLE));
      }
    }
    if (floor > 4 * 100) {
      return Optional.empty();
    }
    Optional<Set<String>> mainWords = main.map(PageTitle::words);
    if (mainWords.isPresent() && declaredRaw.stream().anyMatch(d -> sharesAWord(mainWords.get(), memo.words(d)))) {
      return Optional.of(new Scored(main.get(), 4 * 100));
    }
    if (floor > HELD_BY_A_DECLARED_TITLE) {
      return Optional.empty();
    }
    boolean sidePart = Texts.tokens(text).length <= 2 && declaredRaw.stream()
        .anyMatch(d -> memo.parts(d).size() > 1 && memo.parts(d).stream()
            .anyMatch(p -> memo.key(p).equals(key)) && !isLongestPart(memo.parts(d), key, memo));
    if (sidePart) {
      return Optional.of(new Scored(text, SIDE_PART));
    }
    for (String d : declaredRaw) {
      if (memo.key(d).contains(key)) {
        return Optional.of(new Scored(text, HELD_BY_A_DECLARED_TITLE));
      }
    }
    if (floor > SHARES_A_WORD) {
      return Optional.empty();
    }
    Set<String> textWords = words(text);
    for (String d : declaredRaw) {
      if (sharesAWord(textWords, memo.words(d))) {
        return Optional.of(new Scored(text, SHARES_A_WORD));
      }
    }
    return Optional.empty();
  }

  private static boolean isLongestPart(List<String> parts, String key, Declared memo) {
    String longest = parts.stream().max((a, b) -> a.length() - b.length()).orElse("");
    return memo.key(longest).equals(key);
  }

  private record Scored(String title, int score) {}

  /** A heading's headline and how well the heading agrees with the declared titles. */
  private record Chosen(PageTitle title, int score) {}

  /** The headings that may show the headline, and what they are weighed against. */
  private record Candidates(List<String> declared, List<String> declaredRaw, Set<String> siteNames,
      Optional<String> host, PageRegions regions, Declared memo) {

    /** The text of a heading that may be the headline: not hidden, not a logo, not in another part. */
    Optional<String> text(Element heading) {
      Optional<String> text = Texts.headingText(heading, MAX_LENGTH);
      if (text.isEmpty()) {
        return text;
      }
      // the heading's key, which the tests below and the score ask for, worked out once for the page
      String key = memo.key(text.get());
      if (key.isEmpty() || regions.inOtherContent(heading) || Visibility.outOfSight(heading)
          || TitleParts.isSiteKey(key, siteNames, host) || isLogo(heading, key, declared, declaredRaw, memo)) {
        return Optional.empty();
      }
      return text;
    }

    /** The heading that agrees best with the declared titles, at least with the given score. */
    Optional<Chosen> best(List<Element> headings, int minScore) {
      return best(headings, minScore, h -> true);
    }

    /**
     * The heading that agrees best with the declared titles, at least with the given score, of those that pass a
     * test; the test is asked only of a heading that would be the best so far, since most agree with nothing.
     */
    Optional<Chosen> best(List<Element> headings, int minScore, Predicate<Element> test) {
      Optional<Chosen> best = Optional.empty();
      int bestScore = minScore - 1;
      for (Element heading : headings) {
        if (bestScore >= BEST_SCORE) {
          break; // no heading can agree better
        }
        int floor = bestScore + 1;
        Optional<Scored> scored = text(heading).flatMap(t -> score(heading, t, declared, declaredRaw, memo, floor));
        if (scored.isPresent() && scored.get().score() > bestScore && test.test(heading)) {
          String title = withoutKicker(heading, scored.get().title());
          bestScore = scored.get().score();
          best = Optional.of(new Chosen(new PageTitle(Optional.of(title), Optional.of(heading)), bestScore));
        }
      }
      return best;
    }
  }

  /**
   * Whether the headline element holds the declared title and, in an element of its own, something more: a
   * kicker above the headline ("Interne Unterlagen im Netz"), or a date or category line after it; or the
   * declared title in an element of its own after a label ("Thread: <span>Title</span>"). A longer headline in
   * one run of text ("Saftiger Zitronenkuchen vom Blech: einfach köstlich!") is the headline itself.
   */
  private static boolean inAPartOfItsOwn(Element h1, String key, String declaredKey) {
    if (key.length() <= declaredKey.length() || !key.contains(declaredKey)) {
      return false;
    }
    for (Element e = h1.firstElementChild(); e != null; e = DocumentOrder.nextInside(e, h1)) {
      String part = AuthorNames.key(e.text());
      if (!part.isEmpty() && (key.equals(part + declaredKey) || key.equals(declaredKey + part)
          || part.equals(declaredKey))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part of a heading that its class calls the headline, when the heading holds more than it: a kicker or a
   * subline in an element of its own. A part of fewer than three words is no headline, only a label.
   */
  private static Optional<String> headlinePart(Element heading, String headingKey) {
    // The heading's elements in the order getAllElements lists them, walked in place: every heading that is weighed
    // is asked, and the list that collects them cost more than the few elements most headings hold.
    for (Element e = heading.firstElementChild(); e != null; e = DocumentOrder.nextInside(e, heading)) {
      if (!HEADLINE_PART.marks(e)) {
        continue;
      }
      Optional<String> text = Texts.shortText(e, MAX_LENGTH);
      if (text.isEmpty()) {
        continue;
      }
      String key = AuthorNames.key(text.get());
      if (Texts.tokens(text.get()).length >= 3 && key.length() < headingKey.length()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /**
   * The headline without the kicker that a heading shows above it in an element of its own, at its start:
   * {@code <h1><div class="topic-label">100. Geburtstag</div> Holocaust-Überlebende ...</h1>}. The kicker is a block
   * ({@code div}, {@code p}, {@code small}) or its class names it ("kicker", "topic", "overline", "h1small"); an
   * inline element at the start ({@code <em>Star Wars</em> returns}) is part of the headline. A kicker of more than
   * six words, or a rest of fewer than three, is left as it is.
   */
  static String withoutKicker(Element heading, String title) {
    Element kicker = null;
    for (Node child : heading.childNodes()) {
      if (child instanceof TextNode t && t.isBlank()) {
        continue;
      }
      kicker = child instanceof Element e ? e : null;
      break;
    }
    if (kicker == null || !(KICKER.marks(kicker) || KICKER_TAGS.contains(kicker.normalName()))) {
      return title;
    }
    String kickerText = Texts.normalise(kicker.text());
    if (kickerText.isEmpty() || Texts.tokens(kickerText).length > 6 || !title.startsWith(kickerText)) {
      return title;
    }
    String rest = KICKER_SEPARATOR.matcher(title.substring(kickerText.length())).replaceFirst("");
    return Texts.tokens(rest).length < 3 ? title : rest;
  }

  /**
   * The headline of a heading made of parts, each in an element of its own and nothing between them but
   * punctuation: a kicker and the headline ("<span>Kicker</span>: <span>Headline</span>"). The longest part is
   * the headline.
   */
  private static Optional<String> mainPart(Element h1) {
    // The child elements are counted and read off the child nodes: a list of them, made twice for each heading
    // weighed, cost more than the test, which most headings, of one run of text, fail.
    if (!twoChildElements(h1) || !AuthorNames.key(h1.ownText()).isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0, n = h1.childNodeSize(); i < n; i++) {
      if (h1.childNode(i) instanceof Element child) {
        Texts.nonBlank(child.text()).filter(t -> !AuthorNames.key(t).isEmpty()).ifPresent(parts::add);
      }
    }
    if (parts.size() < 2) {
      return Optional.empty();
    }
    return parts.stream().max((a, b) -> a.length() - b.length());
  }

  /**
   * Whether an element has two child elements or more, as {@code children().size() >= 2} tells. Package-private,
   * for the test that holds it, and {@link DocumentOrder#nextInside}, to jsoup's lists.
   */
  static boolean twoChildElements(Element e) {
    int found = 0;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element && ++found == 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading that its class calls the logo or the site's name ({@code <h1 class="logo">Opinion</h1>}), that links to
   * the home page, or that spells a part of the title that is not the headline (the
   * site's name, as in "Story - Salon.com"), is the site's logo.
   */
  private static boolean isLogo(Element h1, String key, List<String> declared, List<String> declaredRaw,
      Declared memo) {
    if (LOGO.marks(h1)) {
      return true;
    }
    if (HomeLinks.within(h1)) {
      return true;
    }
    if (key.length() < 3 || declared.stream().anyMatch(d -> memo.key(d).equals(key))) {
      return false; // the story of "Site » Section » Story" comes last, yet it is no site's name
    }
    for (String title : declaredRaw) {
      Optional<String> affix = memo.lastPartKey(title);
      if (affix.isPresent() && affix.get().startsWith(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a heading agrees with a title in its words: it shares two words of four letters or more with it, or
   * one long enough to be telling (seven letters), or one that is half of its own such words ("Chorgeschichte" and
   * "Geschichte - Chorknaben Ulm"). A word agrees with a long word it holds ("Gefahrstoffmanagement" and
   * "Gefahrstoff-Service"); a short common word ("title") alone proves nothing.
   */
  private static boolean sharesAWord(Set<String> wa, Set<String> wb) {
    int shared = 0;
    boolean distinctive = false;
    for (String x : wa) {
      for (String y : wb) {
        if (x.equals(y) || (y.length() >= 6 && x.contains(y)) || (x.length() >= 6 && y.contains(x))) {
          shared++;
          distinctive |= Math.min(x.length(), y.length()) >= 7;
          break;
        }
      }
    }
    return shared >= 2 || (shared == 1 && (distinctive || wa.size() <= 2));
  }

  private static Set<String> words(String text) {
    return new HashSet<>(AuthorNames.words(WORD, text));
  }

  /**
   * The keys, parts and words of the titles a page declares, worked out once for the page: every heading is
   * weighed against every declared title, and these were worked out again for each pair. The headings' keys are
   * kept too, which the tests of a heading and its score each asked for.
   */
  private static final class Declared {
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, List<String>> parts = new HashMap<>();
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, Optional<String>> lastPartKeys = new HashMap<>();

    String key(String text) {
      return keys.computeIfAbsent(text, AuthorNames::key);
    }

    List<String> parts(String title) {
      return parts.computeIfAbsent(title, TitleParts::parts);
    }

    Set<String> words(String title) {
      return words.computeIfAbsent(title, PageTitle::words);
    }

    /** The key of a title's last part, when it has one shorter than another part; asked once per heading. */
    Optional<String> lastPartKey(String title) {
      return lastPartKeys.computeIfAbsent(title, t -> TitleParts.lastPart(t).map(AuthorNames::key));
    }
  }
}
