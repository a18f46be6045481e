package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.comments.CommentReader.Draft;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.time.EditTimes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the drafts of a page's comments into valid {@link Comment}s, in page order.
 *
 * <ul>
 *   <li>A draft without text is left out, and so is the furniture of the section ({@link SectionFurniture});
 *       their replies then reply to their own parent. A removed comment, whose text is the site's notice ("Dieser
 *       Kommentar wurde entfernt"), is kept in its place as {@link Comment#removed() removed}, without a body
 *       ({@link RemovedComments}).
 *   <li>The id is the page's own ({@code comment-123}) where it has one, else {@code c} and the comment's place
 *       on the page; an id the page repeats gets a suffix, {@code comment-123~2}, so that ids stay unique.
 *   <li>A number shown twice is kept only by the first comment.
 *   <li>A comment without a parent whose text opens with the words of a reply and an earlier comment's number,
 *       "Antwort auf #3", "In reply to #3", "@#3", "@3:", "#3 –", where no link names that comment, replies to the
 *       comment that shows that number; the words stay its text, as they do before a link ({@link ReplyLinks}).
 *       Where no comment shows a number, the number is the one their ordered list shows ({@link ListedNumbers}).
 *   <li>A comment without a parent that shows its place in the thread instead of a number, "#1.1", replies to the
 *       earlier comment that shows the place above it, "#1" ({@link NumberMarks#placeBeforeTime}).
 *   <li>A comment without a parent whose text opens with "@" and the name of an earlier comment's author, "@Bernd:",
 *       replies to that author's latest comment ({@link MentionedAuthors}): in a flat list, and at the top of a
 *       nested one, where a reader who addresses someone answers them without the page's reply button. In a flat
 *       list, the name and a colon alone, "Bernd: ...", answer so too.
 *   <li>An edit before the comment's own time is dropped, since the model rules it out and the page's clock
 *       cannot be trusted over the comment's.
 * </ul>
 */
final class CommentThread {
  /** What starts a URI: a scheme and a colon, after any white space or control characters a browser ignores. */
  private static final Pattern SCHEME = Pattern.compile("[\\s\\p{Cntrl}]*([a-zA-Z][a-zA-Z0-9+.\\-\\s]{0,30}):");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "urn", "tag");
  /**
   * What opens a reply's text to name the number of the comment it answers: "Antwort auf #3", "@#3", "@3" with the
   * number alone after it ("@3:", "@3 ja"), not a time or an amount ("@7pm", "@10.30"), or "#3" and a colon or dash
   * ("#3 – nun ja", "#3: ..."), not a rank ("#1 reason") nor a span of numbers ("#3-5", "#3 – #5").
   */
  private static final Pattern REPLY_TO_NUMBER =
      Pattern.compile("(?iu)^(?:(?:" + ReplyLinks.WORDS + ")\\s*|@\\s?)#\\s?(\\d{1,6})(?!\\d)"
          + "|^@(\\d{1,6})(?=[\\s:,;)!?]|\\.(?!\\d)|$)"
          + "|^#\\s?(\\d{1,6})\\s*(?::|[–—]|-(?!\\d))(?!\\s*#?\\d)");

  private CommentThread() {}

  static List<Comment> build(List<Draft> drafts) {
    Map<Unit, String> ids = new IdentityHashMap<>();
    Set<String> used = new HashSet<>();
    Map<Integer, String> numbers = new HashMap<>(); // the id of the comment that shows each number
    List<Comment> out = new ArrayList<>();
    // A removed comment's notice is about commenting, as a section's notice is, but it stands in a comment's place;
    // each draft is told once, for the count of unsigned comments and for its own place
    boolean[] removed = new boolean[drafts.size()];
    int unsigned = 0;
    for (int i = 0; i < removed.length; i++) {
      Draft d = drafts.get(i);
      removed[i] = RemovedComments.isNotice(d.body());
      unsigned += !d.body().isEmpty() && d.author().isEmpty() && d.time().isEmpty() && !removed[i] ? 1 : 0;
    }
    boolean[] leftOut = new boolean[drafts.size()];
    List<Unit> kept = new ArrayList<>();
    for (int i = 0; i < leftOut.length; i++) {
      Draft d = drafts.get(i);
      leftOut[i] = d.body().isEmpty() || !removed[i] && SectionFurniture.isFurniture(d, unsigned == 1);
      if (!leftOut[i]) {
        kept.add(d.unit());
      }
    }
    // "Bernd:" without the "@" answers Bernd only in a flat list, where nothing else can say what a comment answers
    boolean flat = drafts.stream().allMatch(d -> d.unit().parent == null);
    MentionedAuthors mentioned = new MentionedAuthors();
    // The numbers a reply's text may name: those the comments show, else those their ordered list shows before them
    // (the section's furniture, a box among the items, stands in no place of the list)
    Map<Unit, Integer> listed = drafts.stream().anyMatch(d -> d.number().isPresent()) ? Map.of()
        : ListedNumbers.of(kept);
    Map<Integer, String> named = listed.isEmpty() ? numbers : new HashMap<>();
    // The places in their threads that the comments show, "1" and its reply "1.1", where replies show one
    boolean placed = drafts.stream().anyMatch(d -> d.place().isPresent());
    Map<String, String> places = new HashMap<>();
    int position = 0;
    for (Draft d : drafts) {
      boolean notice = removed[position];
      if (leftOut[position++]) {
        continue;
      }
      String id = unique(d.unit().pageId().filter(CommentThread::safeId).orElse("c" + position), used);
      Comment.Builder c = Comment.builder().id(id);
      if (notice) {
        c.removed(true);
      } else {
        c.addAllBody(d.body());
      }
      d.author().ifPresent(c::author);
      d.time().ifPresent(t -> {
        c.publishedAt(t.time()).publishedAtDateOnly(t.dateOnly());
        t.assumedZone().ifPresent(c::assumedZone);
      });
      boolean numbered = d.number().isPresent() && !numbers.containsKey(d.number().getAsInt());
      if (numbered) {
        c.number(d.number().getAsInt());
      }
      for (EditRecord edit : d.edits()) {
        boolean afterPosting = d.time().isEmpty() || EditTimes.notBefore(edit, d.time().get().time());
        if (afterPosting) {
          c.addEdits(edit);
        } else if (EditTimes.withinAZoneBefore(edit, d.time().get().time())) {
          // Read in a zone the page does not state (the article's, where the comments print their times in UTC),
          // the notice's time fell before the posting by less than zones differ: the page says the comment was
          // edited, not when in a zone that is known. The edit stays, without its time; its note keeps the time as
          // printed. An edit a day before is no edit of this comment.
          c.addEdits(EditTimes.withoutTime(edit));
        }
      }
      // A chain of parents longer than the page has comments turns in a circle (HtmlArticlesFuzzTest hung here):
      // the walk ends there, without a parent. Every finder gives a comment only a parent above it, so none should
      // make one (SlashTables' "Parent" links and DefinitionLists' moved terms could); the bound stays as a guard.
      int steps = 0;
      for (Unit p = d.unit().parent; p != null && steps < drafts.size(); p = p.parent, steps++) {
        String parentId = ids.get(p);
        if (parentId != null) {
          c.replyTo(parentId);
          break;
        }
      }
      if (d.unit().parent == null) {
        Optional<String> parent = d.place().map(p -> places.get(p.substring(0, p.lastIndexOf('.'))));
        if (parent.isEmpty()) {
          parent = numberedParent(d, named);
        }
        if (parent.isEmpty()) {
          parent = mentioned.parent(d.body(), flat, d.author());
        }
        parent.ifPresent(c::replyTo);
      }
      try {
        Comment built = c.build();
        out.add(built);
        if (!(position == 1 && openingPost(d.unit()))) {
          mentioned.add(built);
        }
        ids.put(d.unit(), id);
        if (numbered) {
          numbers.put(d.number().getAsInt(), id);
        }
        Integer shown = listed.get(d.unit());
        if (shown != null) {
          named.putIfAbsent(shown, id);
        }
        if (placed) {
          String place = numbered ? String.valueOf(d.number().getAsInt()) : d.place().orElse(null);
          if (place != null) {
            places.putIfAbsent(place, id);
          }
        }
      } catch (InvalidValueException e) {
        used.remove(id); // a comment the model cannot hold is left out, never the page
      }
    }
    return out;
  }

  /**
   * Whether the page's first comment may be a forum thread's opening post, which {@link OpeningPost} takes for the
   * article: an "@" naming its poster answers the thread, and a reply to that post would make it a comment.
   */
  private static boolean openingPost(Unit first) {
    return first.forumPost || OpeningPost.namedAsPost(first.root);
  }

  /** The id of the earlier comment whose number the draft's text opens by answering: "Antwort auf #3", "@#3". */
  private static Optional<String> numberedParent(Draft d, Map<Integer, String> numbers) {
    if (numbers.isEmpty() || !(d.body().get(0) instanceof Paragraph first)) {
      return Optional.empty();
    }
    Matcher m = REPLY_TO_NUMBER.matcher(first.text());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return Optional.ofNullable(numbers.get(Integer.parseInt(number)));
  }

  /**
   * Whether a page's id may stand as a comment's id: any id but a URL of a scheme that runs or embeds something,
   * such as {@code javascript:} or {@code data:}, which an application might one day put in a link.
   *
   * @param id the page's id
   * @return true for plain ids and for http, https, urn and tag URIs
   */
  static boolean safeId(String id) {
    Matcher scheme = SCHEME.matcher(id);
    return !scheme.lookingAt() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
  }

  private static String unique(String id, Set<String> used) {
    String candidate = id;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = id + "~" + n;
    }
    return candidate;
  }
}
