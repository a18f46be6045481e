package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.NamePattern.Edge;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.Visibility;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element says about itself: its tag, ARIA role, visibility and the words in its {@code class} and
 * {@code id}. These are hints, not verdicts: {@link PageMeasures} decides with them and with how much text an
 * element holds, so that an article wrapped in {@code <div class="has-sidebar">} is still read.
 */
final class Boilerplate {
  /** Elements that never hold readable text. */
  private static final Set<String> NO_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
      "embed", "svg", "canvas", "video", "audio", "map", "select", "textarea", "input", "button", "head", "title",
      "meta", "link", "option", "datalist", "math", "frame", "frameset", "rt", "rp");
  /** Elements that hold page furniture rather than the article, whatever their class. */
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "form", "menu", "dialog");
  /**
   * Tags of the page's frame, which never hold the article whatever share of the text they hold: a page whose
   * post is only a picture has more words in its footer than anywhere else. A {@code <form>} or an {@code <aside>}
   * may wrap a whole page's content (ASP.NET pages do), so they are not among them.
   */
  private static final Set<String> FRAME = Set.of("nav", "footer", "menu", "dialog");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist", "form");

  /** The word lists below, each a bit of {@link #WORDS}. */
  private static final NamePattern.Builder PATTERNS = NamePattern.builder();
  /**
   * Words in class and id of page furniture that never name a wrapper of the article: comments, related links,
   * newsletter and cookie boxes, advertising. Matched in the lower-cased {@code id} and {@code class}: these
   * anywhere, and {@link #FURNITURE_TOKENS} as words of their own.
   */
  private static final int FURNITURE_WORDS = PATTERNS.add(Edge.ANY, Edge.ANY,
      "related", "recommend", "newsletter", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr",
      "breadcrumb", "pagination", "pager", "promo", "sponsor", "advert", "outbrain", "taboola", "plista",
      "comment", "disqus", "respond", "skiplink", "skip-link", "jump-to", "author-bio", "authorbio",
      "author-box", "authorbox", "about-author", "about-the-author", "byline", "post-meta",
      "entry-meta", "article-meta", "postmeta", "entry-footer", "post-footer", "read-more", "readmore",
      "more-stories", "morestories", "most-popular", "mostpopular", "trending", "teaser", "tagcloud",
      "tag-cloud", "tags-links", "cat-links", "post-tags", "entry-tags", "article-tags", "post-categories",
      "sharedaddy", "addtoany", "addthis", "shariff", "copyright", "credit", "img-author",
      "image-source", "imagesource", "photo-source", "bildnachweis", "bildquelle", "disclaimer", "affiliate",
      "advertorial", "saboxplugin", "author-info", "authorinfo", "author-description", "author-details",
      "author-profile", "author-card", "autor-box", "twitter-tweet", "instagram-media", "tiktok-embed",
      "kommentar", "leserbrief", "shoutbox", "yarpp", "rating", "login", "modal", "popup", "overlay",
      "lightbox", "dialog");
  /** Short words of furniture, found only as a word of their own ({@code ad}, not {@code head}), or with digits. */
  private static final int FURNITURE_TOKENS = PATTERNS.add(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT,
      "ad", "ads", "adv", "adsense", "adslot", "ad-slot", "dfp", "tags", "tag-list", "categories", "keywords",
      "meta", "share", "tools", "links", "more", "extra", "utility", "utilities", "supplemental", "credit",
      "credits", "source", "sources", "author", "autor", "byline");
  /**
   * Words of furniture that also turn up in the class of a wrapper around the article, such as
   * {@code content-sidebar-wrap}, {@code has-social-bar} or {@code elementor-widget}: such an element is furniture
   * only while it holds little of the page's text.
   */
  private static final int LAYOUT_WORDS = PATTERNS.add(Edge.ANY, Edge.ANY,
      "sidebar", "side-bar", "social", "sociable", "sharing", "widget", "toolbar", "paywall",
      "footer", "masthead", "navigation", "navbar", "menu", "banner", "print", "community");
  private static final int LAYOUT_TOKENS = PATTERNS.add(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, "nav");
  /**
   * Words of an article's lead, its standfirst or summary: {@code intro}, {@code lead}, {@code teaser-text},
   * {@code article-excerpt}, {@code subheadline}. Such an element is the article's, even where a word of it also
   * names furniture (teasers of other articles).
   */
  private static final String[] LEAD_WORDS = {"intro", "lead", "leadtext", "standfirst", "excerpt", "abstract",
      "summary", "chapo", "sumario", "entradilla", "subheadline", "sub-headline", "subtitle", "dek", "deck",
      "teasertext", "teaser-text", "teaser__text", "article-teaser", "article-lead", "article-intro",
      "article-summary", "text-lead"};
  private static final int LEAD_NAMES = PATTERNS.add(Edge.SEPARATOR, Edge.SEPARATOR, LEAD_WORDS);
  /** {@link #LEAD_WORDS} alone, for the elements whose other words say nothing ({@link #lead}). */
  private static final NamePattern LEAD = NamePattern.delimited(Edge.SEPARATOR, Edge.SEPARATOR, LEAD_WORDS);
  /** Words of comment sections and comment forms, a part of {@link #FURNITURE_WORDS}. */
  private static final int COMMENT_NAMES =
      PATTERNS.add(Edge.ANY, Edge.ANY, "comment", "disqus", "respond", "kommentar", "leserbrief");
  /** Words in class and id that only the element holding an article's text has; see also {@link #articleText}. */
  private static final int ARTICLE_NAMES = PATTERNS.add(Edge.ANY, Edge.ANY, "articlebody", "bodytext",
      "body-text", "text-content", "main-content", "maincontent", "content-body", "instapaper_body",
      "field-name-body", "field--name-body", "richtext", "rich-text", "artikel", "beitrag", "hentry", "h-entry");
  /** The first halves of {@code article-body}, {@code entry-content}, {@code post_text} and the like. */
  private static final String[] TEXT_OWNERS =
      {"article", "entry", "post", "story", "news", "blog", "page", "single", "td-post"};
  private static final String[] TEXT_PARTS = {"body", "content", "text"};
  /** The two lists above found anywhere, so that {@link #articleText} looks for them together only where both are. */
  private static final int OWNER_WORDS = PATTERNS.add(Edge.ANY, Edge.ANY, TEXT_OWNERS);
  private static final int PART_WORDS = PATTERNS.add(Edge.ANY, Edge.ANY, TEXT_PARTS);
  /** What turns {@code entry-content} into a layout wrapper: {@code entry-content-wrap}. */
  private static final String[] WRAPPERS = {"wrap", "container", "holder", "area"};
  /** Weaker words: an element with these may hold the article, or a part of the page furniture. */
  private static final int CONTENT_WORDS = PATTERNS.add(Edge.SEPARATOR, Edge.SEPARATOR,
      "article", "story", "entry", "post", "content", "text", "body", "main", "blog");
  private static final int FURNITURE_NAMES = FURNITURE_WORDS | FURNITURE_TOKENS;
  private static final int LAYOUT_NAMES = LAYOUT_WORDS | LAYOUT_TOKENS;
  /** All the lists above, looked for in one walk over an element's names. */
  private static final NamePattern WORDS = PATTERNS.build();

  private Boilerplate() {}

  /**
   * Whether an element of the tag and everything in it is not readable text: scripts, styles, form controls, media.
   *
   * @param tag the element's normal name
   */
  static boolean holdsNoText(String tag) {
    return NO_TEXT.contains(tag);
  }

  /**
   * Whether the page hides the element from sighted readers ({@link Visibility}).
   *
   * @param e the element
   * @param hidingClass whether its {@code class} attribute hides it ({@link Visibility#hidingClass}), which the
   *     caller judges once for many elements of that class
   */
  static boolean hidden(Element e, boolean hidingClass) {
    return hidingClass || Visibility.hiddenByAttributes(e);
  }

  /**
   * What the words of one element's class and id say, computed once per distinct names. Whether its class hides
   * it is no part of them: it reads the class as written, where these read the names, and elements with the same
   * names and another class (another state, such as {@code is-active}) would have to be read again.
   *
   * @param article a word that only the article's holder has ({@code entry-content})
   * @param furniture a word of furniture ({@code related}, {@code share}), and no article word
   * @param comments a word of a comment section, and no article word
   * @param layout a word that layout wrappers also use ({@code sidebar}, {@code widget}), and no article word
   * @param contentWord such a word anywhere, with no furniture word
   * @param mentionsComment the word "comment" anywhere
   * @param lead a word of the article's lead ({@code intro}, {@code standfirst}), which is never furniture
   */
  record Words(boolean article, boolean furniture, boolean comments, boolean layout, boolean contentWord,
      boolean mentionsComment, boolean lead) {
    static final Words NONE = new Words(false, false, false, false, false, false, false);
  }

  /**
   * Reads the words of an element.
   *
   * @param names the element's {@link Names#of} string
   * @return the words
   */
  static Words words(String names) {
    if (names.isEmpty()) {
      return Words.NONE;
    }
    int found = WORDS.scan(names);
    boolean lead = (found & LEAD_NAMES) != 0;
    boolean article = lead || (found & ARTICLE_NAMES) != 0
        || (found & (OWNER_WORDS | PART_WORDS)) == (OWNER_WORDS | PART_WORDS) && articleText(names);
    boolean furnitureName = (found & FURNITURE_NAMES) != 0;
    boolean furniture = !article && furnitureName;
    return new Words(article, furniture, furniture && (found & COMMENT_NAMES) != 0,
        !article && (found & LAYOUT_NAMES) != 0, !furnitureName && (found & CONTENT_WORDS) != 0,
        names.contains("comment"), lead);
  }

  /**
   * Whether the names hold a word of the article's lead: {@link Words#lead} alone, read without the other words.
   *
   * @param names the element's {@link Names#of} string
   * @return true if they do
   */
  static boolean lead(String names) {
    return !names.isEmpty() && LEAD.find(names);
  }

  /**
   * Whether a class of its own, or the id, has a word the article's holder usually has ({@code entry}) and none of
   * furniture or layout. Asked only of furniture that holds much of a page's text ({@link PageMeasures}), a few
   * elements of a page: it is not a part of {@link Words}, which are read for every distinct names of the page.
   *
   * @param names the element's {@link Names#of} string
   * @return true if one of its names has such a word
   */
  static boolean contentToken(String names) {
    for (int start = 0, end; start <= names.length(); start = end + 1) {
      end = names.indexOf(' ', start);
      end = end < 0 ? names.length() : end;
      int found = WORDS.scan(names.substring(start, end));
      if ((found & CONTENT_WORDS) != 0 && (found & (FURNITURE_NAMES | LAYOUT_NAMES)) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the names hold a {@link #TEXT_OWNERS} word, up to two {@code -} or {@code _}, and a
   * {@link #TEXT_PARTS} word not followed by a {@link #WRAPPERS} word: what the regex
   * {@code (?:article|entry|...)[-_]{0,2}(?:body|content|text)(?![-_]{0,2}(?:wrap|...))} finds.
   */
  private static boolean articleText(String names) {
    for (int i = 0; i < names.length(); i++) {
      for (String owner : TEXT_OWNERS) {
        if (names.startsWith(owner, i) && partAfter(names, i + owner.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean partAfter(String names, int at) {
    for (int dashes = 0; dashes <= 2; dashes++) {
      if (dashes > 0 && !dashAt(names, at + dashes - 1)) {
        return false;
      }
      for (String part : TEXT_PARTS) {
        if (names.startsWith(part, at + dashes) && !wordAfterDashes(names, at + dashes + part.length(), WRAPPERS)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether up to two {@code -} or {@code _} and then one of the words start at the index. */
  private static boolean wordAfterDashes(String s, int at, String[] words) {
    for (int dashes = 0; dashes <= 2; dashes++) {
      if (dashes > 0 && !dashAt(s, at + dashes - 1)) {
        return false;
      }
      for (String word : words) {
        if (s.startsWith(word, at + dashes)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean dashAt(String s, int i) {
    return i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '_');
  }

  /** How sure the words of an element are that it is page furniture. */
  enum Furniture {
    /** Nothing says so. */
    NO,
    /** Its tag makes it a part of the page's frame: navigation, a footer, a dialog. */
    FRAME,
    /** Its tag, role, visibility or a word that layout wrappers also use says so. */
    LIKELY,
    /** A word that furniture uses says so: related links, advertising, newsletters, sharing. */
    NAMED,
    /** It is named as a comment section or a comment form. */
    COMMENTS
  }

  /**
   * How sure the element's tag, role, visibility, class and id are that it is page furniture, such as a
   * navigation bar, a share bar, related links, an advertisement or a comment section. A class that also names
   * the article's text ({@code entry-content}, {@code article-body}) wins over any furniture word;
   * {@code hidingClass} tells whether its {@code class} hides it ({@link Visibility#hidingClass}).
   */
  static Furniture furniture(Element e, Words w, boolean hidingClass) {
    if (w.furniture()) {
      return w.comments() ? Furniture.COMMENTS : Furniture.NAMED;
    }
    if (HEADINGS.contains(e.normalName())) {
      return Furniture.NO; // a heading is never a menu or a sidebar, whatever its generated id says
    }
    if (FRAME.contains(e.normalName())) {
      return Furniture.FRAME;
    }
    if (FURNITURE.contains(e.normalName()) || hidden(e, hidingClass)) {
      return Furniture.LIKELY;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT).trim())) {
      return Furniture.LIKELY;
    }
    return w.layout() ? Furniture.LIKELY : Furniture.NO;
  }

  /**
   * Whether the page names an element as the holder of an article's text in a way that furniture never is: by a
   * class such as {@code entry-content} or {@code article-body}, or by {@link #articleBodyProperty}.
   */
  static boolean namedArticleText(Words w) {
    return w.article() && !w.lead() && !w.mentionsComment();
  }

  /** Whether the element is named as the article's text by its microdata: {@code itemprop=articleBody}. */
  static boolean articleBodyProperty(Element e) {
    return e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** Whether class, id or microdata name the element as the holder of an article's text. */
  static boolean articleHolder(Element e, Words w) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || w.article() || w.contentWord()) {
      return true;
    }
    String prop = e.attr("itemprop");
    return prop.equalsIgnoreCase("articleBody") || prop.equalsIgnoreCase("text");
  }

}
