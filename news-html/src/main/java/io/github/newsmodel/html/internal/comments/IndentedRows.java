package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Threads of comments laid out as flat table rows, each indented by a cell before it: Hacker News prints every
 * comment as a {@code tr.comtr} whose {@code td.ind} is as wide as the reply is deep ({@code indent="2"}, and a
 * spacer {@code <img src=s.gif width=80>} in it, or only the spacer before 2022). LiveJournal's comment pages set
 * each comment's {@code div#ljcmt123} side by side, its depth in its own {@code style="margin-left: 25px"}, as
 * Serendipity's default template does each {@code div.serendipity_comment} in {@code style="padding-left: 20px"};
 * Plone names each {@code div.comment} after its depth, {@code replyTreeLevel1}, as news sites that print their
 * comments in a flat list name the replies ({@code level-2}, {@code indent-1}) or mark them with a word
 * ({@code comment--reply}, {@code is-reply}, {@code comment-child}), leaving the comments they answer unmarked. A
 * comment replies to the nearest comment above it that is indented less; where some are marked so, a comment
 * nested in no other that is not is at the top, indented least.
 */
final class IndentedRows {
  /** The indenting cell of a row, queried of each row: parsed once. */
  private static final Evaluator INDENT_CELL = QueryParser.parse("td.ind, td[indent]");
  private static final Evaluator SPACER = QueryParser.parse("img[width]");
  private static final Pattern MARGIN_LEFT =
      Pattern.compile("(?i)(?:^|;)\\s*(?:margin|padding)-left\\s*:\\s*(\\d{1,4})px");
  /** A class that names a comment's depth in the thread. */
  private static final Pattern LEVEL_CLASS =
      Pattern.compile("(?i)(?:^|\\s)(?:replyTreeLevel|depth-|level-|indent-|lvl-)(\\d{1,2})(?:\\s|$)");
  /** The words of a level's class, which most classes hold none of: see {@link #LEVEL_CLASS}. */
  private static final List<String> LEVEL_WORDS = List.of("depth-", "replytreelevel", "level-", "indent-", "lvl-");
  /**
   * A class that marks a comment as a reply, one level down: {@code reply}, {@code is-reply},
   * {@code comment--reply}, {@code comment-child}. Not Stack Exchange's {@code answer}, which answers the question.
   */
  private static final Pattern REPLY_CLASS =
      Pattern.compile("(?i)(?:^|\\s)(?:[a-z0-9]+(?:-{1,2}|_{1,2}))*(?:reply|child)(?:\\s|$)");
  /** The most digits an indent can have: a page's depth or pixel width, never a long number. */
  private static final int MAX_DIGITS = 6;

  private IndentedRows() {}

  /** Sets the parent of each comment of a table row that has none, by the rows' indents. */
  static void thread(List<Unit> units) {
    boolean marked = false; // whether a comment's class marks it a reply or names its depth: the unmarked are the top
    for (Unit u : units) {
      if (replyClass(u.root) || levelClass(u.root).isPresent()) {
        marked = true;
        break;
      }
    }
    Deque<Unit> open = new ArrayDeque<>(); // the comments above that later ones may reply to, deepest on top
    Deque<Integer> depths = new ArrayDeque<>();
    for (Unit u : units) {
      OptionalInt depth = u.root.normalName().equals("tr") ? depth(u.root) : margin(u.root);
      if (depth.isEmpty()) {
        depth = levelClass(u.root);
      }
      if (depth.isEmpty() && marked) {
        depth = replyClass(u.root) ? OptionalInt.of(1) : u.parent == null ? OptionalInt.of(0) : OptionalInt.empty();
      }
      if (depth.isEmpty()) {
        continue;
      }
      while (!depths.isEmpty() && depths.peek() >= depth.getAsInt()) {
        depths.pop();
        open.pop();
      }
      if (u.parent == null && !open.isEmpty()) {
        u.parent = open.peek();
      }
      open.push(u);
      depths.push(depth.getAsInt());
    }
  }

  /** How far a row is indented: the cell's {@code indent}, else its spacer's width, in whatever unit it uses. */
  static OptionalInt depth(Element row) {
    Element cell = row.selectFirst(INDENT_CELL);
    if (cell == null) {
      return OptionalInt.empty();
    }
    OptionalInt indent = number(cell.attr("indent"));
    if (indent.isPresent()) {
      return indent;
    }
    Element spacer = cell.selectFirst(SPACER);
    return spacer == null ? OptionalInt.empty() : number(spacer.attr("width"));
  }

  /** The left margin or padding in pixels that an element's own style gives it, if it gives one. */
  static OptionalInt margin(Element e) {
    if (!e.hasAttr("style")) {
      return OptionalInt.empty();
    }
    Matcher m = MARGIN_LEFT.matcher(e.attr("style"));
    return m.find() ? number(m.group(1)) : OptionalInt.empty();
  }

  /**
   * The depth a class of an element names: Plone's {@code replyTreeLevel1}, or {@code depth-2} as WordPress names
   * each comment, which matters where a theme prints the thread flat.
   */
  static OptionalInt levelClass(Element e) {
    if (!e.hasAttr("class")) {
      return OptionalInt.empty();
    }
    String classes = e.attr("class");
    // Most classes hold neither word in any case: the regex, which tries its words at every position, is spared them.
    // (Lower-casing keeps each ASCII letter's place, and the regex ignores case only within ASCII.)
    String lower = classes.toLowerCase(Locale.ROOT);
    if (LEVEL_WORDS.stream().noneMatch(lower::contains)) {
      return OptionalInt.empty();
    }
    Matcher m = LEVEL_CLASS.matcher(classes);
    return m.find() ? number(m.group(1)) : OptionalInt.empty();
  }

  /** Whether an element's class marks it as a reply, a level below the comments not so marked. */
  private static boolean replyClass(Element e) {
    if (!e.hasAttr("class")) {
      return false;
    }
    String lower = e.attr("class").toLowerCase(Locale.ROOT);
    return (lower.contains("reply") || lower.contains("child")) && REPLY_CLASS.matcher(lower).find();
  }

  private static OptionalInt number(String s) {
    String v = s.strip();
    if (v.isEmpty() || v.length() > MAX_DIGITS || !v.chars().allMatch(Character::isDigit)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(v));
  }
}
