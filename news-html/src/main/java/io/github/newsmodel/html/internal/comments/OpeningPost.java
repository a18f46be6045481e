package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.html.internal.comments.CommentReader.Draft;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.time.EditTimes;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The post that opens a forum thread, read like its replies: its author, time, text and edits.
 *
 * <p>Forum software shows a thread's opening post in one of two ways, and both are found here:
 *
 * <ul>
 *   <li><b>Before the replies, shaped like them</b>: Vanilla's {@code div.Item.ItemDiscussion} above its
 *       {@code li.Item.ItemComment}s, Discourse's first post, Hacker News's story above its comments. It is the
 *       nearest block before the first comment, below the page's headline, whose classes share at least
 *       {@link #SHARED_CLASSES} with the first comment's (Vanilla's {@code Item}, {@code AuthorWrap},
 *       {@code Username}, {@code DateCreated}...) and that links a poster as the first comment links its author
 *       ({@code a.Username}); it is read as a comment is. Where the comments name the element of their text and
 *       the block names none, as Hacker News's story of a link does ("57 points by islandnews 3 hours ago"), it is
 *       a post without text: its poster and time, when it names both, are the thread's, and its other words (the
 *       link's title, the points) are no text. Otherwise it is a post when it reads as one with an author and a
 *       text; when it does not, the comments answer it, and the page shows no opening post. When it names the
 *       first comment's author and time, it is the thread's header line.
 *   <li><b>As the first of the posts</b>: phpBB, vBulletin, XenForo, MyBB, SMF, Invision, Kunena, Discuz!, FluxBB
 *       print the opening post as a post like the others. The first comment is then a candidate when it answers no
 *       other, no other is nested under it as its reply, it names its author, it is not later than any comment
 *       after it (a thread lists its posts oldest first) and its element is named as a forum's post
 *       ({@link #namedAsPost}), not as a reader's comment, and the page is the topic's first: not a later page by
 *       its address ({@link LaterPage}), and the post is not numbered after #1. Whether it is the thread's opening
 *       post or the first reader comment on an article the page shows no text of, only the article tells: the
 *       caller decides ({@link #listed()}).
 * </ul>
 *
 * @param author the poster
 * @param publishedAt the time of the post, if the page shows it
 * @param publishedAtDateOnly whether the page shows only the day of the post
 * @param assumedZone the zone the time was read in, where the page printed no offset
 * @param body the post's text; empty for a post without text, such as the submission of a link
 * @param edits the post's edits, oldest first
 * @param listed whether it is the first of the page's comments, rather than a block before them
 */
public record OpeningPost(Author author, Optional<OffsetDateTime> publishedAt, boolean publishedAtDateOnly,
    Optional<ZoneId> assumedZone, List<Block> body, List<EditRecord> edits, boolean listed) {

  /** Copies the lists, so that the post is immutable. */
  public OpeningPost {
    body = List.copyOf(body);
    edits = List.copyOf(edits);
  }

  /** The opening post that a comment read from the page is, with its author. */
  private static OpeningPost of(Comment c, boolean listed) {
    return new OpeningPost(c.author().orElseThrow(), c.publishedAt(), c.publishedAtDateOnly(), c.assumedZone(),
        c.body(), c.edits(), listed);
  }

  /** How many class names an opening post shares with the first reply at least: one may be a layout's word. */
  static final int SHARED_CLASSES = 3;
  /** How many levels above the first comment the block before it is looked for. */
  private static final int MAX_LEVELS = 6;
  /** How many blocks with text are looked at before each level's element. */
  private static final int MAX_SIBLINGS = 3;
  /** How many elements of a block are read for its class names: a post's frame shows them near its top. */
  private static final int MAX_ELEMENTS = 400;
  /** The page's headline, which a block before the posts holds when it is the page's header. */
  private static final Evaluator HEADLINE = QueryParser.parse("h1");
  /** A forum post's id: phpBB's and FluxBB's {@code p123}, {@code post_123}, {@code post-123}, SMF's {@code msg123}. */
  private static final Pattern POST_ID = Pattern.compile("(?:[a-z]+[-_])*(?:p|post|msg|message)[-_]?\\d+");
  /**
   * A forum post's class word: {@code post}, {@code cPost}, {@code blockpost}, {@code postcontainer},
   * {@code postbitlegacy}, {@code message--post}, {@code message-published}, not {@code bypostauthor} nor a word
   * that only holds "post" ({@code postmeta}).
   */
  private static final Pattern POST_CLASS = Pattern.compile("(?:[a-z]+[-_]{1,2})*(?:c?post|blockpost|postcontainer"
      + "|postbit[a-z]*|message|msg)(?:[-_]{1,2}[a-z]+)*");
  /**
   * An id or a class word longer than this names no post: the patterns' repeated groups would need a stack in
   * proportion to a hostile page's name of half a million characters.
   */
  private static final int MAX_NAME = 128;
  /** Elements that only space blocks apart. */
  private static final Set<String> SPACERS = Set.of("br", "hr", "script", "style", "noscript");

  /**
   * Finds the opening post of a thread.
   *
   * @param units the comments' units, in page order
   * @param comments the comments read from them, in page order
   * @param reader the reader that read them
   * @param roots the root elements of all comments
   * @param laterPage whether the page is a later page of its topic ({@link LaterPage}), whose first post is a reply
   * @return the opening post, if the page shows one
   */
  static Optional<OpeningPost> find(List<Unit> units, List<Comment> comments, CommentReader reader,
      Set<Element> roots, boolean laterPage) {
    if (units.isEmpty() || comments.isEmpty()) {
      return Optional.empty();
    }
    Unit unit = units.get(0);
    Comment first = comments.get(0);
    boolean own = unit.pageId().map(id -> id.equals(first.id())).orElse(first.id().equals("c1"));
    if (!own || first.author().isEmpty()) {
      return Optional.empty(); // a post that names no poster opens no thread, nor does one dropped as furniture
    }
    Optional<Element> before = posterSignature(unit.root, first.author().get())
        .flatMap(poster -> shapedBefore(unit.root, poster));
    if (before.isPresent()) {
      Optional<OpeningPost> read = readBefore(new Unit(before.get()), unit, reader, roots);
      if (read.isEmpty()) {
        return Optional.empty(); // a post of another shape: the comments answer it
      }
      boolean headerLine = first.author().get().equals(read.get().author())
          && read.get().publishedAt().equals(first.publishedAt());
      if (!headerLine) {
        return read;
      }
    }
    if (first.replyTo().isPresent() || laterThanAReply(first, comments) || answered(first, comments)
        || !(unit.forumPost || namedAsPost(unit.root)) || laterPage || first.number().orElse(1) > 1) {
      return Optional.empty();
    }
    return Optional.of(of(first, true));
  }

  /**
   * Whether a comment's element is named as a forum's post rather than as a reader's comment: by an id or a class
   * word such as phpBB's {@code div#p123.post}, vBulletin's {@code postcontainer}, XenForo's {@code message--post},
   * SMF's {@code #msg5507}, Invision's {@code cPost}, Kunena's {@code message-published} or FluxBB's
   * {@code blockpost}. The first of a blog's reader comments ({@code li#comment-11.comment}) on a page that shows no
   * text of its own, a video's or a gallery's, is a reader's and stays one; a comment by the post's author is
   * classed {@code bypostauthor}, which names the author and not a post.
   */
  static boolean namedAsPost(Element e) {
    String id = e.id();
    if (id.length() <= MAX_NAME && POST_ID.matcher(id.toLowerCase(Locale.ROOT)).matches()) {
      return true;
    }
    for (String name : e.classNames()) {
      if (name.length() <= MAX_NAME && POST_CLASS.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the block before the first comment as a post: one without text when the first comment names the
   * element of its text and the block names none, and it names its poster and time; else one with an author and a
   * text.
   */
  private static Optional<OpeningPost> readBefore(Unit block, Unit first, CommentReader reader, Set<Element> roots) {
    Draft draft = reader.read(block, roots);
    if (CommentReader.namesText(first, roots) && !CommentReader.namesText(block, roots)) {
      if (draft.author().isEmpty() || draft.time().isEmpty()) {
        return Optional.empty();
      }
      ResolvedTime t = draft.time().get();
      List<EditRecord> edits = draft.edits().stream()
          .filter(e -> EditTimes.notBefore(e, t.time())).toList();
      return Optional.of(new OpeningPost(draft.author().get(), Optional.of(t.time()), t.dateOnly(),
          t.assumedZone(), List.of(), edits, false));
    }
    return CommentThread.build(List.of(draft)).stream().filter(c -> c.author().isPresent()).findFirst()
        .map(c -> of(c, false));
  }

  /**
   * Whether a comment has replies nested under it: a thread's posts answer the thread, not its opening post, and
   * a first comment with a thread of its own is one of the comments.
   */
  private static boolean answered(Comment c, List<Comment> comments) {
    return comments.stream().anyMatch(o -> o.replyTo().filter(c.id()::equals).isPresent());
  }

  /** Whether a comment's time is after the time of a comment below it: a list of newest first, not a thread. */
  private static boolean laterThanAReply(Comment c, List<Comment> comments) {
    if (c.publishedAt().isEmpty()) {
      return false;
    }
    OffsetDateTime t = c.publishedAt().get();
    return comments.stream().skip(1).anyMatch(o -> o.publishedAt().filter(t::isAfter).isPresent());
  }

  /**
   * The nearest block before the first comment that is shaped like it: it shares {@link #SHARED_CLASSES} class
   * names with it, and names a poster in an element of the kind that names the first comment's. Every comment's
   * element comes after the first's, so no block before it holds one.
   */
  private static Optional<Element> shapedBefore(Element first, String poster) {
    Set<String> own = new HashSet<>();
    walk(first, own, new HashSet<>());
    if (own.size() < SHARED_CLASSES) {
      return Optional.empty();
    }
    Element level = first;
    for (int up = 0; up < MAX_LEVELS && level != null && !level.normalName().equals("body"); up++) {
      int seen = 0;
      for (Element b = level.previousElementSibling(); b != null && seen < MAX_SIBLINGS;
          b = b.previousElementSibling()) {
        if (b.childNodeSize() == 0 || SPACERS.contains(b.normalName())) {
          continue; // a <br>, a spacer row
        }
        seen++;
        if (b.selectFirst(HEADLINE) != null) {
          continue; // the page's header, whose headline names the thread
        }
        Set<String> shared = new HashSet<>();
        Set<String> signatures = new HashSet<>();
        walk(b, shared, signatures);
        shared.retainAll(own);
        if (shared.size() >= SHARED_CLASSES && signatures.contains(poster)) {
          return Optional.of(b);
        }
      }
      level = level.parent();
    }
    return Optional.empty();
  }

  /**
   * The {@link #signature} of the element that names a comment's author: the link to the author's page, else the
   * element whose text is the name.
   */
  private static Optional<String> posterSignature(Element root, Author author) {
    String url = author.url().map(URI::toString).orElse(null);
    Element named = null;
    int n = 0;
    for (Element e : root.getElementsByTag("a")) {
      if (++n > MAX_ELEMENTS) {
        break;
      }
      if (url != null && e.absUrl("href").equals(url)) {
        return Optional.of(signature(e));
      }
      if (named == null && e.text().strip().equals(author.name())) {
        named = e;
      }
    }
    return Optional.ofNullable(named).map(OpeningPost::signature);
  }

  /** An element's tag, classes and {@code itemprop}; of one with neither, its parent's with its tag. */
  private static String signature(Element e) {
    String own = e.className().strip() + "|" + e.attr("itemprop").strip();
    if (!own.equals("|") || e.parent() == null) {
      return e.normalName() + "." + own;
    }
    Element p = e.parent();
    return p.normalName() + "." + p.className().strip() + "|" + p.attr("itemprop").strip() + ">" + e.normalName();
  }

  /**
   * Collects the class names and the {@link #signature signatures} of the links of an element and of the first
   * {@link #MAX_ELEMENTS} elements inside it, in a walk that stops there: the block before a thread's first post
   * may be a page's whole header.
   */
  private static void walk(Element e, Set<String> classes, Set<String> signatures) {
    int[] seen = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element d)) {
          return FilterResult.CONTINUE;
        }
        if (++seen[0] > MAX_ELEMENTS) {
          return FilterResult.STOP;
        }
        classes.addAll(d.classNames());
        if (d.normalName().equals("a")) {
          signatures.add(signature(d));
        }
        return FilterResult.CONTINUE;
      }
    }, e);
  }
}
