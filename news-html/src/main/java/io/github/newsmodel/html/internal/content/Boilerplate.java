package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
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
  /** Elements that never hold readable text; AMP's media and frames hold only what stands in for them. */
  private static final Set<String> NO_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
      "embed", "svg", "canvas", "video", "audio", "map", "select", "textarea", "input", "button", "head", "title",
      "meta", "link", "option", "datalist", "math", "frame", "frameset", "rt", "rp", "amp-video", "amp-iframe",
      "amp-audio", "amp-ad", "amp-embed");
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

  /**
   * The bits of the {@link PageWords} lists of names that tell furniture and the article's holder, which the page's
   * elements read once per distinct names for these and its other scans ({@link PageElements#nameWords}). The
   * furniture words ({@code related}, {@code ad}) never name a wrapper of the article; the layout words
   * ({@code sidebar}, {@code widget}) also name wrappers around it, so such an element is furniture only while it
   * holds little of the page's text; an element named as the article's lead ({@code standfirst}) is the article's,
   * even where a word of it also names furniture (teasers of other articles).
   */
  private static final int FURNITURE_NAMES = PageWords.FURNITURE_WORDS.bit() | PageWords.FURNITURE_TOKENS.bit();
  private static final int LAYOUT_NAMES = PageWords.LAYOUT_WORDS.bit() | PageWords.LAYOUT_TOKENS.bit();
  private static final int LEAD_NAMES = PageWords.LEAD.bit();
  private static final int COMMENT_NAMES = PageWords.COMMENT_WORDS.bit();
  private static final int ARTICLE_NAMES = PageWords.ARTICLE_WORDS.bit();
  private static final int CONTENT_WORDS = PageWords.CONTENT_WORDS.bit();
  /** {@link #TEXT_OWNERS} and {@link #TEXT_PARTS} found anywhere: {@link #articleText} looks only where both are. */
  private static final int OWNER_AND_PART = PageWords.TEXT_OWNERS.bit() | PageWords.TEXT_PARTS.bit();
  /** The first halves of {@code article-body}, {@code entry-content}, {@code post_text} and the like. */
  private static final String[] TEXT_OWNERS = PageWords.TEXT_OWNERS.words().toArray(String[]::new);
  private static final String[] TEXT_PARTS = PageWords.TEXT_PARTS.words().toArray(String[]::new);
  /** What turns {@code entry-content} into a layout wrapper: {@code entry-content-wrap}. */
  private static final String[] WRAPPERS = {"wrap", "container", "holder", "area"};

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
    return words(names, PageWords.names(names));
  }

  /**
   * Reads the words of an element from what its names hold.
   *
   * @param names the element's {@link Names#of} string
   * @param found the {@link PageWords} lists they hold, as {@link PageElements#nameWords} tells
   * @return the words
   */
  static Words words(String names, int found) {
    if (names.isEmpty()) {
      return Words.NONE;
    }
    boolean lead = (found & LEAD_NAMES) != 0;
    boolean article = lead || (found & ARTICLE_NAMES) != 0
        || (found & OWNER_AND_PART) == OWNER_AND_PART && articleText(names);
    boolean furnitureName = (found & FURNITURE_NAMES) != 0;
    boolean furniture = !article && furnitureName;
    return new Words(article, furniture, furniture && (found & COMMENT_NAMES) != 0,
        !article && (found & LAYOUT_NAMES) != 0, !furnitureName && (found & CONTENT_WORDS) != 0,
        names.contains("comment"), lead);
  }

  /**
   * Whether names hold a word of the article's lead: {@link Words#lead} alone.
   *
   * @param found the {@link PageWords} lists the names hold, as {@link PageElements#nameWords} tells
   * @return true if they do
   */
  static boolean lead(int found) {
    return (found & LEAD_NAMES) != 0;
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
      int found = PageWords.names(names.substring(start, end));
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

  /** What an element's tag alone says in {@link #furniture}: worked out once per tag name, not per element. */
  enum TagFurniture {
    /** A heading, never a menu or a sidebar, whatever its generated id says. */
    HEADING,
    /** A tag of the page's frame ({@link Furniture#FRAME}). */
    FRAME,
    /** A tag of furniture that may also wrap a page's content ({@link Furniture#LIKELY}). */
    FURNITURE,
    /** Any other tag: the element's attributes and words decide. */
    OTHER
  }

  /**
   * What a tag says of the elements that have it, for {@link #furniture}.
   *
   * @param tag the element's normal name
   */
  static TagFurniture tagFurniture(String tag) {
    if (HEADINGS.contains(tag)) {
      return TagFurniture.HEADING;
    }
    if (FRAME.contains(tag)) {
      return TagFurniture.FRAME;
    }
    return FURNITURE.contains(tag) ? TagFurniture.FURNITURE : TagFurniture.OTHER;
  }

  /**
   * How sure the element's tag, role, visibility, class and id are that it is page furniture, such as a
   * navigation bar, a share bar, related links, an advertisement or a comment section. A class that also names
   * the article's text ({@code entry-content}, {@code article-body}) wins over any furniture word;
   * {@code tag} is what {@link #tagFurniture} says of its tag, and {@code hidingClass} whether its {@code class}
   * hides it ({@link Visibility#hidingClass}).
   */
  static Furniture furniture(Element e, TagFurniture tag, Words w, boolean hidingClass) {
    if (w.furniture()) {
      return w.comments() ? Furniture.COMMENTS : Furniture.NAMED;
    }
    if (tag == TagFurniture.HEADING) {
      return Furniture.NO;
    }
    if (tag == TagFurniture.FRAME) {
      return Furniture.FRAME;
    }
    if (tag == TagFurniture.FURNITURE || hidden(e, hidingClass)) {
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
