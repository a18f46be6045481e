package io.github.newsmodel.html.internal.dom;

import io.github.newsmodel.html.internal.dom.NamePattern.Edge;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists that the scans over a whole page ask of every element's {@link Names} and {@code class}
 * attribute, each list one bit of a scan of all of them: the main-text measures' words of furniture and of the
 * article, the comment finder's words of comment sections and comments, the metadata walks' words of headlines, date
 * lines and bylines, and the classes that hide an element. Each scan used to read the same few hundred distinct names
 * and class attributes of a page with its own lists, six reads of each in all; {@link PageElements#nameWords} and
 * {@link PageElements#classWords} read each once for all the lists, and keep the bits for every element that
 * repeats it. The lists live here, rather than beside the scans that ask them, so that one pattern holds them all.
 *
 * <p>Each bit answers what its list alone answers: {@code (names(s) & list.bit()) != 0} exactly when
 * {@code NamePattern.delimited(list.before(), list.after(), list.words()).find(s)}, and {@link #classes} likewise
 * with {@code findIgnoringCase}.
 */
public final class PageWords {
  /**
   * One list of words.
   *
   * @param before what must stand before a word
   * @param after what must stand after it
   * @param words the words, lower-case ASCII
   * @param bit the list's bit in what {@link #names} or {@link #classes} returns
   */
  public record WordList(Edge before, Edge after, List<String> words, int bit) {}

  private static final Lists NAME_LISTS = new Lists();

  /**
   * Words in the names of page furniture that never name a wrapper of the article: comments, related links,
   * newsletter and cookie boxes, advertising, the placeholders that consent tools put where an embed would be
   * ("third-party-services--placeholder", Borlabs' "content-blocker", "embed-privacy-overlay", Complianz's
   * "cmplz-blocked-content-notice"); found anywhere.
   */
  public static final WordList FURNITURE_WORDS = NAME_LISTS.add(Edge.ANY, Edge.ANY,
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
      "author-profile", "author-card", "autor-box", "instagram-media", "tiktok-embed",
      "kommentar", "leserbrief", "shoutbox", "yarpp", "rating", "login", "modal", "popup", "overlay",
      "lightbox", "dialog", "third-party", "thirdparty", "content-blocker", "embed-privacy", "cmplz");
  /** Short words of furniture, found only as a word of their own ({@code ad}, not {@code head}), or with digits. */
  public static final WordList FURNITURE_TOKENS = NAME_LISTS.add(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT,
      "ad", "ads", "adv", "adsense", "adslot", "ad-slot", "dfp", "tags", "tag-list", "categories", "keywords",
      "meta", "share", "tools", "links", "more", "extra", "utility", "utilities", "supplemental", "credit",
      "credits", "source", "sources", "author", "autor", "byline");
  /**
   * Words of furniture that also turn up in the class of a wrapper around the article, such as
   * {@code content-sidebar-wrap}, {@code has-social-bar} or {@code elementor-widget}.
   */
  public static final WordList LAYOUT_WORDS = NAME_LISTS.add(Edge.ANY, Edge.ANY,
      "sidebar", "side-bar", "social", "sociable", "sharing", "widget", "toolbar", "paywall",
      "footer", "masthead", "navigation", "navbar", "menu", "banner", "print", "community");
  /** {@link #LAYOUT_WORDS} found only as a word of their own, or with digits. */
  public static final WordList LAYOUT_TOKENS = NAME_LISTS.add(Edge.SEPARATOR, Edge.SEPARATOR_OR_DIGIT, "nav");
  /**
   * Words of an article's lead, its standfirst or summary: {@code intro}, {@code lead}, {@code teaser-text},
   * {@code article-excerpt}, {@code subheadline}.
   */
  public static final WordList LEAD = NAME_LISTS.add(Edge.SEPARATOR, Edge.SEPARATOR, "intro", "lead", "leadtext",
      "standfirst", "excerpt", "abstract", "summary", "chapo", "sumario", "entradilla", "subheadline", "sub-headline",
      "subtitle", "dek", "deck", "teasertext", "teaser-text", "teaser__text", "article-teaser", "article-lead",
      "article-intro", "article-summary", "text-lead");
  /** Words of comment sections and comment forms, a part of {@link #FURNITURE_WORDS}. */
  public static final WordList COMMENT_WORDS =
      NAME_LISTS.add(Edge.ANY, Edge.ANY, "comment", "disqus", "respond", "kommentar", "leserbrief");
  /** Words in class and id that only the element holding an article's text has. */
  public static final WordList ARTICLE_WORDS = NAME_LISTS.add(Edge.ANY, Edge.ANY, "articlebody", "bodytext",
      "body-text", "text-content", "main-content", "maincontent", "content-body", "instapaper_body",
      "field-name-body", "field--name-body", "richtext", "rich-text", "artikel", "beitrag", "hentry", "h-entry");
  /** The first halves of {@code article-body}, {@code entry-content}, {@code post_text} and the like. */
  public static final WordList TEXT_OWNERS = NAME_LISTS.add(Edge.ANY, Edge.ANY,
      "article", "entry", "post", "story", "news", "blog", "page", "single", "td-post");
  /** The second halves of {@link #TEXT_OWNERS}' names. */
  public static final WordList TEXT_PARTS = NAME_LISTS.add(Edge.ANY, Edge.ANY, "body", "content", "text");
  /** Weaker words: an element with these may hold the article, or a part of the page furniture. */
  public static final WordList CONTENT_WORDS = NAME_LISTS.add(Edge.SEPARATOR, Edge.SEPARATOR,
      "article", "story", "entry", "post", "content", "text", "body", "main", "blog");
  /** Names of a comment section, or of what a comment section is part of: a forum, a thread, reviews. */
  public static final WordList COMMENT_SECTION = NAME_LISTS.add(Edge.ANY, Edge.ANY, "comment", "kommentar",
      "leserbrief", "disqus", "dsq-", "discussion", "diskussion", "reaction", "reaktion", "replies", "responses",
      "feedback", "review", "rev-widg", "guestbook", "gaestebuch", "forum", "thread", "topic", "posts", "postlist",
      "messages", "community", "wpdiscuz", "wc-thread");
  /**
   * Names of a site's digest of its latest comments ({@code widget_recent_comments}, {@code jcomments-latest}):
   * the comments in it belong to other pages.
   */
  public static final WordList COMMENT_DIGEST = NAME_LISTS.add(Edge.ANY, Edge.ANY, "recent", "latest", "neueste",
      "most-commented", "meistkommentiert");
  /**
   * A name that ends with the words of a list of comments: {@code commentlist}, {@code comments-list}, K2's
   * {@code itemCommentsList}.
   */
  public static final WordList COMMENT_LIST = NAME_LISTS.add(Edge.ANY, Edge.SPACE, "commentlist",
      "commentslist", "comment-list", "comments-list", "comment_list", "comments_list");
  private static final NamePattern NAMES = NAME_LISTS.build();

  private static final Lists CLASS_LISTS = new Lists();

  /** Classes and ids of an element that holds the headline when no heading does: "post-title", "h-title". */
  public static final WordList TITLED_CLASSES = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "headline", "post-title",
      "post--title", "entry-title", "article-title", "article__title", "story-title", "page-title", "h-title",
      "news-title");
  /** The ids of {@link #TITLED_CLASSES}. */
  public static final WordList TITLED_IDS =
      CLASS_LISTS.add(Edge.ANY, Edge.ANY, "headline", "page-title", "post-title", "article-title");
  /** What unmarks a {@link #TITLED_CLASSES} element: a subheadline. */
  public static final WordList TITLED_NOT = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "subheadline", "sub-headline");
  /** Classes of elements that hold a date: date lines, bylines, post meta. */
  public static final WordList DATE_LINE_CLASSES = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "date", "time", "datum",
      "fecha", "data", "publi", "posted", "byline", "dateline", "meta", "info", "author", "autor", "stamp", "zeit",
      "submitted", "created", "erstellt");
  /** The ids of {@link #DATE_LINE_CLASSES}. */
  public static final WordList DATE_LINE_IDS =
      CLASS_LISTS.add(Edge.ANY, Edge.ANY, "date", "time", "datum", "publi", "posted", "byline", "meta");
  /**
   * What unmarks a date line: FluxBB's and PunBB's {@code p.postedit}, whose "posted" is no date of publication, and
   * phpBB 3.0 subsilver2's {@code div#datebar} above every page, "It is currently Tue Jul 14, 2009 9:16 am", the
   * time of the visit.
   */
  public static final WordList DATE_LINE_NOT = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "postedit", "datebar");
  /** Classes of a byline. */
  public static final WordList BYLINE_CLASSES = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "byline", "by-line", "author",
      "autor", "writer", "written", "wrote", "verfasser", "journalist", "submitted");
  /** The ids of {@link #BYLINE_CLASSES}. */
  public static final WordList BYLINE_IDS = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "byline", "author");
  /**
   * What unmarks a byline: "authority" and "authorize", the author of a quotation that a box beside the text cites
   * ({@code zitat-author}, {@code quote-author}), the line of when a forum's poster posted, Discuz!'s
   * {@code em#authorposton40211}.
   */
  public static final WordList BYLINE_NOT = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "authorit", "authoriz",
      "zitat-author", "zitat_author", "zitatautor", "zitat-autor", "quote-author", "quote_author", "quote__author",
      "quoteauthor", "citation-author", "testimonial-author", "authorposton");
  /** Classes that hide their element ({@link Visibility#hidingClass}). */
  public static final WordList HIDING = CLASS_LISTS.add(Edge.SPACE, Edge.SPACE, Visibility.HIDING_CLASSES);
  /**
   * Words that a comment's class holds: {@code comment}, uCoz's {@code comEnt}, {@code kommentar}, a review's
   * {@code rev}, vBulletin's {@code postbit}.
   */
  public static final WordList COMMENT_CLASS = CLASS_LISTS.add(Edge.ANY, Edge.ANY,
      "comment", "coment", "kommentar", "leserbrief", "rev", "postbit", "reaction", "wl-card-item");
  /** What a Kunena post's class {@code message} holds. */
  public static final WordList MESSAGE_CLASS = CLASS_LISTS.add(Edge.ANY, Edge.ANY, "message");
  /**
   * Valine's card of one comment, {@code div.vcard}, as its script renders it: the class of microformats' hCard too,
   * which WordPress sets on every comment's author line and themes on the author box, so that only a card in
   * Valine's list counts ({@code CommentUnits}).
   */
  public static final WordList VALINE_CARD_CLASS = CLASS_LISTS.add(Edge.SPACE, Edge.SPACE, "vcard");
  private static final NamePattern CLASSES = CLASS_LISTS.build();

  private PageWords() {}

  /**
   * Which of the name lists have a word in some names.
   *
   * @param names names as {@link Names#of} gives them, or any lower-case string
   * @return the bits of the lists found
   */
  public static int names(String names) {
    return NAMES.scan(names);
  }

  /**
   * Which of the class lists have a word in a {@code class} attribute or an {@code id}, read as if lower-cased.
   *
   * @param attribute the attribute as written
   * @return the bits of the lists found
   */
  public static int classes(String attribute) {
    return CLASSES.scanIgnoringCase(attribute);
  }

  /** The lists that {@link #names} looks for. */
  static List<WordList> nameLists() {
    return NAME_LISTS.lists;
  }

  /** The lists that {@link #classes} looks for. */
  static List<WordList> classLists() {
    return CLASS_LISTS.lists;
  }

  /** Lists put together, each with its bit, for one pattern. */
  private static final class Lists {
    private final NamePattern.Builder builder = NamePattern.builder();
    private final List<WordList> lists = new ArrayList<>();

    WordList add(Edge before, Edge after, String... words) {
      WordList list = new WordList(before, after, List.of(words), builder.add(before, after, words));
      lists.add(list);
      return list;
    }

    NamePattern build() {
      return builder.build();
    }
  }
}
