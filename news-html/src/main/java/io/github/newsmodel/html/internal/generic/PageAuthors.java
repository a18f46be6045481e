package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.internal.UrlHosts;
import io.github.newsmodel.html.internal.dom.Ancestry;
import io.github.newsmodel.html.internal.dom.AuthorPath;
import io.github.newsmodel.html.internal.dom.LoginName;
import io.github.newsmodel.html.internal.dom.OwnLineLink;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import io.github.newsmodel.html.internal.dom.Preceding;
import io.github.newsmodel.html.internal.dom.ProfileLink;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import io.github.newsmodel.html.internal.time.DateTimes;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Chooses the article's authors. The sources, strongest first: the JSON-LD {@code author} (or {@code creator}) of the
 * article, its Microdata {@code author}, the {@code <meta>} keys ({@code author}, {@code article:author},
 * {@code parsely-author}, {@code sailthru.author}, Dublin Core {@code creator}, {@code citation_author}, {@code byl}),
 * and the byline the page shows ({@code rel=author} links, {@code byline} and {@code author} elements outside comment
 * sections, a byline, a post's line or a date line with a full name near the headline, a link to an author's page
 * after a byline's label on either side of the headline, and a labelled byline or a signature anywhere
 * in the article; and, when none of these names anyone, a lone byline with a link to an author's page beside the
 * headline, though its block's class calls it navigation or a teaser, a name in bold or italics, or a name and a date,
 * that closes the text, a press release's single contact, a personal site's owner named with a title in a name the
 * host spells, and last the login in lower case that is the host's first label in a byline beside the headline, as a
 * blogging service signs a blog's posts ({@link #hostNamedLogin})). A byline in a figure's caption credits the picture. The
 * first source that names a person gives the names, and the byline the page shows adds the co-authors that declared metadata leaves out, or replaces
 * the declared account when a paragraph under the headline signs the text with other names
 * ({@link #signedUnderHeadline}), or when the last line of its text does and the page never shows the account's name
 * ({@link #signedAtTheEnd}); every source may add the links of a person it names: the author's page on the site
 * as {@link Author#url()}, other profiles as {@link Author#profiles()}. A name that is a login ("jane.roe") becomes the name the page shows for it
 * ({@link DisplayNames}) or that its embedded state records beside it ({@link StateDisplayName}), and a login in lower case the spelling with which the closing greeting signs the text
 * ("Deine Mia", {@link ClosingSignature#signedLogin}); when the page shows none for any of them, a byline in the article that names people by their
 * full names names the authors.
 *
 * <p>Organisations are never authors: a JSON-LD author typed as an organisation, or a name that is the site's
 * ({@link SiteName}) or looks like an organisation's ({@link AuthorNames}), is left out. Nor is the translator that
 * the page credits beside the author ("Übersetzung <a>Max Muster</a>"), whom a site may declare as the account that
 * posted the text: the page's labelled byline names the author then ({@link #creditedBesideTranslators}). Nor is
 * the template's maker, whom a {@code <meta>} author names beside another site's address ({@link
 * #creditsAnotherSite}).
 */
final class PageAuthors {
  private static final List<String> META_KEYS = List.of("dc.creator", "dc:creator", "dcterms.creator",
      "dcterm:creator", "article:author", "og:article:author", "parsely-author", "sailthru.author", "author",
      "citation_author", "byl");
  /**
   * The home page of a site written beside a name, "http://roe.example", "www.roe-design.example/": the group is
   * its host, without "www.". An address with a path beyond the host is a page of its own, such as a profile.
   */
  private static final Pattern SITE_HOME = Pattern.compile("(?i)(?:https?://(?:www\\.)?|(?<![\\p{L}\\p{N}.])www\\.)"
      + "([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)/?(?![\\p{L}\\p{N}/.-])");
  /** The keys whose value is one person, whom catalogue metadata writes surname first ({@link InvertedName}). */
  private static final Set<String> ONE_PERSON_KEYS = Set.of("dc.creator", "dc:creator", "dcterms.creator",
      "dcterm:creator", "citation_author");
  /**
   * Elements whose class or id marks a byline; "authority" and "authorize" mark none, nor does the author of a
   * quotation that a box beside the text cites ({@code zitat-author}, {@code quote-author}), nor the line of when a
   * forum's poster posted, Discuz!'s {@code em#authorposton40211} "发表于 2020-3-12 10:05".
   */
  static final ClassWords BYLINES =
      new ClassWords(PageWords.BYLINE_CLASSES, PageWords.BYLINE_IDS, PageWords.BYLINE_NOT);
  /** Links to an author's page ({@link AuthorPath#leadsToAuthor}), for the queries within a byline. */
  private static final Evaluator AUTHOR_LINKS = new Evaluator() {
    @Override
    public boolean matches(Element root, Element e) {
      return e.normalName().equals("a") && AuthorPath.leadsToAuthor(e);
    }
  };
  /** The parts of a person's microdata, and a link: queries parsed once, not once for each author of each page. */
  private static final Evaluator NAME_PROP = QueryParser.parse("[itemprop~=(?i)^name$]");
  private static final Evaluator URL_PROP = QueryParser.parse("[itemprop~=(?i)^url$]");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final java.util.regex.Pattern NOT_A_BYLINE = java.util.regex.Pattern.compile(
      "(?i)(^|[\\s_-])(bio|biography|description|desc|avatar|image|img|photo|picture|about|box|info-box|social"
      + "|follow|more|archive)($|[\\s_-])");

  /**
   * The words before a link that names who last changed or answered something, not who wrote it: bbPress's "This
   * topic ... was last updated 2 years ago by", a forum index's "Last post by", "zuletzt aktualisiert von".
   */
  private static final Pattern UPDATED_BY = Pattern.compile("(?iu)(?:updated|modified|edited|last post|last reply"
      + "|aktualisiert|geändert|letzter beitrag|mis à jour|modifié|dernier message)\\b[^.!?]{0,60}"
      + "\\b(?:by|von|par)\\s*$");
  /** How much of the text before a link is read for {@link #UPDATED_BY}. */
  private static final int UPDATED_BY_TAIL = 100;
  /**
   * The words right before a name that credit the translation, not the text: "Übersetzung", "Übersetzt von",
   * "Translated by", "Traduction :", "Traducido por". A page that carries a text in translation names its translator
   * beside its author, often as the account that posted it.
   */
  private static final Pattern TRANSLATOR_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:übersetzung|übersetzt"
      + "|übersetzer|übersetzerin|translation|translated|translator|traduction|traduit|traducteur|traductrice"
      + "|traducción|traducido|traductor|traductora|traduzione|tradotto|vertaling|vertaald)(?:\\s+(?:von|by|par|por"
      + "|da|door))?\\s*:?\\s*$");
  /** The elements whose words are no label of what follows them, but a link's or a button's: {@link #translatorLink}. */
  private static final Evaluator CONTROLS = QueryParser.parse("a, button, select");
  /** How much of the text before a name is read for {@link #TRANSLATOR_LABEL}. */
  private static final int TRANSLATOR_TAIL = 40;

  /** A cell that opens with a label of its own, "Topic: ...": the header of another column, not a value. */
  private static final Pattern LABELLED_CELL = Pattern.compile("\\p{L}[\\p{L} ]{0,20}:\\s");

  /** One or two capitalised words after a first name: the surname that completes it. */
  private static final Pattern SURNAME = Pattern.compile("((?:\\s\\p{Lu}[\\p{L}'’-]+){1,2})(?![\\p{L}])");

  private static final int NEAR_HEADLINE = 40;
  /** The shortest login that a host's first label may be ({@link #hostNamedLogin}): "blog" or "news" is none. */
  private static final int MIN_HOST_LOGIN = 5;
  /** What stands between a date and a name in a date line, and at its ends. */
  private static final Pattern DATE_LINE_SEPARATORS = Pattern.compile("^[\\s\\-–—|·•,/]+|[\\s\\-–—|·•,/]+$");
  /**
   * What a date line may print between its date and the name after it: the label "von" or "by" ("12.03.2019 09:30
   * von Jane Roe", as Contao's news reader prints it), which a lower-case particle of a surname is not, since the
   * name must start with a capital after it.
   */
  private static final Pattern BY_AFTER_DATE = Pattern.compile("^(?:von|by|par|por|di|door)\\s+(?=\\p{Lu})");
  /** The count of comments that closes a date line: "(Kommentare: 3)", "(3 Kommentare)". */
  private static final Pattern COUNT_AFTER_NAME = Pattern.compile("\\s*\\((?:\\p{L}+:\\s*)?\\d+(?:\\s+\\p{L}+)?\\)$");
  /** Two to four capitalised words, the first and last not a particle: "Jane Roe", "Ursula von der Leyen". */
  static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:von|van|de|der|den"
      + "|del|da|di|du|le|la|zu)\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*){1,3}");
  static final Evaluator LINE_BREAK = QueryParser.parse("br");
  /** A column's host on a line of their own: "with Jane Roe" ({@link #hostBefore}). */
  private static final Pattern HOSTED_BY = Pattern.compile("(?i:with)\\s+(" + FULL_NAME.pattern() + ")");
  /** What {@link #mayBeLabelled} tells of an element's own text. */
  private static final int NO_BYLINE = 0;
  private static final int SIGNATURE_ONLY = 1;
  private static final int LABEL_OR_SIGNATURE = 2;
  /** The fewest words of a {@link #SIGNATURE}: its label and a name of two words at least. */
  private static final int SIGNATURE_WORDS = 3;
  /** The longest own text of an element that holds a labelled byline. */
  static final int MAX_LABELLED = 100;
  /** A label that names the author whatever follows it, with the name after it if the element holds one. */
  private static final BylinePattern AUTHOR_LABEL = BylinePattern.of(Pattern.compile("(?:" + AuthorNames.AUTOR
      + "|authors?|auteurs?|autore|автор|" + AuthorNames.AUTHOR_WORDS + "|责任编辑|作者|记者|编辑)\\s*(?:[:：]\\s*(.*))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  /**
   * A label of the authors with their names after it and no colon between: "Autoren Jane Roe und Max Muster", as an
   * article signs itself at its end. The names must be full names ({@link #fullNamesOnly}), as prose may start so.
   */
  private static final BylinePattern NAMES_AFTER_LABEL = BylinePattern.of(Pattern.compile("(?i:" + AuthorNames.AUTOR
      + "|authors?|auteurs?)\\s+\\p{Lu}.*"));
  /**
   * An element that holds only a signature: "Von Jane Roe", "By Jane Roe", "Ein Beitrag von Jane Roe", "Blog post by
   * Jane Roe". Words that credit a picture ("Photo by") lead none: a caption may stand anywhere in the text.
   */
  private static final BylinePattern SIGNATURE = BylinePattern.of(Pattern.compile("(?i:(?:(?:ein|eine|a|an|un|une"
      + "|blog|gast|guest)\\s*)*(?:beitrag|artikel|text|post|article|story|gastbeitrag|kommentar|written|posted"
      + "|geschrieben|verfasst|publié|écrit)\\s+)?(?i:by|von|par|por|door)\\s+\\p{Lu}[\\p{L}.'’-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,2}"));

  /**
   * A post's line that says where or when before who, "Posted in News by jroe on August 3, 2019", "Posted on 3 August
   * 2019 by Jane Roe", "Veröffentlicht am 3. August 2019 von Jane Roe", as blog themes print it under the headline:
   * the byline is what follows the label of the writer, a login in lower case too, as the line says what it is.
   */
  private static final BylinePattern POSTED_BY = BylinePattern.of(Pattern.compile("^(?:posted|published|filed"
      + "|written|gepostet|veröffentlicht|geschrieben|publié|publicado)\\s+(?:in|on|under|at|am|unter|um|le|en|el)\\s+"
      + ".{1,80}?\\s((?:by|von|par|por)\\s+[\\p{L}\\p{N}].*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

  private PageAuthors() {}

  static List<Author> choose(PageElements elements, PageLinks pageLinks, MetaTags meta, ArticleLd ld, Microdata md,
      SiteName site, Optional<String> host, PageRegions regions, Optional<Element> headline,
      ClassWords.PageScans classScans, ShortTexts texts, BodyText bodyText) {
    List<Element> all = elements.all();
    Set<String> siteNames = site.all();
    // Each byline's text is read once for all the steps below, several of which read the same text.
    BylineNames bylineNames = new BylineNames(siteNames);
    Map<String, Author.Builder> authors = new LinkedHashMap<>();
    // A source that names only the site, spelt as its host ("El Diario" of eldiario.example), is set aside: a
    // weaker source may name the writer. It is kept when none does, as a personal blog is named after its author.
    Map<String, Author.Builder> hostNamed = new LinkedHashMap<>();
    fromJsonLd(ld, bylineNames, host, authors, login -> StateDisplayName.of(all, login, siteNames));
    setAsideHostNames(authors, host, hostNamed);
    if (authors.isEmpty()) {
      fromMicrodata(md, bylineNames, host, authors, regions);
      setAsideHostNames(authors, host, hostNamed);
    }
    if (authors.isEmpty()) {
      for (String key : META_KEYS) {
        for (String value : meta.all(key)) {
          // a profile URL alone names no one, and a name beside another site's home is the site's maker's
          if (Urls.http(value).isEmpty() && !value.startsWith("www.") && !creditsAnotherSite(value, host)) {
            bylineNames.of(spokenOrder(key, value)).forEach(n -> add(authors, n));
          }
        }
        setAsideHostNames(authors, host, hostNamed);
        if (!authors.isEmpty()) {
          break;
        }
      }
    }
    // One walk of the bylines' classes for the page: fromByline and fromLoneLinkedByline test the same words.
    ClassWords.Walk bylines = classScans.walk(BYLINES);
    if (authors.isEmpty()) {
      fromByline(elements, pageLinks, bylines, bylineNames, authors, regions, texts);
    } else {
      Map<String, Author.Builder> byline = new LinkedHashMap<>();
      boolean namesAlone = fromByline(elements, pageLinks, bylines, bylineNames, byline, regions, texts);
      if (!bylineBackedByMeta(authors, byline, meta, bylineNames) && namesAlone) {
        withCoAuthors(byline, authors);
      }
    }
    if (!authors.isEmpty() && headline.isPresent()) {
      signedUnderHeadline(all, headline.get(), bylineNames, authors, regions, texts);
    }
    if (!authors.isEmpty()) {
      signedAtTheEnd(elements, siteNames, authors, regions, bodyText);
    }
    if (authors.isEmpty() && headline.isPresent()) {
      fromTextNearHeadline(all, headline.get(), bylineNames, authors, regions, texts);
    }
    if (authors.isEmpty() && headline.isPresent()) {
      fromLabelledAuthorLink(all, headline.get(), bylineNames, authors, regions);
    }
    if (authors.isEmpty()) {
      fromLabelledByline(all, bylineNames, authors, regions);
    }
    if (authors.isEmpty()) {
      WireLead.names(all, regions).forEach(n -> bylineNames.of(n).forEach(name -> add(authors, name)));
    }
    if (authors.isEmpty()) {
      authors.putAll(hostNamed);
    }
    if (authors.isEmpty() && headline.isPresent()) {
      fromLoneLinkedByline(elements, bylines, bylineNames, authors, regions, headline.get());
    }
    if (authors.isEmpty()) {
      ClosingSignature.names(elements.byTag("p"), siteNames, regions).forEach(n -> add(authors, n));
    }
    if (authors.isEmpty()) {
      PressContact.name(elements.byTag("p"), siteNames, regions).ifPresent(n -> add(authors, n));
    }
    if (authors.isEmpty() && host.isPresent()) {
      SiteOwner.name(all, headline, siteNames, host.get()).ifPresent(n -> add(authors, n));
    }
    if (authors.isEmpty() && headline.isPresent() && host.isPresent()) {
      hostNamedLogin(elements, bylines, host.get(), authors, regions, headline.get());
    }
    if (authors.isEmpty()) {
      return List.of(); // no one to link, nor to complete: the page's links to authors' pages are not read
    }
    List<Element> links = authorLinks(pageLinks, regions);
    // The name of each link's text, read once: a page links an author's page from each of their bylines and boxes.
    Map<String, Optional<String>> linkNames = new HashMap<>();
    Function<Element, Optional<String>> linkName = a -> texts.of(a, 80)
        .flatMap(t -> linkNames.computeIfAbsent(t, k -> AuthorNames.name(k, siteNames)));
    // Each link's URL, parsed once: a page links an author's page from each of their bylines, boxes and teasers.
    Map<String, Optional<URI>> hrefs = new HashMap<>();
    Set<String> translators = new HashSet<>();
    for (Element a : links) {
      linkName.apply(a).ifPresent(name -> {
        if (translatorLink(a)) {
          translators.add(name.toLowerCase(Locale.ROOT));
          return;
        }
        Author.Builder author = authors.get(name.toLowerCase(Locale.ROOT));
        if (author != null) {
          link(author, a.hasAttr("href") ? hrefs.computeIfAbsent(a.attr("href"), h -> Urls.http(a, "href"))
              : Optional.empty(), host);
        }
      });
    }
    List<Author> out = new ArrayList<>();
    DisplayNames displayNames = new DisplayNames(elements.byTag("body").stream().findFirst().orElse(null), bodyText);
    for (Author.Builder b : authors.values()) {
      Author a = b.build();
      // The site's keys are worked out only for a one-word name that nothing else completes: few pages have one.
      out.add(fuller(a, meta, links, linkName, bylineNames).or(() -> capitalsSpelt(a, meta, bylineNames))
          .or(() -> displayNames.of(a))
          .or(() -> isLogin(a.name()) ? StateDisplayName.of(all, a.name(), siteNames) : Optional.empty())
          .or(() -> a.name().indexOf(' ') < 0 ? displayNames.surnamedBySite(a, siteKeys(siteNames, host))
              : Optional.empty())
          .or(() -> isLogin(a.name()) ? ClosingSignature.signedLogin(elements.byTag("p"), a.name(), regions)
              : Optional.empty())
          .map(a::withName).orElse(a));
    }
    if (!translators.isEmpty()) {
      List<Author> writers = out.stream().filter(a -> !translators.contains(a.name().toLowerCase(Locale.ROOT)))
          .toList();
      if (writers.isEmpty()) {
        return creditedBesideTranslators(elements, pageLinks, bylines, headline, bylineNames, regions, translators,
            texts);
      }
      out = new ArrayList<>(writers);
    }
    if (!out.isEmpty() && out.stream().allMatch(a -> isLogin(a.name()))) {
      List<Author> logins = out;
      return signedByPerson(all, headline, bylineNames, regions, texts).or(() -> siteSignedBy(all, logins))
          .orElse(out);
    }
    return out.stream().filter(distinctNames()).toList();
  }

  /**
   * The authors that the page's bylines name beside the translators, when the sources name only the people that the
   * page credits with the translation ({@link #translatorLink}): a site that carries a text in translation records
   * its translator as the account that posted it, while the byline says "Autor Jane Roe" beside "Übersetzung <a>Max
   * Muster</a>". A page that credits a translator labels its author too, so a labelled byline is read first; a
   * byline that only a class marks may be a picture's credit. The translators alone name no author.
   */
  private static List<Author> creditedBesideTranslators(PageElements elements, PageLinks pageLinks,
      ClassWords.Walk bylines, Optional<Element> headline, BylineNames bylineNames, PageRegions regions,
      Set<String> translators, ShortTexts texts) {
    Map<String, Author.Builder> found = new LinkedHashMap<>();
    fromLabelledByline(elements.all(), bylineNames, found, regions);
    found.keySet().removeAll(translators);
    if (found.isEmpty() && headline.isPresent()) {
      fromTextNearHeadline(elements.all(), headline.get(), bylineNames, found, regions, texts);
      found.keySet().removeAll(translators);
    }
    if (found.isEmpty()) {
      fromByline(elements, pageLinks, bylines, bylineNames, found, regions, texts);
      found.keySet().removeAll(translators);
    }
    return found.values().stream().map(Author.Builder::build).toList();
  }

  /**
   * Adds the co-authors that the byline the page shows names beside the declared authors: sites' metadata often
   * keeps the first author only ("author": "Jane Roe") while the byline reads "Von Jane Roe, Max Muster". The
   * byline counts only when it names every declared author, so that it is this article's, and more, each by a full
   * name: a block that a class calls a byline may hold sharing buttons or a comment count too. Its order is kept.
   * The caller asks it only of a byline that held names alone: a word taken for a place ("Jane Roe, Max Muster |
   * Berlin") may have been a button's ("| Teilen"), and is dropped without making the rest more trusted.
   */
  private static void withCoAuthors(Map<String, Author.Builder> byline, Map<String, Author.Builder> authors) {
    if (byline.size() <= authors.size() || !byline.keySet().containsAll(authors.keySet())
        || !byline.entrySet().stream().allMatch(e -> authors.containsKey(e.getKey())
            || FULL_NAME.matcher(e.getValue().build().name()).matches())) {
      return;
    }
    Map<String, Author.Builder> all = new LinkedHashMap<>();
    byline.forEach((key, author) -> all.put(key, authors.getOrDefault(key, author)));
    authors.clear();
    authors.putAll(all);
  }

  /**
   * Replaces the structured data's authors with the byline the page shows when the page's {@code <meta>} authors
   * back the byline and neither names any of them. A content system's JSON-LD often names the account that posted
   * the page, a producer or an editor, while the byline and the {@code parsely-author} name the reporters: two
   * sources that agree outweigh the one that names someone else.
   *
   * @return whether the authors were replaced
   */
  private static boolean bylineBackedByMeta(Map<String, Author.Builder> authors, Map<String, Author.Builder> byline,
      MetaTags meta, BylineNames bylineNames) {
    if (byline.isEmpty() || !Collections.disjoint(byline.keySet(), authors.keySet())) {
      return false;
    }
    Set<String> metaNames = new HashSet<>();
    META_KEYS.forEach(k -> meta.all(k).forEach(v -> bylineNames.of(spokenOrder(k, v))
        .forEach(n -> metaNames.add(n.toLowerCase(Locale.ROOT)))));
    if (Collections.disjoint(metaNames, byline.keySet()) || !Collections.disjoint(metaNames, authors.keySet())) {
      return false;
    }
    authors.clear();
    authors.putAll(byline);
    return true;
  }

  /**
   * Replaces the authors that the sources declare with the people that a paragraph under the headline signs by
   * their full names ("<p><strong>Von Jane Roe</strong></p>"), when they share no word of a name with them: a
   * content system records the account that posted the text (an agency's, an editor's, a login), while the text
   * says who wrote it. A byline that a class calls one, as templates mark theirs, does not overrule the declared
   * authors alone ({@link #bylineBackedByMeta}): it may be another article's. A signature that shares a word with
   * them names the same people in another form ("Jane Roe Staff Writer", "Von Jane"), which the declared form
   * spells better.
   */
  private static void signedUnderHeadline(List<Element> all, Element headline, BylineNames bylineNames,
      Map<String, Author.Builder> authors, PageRegions regions, ShortTexts texts) {
    if (!bylineInParagraphNearHeadline(all, headline, bylineNames, regions, texts)) {
      return; // no element after the headline in a paragraph reads as a byline: none signs so
    }
    Map<String, Author.Builder> signed = new LinkedHashMap<>();
    Optional<Element> byline = fromTextNearHeadline(all, headline, bylineNames, signed, regions, texts);
    if (byline.isEmpty() || !inTextParagraph(byline.get()) || signed.isEmpty()
        || !signed.values().stream().allMatch(a -> FULL_NAME.matcher(a.build().name()).matches())
        || !Collections.disjoint(nameWords(signed.keySet()), nameWords(authors.keySet()))) {
      return;
    }
    authors.clear();
    authors.putAll(signed);
  }

  /**
   * Replaces the authors that only the page's metadata names with the people whose signature closes the text
   * ({@link ClosingSignature}), "<p>...<br><em>Jane Roe</em></p>": a content system records the account that posted
   * a guest's text, whose name the page never shows, while the text is signed by who wrote it. The signature must
   * name people by their full names that share no word with the declared ones, who must be nowhere in the page's
   * text: a byline the page shows names the author, and a name in bold after the text may be anyone's then.
   */
  private static void signedAtTheEnd(PageElements elements, Set<String> siteNames,
      Map<String, Author.Builder> authors, PageRegions regions, BodyText bodyText) {
    List<String> signed = ClosingSignature.names(elements.byTag("p"), siteNames, regions);
    if (signed.isEmpty() || !signed.stream().allMatch(n -> FULL_NAME.matcher(n).matches())) {
      return;
    }
    Set<String> signedKeys = new HashSet<>();
    signed.forEach(n -> signedKeys.add(n.toLowerCase(Locale.ROOT)));
    if (!Collections.disjoint(nameWords(signedKeys), nameWords(authors.keySet()))) {
      return;
    }
    Optional<Element> body = elements.byTag("body").stream().findFirst();
    String text = body.map(bodyText::of).orElse("").toLowerCase(Locale.ROOT);
    if (authors.keySet().stream().anyMatch(text::contains)) {
      return;
    }
    authors.clear();
    signed.forEach(n -> add(authors, n));
  }

  /**
   * Whether the element is, or is in, a paragraph that no class between them calls a byline, as a template calls
   * its own ({@code <p class="post-author">}).
   */
  private static boolean inTextParagraph(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (BYLINES.marks(p)) {
        return false;
      }
      if (p.normalName().equals("p")) {
        return true;
      }
    }
    return false;
  }

  /** The {@link AuthorNames#key keys} of the words of names. */
  private static Set<String> nameWords(Set<String> names) {
    Set<String> words = new HashSet<>();
    for (String name : names) {
      for (String word : name.split("[\\s.]+")) {
        String key = AuthorNames.key(word);
        if (!key.isEmpty()) {
          words.add(key);
        }
      }
    }
    return words;
  }

  /**
   * Moves the names of a source into {@code hostNamed} when each of them spells the site's host, alone or among
   * other words ("EFC Bayern Example" of bayern-example.de, {@link TitleParts#spellsHostAmongWords}): such a source
   * names the site, not the writer, unless no other source names anyone. The first such source is kept.
   */
  private static void setAsideHostNames(Map<String, Author.Builder> authors, Optional<String> host,
      Map<String, Author.Builder> hostNamed) {
    if (authors.isEmpty() || host.isEmpty()) {
      return;
    }
    for (Author.Builder a : authors.values()) {
      String n = a.build().name();
      if (!TitleParts.isSite(n, Set.of(), host) && !TitleParts.spellsHostAmongWords(n, host)) {
        return;
      }
    }
    if (hostNamed.isEmpty()) {
      hostNamed.putAll(authors);
    }
    authors.clear();
  }

  private static void fromJsonLd(ArticleLd ld, BylineNames bylineNames, Optional<String> host,
      Map<String, Author.Builder> authors, Function<String, Optional<String>> stateNames) {
    for (Object a : ld.authors()) {
      if (a instanceof String name) {
        bylineNames.of(name).forEach(n -> add(authors, n));
      } else if (a instanceof LdNode node && (node.isA(Set.of("Person")) || !node.isA(ArticleLd.ORGANISATIONS))) {
        Optional<String> name = node.text("name").or(() -> node.text("givenName")
            .map(g -> g + node.text("familyName").map(f -> " " + f).orElse("")));
        if (name.isEmpty()) {
          continue;
        }
        name = Optional.of(completed(name.get(), node.text("description")));
        // A node typed as a person is one even when the site is named after them, as personal blogs are; but one
        // that names the site beside others ("Example News /PP") is the newsroom's account, which names the site.
        boolean personNamedAsSite = node.isA(Set.of("Person"))
            && AuthorNames.isSiteName(name.get(), bylineNames.site());
        List<String> names = personNamedAsSite ? AuthorNames.of(name.get(), Set.of()) : bylineNames.of(name.get());
        if (names.isEmpty() && isLogin(name.get())) {
          // "jane.roe", which reads as a host's name, is a login when the page's state shows a person's name for it
          names = stateNames.apply(name.get()).map(List::of).orElse(List.of());
        }
        for (String n : names) {
          Author.Builder author = add(authors, n);
          if (names.size() == 1) {
            node.texts("url").forEach(u -> link(author, Urls.http(u), host));
            node.texts("sameAs").forEach(u -> link(author, Urls.http(u), host));
          }
        }
      }
    }
  }

  private static void fromMicrodata(Microdata md, BylineNames bylineNames, Optional<String> host,
      Map<String, Author.Builder> authors, PageRegions regions) {
    for (Element e : md.authors()) {
      if (regions.inOtherContent(e)) {
        continue; // a comment's author, marked up inside the article's item
      }
      Optional<String> name;
      Optional<URI> url = Optional.empty();
      if (e.hasAttr("itemscope")) {
        name = Optional.ofNullable(e.selectFirst(NAME_PROP)).flatMap(n -> Texts.nonBlank(
            Microdata.value(n))).or(() -> Texts.shortText(e, 120));
        if (name.isPresent()) { // "mira_s (Mira Sandberg)": the login is the marked name, the person's is after it
          String login = name.get();
          name = Texts.shortText(e, 120).flatMap(t -> LoginName.displayName(t, login)).or(() -> Optional.of(login));
        }
        url = Optional.ofNullable(e.selectFirst(URL_PROP)).flatMap(u -> Urls.http(Microdata.value(u)));
        if (url.isEmpty()) {
          url = Urls.http(e.selectFirst(LINKS), "href");
        }
      } else {
        name = Texts.nonBlank(e.normalName().equals("meta") ? e.attr("content") : Texts.shortText(e, 120).orElse(""));
        if (e.normalName().equals("a")) {
          url = Urls.http(e, "href");
        }
      }
      if (name.isEmpty() || name.get().contains("://")) {
        continue;
      }
      List<String> names = bylineNames.of(name.get());
      for (String n : names) {
        Author.Builder author = add(authors, n);
        if (names.size() == 1) {
          link(author, url, host);
        }
      }
    }
  }

  /**
   * The first byline the page shows outside comments and lists of other articles.
   *
   * @param pageLinks the page's links, whose {@code rel} marks an author's
   * @param bylines the page's walk of {@link #BYLINES}
   * @param texts the page's short texts, of which the links to authors' pages are read again for their URLs
   * @return false if a piece of the byline's text was taken for a place ({@link BylineNames#placeTaken}): it held
   *     more than names, and may be no list of the article's authors ({@link #withCoAuthors})
   */
  private static boolean fromByline(PageElements elements, PageLinks pageLinks, ClassWords.Walk bylines,
      BylineNames bylineNames, Map<String, Author.Builder> authors, PageRegions regions, ShortTexts texts) {
    // The few elements with an itemprop, and the links, listed once for the page: looking their attributes up on
    // every element cost more than the rest of this walk, which runs on every page (withCoAuthors).
    Set<Element> markedAuthors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : elements.withAttribute("itemprop")) {
      // The author of an item of another kind, such as a forum post's schema.org Comment, is not the article's.
      if (e.attr("itemprop").equalsIgnoreCase("author") && Microdata.ownedByArticle(e)) {
        markedAuthors.add(e);
      }
    }
    for (int i = 0, n = pageLinks.all().size(); i < n; i++) {
      if (pageLinks.rel(i).equalsIgnoreCase("author")) {
        markedAuthors.add(pageLinks.all().get(i));
      }
    }
    // Most pages mark no author so: their elements are spared a lookup each in the empty set.
    boolean anyMarked = !markedAuthors.isEmpty();
    List<Element> all = elements.all();
    for (int i = 0, size = all.size(); i < size; i++) {
      Element e = all.get(i);
      boolean byline = bylines.marks(i) || anyMarked && markedAuthors.contains(e);
      if (!byline || NOT_A_BYLINE.matcher(e.className()).find() || regions.inOtherContent(e) || inPicture(e)
          || updaterLink(e)) {
        continue; // a byline in a figure's caption credits the picture or video
      }
      List<Element> links = e.normalName().equals("a") ? List.of() : e.select(AUTHOR_LINKS);
      List<String> names = new ArrayList<>();
      List<String> read = new ArrayList<>(); // the texts whose names were read
      if (!links.isEmpty()) {
        for (Element a : links) {
          texts.of(a, 80).ifPresent(t -> {
            read.add(t);
            names.addAll(bylineNames.of(t));
          });
        }
      } else {
        Optional<String> parts = Texts.partsText(e, 120);
        if (parts.isPresent()) {
          // A forum poster's box: the profile link on a line of its own, then the user title ("Junior Member").
          // Only a short box is looked into: a long one names no one here, and walking it would cost every page.
          Element own = OwnLineLink.of(e, ProfileLink::is);
          (own != null ? Texts.shortText(own, 80) : parts.map(t -> BylineRoleParts.apart(e, t)))
              .ifPresent(t -> {
                read.add(t);
                names.addAll(bylineNames.of(t));
              });
        }
      }
      if (!names.isEmpty()) {
        names.forEach(n -> add(authors, n));
        if (e.normalName().equals("a") && e.parent() != null) {
          // Co-authors are usually linked side by side.
          for (Element a : e.parent().select(AUTHOR_LINKS)) {
            texts.of(a, 80).flatMap(t -> AuthorNames.name(t, bylineNames.site()))
                .ifPresent(n -> add(authors, n));
          }
        }
        return read.stream().noneMatch(bylineNames::placeTaken);
      }
    }
    return true;
  }

  /**
   * Whether a link names the translator: what stands right before it, in its parent or, when it opens its parent,
   * before that, ends with words that credit a translation ({@link #TRANSLATOR_LABEL}), "Übersetzung <span><a
   * href="/author/max">Max Muster</a></span>". Asked only of links to authors' pages, a few a page.
   */
  private static boolean translatorLink(Element a) {
    Node before = Preceding.node(a);
    String text = before instanceof TextNode t ? t.text()
        : before instanceof Element b ? Texts.shortText(b, TRANSLATOR_TAIL).orElse("") : "";
    String tail = text.length() > TRANSLATOR_TAIL ? text.substring(text.length() - TRANSLATOR_TAIL) : text;
    String lower = tail.toLowerCase(Locale.ROOT);
    // the stems of the label's words, looked for before the regex: most links have a name or a date before them
    return (lower.contains("setz") || lower.contains("transl") || lower.contains("trad")
        || lower.contains("vertaal") || lower.contains("vertaling")) && TRANSLATOR_LABEL.matcher(tail).find()
        // a control's words name where it leads or what it does: a language switcher's "Traduction", a menu's
        // "Translation", a toolbar's button that translates the page
        && !(before instanceof Element b && (CONTROLS.matches(b, b) || b.selectFirst(CONTROLS) != null));
  }

  /**
   * Whether a {@code <meta>} author's value names someone beside the home page of another site than the page's: the
   * template's maker signs so ("Frank Roe - http://roe-design.example", "www.dev.example | Jo Dev") in the meta
   * author that the template prints on every page of the sites that use it. A site's own address beside its
   * owner's name ("Jane Roe - https://janeroe.example" on janeroe.example), a profile's address, or a site named
   * after the person beside it ({@link #ownSite}), is no such credit.
   */
  private static boolean creditsAnotherSite(String value, Optional<String> host) {
    if (host.isEmpty() || value.indexOf("://") < 0 && value.indexOf("www.") < 0 && value.indexOf("WWW.") < 0) {
      return false; // nearly every value
    }
    String own = Urls.siteHost(host.get());
    Matcher home = SITE_HOME.matcher(value);
    while (home.find()) {
      String other = home.group(1).toLowerCase(Locale.ROOT);
      if (!other.equals(own) && !own.endsWith("." + other) && !other.endsWith("." + own)
          && !ownSite(other, value.substring(0, home.start()) + " " + value.substring(home.end()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a site is the person's own whose name stands beside its address: its first label spells the whole name,
   * "Jane Roe, www.janeroe.example", as a newspaper prints its columnist's site. A template's maker signs with their
   * studio's ("Frank Roe - roe-design.example").
   */
  private static boolean ownSite(String site, String name) {
    String key = AuthorNames.key(name);
    return !key.isEmpty() && key.equals(AuthorNames.key(site.substring(0, site.indexOf('.'))));
  }

  /** Whether an element is a link after words that name the last to change or answer something ({@link #UPDATED_BY}). */
  private static boolean updaterLink(Element e) {
    // the link itself, or the link around a name's span: bbPress's <a><span class=bbp-author-name>
    Element link = e.normalName().equals("a") ? e : e.parent();
    if (link == null || !link.normalName().equals("a") || !(link.previousSibling() instanceof TextNode)) {
      return false; // a byline's link has a label before it, if anything
    }
    // the words may stand before another link: "last updated <a>2 years ago</a> by <a>ann</a>"
    StringBuilder before = new StringBuilder();
    for (Node n = link.previousSibling(); n != null && before.length() < UPDATED_BY_TAIL; n = n.previousSibling()) {
      before.insert(0, n instanceof TextNode t ? t.text() : n instanceof Element x ? x.text() : "");
    }
    return UPDATED_BY.matcher(before).find();
  }

  /**
   * The last resort: a byline that links to the author's page in a part of the page that its class calls another's,
   * such as a bar of navigation buttons or a "teaser" block beside the headline, when it is the only such byline of
   * the page and stands within a few elements of the headline. Lists of other articles show a byline for each of
   * them, and comments stand far below the headline; one byline alone beside it, where no source names anyone,
   * is this article's.
   *
   * @param bylines the page's walk of {@link #BYLINES}, which {@link #fromByline} may have read some of
   */
  private static void fromLoneLinkedByline(PageElements elements, ClassWords.Walk bylines, BylineNames bylineNames,
      Map<String, Author.Builder> authors, PageRegions regions, Element headline) {
    List<Element> all = elements.all();
    List<String> found = null;
    Element foundAt = null;
    int foundIndex = -1;
    for (int i = 0, size = all.size(); i < size; i++) {
      Element e = all.get(i);
      if (!bylines.marks(i) || e.normalName().equals("a") || NOT_A_BYLINE.matcher(e.className()).find()) {
        continue;
      }
      List<Element> links = e.select(AUTHOR_LINKS);
      if (links.isEmpty() || foundAt != null && e.parents().contains(foundAt)) {
        continue; // no author's link, or a byline inside the one found
      }
      List<String> names = new ArrayList<>();
      for (Element a : links) {
        Texts.shortText(a, 80).ifPresent(t -> names.addAll(bylineNames.of(t)));
      }
      if (names.isEmpty()) {
        continue;
      }
      if (found != null && !found.equals(names)) {
        return; // two bylines: a list of other articles
      }
      if (found == null) {
        found = names;
        foundAt = e;
        foundIndex = i;
      }
    }
    if (found != null && Math.abs(foundIndex - elements.start(headline)) <= NEAR_HEADLINE
        && regions.inOtherContent(foundAt)) {
      found.forEach(n -> add(authors, n));
    }
  }

  /**
   * The very last resort: the login of a byline beside the headline, when it is in lower case and is the host's
   * first label, "<h4 class="author">von <span>zahlenzauberin</span></h4>" on zahlenzauberin.example. A blogging
   * service names a blog after the login of the one who writes it, and signs each of its posts with that login,
   * under the headline or above it ("Verfasst von: zahlenzauberin | 31. Dezember 2008"); a name that spells the host
   * names no author elsewhere, as it mostly names the publication. The byline is an element that a class calls one,
   * or a short text that starts with a byline's label. A capitalised name ("Von Zahlenzauberin") stays the
   * publication's, and so does a login that only the site's metadata names as its publisher ("by jdadmin").
   *
   * @param bylines the page's walk of {@link #BYLINES}
   */
  private static void hostNamedLogin(PageElements elements, ClassWords.Walk bylines, String host,
      Map<String, Author.Builder> authors, PageRegions regions, Element headline) {
    String login = firstLabel(host);
    if (login.length() < MIN_HOST_LOGIN) {
      return;
    }
    List<Element> all = elements.all();
    int at = elements.start(headline);
    for (int i = Math.max(0, at - NEAR_HEADLINE), end = Math.min(all.size(), at + NEAR_HEADLINE); i < end; i++) {
      Element e = all.get(i);
      boolean marked = bylines.marks(i);
      if (i == at || !marked && !Texts.holdsOwnText(e)) {
        continue;
      }
      Optional<String> text = Texts.partsText(e, 100).filter(t -> marked || AuthorNames.startsWithLabel(t));
      if (text.isEmpty() || NOT_A_BYLINE.matcher(e.className()).find()) {
        continue;
      }
      List<String> names = AuthorNames.of(text.get(), Set.of()); // the site's names kept: they are what is asked
      if (!names.isEmpty() && names.stream().allMatch(n -> isLogin(n) && AuthorNames.key(n).equals(login))
          && !regions.inOtherContent(e)) {
        names.forEach(n -> add(authors, n));
        return;
      }
    }
  }

  /** The {@link AuthorNames#key key} of a host's first label but "www": a blog's, on a blogging service's host. */
  private static String firstLabel(String host) {
    String h = Urls.siteHost(host);
    int dot = h.indexOf('.');
    return dot < 0 ? "" : AuthorNames.key(h.substring(0, dot));
  }

  /**
   * Whether the element's own text may be a labelled byline or a signature, told from its text nodes in one pass
   * without building that text: most elements of a page hold none of their own, too much (more than
   * {@link #MAX_LABELLED} printable ASCII characters other than the space and letters beyond ASCII, which neither
   * {@link Element#ownText()} nor {@link Texts#normalise} drops or merges, so that the own text is longer than a
   * labelled byline may be), or text that starts with neither label nor letter of a signature. The letters beyond
   * ASCII count towards that length too: a paragraph in Cyrillic or Chinese letters, which may be a label's, has
   * few ASCII characters and used to be read to its end, and its own text built, only to be found too long.
   *
   * <p>Printable ASCII characters come through both unchanged, in order, and the characters up to the space are
   * white space or invisible, which they drop at the ends: so when the first character other than those is printable
   * ASCII other than {@code a} or {@code s}, the own text starts with it, and {@link #AUTHOR_LABEL} (whose words in
   * Latin letters start with {@code a}, or {@code s} as Hungarian's "szerző" does, and each matches only itself
   * ignoring case) cannot match; and a printable ASCII character other than a letter, a space, a full stop, an
   * apostrophe or a hyphen fails {@link #signatureChars}. When the {@code a} is followed right away by another
   * ASCII letter than {@code u} or {@code v}, or the {@code s} by another than {@code z}, the own text starts with
   * both, which no label's word does ("As", "And", "She"). A letter beyond ASCII is never dropped either: when
   * it comes first, the own text starts with it, and the label's pattern tells whether a match may start so
   * ({@link BylinePattern#mayStartWith}), which for the prose of Chinese or Cyrillic pages it mostly may not; and a
   * character beyond ASCII that is no letter, no apostrophe and none that the own text or its normalising drops or
   * makes a space ({@link #mayVanish}), such as "，" or "。", stays in the own text and fails {@link
   * #signatureChars}. Other characters may be white space that the normalising drops, and tell nothing either way.
   *
   * <p>A {@link #SIGNATURE} has {@link #SIGNATURE_WORDS} words at least ("By Jane Roe"). The text of an element
   * without child elements is its text nodes, normalised; their words, split at every character other than a
   * letter beyond ASCII too, are at least as many as that text's, whose white space and invisible characters are
   * among those. So such an element with fewer words is no signature, and its texts need not be built: most of
   * the short texts of a page, its menus' and buttons' "Home" and "Read more".
   *
   * @return {@link #NO_BYLINE}, {@link #SIGNATURE_ONLY} when the own text starts with a character that no label
   *     starts with, so that only a signature is left to match, or {@link #LABEL_OR_SIGNATURE}
   */
  private static int mayBeLabelled(Element e) {
    boolean ownText = false; // what Texts.holdsOwnText tells, read in the same pass
    boolean started = false; // whether a character above the space has been seen
    boolean label = true;
    boolean signature = true;
    int printable = 0; // printable ASCII and letters beyond it: characters that the own text keeps, each
    int words = 0;
    boolean inWord = false;
    boolean childElements = false; // told here: jsoup lists an element's children to count them
    boolean second = false; // whether the character read next is the own text's second, after an ASCII first
    char first = 0;
    boolean childBefore = false; // whether an element stands before the own text's first character
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      Node child = e.childNode(i);
      if (!(child instanceof TextNode t)) {
        childElements |= child instanceof Element;
        continue;
      }
      String text = t.getWholeText();
      for (int k = 0, length = text.length(); k < length; k++) {
        char c = text.charAt(k);
        if (second) {
          second = false;
          if (c > ' ' && c < 0x7f) {
            // the label's words in Latin letters go on with u or v ("autor", "avtor"), or Hungarian's with z
            // ("szerző"): "As", "At", "And", "So", "She" do not
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
              char lower = (char) (c | 0x20);
              label &= (first | 0x20) == 's' ? lower == 'z' : lower == 'u' || lower == 'v';
            }
            // the text starts with the two as the own text does, unless an element stands before them; a member's
            // signature is its own text, a lone label ("Geschrieben von")
            if (!childBefore && !SIGNATURE.mayStartWith(first, c) && !AuthorNames.LONE_LABEL.mayStartWith(first, c)) {
              signature = false;
            }
          }
        }
        if (c <= ' ') {
          // white space, most characters read here (the indentation between elements): told apart first
          inWord = false;
          if (c != ' ' && !isBlankChar(c)) {
            ownText = true;
          }
          continue;
        }
        boolean ascii = c < 0x7f;
        boolean otherLetter = !ascii && isLetterBeyondAscii(c);
        if (!ascii && !otherLetter) {
          inWord = false;
        } else if (!inWord) {
          inWord = true;
          words++;
        }
        ownText = true;
        if (!started) {
          started = true;
          // a letter beyond ASCII starts the own text, and the label only if the label's pattern may start with it
          // (Cyrillic "автор", Chinese "作者"); another character may be one that the own text leaves out
          label = ascii ? (c | 0x20) == 'a' || (c | 0x20) == 's' : !otherLetter || AUTHOR_LABEL.mayStartWith(c);
          second = ascii;
          first = c;
          childBefore = childElements;
        }
        if ((ascii || otherLetter) && ++printable > MAX_LABELLED) {
          return NO_BYLINE; // the own text is longer than a labelled byline, and fromLabelledByline passes it over
        }
        if (ascii) {
          signature &= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-';
        } else if (!otherLetter && c != '’' && !Character.isSurrogate(c) && !mayVanish(c)) {
          signature = false; // a mark that the own text keeps, such as "，" or "。", that no signature holds
        }
        if (!label && !signature) {
          return NO_BYLINE; // neither, whatever follows: prose has its first comma or digit within a few words
        }
      }
    }
    if (!ownText) {
      return NO_BYLINE;
    }
    if (label) {
      return LABEL_OR_SIGNATURE;
    }
    return signature && (words >= SIGNATURE_WORDS || childElements) ? SIGNATURE_ONLY : NO_BYLINE;
  }

  /**
   * Whether a character beyond ASCII may be left out of an element's own text or made a space by it: jsoup's white
   * space and invisible characters, {@link Texts#ALL_SPACES} beyond ASCII and the invisible characters that
   * {@link Texts#normalise} takes out. Any other one that is no letter stays in the own text as it is.
   */
  private static boolean mayVanish(char c) {
    return c <= '\u00a0' || c == '\u00ad' || c == '\u1680' || c == '\u180e' || c >= '\u2000' && c <= '\u200b'
        || c == '\u202f' || c == '\u205f' || c == '\u2060' || c == '\u3000' || c == '\ufeff';
  }

  /**
   * {@link Character#isLetter(char)} of a character beyond ASCII, told by its range for the scripts whose text a
   * page holds most of: the Chinese, Japanese and Korean pages' every character is read here ({@link
   * #mayBeLabelled}), and the ranges' compares cost a fraction of the lookup in Unicode's tables. Each range is
   * letters throughout (CJK ideographs of Unicode 1.1, Hangul syllables, the Cyrillic alphabet, the Latin-1 letters
   * but the signs of multiplication and division); any other character is looked up.
   */
  static boolean isLetterBeyondAscii(char c) {
    if (c >= '\u4e00') {
      return c <= '\u9fa5' || c >= '\uac00' && c <= '\ud7a3' || Character.isLetter(c);
    }
    if (c >= '\u0410' && c <= '\u044f' || c >= '\u00c0' && c <= '\u00ff') {
      return c != '\u00d7' && c != '\u00f7';
    }
    return Character.isLetter(c);
  }

  /**
   * Whether a character is one of those that {@link TextNode#isBlank} holds blank, as {@link Texts#holdsOwnText}
   * asks it: white space, but not the other control characters.
   */
  private static boolean isBlankChar(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /**
   * A byline anywhere in the article that says what it is: a label of the author ("Autor: Jane Roe", "责任编辑：焦鹏",
   * or "Autor" in an element of its own beside the name), or an element that holds nothing but "Von Jane Roe", as
   * pages that sign their articles at the end do. Prose does not start with such a label, nor is it a name alone.
   */
  private static void fromLabelledByline(List<Element> all, BylineNames bylineNames,
      Map<String, Author.Builder> authors, PageRegions regions) {
    for (Element e : all) {
      int kind = mayBeLabelled(e);
      if (kind == NO_BYLINE) {
        continue; // its own text is empty, too long for a byline, or neither label nor signature: most elements
      }
      String own = Texts.normalise(e.ownText());
      if (own.isEmpty() || own.length() > MAX_LABELLED) {
        continue;
      }
      // An own text that starts with no label's letter is matched against the signature alone; the label's
      // pattern is run only on a text that starts with a letter of its words.
      boolean mayBeLabel = kind == LABEL_OR_SIGNATURE;
      Matcher labelled = mayBeLabel && AUTHOR_LABEL.mayMatch(own) ? AUTHOR_LABEL.pattern().matcher(own) : null;
      Optional<String> byline;
      if (labelled != null && labelled.matches()) {
        // The name is in the label's text, in its children ("Autor: <a>Jane Roe</a>"), or beside it.
        String text = Texts.shortText(e, 100).orElse(own);
        byline = Optional.ofNullable(labelled.group(1)).flatMap(Texts::nonBlank)
            .or(() -> AuthorNames.LONE_LABEL.matches(text) ? besideLabel(e, text) : Optional.of(text))
            .filter(b -> !labelOnly(b)); // "责任编辑：<span></span>": a template left the name out
      } else if (mayBeLabel && NAMES_AFTER_LABEL.matches(own)) {
        byline = Optional.of(own).filter(t -> fullNamesOnly(t, bylineNames));
      } else if (signatureChars(own) && (elementChildren(e) > 0 || holdsSignatureLabel(own))) {
        // the text is read only where it may sign: beside children, or with a signature's label in the own text
        byline = Texts.shortText(e, 100).filter(t -> SIGNATURE.matches(t) || signedByMember(e, own));
      } else {
        byline = Optional.empty();
      }
      if (byline.isEmpty() || regions.inOtherContent(e)) {
        continue; // where the byline stands is asked only of the few elements that read as one
      }
      List<String> names = bylineNames.of(byline.get());
      if (!names.isEmpty()) {
        names.forEach(n -> add(authors, n));
        return;
      }
    }
  }

  /**
   * Whether a text holds only what a {@link #SIGNATURE} is made of: letters, spaces and the full stops, apostrophes
   * and hyphens of names. An element's own text is part of its text, so one with a digit, a colon or a bracket of its
   * own ("Kommentare (3)", "12:30") is no signature, and its text need not be read: most short texts of a page.
   */
  private static boolean signatureChars(String text) {
    for (int i = 0, n = text.length(); i < n; ) {
      int c = text.codePointAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '.' && c != '\'' && c != '’' && c != '-') {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether a text holds, in any ASCII case, a word of the label that a {@link #SIGNATURE} needs: "by", "von", "par",
   * "por" or "door" (its {@code (?i:...)} is case-insensitive for ASCII alone). An element without child elements
   * has the letters of its own text for its text, in the same order: without such a word in its own text, its text is
   * no signature, and need not be read. Most short texts of a page, a menu's "Read More About Us", hold none.
   */
  static boolean holdsSignatureLabel(String own) {
    // the words in any ASCII case, looked for without a lower-case copy: no other letter's lower case is one of
    // theirs, nor does lower case add a letter between two of them
    for (int i = 0, n = own.length(); i + 1 < n; i++) {
      char c = (char) (own.charAt(i) | 0x20); // an ASCII capital in lower case; nothing else becomes a label's
      if (c == 'b' && (own.charAt(i + 1) | 0x20) == 'y' || c == 'v' && startsIgnoringAsciiCase(own, i, "von")
          || c == 'p' && (startsIgnoringAsciiCase(own, i, "par") || startsIgnoringAsciiCase(own, i, "por"))
          || c == 'd' && startsIgnoringAsciiCase(own, i, "door")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word in lower-case ASCII letters stands in a text at a place, in any ASCII case. */
  private static boolean startsIgnoringAsciiCase(String text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(at + i);
      if (c != word.charAt(i) && !(c >= 'A' && c <= 'Z' && (char) (c | 0x20) == word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** How many of an element's children are elements; without jsoup's list of them, which it builds to count. */
  static int elementChildren(Element e) {
    int count = 0;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether an element holds a byline's label and, after it, a link to a member's profile alone, "Geschrieben von
   * <a href="userinfo.php?uid=6">Cooper</a>", as a content system links its poster: the link says that the one word
   * after the label is a name, which a {@link #SIGNATURE} asks two capitalised words for.
   */
  private static boolean signedByMember(Element e, String own) {
    if (elementChildren(e) != 1 || !AuthorNames.LONE_LABEL.matches(own)) {
      return false;
    }
    Element a = e.child(0);
    Node last = e.childNode(e.childNodeSize() - 1);
    while (last instanceof TextNode t && t.isBlank()) {
      last = last.previousSibling();
    }
    return last == a && a.normalName().equals("a") && ProfileLink.is(a)
        && Texts.shortText(a, 60).filter(n -> Character.isUpperCase(n.codePointAt(0))).isPresent();
  }

  /**
   * Whether every name of a byline is a full name, two to four capitalised words: "Autoren Jane Roe und Max Muster"
   * is a byline, "Autor Max Frisch schrieb 1957" is prose.
   */
  private static boolean fullNamesOnly(String byline, BylineNames bylineNames) {
    List<String> names = bylineNames.of(byline);
    return !names.isEmpty() && names.stream().allMatch(n -> FULL_NAME.matcher(n).matches());
  }

  /** Whether a text is an author's label with no name after it, such as "Autor:" or "责任编辑：". */
  private static boolean labelOnly(String text) {
    if (!AUTHOR_LABEL.mayMatch(text)) {
      return false;
    }
    Matcher m = AUTHOR_LABEL.pattern().matcher(text);
    return m.matches() && (m.group(1) == null || m.group(1).isBlank());
  }

  /**
   * The people a byline in the article names by their full names, for a page whose sources name only logins that
   * it never shows as a name: the account that posted a guest's text ("human", "jroe1984") is who the site's
   * software records, while the text says who wrote it ("Von Jane Roe", "Autor: Jane Roe"). The byline after the
   * headline is read first, then a labelled one anywhere in the article.
   */
  private static Optional<List<Author>> signedByPerson(List<Element> all, Optional<Element> headline,
      BylineNames bylineNames, PageRegions regions, ShortTexts texts) {
    Map<String, Author.Builder> nearHeadline = new LinkedHashMap<>();
    headline.ifPresent(h -> fromTextNearHeadline(all, h, bylineNames, nearHeadline, regions, texts));
    return fullNames(nearHeadline).or(() -> {
      Map<String, Author.Builder> labelled = new LinkedHashMap<>();
      fromLabelledByline(all, bylineNames, labelled, regions);
      return fullNames(labelled);
    });
  }

  /**
   * The person that the copyright line names behind the one login credited, an account named after the site ({@link
   * CopyrightHolder}), with the login's links.
   */
  private static Optional<List<Author>> siteSignedBy(List<Element> all, List<Author> logins) {
    if (logins.size() != 1) {
      return Optional.empty();
    }
    Author login = logins.get(0);
    return CopyrightHolder.personBehind(all, login.name()).map(n -> List.of(login.withName(n)));
  }

  /** The people found, if each is named by a full name: a login's own byline ("Posted by jroe") names no other. */
  private static Optional<List<Author>> fullNames(Map<String, Author.Builder> found) {
    List<Author> people = found.values().stream().map(Author.Builder::build).toList();
    boolean named = !people.isEmpty() && people.stream().map(Author::name)
        .allMatch(n -> n.indexOf(' ') > 0 && !n.equals(n.toLowerCase(Locale.ROOT)));
    return named ? Optional.of(people) : Optional.empty();
  }

  /** Whether a name is a login: one word, in lower case, as sites' software names accounts ("jroe", "jane-roe"). */
  private static boolean isLogin(String name) {
    return name.indexOf(' ') < 0 && name.equals(name.toLowerCase(Locale.ROOT));
  }

  /**
   * A byline that no class marks, in the few elements after the headline: a short text that starts as bylines do,
   * "By Jane Roe", "Von Jane Roe", "Par Jeanne Roe", "Autor: Jane Roe", "Blog post by Jane Roe". A label in an
   * element of its own ("<span>By</span><a>Jane Roe</a>") is read with what stands beside it ({@link #besideLabel}).
   *
   * @return the element that holds the byline, when one does
   */
  private static Optional<Element> fromTextNearHeadline(List<Element> all, Element headline, BylineNames bylineNames,
      Map<String, Author.Builder> authors, PageRegions regions, ShortTexts texts) {
    Optional<String> after = textAfter(headline)
        .filter(AuthorNames.STARTS_AS_BYLINE::lookingAt);
    List<String> beside = after.map(bylineNames::of).orElse(List.of());
    if (beside.isEmpty()) {
      beside = hostBefore(headline).map(bylineNames::of).orElse(List.of());
    }
    if (!beside.isEmpty()) {
      beside.forEach(n -> add(authors, n));
      return Optional.empty();
    }
    int at = all.indexOf(headline);
    for (int i = at + 1; i < Math.min(all.size(), at + NEAR_HEADLINE); i++) {
      Element e = all.get(i);
      List<String> names = namesOfLineNearHeadline(e, bylineNames, regions, texts);
      if (!names.isEmpty()) {
        names.forEach(n -> add(authors, n));
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The names that an element after the headline gives as a byline, as {@link #fromTextNearHeadline} reads each:
   * a short text that starts as bylines do, a label's neighbour, a date line's name or a post's line.
   *
   * @return the names; empty if the element reads as no byline, or as one of no one
   */
  private static List<String> namesOfLineNearHeadline(Element e, BylineNames bylineNames, PageRegions regions,
      ShortTexts texts) {
    if (OwnText.isBlank(e)) {
      return List.of();
    }
    Optional<String> text = texts.of(e, 100);
    Optional<String> byline = text.filter(AuthorNames.STARTS_AS_BYLINE::lookingAt)
        .map(t -> firstLine(e, t)).or(() -> text.flatMap(t -> besideLabel(e, t)))
        .or(() -> text.flatMap(PageAuthors::besideDate))
        .or(() -> text.filter(POSTED_BY::mayMatch).map(POSTED_BY.pattern()::matcher).filter(Matcher::matches)
            .map(m -> m.group(1)));
    // Where the element stands is asked only of the few that read as a byline.
    if (byline.isPresent() && !inPicture(e) && !regions.inOtherContent(e) && !updaterLink(e)) {
      return bylineNames.of(byline.get());
    }
    return List.of();
  }

  /**
   * Whether one of the elements that {@link #fromTextNearHeadline} reads after the headline is in a paragraph of the
   * text ({@link #inTextParagraph}) and reads as a byline of someone. The byline that {@link #signedUnderHeadline}
   * asks for is the first that {@link #fromTextNearHeadline} finds, and must be in such a paragraph: where none of
   * those reads as a byline, no byline can be, and the elements outside paragraphs, the date lines, sharing buttons
   * and captions under the headline, need not be read. The tags are looked at first: most of those elements are
   * in no paragraph at all.
   */
  private static boolean bylineInParagraphNearHeadline(List<Element> all, Element headline, BylineNames bylineNames,
      PageRegions regions, ShortTexts texts) {
    int at = all.indexOf(headline);
    for (int i = at + 1; i < Math.min(all.size(), at + NEAR_HEADLINE); i++) {
      Element e = all.get(i);
      if (Ancestry.isOrIsIn(e, "p") && inTextParagraph(e)
          && !namesOfLineNearHeadline(e, bylineNames, regions, texts).isEmpty()) {
        return true;
      }
    }
    return false;
  }


  /**
   * A link to an author's page that a byline's label stands before, within a few elements of the headline on either
   * side: "<span>by</span> <h3><a href="/profile/42">jroe</a></h3>" between a series' title and its chapter's, as
   * pages of serial fiction set it, where neither a class nor the text after the headline says byline.
   */
  private static void fromLabelledAuthorLink(List<Element> all, Element headline, BylineNames bylineNames,
      Map<String, Author.Builder> authors, PageRegions regions) {
    int at = all.indexOf(headline);
    for (int i = Math.max(0, at - NEAR_HEADLINE); i < Math.min(all.size(), at + NEAR_HEADLINE); i++) {
      Element a = all.get(i);
      if (!a.normalName().equals("a") || !AuthorPath.leadsToAuthor(a) || !labelBefore(a)
          || regions.inOtherContent(a) || inPicture(a) || updaterLink(a)) {
        continue;
      }
      List<String> names = Texts.shortText(a, 80).map(bylineNames::of).orElse(List.of());
      if (!names.isEmpty()) {
        names.forEach(n -> add(authors, n));
        return;
      }
    }
  }

  /**
   * Whether what stands right before the element, in its parent or, when it opens its parent, before that, is a
   * byline's label alone: "by", "Von", "Autor:".
   */
  private static boolean labelBefore(Element e) {
    Node before = Preceding.node(e);
    String text = Texts.normalise(before instanceof TextNode t ? t.text()
        : before instanceof Element b ? b.text() : "");
    return before != null && AuthorNames.LONE_LABEL.matches(text);
  }

  /**
   * A byline's text up to its first line break after a name: "Von Jane Roe<br>Kakuma / Kenia" ends before the place
   * it was written in, which a slash or a line of its own would make a name of. A label alone on the first line
   * ("By<br>Jane Roe") does not end it.
   */
  private static String firstLine(Element byline, String text) {
    if (byline.selectFirst(LINE_BREAK) == null) {
      return text;
    }
    StringBuilder line = new StringBuilder();
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t) {
        line.append(t.getWholeText());
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        String before = Texts.normalise(line.toString());
        if (!before.isEmpty() && !AuthorNames.LONE_LABEL.matches(before)) {
          return FilterResult.STOP;
        }
        line.append(' ');
      } else if (node instanceof Element e && e != byline && e.isBlock()) {
        line.append(' ');
      }
      return FilterResult.CONTINUE;
    }, byline);
    return Texts.normalise(line.toString());
  }

  /**
   * The name of a date line that holds a date and a person's full name alone, "11.12.2019 - Jane Roe" or "Jane Roe |
   * 3. März 2020", as a page sets its byline under the headline without a label. The name must be two to four
   * capitalised words: a date line with a place or a section ("11.12.2019 - Berlin") names no one.
   */
  static Optional<String> besideDate(String text) {
    if (capitals(text) < 2) {
      return Optional.empty(); // a full name's two capitals, which a line with a date alone ("Nov 19, 2019") lacks
    }
    List<DateTimes.Found> dates = DateTimes.anyLanguage().findAll(text, 2);
    if (dates.size() != 1) {
      return Optional.empty();
    }
    DateTimes.Found date = dates.get(0);
    String before = DATE_LINE_SEPARATORS.matcher(text.substring(0, date.start())).replaceAll("");
    String after = DATE_LINE_SEPARATORS.matcher(text.substring(date.end())).replaceAll("");
    after = COUNT_AFTER_NAME.matcher(BY_AFTER_DATE.matcher(after).replaceFirst("")).replaceFirst("");
    String name = before.isEmpty() ? after : after.isEmpty() ? before : "";
    return FULL_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
  }

  /**
   * How many capitals a text holds, up to two, as {@link Character#isUpperCase(char)} tells: at least as many as the
   * {@code \p{Lu}} of {@link #FULL_NAME} matches in it. Half of a pair of surrogates counts as one, as it may be.
   */
  private static int capitals(String text) {
    int count = 0;
    for (int i = 0, n = text.length(); i < n && count < 2; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 0x80 && (Character.isUpperCase(c) || Character.isSurrogate(c))) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the element is in a picture's caption or figure, where "Photo by Jane Roe" credits the picture, not the
   * article. Asked only of the few elements that read as bylines, so the walk up is cheap.
   */
  private static boolean inPicture(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("figcaption") || tag.equals("figure")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The host's name of a column that a line of its own gives right above the headline, "A Word a Day<br>with Jane
   * Roe<br><h3>Headline</h3>": the text before the headline in its parent, in no element of its own, past line
   * breaks, that is "with" and a full name alone. Any other word before "with" ("Interview with Jane Roe") names
   * the article's subject, not its writer.
   */
  static Optional<String> hostBefore(Element headline) {
    for (Node n = headline.previousSibling(); n != null; n = n.previousSibling()) {
      if (n instanceof Element e && !e.normalName().equals("br")) {
        return Optional.empty();
      }
      if (n instanceof TextNode t && !t.isBlank()) {
        Matcher m = HOSTED_BY.matcher(Texts.normalise(t.text()));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The text that follows the headline in its parent, in no element of its own, up to the next element:
   * "<h2>Headline</h2> Posted by Jane Roe under <a>News</a>", as old blog themes set it.
   */
  private static Optional<String> textAfter(Element headline) {
    for (Node n = headline.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Element) {
        return Optional.empty();
      }
      if (n instanceof TextNode t && !t.isBlank()) {
        String text = Texts.normalise(t.text());
        return text.length() > 100 ? Optional.empty() : Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /**
   * The names beside a label that has an element of its own: "<span>By</span> <a>Jane Roe</a>",
   * "<h4>Autor</h4><p>Jane Roe</p>". They are what the label's parent holds after it, when that starts with a
   * capital.
   */
  private static Optional<String> besideLabel(Element label, String text) {
    if (!NameGuards.mayBeLabelAlone(text) || !AuthorNames.LONE_LABEL.matches(text)
        || label.parent() == null || columnHeader(label)) {
      return Optional.empty();
    }
    return Texts.shortText(label.parent(), 100).filter(p -> p.startsWith(text)).map(p -> p.substring(text.length())
        .trim()).filter(rest -> !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)));
  }

  /**
   * Whether a label is the header of a table's column, beside the headers of other columns: a forum's "Author |
   * Message" row names what the cells below hold, and "Message" is no author; SMF 1's "Author | Topic: Library
   * hours (Read 387 times)", in plain cells, gave the author "Topic: Library hours". A row's header beside its
   * value ({@code <th>Author</th><td>Jane Roe</td>}) is a label like others.
   */
  private static boolean columnHeader(Element label) {
    Element next = label.nextElementSibling();
    if (next == null) {
      return false;
    }
    if (label.normalName().equals("th") && next.normalName().equals("th")) {
      return true;
    }
    return (label.normalName().equals("td") || label.normalName().equals("th")) && next.normalName().equals("td")
        && Texts.shortText(next, 200).filter(t -> LABELLED_CELL.matcher(t).lookingAt()).isPresent();
  }

  /**
   * A name of one word ("Nils") completed by the description of the person that starts with their full name, "Nils
   * Pickert ist freier Autor" or "Stefanus Stahl - Maschinenbauer", as blogs describe their authors.
   */
  static String completed(String name, Optional<String> description) {
    if (name.contains(" ") || description.isEmpty() || !description.get().startsWith(name + " ")) {
      return name;
    }
    Matcher surname = SURNAME.matcher(description.get()).region(name.length(), description.get().length());
    return surname.lookingAt() ? name + surname.group(1) : name;
  }

  /** A meta value of one person in the order the name is spoken: "Jane Roe" for a Dublin Core "Roe, Jane". */
  private static String spokenOrder(String key, String value) {
    return ONE_PERSON_KEYS.contains(key) ? InvertedName.spoken(value).orElse(value) : value;
  }

  /**
   * A name in capitals ("STEVEN DAVIDOFF SOLOMON"), as a byline's markup holds it for a style that sets it so, takes
   * the spelling of a {@code <meta>} author that names the same person in upper and lower case.
   */
  private static Optional<String> capitalsSpelt(Author author, MetaTags meta, BylineNames bylineNames) {
    String name = author.name();
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT))) {
      return Optional.empty(); // nearly every name: it has a lower-case letter, or no letter with a case at all
    }
    for (String key : META_KEYS) {
      for (String value : meta.all(key)) {
        for (String n : bylineNames.of(spokenOrder(key, value))) {
          if (n.equalsIgnoreCase(name) && !n.equals(name)) {
            return Optional.of(n);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A name of one word ("Nils") is completed by a longer form that another source gives ("Nils Pickert"), since
   * sites fill some fields with the author's first name or login only.
   */
  private static Optional<String> fuller(Author author, MetaTags meta, List<Element> links,
      Function<Element, Optional<String>> linkName, BylineNames bylineNames) {
    String name = author.name();
    if (name.contains(" ")) {
      return Optional.empty();
    }
    List<String> seen = new ArrayList<>();
    META_KEYS.forEach(k -> meta.all(k).forEach(v -> seen.addAll(bylineNames.of(spokenOrder(k, v)))));
    links.forEach(a -> linkName.apply(a).ifPresent(seen::add));
    String prefix = name.toLowerCase(Locale.ROOT) + " ";
    return seen.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst();
  }

  /**
   * The keys of the site's names and of its host's labels but the top-level domain and the generic ones ("www"), of
   * four letters or more: what a personal site's owner may have as a surname.
   */
  private static Set<String> siteKeys(Set<String> siteNames, Optional<String> host) {
    Set<String> keys = new HashSet<>();
    siteNames.forEach(n -> keys.add(AuthorNames.key(n)));
    host.ifPresent(h -> {
      String[] labels = h.toLowerCase(Locale.ROOT).split("\\.");
      for (int i = 0; i < labels.length - 1; i++) {
        if (!labels[i].equals("www")) {
          keys.add(AuthorNames.key(labels[i]));
        }
      }
    });
    keys.removeIf(k -> k.length() < 4);
    return keys;
  }

  private static java.util.function.Predicate<Author> distinctNames() {
    Set<String> seen = new HashSet<>();
    return a -> seen.add(a.name().toLowerCase(Locale.ROOT));
  }

  private static List<Element> authorLinks(PageLinks links, PageRegions regions) {
    List<Element> out = new ArrayList<>();
    for (int i = 0, n = links.all().size(); i < n; i++) {
      Element a = links.all().get(i);
      if (AuthorPath.leadsToAuthor(a, links.rel(i), links.href(i)) && !regions.inOtherContent(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static Author.Builder add(Map<String, Author.Builder> authors, String name) {
    return authors.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> Author.builder().name(name));
  }

  /** A link on the site itself is the author's page; a link elsewhere is one of their profiles. */
  private static void link(Author.Builder author, Optional<URI> url, Optional<String> host) {
    if (url.isEmpty()) {
      return;
    }
    URI u = url.get();
    Optional<String> linkHost = UrlHosts.of(u);
    boolean onSite = host.isPresent() && linkHost.isPresent()
        && Urls.siteHost(linkHost.get()).equals(Urls.siteHost(host.get()));
    Author current = author.build();
    if (onSite && current.url().isEmpty()) {
      author.url(u);
    } else if (!onSite && !current.profiles().contains(u) && !current.url().equals(Optional.of(u))) {
      author.addProfiles(u);
    }
  }
}
