package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.internal.comments.CommentReader.Draft;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import io.github.newsmodel.html.internal.dom.PageLocation;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.time.PageClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds the reader comments of a page of any site.
 *
 * <ol>
 *   <li>The comments in the markup ({@link CommentUnits}), each read by {@link CommentReader}: WordPress's
 *       {@code ol.commentlist}, Drupal's {@code .comment} with {@code .indented} replies, Disqus's static
 *       {@code #dsq-comments}, phpBB's {@code div.post} and vBulletin's {@code postbit}, Kunena's
 *       {@code div.row.message} ({@link KunenaPosts}), bbPress's ({@link BbPressPosts}) and vBulletin 5's
 *       ({@link VBulletinFivePosts}) topics, WoltLab Burning Board's posts ({@link WoltLabPosts}), Flarum's discussions as its server prints them for crawlers, with the
 *       times and edits of its JSON payload ({@link FlarumPosts}), Blogger's
 *       {@code dl#comments-block} and {@code li.comment}, Movable Type's {@code div.comment}, schema.org
 *       {@code Comment} microdata, and any element named like a comment inside a comment section. A page that
 *       names none may still head its comments with numbered lines, "#3 von Ann 29.12.2010" ({@link
 *       NumberedComments}). Slash's table layout before 2006 ({@link SlashTables}) wins where it finds more
 *       comments: its rows are named nothing, but its boxes are classed {@code commentBox}; so does PHP-Nuke's copy
 *       of it ({@link NukeTables}), and the other tables of those years that name no element as a comment
 *       ({@link TableLayout}): phpBB 2's, phpBB 3.0 subsilver2's, Invision Power Board 2's, SMF 1's.
 *   <li>If the markup holds none, the comments of the page's JSON-LD ({@link JsonLdComments}).
 *   <li>The declared count: JSON-LD {@code commentCount}, microdata {@code commentCount}, else a heading of the
 *       comment section such as "12 Comments", "3 Kommentare" or "Comments (5)", else the count a Slash story
 *       or a PHP-Nuke story prints beside its links ({@link SlashCount}), else a labelled total such as uCoz's
 *       "Всего комментариев: 3" ({@link TotalCount}). A comment widget rendered by script, Valine, Waline, Twikoo,
 *       Gitalk, Artalk or HashOver, prints its count in its own words above its thread, which is read before any
 *       heading ({@link WidgetCounts}).
 *   <li>Whether comments are open: a comment form says yes, a notice such as "Comments are closed" says no.
 * </ol>
 *
 * <p>A comment that the page may have cut off is left out.
 */
public final class ReaderComments {
  private static final NamePattern SECTION_NAMES = NamePattern.anywhere("comment", "kommentar", "leserbrief",
      "disqus", "dsq-", "discussion", "diskussion", "reaction", "replies", "responses", "respond", "wpdiscuz",
      "wc-thread", "reviews", "guestbook", "forum");
  // A count in words opens the heading: "Ajouter un commentaire", "Leave a comment" add one, and count none.
  private static final Pattern COUNT = Pattern.compile("(?iu)^(?:\\D{0,30}?(\\d{1,6})|(one|no|ein|eine|keine|un|"
      + "une|uno|una|yksi|aucun))\\s+(?:reader\\s+|user\\s+|leser-?)?(?:comments?|kommentare?|responses?|replies|"
      + "antworten|reaktionen|commentaires?|comentarios?|kommenttia?|thoughts?|leserbriefe|leserkommentare|"
      + "risposte|commenti|reacties|reakcj\\p{L}*|komentarz\\p{L}*|коммента\\p{L}*|комента\\p{L}*)(?:\\W.{0,80})?$"
      + "|^(?:comments?|kommentare?|responses?|antworten|reaktionen|commentaires?|comentarios?|kommentit|"
      + "leserkommentare|diskussion|discussion)\\s*[(:]\\s*(\\d{1,6})\\)?$");

  /** The bit of the page words that "comment" and "disqus" set: {@link PageWords#COMMENT_WORDS}. */
  private static final int COMMENT_WORD = PageWords.COMMENT_WORDS.bit();
  private static final Evaluator COMMENT_COUNT = QueryParser.parse("[itemprop=commentCount]");
  /** The value of a microdata count, compiled once rather than by String.matches on every page that has one. */
  private static final Pattern COUNT_VALUE = Pattern.compile("\\d{1,7}");
  /** Where a comment section states its count, in one query parsed once. */
  private static final Evaluator COUNT_HEADINGS =
      QueryParser.parse("h1, h2, h3, h4, h5, h6, [class*=title], [class*=count], [class*=heading]");
  /** The tags of headings, which a count heading may have, and whatever its class. */
  private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** The text field of a comment form, parsed once for every form of every page. */
  private static final Evaluator COMMENT_FIELD =
      QueryParser.parse("textarea[name*=comment], textarea#comment, textarea[name=message]");
  /** No element: the answer of {@link #outermostNamed} when no ancestor is named as a comment section. */
  private static final Element NONE = new Element("none");

  private ReaderComments() {}

  /**
   * Finds the comments of a page, keeping at most {@link ParseOptions#DEFAULT_MAX_COMMENTS}.
   *
   * @param page the page
   * @param jsonLd the page's JSON-LD
   * @param clock how the page's times are read: its languages, its zone and its capture time
   * @return the comments, their declared count and whether they are open
   */
  public static CommentSection find(Document page, JsonLd jsonLd, PageClock clock) {
    return find(page, jsonLd, clock, ParseOptions.DEFAULT_MAX_COMMENTS);
  }

  /**
   * Finds the comments of a page.
   *
   * @param page the page
   * @param jsonLd the page's JSON-LD
   * @param clock how the page's times are read: its languages, its zone and its capture time
   * @param maxComments how many comments to read; of a page with more, the first ones in page order are read and
   *     the count is at least the number the page holds
   * @return the comments, their count and whether they are open
   */
  public static CommentSection find(Document page, JsonLd jsonLd, PageClock clock, int maxComments) {
    return find(page, PageElements.of(page), jsonLd, clock, maxComments);
  }

  /**
   * Finds the comments of a page whose elements are listed already.
   *
   * @param page the page
   * @param elements the page's elements
   * @param jsonLd the page's JSON-LD
   * @param clock how the page's times are read: its languages, its zone and its capture time
   * @param maxComments how many comments to read; of a page with more, the first ones in page order are read and
   *     the count is at least the number the page holds
   * @return the comments, their count and whether they are open
   */
  public static CommentSection find(Document page, PageElements elements, JsonLd jsonLd, PageClock clock,
      int maxComments) {
    Element body = page.body();
    if (body == null) {
      return new CommentSection(List.of(), OptionalInt.empty(), Optional.empty(), Set.of());
    }
    int bodyStart = elements.start(body);
    int bodyEnd = elements.end(bodyStart);
    CommentTimes times = new CommentTimes(clock);
    List<Unit> units = new ArrayList<>();
    List<Unit> found = CommentUnits.find(elements, bodyStart, bodyEnd);
    Set<Element> forms = commentForms(elements);
    // What the numbered headers and a closed section's notice need of the body's texts, read in one pass.
    TextMarks marks = TextMarks.read(elements, bodyStart, bodyEnd, found.isEmpty(), forms.isEmpty());
    if (found.isEmpty()) {
      found = SelfLinkedItems.find(elements); // Textpattern's bare items of ol.comments, each with its permalink
    }
    if (found.isEmpty() && marks.numbered) {
      // a page that names no element as a comment may still number its comments' headers
      found = NumberedComments.find(body, times);
    }
    // The tables of the early 2000s name no element as a comment (Slash's boxes classed commentBox are none)
    Optional<TableLayout> layout = Optional.empty();
    List<Element> anchors = NamedAnchors.of(elements); // what several finders read, listed once
    for (TableLayout l : TableLayout.values()) {
      List<Unit> rows = l.find(elements, anchors);
      if (l.replaces(rows.size(), found.size())) {
        found = rows;
        layout = Optional.of(l);
      }
    }
    List<Unit> bbPress = BbPressPosts.find(elements);
    if (!bbPress.isEmpty()) {
      found = bbPress; // a topic's posts, whose headers stand outside them
    }
    List<Unit> vb5 = VBulletinFivePosts.find(elements);
    if (!vb5.isEmpty()) {
      found = vb5; // a topic's posts, which the generic search reads as wrappers of their boxes
    }
    List<Unit> media = MediaObjects.find(anchors);
    if (!media.isEmpty()) {
      found = media; // django-comments-xtd's tree, whose named div.comment holds no reply
    }
    Optional<FlarumPosts> flarum = FlarumPosts.find(elements);
    if (flarum.isPresent()) {
      found = flarum.get().units(); // a discussion's posts in the markup for crawlers, named nothing
    }
    for (Unit u : found) {
      if (CommentReader.complete(u)) {
        units.add(u);
      }
    }
    int unread = Math.max(0, units.size() - maxComments);
    units = units.subList(0, units.size() - unread);
    Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    units.forEach(u -> roots.add(u.root));
    CommentReader reader = new CommentReader(times);
    List<Draft> drafts = new ArrayList<>();
    for (Unit u : units) {
      Draft draft = reader.read(u, roots);
      drafts.add(flarum.isPresent() ? flarum.get().completed(draft, times) : draft);
    }
    List<Comment> comments = CommentThread.build(drafts);
    boolean laterPage = LaterPage.of(PageLocation.of(page));
    Optional<OpeningPost> opening = OpeningPost.find(units, comments, reader, roots, laterPage);
    // a topic's later page, whose posts are a forum's: all of them replies
    boolean laterTopicPage = laterPage && !units.isEmpty()
        && (units.get(0).forumPost || OpeningPost.namedAsPost(units.get(0).root));
    if (comments.isEmpty()) {
      JsonLdComments fromJsonLd = new JsonLdComments(times, maxComments);
      comments = fromJsonLd.read(jsonLd);
      unread = fromJsonLd.unread();
    }
    Set<Element> regions = new LinkedHashSet<>(); // document order, so that the first count heading wins
    Map<Element, Element> sections = new IdentityHashMap<>();
    units.forEach(u -> regions.add(section(u.root, sections)));
    if (layout.isPresent()) {
      regions.addAll(layout.get().regions(units, elements));
    }
    forms.forEach(f -> regions.add(section(f, sections)));
    flarum.ifPresent(f -> regions.addAll(f.notices()));
    OptionalInt count = JsonLdComments.count(jsonLd);
    if (count.isEmpty()) {
      int shown = comments.size();
      // Fewer than the page shows counts one post's comments (a Stack Exchange question's), not the page's.
      count = microdataCount(elements).stream().filter(n -> n >= shown).findFirst();
    }
    if (count.isEmpty() && !comments.isEmpty()) {
      // a widget rendered by script prints its count in its own words, "3 条评论", above its thread
      int least = WidgetCounts.least(units, comments.size());
      count = WidgetCounts.find(units).stream().filter(n -> n >= least).findFirst();
    }
    if (count.isEmpty()) {
      count = headingCount(regions, elements, bodyStart, bodyEnd, roots, comments.size());
    }
    if (count.isEmpty()) {
      int shown = comments.size();
      // a Slash story declares its count beside its links, "| <B>5</B> comments", in no heading, as PHP-Nuke's does
      boolean besideLinks = layout.filter(TableLayout::countsBesideLinks).isPresent();
      count = SlashCount.find(elements, besideLinks).stream().filter(n -> n >= shown).findFirst();
      if (count.isEmpty() && shown > 0) {
        count = TotalCount.find(elements).stream().filter(n -> n >= shown).findFirst(); // "Всего комментариев: 3"
      }
    }
    if (unread > 0) {
      // Comments beyond the limit are not read, but the count says that the page holds them.
      count = OptionalInt.of(Math.max(count.orElse(0), comments.size() + unread));
    }
    Set<Element> replies = new LinkedHashSet<>();
    units.forEach(u -> replies.add(u.root)); // a listed opening post's first, as CommentSection.readers expects
    return new CommentSection(comments, count, open(forms, marks), regions, opening, replies, laterTopicPage);
  }

  /** The outermost element around a comment that is still named as part of the comment section. */
  private static Element section(Element e, Map<Element, Element> known) {
    Element named = outermostNamed(e.parent(), known);
    return named == NONE ? e : named;
  }

  /**
   * The outermost element named as part of a comment section from {@code start} up to the first unnamed wrapper
   * with other content, or {@link #NONE}. Comments share their ancestors, so each ancestor's answer is kept in
   * {@code known}: the walks up cost no more than the page has elements, however many comments it holds.
   */
  private static Element outermostNamed(@Nullable Element start, Map<Element, Element> known) {
    List<Element> chain = new ArrayList<>();
    List<Boolean> namedInChain = new ArrayList<>();
    Element above = NONE;
    for (Element p = start; p != null && !p.normalName().equals("body"); p = p.parent()) {
      Element answer = known.get(p);
      if (answer != null) {
        above = answer;
        break;
      }
      String names = Names.of(p);
      boolean named = !names.isEmpty() && SECTION_NAMES.find(names);
      if (!named && p.childrenSize() > 1) {
        known.put(p, NONE); // an unnamed wrapper with other content is the page's, not the section's
        break;
      }
      chain.add(p);
      namedInChain.add(named);
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (above == NONE && namedInChain.get(i)) {
        above = chain.get(i);
      }
      known.put(chain.get(i), above);
    }
    return above;
  }

  private static Set<Element> commentForms(PageElements elements) {
    Set<Element> forms = new LinkedHashSet<>();
    // The comment field is a textarea: on a page without one, as most are, no form's subtree is searched for it.
    boolean textareas = !elements.byTag("textarea").isEmpty();
    for (Element form : elements.byTag("form")) {
      String names = Names.of(form);
      if ((SECTION_NAMES.find(names) || form.attr("action").contains("comment")
          || textareas && form.selectFirst(COMMENT_FIELD) != null) && !SlashTables.displayOptionsWithoutReply(form)) {
        forms.add(form);
      }
    }
    return forms;
  }

  /** A comment form means open, a "comments are closed" notice or an element named so means closed. */
  private static Optional<Boolean> open(Set<Element> forms, TextMarks marks) {
    if (!forms.isEmpty()) {
      return Optional.of(true);
    }
    return marks.closed ? Optional.of(false) : Optional.empty();
  }

  private static OptionalInt microdataCount(PageElements elements) {
    Element e = elements.selectFirstWith("itemprop", COMMENT_COUNT);
    if (e == null) {
      return OptionalInt.empty();
    }
    String v = e.hasAttr("content") ? e.attr("content") : e.text();
    String value = v.trim();
    return COUNT_VALUE.matcher(value).matches() ? OptionalInt.of(Integer.parseInt(value)) : OptionalInt.empty();
  }

  /**
   * "12 Comments", "Ein Kommentar", "Comments (5)" in a heading of the comment section. A count inside a comment
   * that is lower than the comments shown counts the comment's own replies, not the page's: NodeBB's Harmony prints
   * "0 Replies" in every post.
   */
  private static OptionalInt headingCount(Set<Element> regions, PageElements elements, int bodyStart, int bodyEnd,
      Set<Element> roots, int shown) {
    List<Element> headings = new ArrayList<>();
    boolean[] headingTags = elements.tagsIn(HEADING_TAGS);
    Map<Element, Integer> starts = starts(regions, elements);
    for (Element region : regions) {
      if (!insideAnother(region, regions)) { // nested regions would be searched twice
        Integer start = starts.get(region);
        headings.addAll(start == null ? region.select(COUNT_HEADINGS)
            : countHeadings(region, start, elements, headingTags));
      }
    }
    // What select("#comments, .comments, .comments-area, #disqus_thread") finds, in one plain walk. Such an id or
    // class leaves "comment" or "disqus_thread" in the element's lower-cased names, which are read already and
    // spare most elements the tests. (No character but c, o, m, e, n and t themselves matches them ignoring case.)
    // Both hold a word of the page's COMMENT_WORDS, whose bit the comment search has read for the body's elements:
    // most of them are ruled out by it, without a look at their names. The head's few names, whose words no scan
    // reads, are looked at themselves.
    List<Element> all = elements.all();
    for (int i = 0; i < all.size(); i++) {
      boolean inBody = i >= bodyStart && i < bodyEnd;
      if (inBody ? (elements.nameWords(i) & COMMENT_WORD) == 0 : elements.nameId(i) == 0) {
        continue;
      }
      Element section = all.get(i);
      String names = elements.names(i);
      if ((names.contains("comment") || names.contains("disqus_thread"))
          && (section.id().equals("comments") || section.id().equals("disqus_thread")
          || section.hasClass("comments") || section.hasClass("comments-area"))) {
        for (int k = i, end = elements.end(i); k < end; k++) { // what select("h1, h2, h3, h4, h5, h6") finds
          if (headingTags[elements.tagId(k)]) {
            headings.add(all.get(k));
          }
        }
      }
    }
    for (Element h : headings) {
      String text = h.text().strip();
      if (text.length() > 120) {
        continue;
      }
      var m = COUNT.matcher(text);
      if (m.matches()) {
        int n = number(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        if (n < shown && insideAnother(h, roots)) {
          continue;
        }
        return OptionalInt.of(n);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * What {@code region.select(COUNT_HEADINGS)} finds, read from the region's run of the page's elements, which
   * starts at {@code start}: only a heading or an element with a class can match, and most elements are neither,
   * told by their tag's and their class's numbers without a look at their attributes.
   */
  private static List<Element> countHeadings(Element region, int start, PageElements elements,
      boolean[] headingTags) {
    List<Element> all = elements.all();
    List<Element> out = new ArrayList<>();
    for (int i = start, end = elements.end(start); i < end; i++) {
      Element e = all.get(i);
      if ((headingTags[elements.tagId(i)] || elements.classId(i) != 0) && COUNT_HEADINGS.matches(region, e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Where each region starts in the page's elements, found in one pass over them: a page of thousands of comments,
   * each a region of its own, would cost a pass per region. A region not among them (none is) is searched as
   * before, by its query.
   */
  private static Map<Element, Integer> starts(Set<Element> regions, PageElements elements) {
    Map<Element, Integer> starts = new IdentityHashMap<>();
    List<Element> all = elements.all();
    for (int i = 0; i < all.size() && starts.size() < regions.size(); i++) {
      if (regions.contains(all.get(i))) {
        starts.put(all.get(i), i);
      }
    }
    return starts;
  }

  private static boolean insideAnother(Element e, Set<Element> regions) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (regions.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static int number(String n) {
    return switch (n.toLowerCase(java.util.Locale.ROOT)) {
      case "no", "keine", "aucun" -> 0;
      case "one", "ein", "eine", "un", "une", "uno", "una", "yksi" -> 1;
      default -> Integer.parseInt(n);
    };
  }
}
