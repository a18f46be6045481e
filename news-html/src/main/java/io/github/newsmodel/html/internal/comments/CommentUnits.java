package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds the elements that are reader comments, and which comment each one replies to.
 *
 * <p><b>Candidates.</b> An element is a candidate when it is named like one comment: an id such as
 * {@code comment-123}, {@code li-comment-123}, {@code dsq-comment-123} (Disqus), {@code p123} (phpBB),
 * {@code post_123} (vBulletin) or {@code c123} (Blogger); a class such as {@code comment}, {@code comment-item},
 * {@code wc-comment} or {@code postbit}; schema.org {@code Comment} or {@code Review} microdata, or a
 * {@code DiscussionForumPosting} after the thread's first ({@link ForumPostings}); or Hacker News's row
 * {@code tr.comtr}, whose replies are threaded by their indent ({@link IndentedRows}); or a post of WoltLab Burning
 * Board, {@code li#post18834} or {@code div#postRow5512.message} ({@link WoltLabPosts}); or a list item that opens
 * with a comment's empty anchor, {@code <li><a name="comment-12"></a>}, whatever the list's names. Names that
 * could mean something else ({@code p123}, {@code review}, the BEM element {@code gallery__item__comment} of a
 * block that is no comment) count only inside a comment section: an ancestor named {@code comments},
 * {@code discussion}, {@code forum}, {@code reviews} and the like.
 *
 * <p><b>Units.</b> Pages nest several candidates per comment ({@code li#comment-7.comment} holding
 * {@code div#comment-7}), wrap all comments in one candidate ({@code div#comments.comment-wrapper}) and nest
 * replies in their parent. For each candidate, from the outside in: inner candidates with the same number, or a
 * single inner candidate of another kind, are parts of the same comment; inner candidates of the candidate's own
 * kind (same tag and comment classes) are its replies, and so is one in a reply box of a comment its id names
 * (Contao's {@code div.reply}, {@link ReplyBoxes}); a candidate holding two or more candidates of another kind
 * is a wrapper, not a comment. Drupal's {@code div.indented}, which follows the comment it holds the replies of,
 * is read the same way, and so is a reply marker such as {@code data-parent-id} that names an earlier comment
 * ({@link ReplyParents}), an id that extends an earlier comment's by a number ({@link SuffixedIds}), or words and a
 * link to an earlier comment ("replied to comment from Ann", {@link ReplyLinks}). A term and
 * the descriptions of a definition list are one comment ({@link DefinitionLists}).
 *
 * <p>A candidate that holds the page's headline ({@code h1}) or its {@code articleBody}, or is a blog post
 * ({@code hentry}), is the article, not a comment; one inside a form is a field of the comment form or a box
 * beside it, such as a newsletter sign-up; one inside a digest of the site's latest comments
 * ({@code widget_recent_comments}) is another page's.
 */
final class CommentUnits {
  /** A phpBB post's body, queried of every candidate classed "post": parsed once. */
  private static final Evaluator POST_BODY = QueryParser.parse(".postbody");
  /**
   * A comment's id: {@code comment-123}, French {@code div_commentaire_123}, {@code p123}, {@code post_123}, uCoz's
   * {@code comEnt123}, DataLife Engine's {@code comment-id-123}... but not 1C-Bitrix's {@code form_comment_123}, the
   * empty place of the form to answer comment 123.
   */
  private static final Pattern ITEM_ID = Pattern.compile("^(?!form[-_])(?:[a-z]+[-_])*?(?:comment(?:aire|o)?"
      + "|coment(?:ario)?|kommentar|message|msg|reply|review|post_|post(?=\\d)|p(?=\\d)|c(?=\\d)|cid|ljcmt)"
      + "(?:[-_]id)?[-_]?\\d+(?:[-_]\\d+)*$");
  /**
   * A comment's class, in English, French, Italian, Spanish and German, or uCoz's {@code comEnt} (common on
   * Russian-language sites), or a review's or a forum post's; or an item of a tree of comments, DataLife Engine's
   * {@code li.comments-tree-item}, which holds the comment and the list of its replies.
   */
  private static final Pattern ITEM_CLASS = Pattern.compile("^(?:(?:[a-z0-9]+[-_]{1,2})*[a-z0-9]*?"
      + "(?:comment(?:aire|o)?|coment(?:ario)?|kommentar)|(?:[a-z0-9]+[-_]{1,2})*(?:leserbrief|review|rev|postbit"
      + "|reaction))(?:[-_]{0,2}(?:item|card|entry|wrapper|container|box|main-level|single|unit|row|block|node|inner"
      + "|wrap|holder|thread-item|legacy|message-container)|s[-_]tree[-_]item)?$"
      // Waline's card of one comment, rendered into the page by its script (Hexo and Hugo blogs)
      + "|^wl-card-item$");
  /**
   * A reply's class, named after the comments it answers: {@code div.comment-reply} beside {@code div.comment}. The
   * same class names a comment's reply link or the box of its reply form on other pages, so it counts only for an
   * element that {@link #holdsAReply holds a reply}.
   */
  private static final Pattern REPLY_CLASS = Pattern.compile("^((?:[a-z0-9]+[-_]{1,2})*?(?:comment(?:aire|o)?"
      + "|comentario|kommentar))[-_]{1,2}(?:reply|response|answer|antwort)$");
  /**
   * How every class that {@link #ITEM_CLASS} matches ends: with a word of a comment's class, or with one of the
   * words it may be followed by ("main-level" in "level", "thread-item" and "s-tree-item" in "item",
   * "message-container" in "container"). A class ending otherwise, as WordPress's {@code comment-author-ann} of every
   * commenter does, is ruled out without the regex, which tries each of its words at each of the class's positions.
   */
  private static final List<String> ITEM_CLASS_ENDINGS = List.of("comment", "commentaire", "commento", "coment",
      "comentario", "kommentar", "leserbrief", "review", "rev", "postbit", "reaction", "item", "card", "entry",
      "wrapper", "container", "box", "level", "single", "unit", "row", "block", "node", "inner", "wrap", "holder",
      "legacy");
  /** What a reply's box or a reply link holds and a reply does not: the fields of the reply form. */
  private static final Set<String> FORM_FIELDS = Set.of("form", "textarea", "input", "button");
  /**
   * How many nodes of an element classed as a reply are read to tell whether it is one: a reply link or the box of a
   * reply form shows its field among its first few, and the bound keeps a page of replies nested a million deep from
   * costing time in the square of its size.
   */
  private static final int REPLY_NODES = 256;
  /** The verdict of {@link #classVerdict} on a class that counts for an element that holds a reply. */
  private static final int REPLY_VERDICT = 3;
  /** The verdict of {@link #classVerdict} on a class that counts for a Kunena post ({@link KunenaPosts}). */
  private static final int MESSAGE_VERDICT = 4;
  /** Words in a comment class that name something around a comment, not a comment: "bi-write-comment". */
  private static final NamePattern NOT_ITEM_CLASS = NamePattern.anywhere("write", "add", "leave", "new", "show",
      "load", "more", "toggle", "open", "close", "submit", "form", "count", "num", "link", "btn", "button", "icon",
      "meta", "author", "avatar", "respond", "title", "header", "footer", "nav", "policy", "rule", "guideline",
      "notice", "login", "info", "sidebar", "widget", "recent", "latest", "top", "teaser", "preview", "summary",
      "tab");
  /**
   * A class that {@link #ITEM_CLASS} matches holds one of these: most classes are ruled out without the regex, by
   * the page's class words ({@link PageElements#classWords}) where a whole attribute is read.
   */
  private static final NamePattern ITEM_CLASS_WORDS = pattern(PageWords.COMMENT_CLASS);
  private static final int ITEM_CLASS_WORD = PageWords.COMMENT_CLASS.bit();
  /** What a Kunena post's class holds, in the page's class words ({@link KunenaPosts#messageClass}). */
  private static final int MESSAGE_CLASS_WORD = PageWords.MESSAGE_CLASS.bit();
  /** What Valine's card of a comment is classed, in the page's class words ({@link ValineCards}). */
  private static final int VALINE_CARD_WORD = PageWords.VALINE_CARD_CLASS.bit();
  /** The elements a comment can be: blocks that hold a text, an author and a time. */
  private static final Set<String> ITEM_TAGS = Set.of("li", "div", "article", "section", "dd", "dt", "tr", "table",
      "aside", "details", "blockquote", "p");
  private static final Set<String> FORM_TAG = Set.of("form");
  private static final Set<String> HEADLINE_TAG = Set.of("h1");
  private static final Set<String> TERM_TAG = Set.of("dt");
  private static final Set<String> LIST_ITEM_TAG = Set.of("li");
  private static final Set<String> LIST_TAGS = Set.of("ul", "ol");
  private static final Set<String> ANCHOR_TAG = Set.of("a");
  /** The id of IP.Board 3's post: {@code post_id_20511}. */
  private static final Pattern IPB_THREE_POST_ID = Pattern.compile("post_id_\\d{1,12}");
  /** The id of XenForo 1's post: {@code post-88101}. */
  private static final Pattern XENFORO_POST_ID = Pattern.compile("post-\\d{1,12}");
  /** Ids that need a comment section around them to count: they may name other things elsewhere. */
  private static final Pattern WEAK_ID = Pattern.compile("^(?:p|c|post_?|message|msg|review)\\d"
      // a paragraph's id after the words of its box, "promo-box-end-p1", as much as a phpBB post's "p123"
      + "|^(?:[a-z]+[-_])+[pc]\\d");
  /** The names of a comment section, for a part of a name: {@link PageWords#COMMENT_SECTION}. */
  private static final NamePattern CONTEXT = pattern(PageWords.COMMENT_SECTION);
  /**
   * The bits of the page's name words ({@link PageElements#nameWords}) that name a comment section, a site's digest
   * of its latest comments ({@code widget_recent_comments}), whose comments belong to other pages and show only their
   * first words, and a list of comments ({@code commentlist}, K2's {@code itemCommentsList}; JComments'
   * {@code comments-list-311}, a list of replies, is read elsewhere).
   */
  private static final int CONTEXT_NAME = PageWords.COMMENT_SECTION.bit();
  private static final int DIGEST_NAME = PageWords.COMMENT_DIGEST.bit();
  private static final int COMMENT_LIST_NAME = PageWords.COMMENT_LIST.bit();
  private static final Pattern MICRODATA = Pattern.compile("(?i)schema(?:\\.org/|:)(?:Comment|UserComments|Review|"
      + "Answer)(?:$|\\s)");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** Hexadecimal digits, in groups between hyphens, with a letter after a digit somewhere: no name and number. */
  private static final Pattern OPAQUE_ID = Pattern.compile("(?i)(?=.*\\d[a-f])[0-9a-f]+(?:-[0-9a-f]+)*");
  /**
   * A comment's place in its thread, HashOver's {@code c1r1r2}: reply 2 to reply 1 to comment 1, whose number is
   * its whole path, since a reply's first digits are its thread's.
   */
  private static final Pattern REPLY_PATH = Pattern.compile("\\d+(?:r\\d+)+");
  /** Words before an id's opaque part, each opening with a letter: {@code commento-comment-card-}. */
  private static final Pattern WORD_PREFIX = Pattern.compile("(?:[A-Za-z][A-Za-z0-9]*[-_]+)+");
  /** The fewest characters of an opaque id: Blogger's {@code c123} and a short {@code 5e} are names and numbers. */
  private static final int MIN_OPAQUE_ID = 8;
  /** The most digits of a bare number that names a comment. */
  private static final int MAX_NUMBER = 18;
  /**
   * A comment is made of no more elements than this; what else it holds is read as replies. Real comments have a
   * handful, and the bound keeps a hostile page from costing time in the square of its size.
   */
  private static final int MAX_PARTS = 64;
  /**
   * Ids and classes longer than this name no comment. The patterns that read names repeat a group once per word
   * of a name, and Java matches each repetition a level deeper in the stack: a hostile name of a million words
   * would overflow it.
   */
  private static final int MAX_NAME = 128;
  /**
   * A comment class that says where a comment stands rather than what it is: wpDiscuz marks a thread's first
   * comment {@code wpdiscuz-root-comment} beside the {@code wc-comment} of its replies, which are comments of the
   * same kind; TYPO3's pw_comments marks the first and last of a list {@code first-comment} and {@code last-comment}.
   */
  private static final Pattern POSITION = Pattern.compile("(?:^|[-_])(?:root|parent|child|top-level|toplevel"
      + "|first|last)(?:[-_]|$)");
  /** A field to write a comment in: a form with one is a comment form, not a box around comments. */
  private static final Evaluator TEXT_FIELD = QueryParser.parse("textarea");
  /** Replies nested deeper than this are read as replies to the comment at this depth. */
  private static final int MAX_DEPTH = 32;

  /** The data attributes that hold a comment's id; NodeBB's li[component=post] holds its post's id in data-pid. */
  private static final List<String> DATA_IDS = List.of("data-comment-id", "data-commentid", "data-id", "data-cid",
      "data-post-id", "data-review-id", "data-pid");

  /** One comment on the page: its outermost element, the elements that are part of it, and its parent. */
  static final class Unit {
    final Element root;
    final List<Element> parts = new ArrayList<>();
    Unit parent;
    /** An element before the comment's own that holds its author and time: the {@code dt} of a {@code dd}. */
    @Nullable Element header;
    /**
     * Elements after the comment's own that belong to it: the {@code dd} of its date after the {@code dd} of its
     * text, in Blogger's definition lists ({@link DefinitionLists#terms}).
     */
    final List<Element> footer = new ArrayList<>();
    /**
     * The comment's own first line that gives its number, author and date, on a page that names no element as a
     * comment: "#1 Kommentar von Ann" ({@link NumberedComments}).
     */
    @Nullable Element numberedHeader;
    /** The comment's id where its finder read it apart from its elements' ids: Slash's {@code <A NAME=N>}. */
    @Nullable String givenId;
    /**
     * Whether its finder knows it for a forum's post, though no name of its element says so: the posts of the
     * forums' table layouts ({@link TableLayout}).
     */
    boolean forumPost;
    /**
     * The {@link #pageId} last worked out, for the parts and the given id it was worked out from: the threading rules
     * and the reader ask it of every comment again and again, and each answer runs regexes over the parts' ids.
     * Parts are only ever added, so their number tells whether they changed.
     */
    private @Nullable Optional<String> pageId;
    private int pageIdParts;
    private @Nullable String pageIdGiven;

    Unit(Element root) {
      this.root = root;
      parts.add(root);
    }

    /**
     * A forum's post that a finder of its template found ({@link #forumPost}).
     *
     * @param root the post's element
     * @param header the element before it that holds its poster and time, if the template sets one apart
     * @param givenId the post's id as the finder read it, if it did
     * @return the unit
     */
    static Unit forumPost(Element root, @Nullable Element header, @Nullable String givenId) {
      Unit u = new Unit(root);
      u.header = header;
      u.givenId = givenId;
      u.forumPost = true;
      return u;
    }

    /**
     * The comments by their elements, for the rules that walk from an element to the comment it is.
     *
     * @param units comments
     * @return each comment by its element, compared by identity
     */
    static Map<Element, Unit> byRoot(List<Unit> units) {
      Map<Element, Unit> byRoot = new IdentityHashMap<>();
      for (Unit u : units) {
        byRoot.put(u.root, u);
      }
      return byRoot;
    }

    /**
     * The page's id of the comment: a comment-like id of its element or of one of its parts ({@code comment-7},
     * not {@code div-comment-7}), else its element's id, else an id in a data attribute, else the id of an
     * empty anchor right before it or of its opening anchor, else the id of its permalink that links to itself
     * (Kunena's {@code <a href="#2207" id="2207">}).
     */
    Optional<String> pageId() {
      if (pageId == null || pageIdParts != parts.size() || pageIdGiven != givenId) {
        pageIdParts = parts.size();
        pageIdGiven = givenId;
        pageId = readPageId();
      }
      return pageId;
    }

    private Optional<String> readPageId() {
      if (givenId != null) {
        return Optional.of(givenId);
      }
      for (Element part : parts) {
        if (itemId(part.id().toLowerCase(Locale.ROOT))) {
          return Optional.of(part.id());
        }
      }
      if (!root.id().isBlank()) {
        return Optional.of(root.id().strip());
      }
      for (Element part : parts) {
        // NodeBB's li[component=post] holds its post's id in data-pid
        for (String attr : DATA_IDS) {
          String v = part.attr(attr).trim();
          if (!v.isEmpty()) {
            return Optional.of(v);
          }
        }
      }
      return anchorBefore(root).or(() -> anchorInside(root)).or(() -> SelfLinks.id(root));
    }

    /**
     * JComments' {@code <a class=comment-anchor id=comment-311>#1</a>} that opens the comment, or the empty
     * {@code <a name="comment-605013">} that opens a list item ({@link #openedByCommentAnchor}). Only its first child
     * is looked at: a search of the whole comment would read its nested replies, once for every comment above.
     */
    private static Optional<String> anchorInside(Element e) {
      Element a = e.firstElementChild();
      if (a == null || !a.normalName().equals("a")) {
        return Optional.empty();
      }
      String id = anchorName(a);
      return itemId(id.toLowerCase(Locale.ROOT)) ? Optional.of(id) : Optional.empty();
    }

    /**
     * Drupal's {@code <a id="comment-501"></a>} right before the comment, or 1C-Bitrix's {@code <a name="204"></a>},
     * a bare number, since an empty anchor right before a comment names nothing else.
     */
    private static Optional<String> anchorBefore(Element e) {
      Element prev = e.previousElementSibling();
      if (prev == null || !prev.normalName().equals("a") || prev.childNodeSize() > 0) {
        return Optional.empty();
      }
      String id = prev.id().isEmpty() ? prev.attr("name").trim() : prev.id();
      return itemId(id.toLowerCase(Locale.ROOT)) || !id.isEmpty() && id.length() <= MAX_NUMBER
          && DIGITS.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
  }

  private CommentUnits() {}

  private static NamePattern pattern(PageWords.WordList list) {
    return NamePattern.delimited(list.before(), list.after(), list.words().toArray(String[]::new));
  }

  /**
   * Finds the comments in a page.
   *
   * @param elements the page's elements
   * @param start the index of its body in them
   * @param end the end of the body's subtree in them, as {@link PageElements#end} gives it
   * @return the comments in document order; each reply after its parent
   */
  static List<Unit> find(PageElements elements, int start, int end) {
    List<Element> all = elements.all();
    // What is known of each element, at its index less start: what it inherits is read at its parent's index.
    int size = end - start;
    boolean[] inContext = new boolean[size];
    boolean[] inDigest = new boolean[size];
    Element[] formAround = new Element[size]; // the form an element is or is inside, if any
    // The verdicts on classes, kept per distinct one, which pages repeat over hundreds of elements: 0 while unread,
    // else the verdict plus one.
    int[] classVerdicts = new int[elements.distinctClasses() + 1];
    Set<Element> aroundArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Integer> found = new ArrayList<>(); // the candidates' indexes less start, the form around each in formAround
    // The elements with an itemprop, listed for the page's other scans already and in the same order as this walk:
    // each element's itemprop is known by comparing it with the next one listed, without a look at its attributes.
    List<Element> withItemprop = elements.withAttribute("itemprop");
    int nextItemprop = firstInside(withItemprop, all.get(start));
    // What the walk asks of a tag, per tag of the page: most elements are told by their tag's number alone, and the
    // walk reads nothing of them but the arrays of the listing. Only a dt asks for its description, and only an li
    // for the list around it and its opening anchor.
    boolean[] itemTags = elements.tagsIn(ITEM_TAGS);
    boolean[] formTags = elements.tagsIn(FORM_TAG);
    boolean[] headlineTags = elements.tagsIn(HEADLINE_TAG);
    boolean[] termTags = elements.tagsIn(TERM_TAG);
    boolean[] listItemTags = elements.tagsIn(LIST_ITEM_TAG);
    boolean[] listTags = elements.tagsIn(LIST_TAGS);
    boolean[] anchorTags = elements.tagsIn(ANCHOR_TAG);
    for (int i = 0; i < size; i++) {
      Element e = all.get(start + i);
      int tag = elements.tagId(start + i);
      String itemprop = "";
      if (nextItemprop < withItemprop.size() && withItemprop.get(nextItemprop) == e) {
        itemprop = e.attr("itemprop");
        nextItemprop++;
      }
      int parent = i == 0 ? -1 : elements.parent(start + i) - start; // the body's parent is outside the range
      boolean inherited = parent >= 0 && inContext[parent];
      Element form = formTags[tag] ? e : parent >= 0 ? formAround[parent] : null;
      formAround[i] = form;
      int named = elements.nameWords(start + i);
      boolean here = isItemprop(itemprop) || (named & CONTEXT_NAME) != 0;
      inContext[i] = inherited || here;
      inDigest[i] = parent >= 0 && inDigest[parent] || (named & DIGEST_NAME) != 0;
      // Every post of a thread marks its text articleBody: only the opening post's is the article's.
      if (headlineTags[tag] || itemprop.equalsIgnoreCase("articleBody") && !inReplyPosting(elements, start, i)) {
        for (Element p = e; p != null && aroundArticle.add(p); p = p.parent()) {
          // marks the headline or the article text and every element around it
        }
      }
      // One in a digest is another page's, known now; whether one is around the article is known once all are read.
      if (itemTags[tag] && !inDigest[i] && (!termTags[tag] || DefinitionLists.describedIfTerm(e))
          && (candidate(e, itemprop, elements, start + i, classVerdicts, inherited) || listItemTags[tag]
          && (parent >= 0 && itemOfCommentList(elements, start + parent, listTags)
          || openedByCommentAnchor(e, elements, start + i, end, anchorTags)))) {
        found.add(i);
      }
    }
    Map<Element, Integer> perForm = new IdentityHashMap<>();
    for (int i : found) {
      if (formAround[i] != null) {
        perForm.merge(formAround[i], 1, Integer::sum);
      }
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i : found) {
      Element c = all.get(start + i);
      if (!aroundArticle.contains(c) && !blogPost(c) && !inForm(formAround[i], aroundArticle, perForm)) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<Element, Node> nodes = forest(elements, start, size, candidates);
    List<Unit> units = new ArrayList<>();
    for (int i : candidates) {
      Node n = nodes.get(all.get(start + i));
      if (n.parent == null) {
        resolveAll(n, units);
      }
    }
    units.sort((a, b) -> Integer.compare(nodes.get(a.root).order, nodes.get(b.root).order));
    units = ReplyBoxes.rooted(units);
    ReplyParents.indented(units);
    units = DefinitionLists.terms(units);
    DefinitionLists.headers(units);
    ReplyParents.marked(units);
    ReplyParents.listed(units);
    ReplyParents.following(units);
    ReplyLinks.apply(units);
    ValineCards.threadReplies(units);
    SuffixedIds.thread(units);
    IndentedRows.thread(units);
    return units;
  }

  /**
   * Whether the element at {@code index} less {@code start} is, or is inside, a later post of a forum thread
   * ({@link ForumPostings#isReply}), up to the element at {@code start}. Asked only of the few elements marked
   * {@code articleBody}, rather than of every element of the body as the walk goes: most pages have no such post,
   * and telling it takes a look at each element's attributes.
   */
  private static boolean inReplyPosting(PageElements elements, int start, int index) {
    List<Element> all = elements.all();
    for (int i = index; i >= 0; i = i == 0 ? -1 : elements.parent(start + i) - start) {
      if (ForumPostings.isReply(all.get(start + i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a candidate is part of a form: the comment form's fields ({@code p.comment-form-comment}), the
   * newsletter box after it ({@code p.wysija-after-comment}) or a login prompt are named after comments but hold
   * none. A form around the headline is no such form but the page's wrapper, as ASP.NET pages have one; nor is a
   * form without a text field around several candidates, such as the moderation form ({@code quickModForm}) in
   * which SMF sets a topic's posts.
   */
  private static boolean inForm(@Nullable Element form, Set<Element> aroundArticle, Map<Element, Integer> perForm) {
    return form != null && !aroundArticle.contains(form)
        && !(perForm.getOrDefault(form, 0) >= 2 && form.selectFirst(TEXT_FIELD) == null);
  }

  /**
   * Whether an element is named like one comment. The verdict on its classes is kept per distinct class
   * attribute: 0 for none, 1 for a class that counts only inside a comment section, 2 for one that counts anywhere,
   * {@link #REPLY_VERDICT} for a reply's class, {@link #MESSAGE_VERDICT} for a class that counts for a Kunena post.
   */
  private static boolean candidate(Element e, String itemprop, PageElements elements, int index, int[] verdicts,
      boolean inContext) {
    int attributes = e.attributesSize();
    if (attributes == 0) {
      return false; // most elements: no name, type or id of a comment
    }
    // Most others have no attribute but their id and class, and so no type to look up, in three more lookups.
    boolean typed = !itemprop.isEmpty()
        || attributes > (elements.hasId(index) ? 1 : 0) + (elements.classId(index) != 0 ? 1 : 0);
    if (typed && (microdata(e, itemprop) || ForumPostings.isReply(e))) {
      return inContext || !e.attr("itemtype").toLowerCase(Locale.ROOT).contains("review")
          && !e.attr("typeof").toLowerCase(Locale.ROOT).contains("review");
    }
    if (typed && xenForoOnePost(e)) {
      return true;
    }
    if (e.normalName().equals("tr") && e.hasClass("comtr")) {
      return true; // Hacker News's comment row, a class of its own: its id is a bare number
    }
    // Most elements have a class and no id: none is looked up for them. Every id that the tests below take ends with
    // a digit, which lower-casing keeps as it does any other last character: most ids are not lower-cased at all.
    if (elements.hasId(index) && endsWithDigit(e.id())) {
      String id = e.id().toLowerCase(Locale.ROOT);
      if (id.startsWith("post_id_") && ipBoardThreePost(e) || id.startsWith("post") && WoltLabPosts.isPost(e, id)) {
        return true;
      }
      if (itemId(id) && (!WEAK_ID.matcher(id).lookingAt() || inContext || phpbbPost(e))) {
        return true;
      }
    }
    int classId = elements.classId(index);
    if (classId == 0) {
      return false;
    }
    // Valine's card, classed as hCard is: told by its list and its parts, which its class attribute does not tell.
    // Most classes hold no "vcard", told by the page's class words without a look at the element.
    if ((elements.classWords(index) & VALINE_CARD_WORD) != 0 && ValineCards.isCard(e)) {
      return true;
    }
    if (verdicts[classId] == 0) {
      // Most class attributes hold no word of a comment's or a Kunena post's class, and get no verdict: told by the
      // page's class words alone, without the attribute looked up again.
      int words = elements.classWords(index);
      verdicts[classId] = ((words & (ITEM_CLASS_WORD | MESSAGE_CLASS_WORD)) == 0 ? 0
          : classVerdict(e.className(), words)) + 1;
    }
    int verdict = verdicts[classId] - 1;
    return verdict == 2 || verdict == 1 && inContext || verdict == REPLY_VERDICT && holdsAReply(e)
        || verdict == MESSAGE_VERDICT && KunenaPosts.isPost(elements, index);
  }

  /**
   * Whether an element classed as a reply ({@link #REPLY_CLASS}) is one: among its first {@link #REPLY_NODES} nodes
   * it holds words outside links and no field of a form. Drupal's {@code li.comment-reply} holds only the link
   * "reply", and a {@code div.comment-reply} around the reply form holds its fields.
   */
  private static boolean holdsAReply(Element e) {
    ReplyScan scan = new ReplyScan();
    NodeTraversor.filter(scan, e);
    return scan.words && !scan.field;
  }

  /** The walk of {@link #holdsAReply}: jsoup's traversal is a loop, so no depth of nesting overflows the stack. */
  private static final class ReplyScan implements NodeFilter {
    boolean words;
    boolean field;
    private int seen;

    @Override
    public FilterResult head(org.jsoup.nodes.Node node, int depth) {
      if (++seen > REPLY_NODES) {
        return FilterResult.STOP;
      }
      if (node instanceof Element el) {
        if (FORM_FIELDS.contains(el.normalName())) {
          field = true;
          return FilterResult.STOP;
        }
        return el.normalName().equals("a") ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
      }
      words |= node instanceof TextNode t && !t.isBlank();
      return FilterResult.CONTINUE;
    }
  }

  /**
   * Whether an element is an item of a list that its names call a list of comments: K2's
   * {@code ul.itemCommentsList}, whose items are classed only {@code even} and {@code odd}, or a bare
   * {@code ol.comment-list}. What an item of such a list is, the list's name says.
   */
  private static boolean itemOfCommentList(PageElements elements, int parent, boolean[] listTags) {
    return (elements.nameWords(parent) & COMMENT_LIST_NAME) != 0 && listTags[elements.tagId(parent)];
  }

  /**
   * Whether an element is a list item that opens with the empty anchor of a comment, {@code <li><a
   * name="comment-605013"></a>}: the anchor that WordPress's themes set before a comment, which a headless theme's
   * template keeps in a list whose names its build has hashed ({@code ul.Comments__CommentList-ghoeop-2}). A bare
   * number or a weak id ({@code p12}) names no comment here.
   */
  private static boolean openedByCommentAnchor(Element e, PageElements elements, int index, int end,
      boolean[] anchorTags) {
    // Its first element child is the next element listed, if that is inside it: told without a look at its children.
    int next = index + 1;
    if (next >= end || elements.parent(next) != index || !anchorTags[elements.tagId(next)]) {
      return false;
    }
    Element a = elements.all().get(next);
    if (a.childNodeSize() > 0 || !firstNode(e, a)) {
      return false;
    }
    String id = anchorName(a).toLowerCase(Locale.ROOT);
    return itemId(id) && !WEAK_ID.matcher(id).lookingAt();
  }

  /** The id of an anchor, else its older {@code name}. */
  private static String anchorName(Element a) {
    return a.id().isEmpty() ? a.attr("name").trim() : a.id();
  }

  /** Whether a child element is the first node of its parent, but for white space. */
  private static boolean firstNode(Element parent, Element child) {
    for (org.jsoup.nodes.Node n : parent.childNodes()) {
      if (n == child) {
        return true;
      }
      if (!(n instanceof TextNode t) || !t.isBlank()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The verdict on a class attribute, given the page's class words it holds ({@link PageElements#classWords}). A
   * token that holds one of the {@link #ITEM_CLASS_WORDS} leaves it in the whole attribute lower-cased, which the
   * page's class words read: most attributes are ruled out by them, without splitting them into tokens.
   * (Lower-casing reads each character alone, so each token's lower case is part of the attribute's, and no word
   * holds white space to span two tokens.)
   */
  private static int classVerdict(String classes, int classWords) {
    if ((classWords & ITEM_CLASS_WORD) == 0) {
      return (classWords & MESSAGE_CLASS_WORD) != 0 && KunenaPosts.messageClass(classes.toLowerCase(Locale.ROOT))
          ? MESSAGE_VERDICT : 0;
    }
    int verdict = 0;
    // The tokens one at a time, as Texts.tokens splits them, rather than all at once: WordPress's comment opens its
    // class with its verdict ("comment byuser comment-author-ann even depth-1"), unique to each commenter, and the
    // rest of it is not cut up.
    String trimmed = classes.trim();
    for (int start = 0, end = 0, n = trimmed.length(); start < n; start = end + 1) {
      end = start;
      while (end < n && !Texts.isRegexSpace(trimmed.charAt(end))) {
        end++;
      }
      if (end == start) {
        continue; // a second white space
      }
      String t = trimmed.substring(start, end).toLowerCase(Locale.ROOT);
      if (verdict == 0 && t.length() <= MAX_NAME && namesAReply(t) && REPLY_CLASS.matcher(t).matches()) {
        verdict = REPLY_VERDICT;
      }
      // the words that rule a class out first, which spare the regex most classes of a comment's parts
      if (ITEM_CLASS_WORDS.find(t) && !NOT_ITEM_CLASS.find(t) && itemClass(t)) {
        if ((t.contains("comment") || t.contains("coment") || t.contains("kommentar") || t.contains("postbit")
            || t.contains("leserbrief"))
            && !elementOfAnotherBlock(t)) {
          return 2;
        }
        verdict = 1;
      }
    }
    return verdict;
  }

  /** Whether a class ends as every {@link #REPLY_CLASS} ends: most classes are ruled out without the regex. */
  private static boolean namesAReply(String token) {
    return token.endsWith("reply") || token.endsWith("response") || token.endsWith("answer")
        || token.endsWith("antwort");
  }

  /**
   * Whether a class names a comment as the BEM element of a block that is no comment section: the editor's caption
   * {@code gallery__item__comment} is a part of the gallery, not a reader's comment, unless a comment section is
   * around it. {@code comment__body} and {@code comments__item} are blocks of comments.
   */
  private static boolean elementOfAnotherBlock(String token) {
    int cut = token.lastIndexOf("__");
    if (cut <= 0) {
      return false;
    }
    String block = token.substring(0, cut);
    return !ITEM_CLASS_WORDS.find(block) && !CONTEXT.find(block);
  }

  /**
   * Whether a candidate is a blog post, which microformats mark {@code hentry}: not a comment, though a list of
   * posts names them like comments. Old WordPress themes mark each comment {@code hentry} too, and name it a
   * comment as well ({@code li.comment.hentry#comment-17303}).
   */
  private static boolean blogPost(Element e) {
    return e.hasClass("hentry") && !e.hasClass("comment") && !itemId(e.id().toLowerCase(Locale.ROOT))
        && !ipBoardThreePost(e);
  }

  /**
   * XenForo 1's post, {@code li#post-88101.message[data-author=ann]} in the {@code ol#messageList}: a blog's
   * {@code article#post-123} is the post itself and no comment, so the id alone tells nothing; the poster's name in
   * {@code data-author} tells a forum's post.
   */
  private static boolean xenForoOnePost(Element e) {
    return e.normalName().equals("li") && e.hasAttr("data-author") && e.hasClass("message")
        && XENFORO_POST_ID.matcher(e.id()).matches();
  }

  /**
   * IP.Board 3's post, {@code div#post_id_20511.post_block.hentry}: hAtom's entry, as a blog's post is, but one of
   * a topic's.
   */
  private static boolean ipBoardThreePost(Element e) {
    return e.hasClass("post_block") && IPB_THREE_POST_ID.matcher(e.id()).matches();
  }

  /** phpBB's {@code div#p123.post} with its {@code .postbody}. */
  private static boolean phpbbPost(Element e) {
    return e.hasClass("post") && e.selectFirst(POST_BODY) != null;
  }

  /**
   * Whether an element is a comment or review of the item around it: {@code itemprop=comment}.
   *
   * @param itemprop the element's {@code itemprop}, empty if it has none
   */
  private static boolean isItemprop(String itemprop) {
    if (itemprop.isEmpty()) {
      return false; // most elements
    }
    String prop = itemprop.toLowerCase(Locale.ROOT);
    return prop.equals("comment") || prop.equals("review");
  }

  private static boolean listItem(Element e) {
    Element list = e.parent();
    return e.normalName().equals("li") && list != null
        && (list.normalName().equals("ul") || list.normalName().equals("ol"));
  }

  /** Whether the element is typed as a schema.org comment, answer or review: an item, not a box around them. */
  private static boolean declaredItem(Element e) {
    return e.hasAttr("itemscope") && e.hasAttr("itemtype") && MICRODATA.matcher(e.attr("itemtype").trim()).find();
  }

  /** Whether the element is a schema.org comment or review, by its type or its {@link #isItemprop itemprop}. */
  private static boolean microdata(Element e, String itemprop) {
    String type = e.hasAttr("itemtype") ? e.attr("itemtype") : e.attr("typeof");
    return !type.isEmpty() && MICRODATA.matcher(type.trim()).find() || isItemprop(itemprop);
  }

  /**
   * Where the elements of a list in document order, such as {@link PageElements#withAttribute}, start to be
   * inside a subtree. The list holds those before the subtree (in the page's head), then those inside it, then
   * those after it: the first one inside starts the run of them; if none is inside, the answer is the list's end.
   */
  private static int firstInside(List<Element> listed, Element root) {
    int i = 0;
    while (i < listed.size() && !isSelfOrInside(listed.get(i), root)) {
      i++;
    }
    return i;
  }

  private static boolean isSelfOrInside(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  /** A candidate and the candidates directly inside it. */
  private static final class Node {
    final Element element;
    final int order;
    Node parent;
    final List<Node> kids = new ArrayList<>();
    /** The comment classes of each class attribute of the page's candidates, shared by all its nodes. */
    private final Map<String, String> kinds;
    /** The {@link CommentUnits#tokenKind kind} of each class of the page's candidates, shared by all its nodes. */
    private final Map<String, String> tokenKinds;

    private @Nullable String signature;
    private @Nullable Optional<String> number;

    Node(Element element, int order, Map<String, String> kinds, Map<String, String> tokenKinds) {
      this.element = element;
      this.order = order;
      this.kinds = kinds;
      this.tokenKinds = tokenKinds;
    }

    /**
     * Tag and {@link CommentUnits#commentClasses comment classes}: what kind of candidate the element is, worked out once, as a
     * node is compared many times. The classes are read once for each class attribute of the page: every comment of
     * a page repeats the same few, and reading one runs regexes over each of its classes.
     */
    String signature() {
      if (signature == null) {
        String classes = element.className();
        String kind = kinds.get(classes);
        if (kind == null) {
          kind = commentClasses(element, tokenKinds);
          kinds.put(classes, kind);
        }
        signature = element.normalName() + ":" + kind;
      }
      return signature;
    }

    /** The {@link CommentUnits#number} of the element, worked out once. */
    Optional<String> number() {
      if (number == null) {
        number = CommentUnits.number(element);
      }
      return number;
    }
  }

  /**
   * The candidates as a forest: each one's parent is the nearest candidate around it, found for all at once from
   * the parents' indexes, in one pass over the range that reads no element.
   */
  private static Map<Element, Node> forest(PageElements elements, int start, int size, List<Integer> candidates) {
    Map<Element, Node> nodes = new IdentityHashMap<>();
    Node[] byIndex = new Node[size];
    Map<String, String> kinds = new HashMap<>();
    Map<String, String> tokenKinds = new HashMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      int at = candidates.get(k);
      Node n = new Node(elements.all().get(start + at), k, kinds, tokenKinds);
      nodes.put(n.element, n);
      byIndex[at] = n;
    }
    Node[] nearest = new Node[size]; // the innermost candidate that is, or is around, each element
    for (int i = 0; i < size; i++) {
      Node around = i == 0 ? null : nearest[elements.parent(start + i) - start];
      Node n = byIndex[i];
      if (n != null && around != null) {
        n.parent = around;
        around.kids.add(n);
      }
      nearest[i] = n != null ? n : around;
    }
    return nodes;
  }

  /**
   * Whether a candidate is the box of a list of comments that holds one comment, rather than a comment with a part:
   * its one inner candidate of another kind is an item of a list ({@code div.comment-box} around
   * {@code ul > li#comment-7}). A comment's parts are blocks of it, not items of a list; a comment's replies in a
   * list are of its own kind, and a comment that is itself an item of a list holds its replies so.
   */
  private static boolean holdsAList(Node node, List<Node> kids, String signature) {
    if (node.element.normalName().equals("li") || declaredItem(node.element)) {
      return false; // a schema.org Answer or Comment is one by the page's word, and its list holds its replies
    }
    Node other = null;
    for (Node k : kids) {
      if (!k.signature().equals(signature)) {
        if (other != null) {
          return false; // two or more: a wrapper, as resolve finds anyway
        }
        other = k;
      }
    }
    Element list = other == null ? null : other.element.parent();
    return other != null && other.element.normalName().equals("li") && list != null
        && (list.normalName().equals("ul") || list.normalName().equals("ol"));
  }

  /** A candidate still to resolve, with the comment it replies to and the depth of its thread. */
  private record Pending(Node node, @Nullable Unit parent, int depth) {}

  /**
   * Resolves a tree of candidates into comments. The candidates still to resolve are kept on a stack of their
   * own, not the thread's, so that threads nested as deep as a page allows cost no stack; the order in which they
   * are resolved does not matter, since the comments are sorted into page order afterwards.
   */
  private static void resolveAll(Node root, List<Unit> units) {
    Deque<Pending> todo = new ArrayDeque<>();
    todo.push(new Pending(root, null, 0));
    while (!todo.isEmpty()) {
      Pending next = todo.pop();
      resolve(next.node(), next.parent(), next.depth(), units, todo);
    }
  }

  private static void resolve(Node node, @Nullable Unit parent, int depth, List<Unit> units, Deque<Pending> todo) {
    List<Node> kids = new ArrayList<>(node.kids);
    String signature = node.signature();
    // an answer in a reply box of a comment its id names is its reply, not a second text that makes it a wrapper
    List<Node> boxed = new ArrayList<>();
    if (itemId(node.element.id().toLowerCase(Locale.ROOT))) {
      kids.removeIf(k -> !k.signature().equals(signature) && ReplyBoxes.boxed(k.element, node.element)
          && boxed.add(k));
    }
    if (holdsAList(node, kids, signature)) {
      for (Node k : kids) {
        todo.push(new Pending(k, parent, depth));
      }
      return;
    }
    Optional<String> number = node.number();
    // A schema.org Answer's list of comments holds replies to it, not parts of it (Stack Exchange)
    boolean listsReplies = declaredItem(node.element);
    List<Element> parts = new ArrayList<>();
    boolean changed = true;
    while (changed && parts.size() < MAX_PARTS) {
      changed = false;
      List<Node> others = new ArrayList<>();
      for (Node k : kids) {
        if (!k.signature().equals(signature)) {
          others.add(k);
        }
      }
      for (int i = 0; i < kids.size(); i++) {
        Node k = kids.get(i);
        boolean sameNumber = number.isPresent() && number.equals(k.number());
        if (sameNumber || others.size() == 1 && others.get(0) == k && !(listsReplies && listItem(k.element))) {
          parts.add(k.element);
          kids.remove(i);
          kids.addAll(i, k.kids);
          changed = true;
          break;
        }
      }
    }
    long others = kids.stream().filter(k -> !k.signature().equals(signature)).count();
    if (others >= 2) {
      kids.addAll(boxed);
      for (Node k : kids) {
        todo.push(new Pending(k, parent, depth));
      }
      return;
    }
    Unit unit = new Unit(node.element);
    unit.givenId = WoltLabPosts.anchorId(node.element); // Burning Board 3's anchor, not its element's id
    unit.parts.addAll(parts);
    unit.parent = parent;
    units.add(unit);
    Unit replyParent = depth + 1 >= MAX_DEPTH ? parent : unit;
    kids.addAll(boxed);
    for (Node k : kids) {
      todo.push(new Pending(k, replyParent, depth + 1));
    }
  }

  /**
   * Whether a lower-cased id names one comment, such as {@code comment-123}. Every such id ends with an ASCII digit
   * ({@link #ITEM_ID} ends with {@code \d+} and must match the whole id), while most ids of a page ({@code main},
   * {@code content}) do not: those are ruled out before the regex is run.
   */
  private static boolean itemId(String id) {
    return !id.isEmpty() && id.length() <= MAX_NAME && endsWithDigit(id) && digitsEnd(id)
        && ITEM_ID.matcher(id).matches();
  }

  /**
   * Whether the id's digits are its end: from its first digit on it holds only digits, hyphens and underscores, as
   * every id that {@link #ITEM_ID} matches does (no digit stands in its words, its number's groups run to the end).
   * A rating widget's {@code pd_rating_holder_3613479_comm_7063777} in each comment is ruled out without the regex.
   */
  private static boolean digitsEnd(String id) {
    int i = 0;
    while (i < id.length() && (id.charAt(i) < '0' || id.charAt(i) > '9')) {
      i++;
    }
    for (; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c < '0' || c > '9') && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithDigit(String s) {
    char last = s.charAt(s.length() - 1);
    return last >= '0' && last <= '9';
  }

  /** Whether a lower-cased class names one comment, such as {@code comment-item}. */
  private static boolean itemClass(String token) {
    return token.length() <= MAX_NAME && endsLikeItemClass(token) && ITEM_CLASS.matcher(token).matches();
  }

  /** Whether a class ends as every {@link #ITEM_CLASS} ends ({@link #ITEM_CLASS_ENDINGS}). */
  private static boolean endsLikeItemClass(String token) {
    for (String ending : ITEM_CLASS_ENDINGS) {
      if (token.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comment classes of an element, sorted and joined with dots: with its tag, what kind of candidate an element
   * is ({@link Node#signature}), whatever its depth or position classes. A reply's class is of the kind of the
   * comments it answers: {@code div.comment-reply} is of the kind of {@code div.comment}.
   */
  private static String commentClasses(Element e, Map<String, String> tokenKinds) {
    TreeSet<String> tokens = new TreeSet<>();
    for (String token : e.classNames()) {
      // WordPress's comment-author-ann is each commenter's own, but "comment" and "depth-1" are read once a page
      String kind = tokenKinds.computeIfAbsent(token, CommentUnits::tokenKind);
      if (!kind.isEmpty()) {
        tokens.add(kind);
      }
    }
    return String.join(".", tokens);
  }

  /**
   * What one class adds to an element's {@link #commentClasses}: the class lower-cased if it names a comment, whatever
   * its position, the comments' class if it names a reply to them, else nothing (empty: no class of either kind is).
   */
  private static String tokenKind(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (itemClass(t) && !POSITION.matcher(t).find()) {
      return t;
    }
    if (t.length() <= MAX_NAME && namesAReply(t)) {
      Matcher reply = REPLY_CLASS.matcher(t);
      if (reply.matches()) {
        return reply.group(1);
      }
    }
    return "";
  }

  /**
   * The first number in the element's id, which names the comment: 52842 in {@code wc-comment-52842_0}. An opaque
   * id of hexadecimal digits, a database's object id such as Waline's {@code 65e6f0a1b2c3d4e5f6a7b8c9} or a UUID,
   * names no number, nor does one after words ({@code commento-comment-card-3f9a...}): the digits it starts with
   * are no comment's, and a reply's id may start with the same ones. A path in a thread, HashOver's
   * {@code hashover-c1r1}, is the number whole, {@code 1r1}, not its thread's {@code 1}.
   */
  static Optional<String> number(Element e) {
    String id = e.id();
    // The patterns of an opaque id and of a path repeat a group per word or step, a level deeper in the stack each
    // ({@link #MAX_NAME}): a longer id, which names no comment, is read for its first digits alone.
    boolean named = id.length() <= MAX_NAME;
    if (named && opaque(id)) {
      return Optional.empty();
    }
    Matcher m = DIGITS.matcher(id);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher path = REPLY_PATH.matcher(id).region(m.start(), id.length());
    return Optional.of(named && path.lookingAt() ? path.group() : m.group());
  }

  /**
   * Whether an id is an opaque one, or words and an opaque one: Commento's
   * {@code commento-comment-card-3f9a1c7e...}, whose reply's hash may start with the same digits.
   */
  private static boolean opaque(String id) {
    if (id.length() >= MIN_OPAQUE_ID && OPAQUE_ID.matcher(id).matches()) {
      return true;
    }
    Matcher words = WORD_PREFIX.matcher(id);
    if (!words.lookingAt() || words.end() == id.length()) {
      return false;
    }
    return id.length() - words.end() >= MIN_OPAQUE_ID && OPAQUE_ID.matcher(id).region(words.end(), id.length())
        .matches();
  }
}
