package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The number a page prints at the head of a comment, in no element named as a number: "Kommentar 12", "Comment
 * #12", "#12", "12.". It is the comment's number, not its text nor its author's name, and the numbered-parent rule
 * reads it ("Antwort auf #3", {@link CommentThread}).
 *
 * <ul>
 *   <li>A line that is a mark alone and is the first text of the comment, outside its text element: the header's
 *       {@code <strong>#3</strong>} before the name. Such a line may be a worded mark and the author in one, "Kommentar
 *       12 von Ann", "Comment 12 by Ann": the number is 12 and the author Ann ({@link #name}).
 *   <li>A first paragraph of the text that is a worded mark alone, "Kommentar 12", "Comment #12", or a worded mark
 *       and the author, "Kommentar 12 von Ann", where the page prints the header as the text's first line
 *       ({@link #opening}). A bare "#3" that opens the text is left alone: readers answer so ("#3 – nun ja, ..."),
 *       naming the comment they answer.
 *   <li>A mark before the name in the author's line, "4. Dora", "#5 Emil".
 *   <li>A mark before the time in the date line, "#12 — vor 8 Stunden" ({@link #beforeTime}), and a reply's place
 *       in its thread there, "#1.1 — vor 8 Stunden", which is no number but says which comment it answers
 *       ({@link #placeBeforeTime}).
 * </ul>
 */
final class NumberMarks {
  /** The words that name a comment before its number. */
  private static final String WORDS = "kommentar|comment|commentaire|comentario|commento|beitrag|eintrag|post|"
      + "reaktion|reactie|kommentti|komentarz|комментарий";
  /** A worded mark alone: "Kommentar 12", "Comment #12", "Beitrag Nr. 12". */
  private static final Pattern WORDED = Pattern.compile("(?iu)^\\s*(?:" + WORDS
      + ")\\s*(?:nr\\.?|no\\.?|#)?\\s*(\\d{1,6})\\s*[.:]?\\s*$");
  /** A mark alone of any kind: a worded one, "#12" or "12.". */
  private static final Pattern MARK = Pattern.compile("(?iu)^\\s*(?:(?:" + WORDS
      + ")\\s*(?:nr\\.?|no\\.?|#)?\\s*|#\\s?)(\\d{1,6})\\s*[.:]?\\s*$|^\\s*(\\d{1,6})\\.\\s*$");
  /** A worded mark and the author in one line: "Kommentar 12 von Ann", "Comment #12 by Ann". */
  private static final Pattern WORDED_BY = Pattern.compile("(?iu)^\\s*(?:" + WORDS
      + ")\\s*(?:nr\\.?|no\\.?|#)?\\s*(\\d{1,6})\\s*[.:,–-]?\\s+(?:von|by|from|de|par|di|por|van|av|af)\\s+"
      + "(?<name>\\S.*)$");
  /** A mark before a name: "4. Dora", "#5 Emil". */
  private static final Pattern BEFORE_NAME = Pattern.compile("(?u)^\\s*(?:#\\s?(\\d{1,6})\\.?|(\\d{1,6})\\.)\\s+"
      + "(?=\\p{L})");
  /**
   * A mark before the time in a date line, "#12 — vor 8 Stunden", "#3 | 02.05.2024": a dash or bar after it. Not
   * a reply's place in its thread, "#1.1 — ...", which is no number of the page's count. The spaces around the
   * dash may be no-break spaces ("#12&amp;nbsp;—&amp;nbsp;...").
   */
  private static final Pattern BEFORE_TIME = Pattern.compile("^\\s*#\\s?(\\d{1,6})[\\s\u00a0]*[—–|·-][\\s\u00a0]");
  /**
   * A reply's place in its thread before the time in a date line, "#1.1 — vor 8 Stunden": the numbers of the
   * comments it stands under, then its own among their replies.
   */
  private static final Pattern PLACE_BEFORE_TIME =
      Pattern.compile("^\\s*#\\s?(\\d{1,6}(?:\\.\\d{1,6}){1,8})[\\s\u00a0]*[—–|·-][\\s\u00a0]");
  /** A mark is a few characters: a longer element holds more than one. */
  private static final int MAX_MARK = 24;
  /** A worded mark and a name, "Kommentar 12 von Ann", are a mark and a name's length at most. */
  private static final int MAX_MARK_BY = MAX_MARK + CommenterNames.MAX_LENGTH;
  /**
   * A name after a worded mark that opens the text is a few words: a longer line is a sentence ("Kommentar 12 von
   * Ann war besser").
   */
  private static final int MAX_OPENING_NAME_WORDS = 4;
  /** How many nodes at the start of a comment are read for its heading: its header's first few. */
  private static final int MAX_NODES = 64;

  private NumberMarks() {}

  /**
   * The element of the mark that heads a comment: the element of the comment's first text, when that text is a
   * mark alone, outside the comment's text element, and more text follows it. A comment whose only words are
   * "Comment 3." wrote them.
   *
   * @param root the comment's element
   * @param text the comment's text element, if the page names one
   * @param others the elements of all comments, whose texts are theirs
   * @return the mark's element, or null
   */
  static @Nullable Element heading(Element root, @Nullable Element text, Set<Element> others) {
    TextNode first = textFrom(root.childNodeSize() == 0 ? null : root.childNode(0), root, others);
    if (first == null) {
      return null;
    }
    Element e = first.parentElement();
    if (e == null || e == root || text != null && (e == text || isInside(e, text, root))) {
      return null;
    }
    String mark = e.text();
    boolean alone = mark.length() <= MAX_MARK && MARK.matcher(mark).matches();
    if (!alone && (mark.length() > MAX_MARK_BY || !WORDED_BY.matcher(mark).matches())) {
      return null;
    }
    return textFrom(after(e, root, false), root, others) == null ? null : e;
  }

  /**
   * The number of a heading's mark.
   *
   * @param heading an element that {@link #heading} found
   * @return its number, if at least 1
   */
  static OptionalInt number(Element heading) {
    String mark = heading.text();
    OptionalInt alone = number(MARK.matcher(mark));
    return alone.isPresent() ? alone : number(WORDED_BY.matcher(mark));
  }

  /**
   * The author's name that a heading's mark gives after the number, "Kommentar 12 von Ann".
   *
   * @param heading an element that {@link #heading} found
   * @return the name as printed; empty for a mark alone
   */
  static Optional<String> name(Element heading) {
    Matcher m = WORDED_BY.matcher(heading.text());
    return m.matches() ? Optional.of(m.group("name").strip()) : Optional.empty();
  }

  /**
   * A worded mark that opens a comment's text as a paragraph of its own: "Kommentar 12", or the mark and the
   * author in one line, "Kommentar 12 von Ann", where the page prints no header element apart from the text.
   *
   * @param number the comment's number
   * @param name the name after the mark as printed; empty for a mark alone
   */
  record Opening(int number, Optional<String> name) {}

  /**
   * The worded mark that opens a comment's text as a paragraph of its own, "Kommentar 12", "Comment #12 by Ann".
   * A line with a name must read as a header, not as a sentence that names another comment: it ends without a
   * full stop, question or exclamation mark, and its name is a few words ({@link #MAX_OPENING_NAME_WORDS}).
   *
   * @param body the comment's text
   * @return the mark; empty if the first paragraph is no such mark, or the only one
   */
  static Optional<Opening> opening(List<Block> body) {
    if (body.size() < 2 || !(body.get(0) instanceof Paragraph p) || p.text().length() > MAX_MARK_BY) {
      return Optional.empty();
    }
    String line = p.text();
    if (line.length() <= MAX_MARK) {
      OptionalInt alone = number(WORDED.matcher(line));
      if (alone.isPresent()) {
        return Optional.of(new Opening(alone.getAsInt(), Optional.empty()));
      }
    }
    char last = line.charAt(line.length() - 1);
    if (last == '.' || last == '!' || last == '?') {
      return Optional.empty(); // "Kommentar 12 von Ann ist falsch.": a reader's sentence
    }
    Matcher m = WORDED_BY.matcher(line);
    OptionalInt number = number(m);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    String name = m.group("name").strip();
    return name.split(" ").length > MAX_OPENING_NAME_WORDS ? Optional.empty()
        : Optional.of(new Opening(number.getAsInt(), Optional.of(name)));
  }

  /**
   * The number of a mark before the name in an author's line, "4. Dora".
   *
   * @param line the author's line
   * @return the number, if the line opens with a mark and a name
   */
  static OptionalInt beforeName(String line) {
    return number(BEFORE_NAME.matcher(line), true);
  }

  /**
   * The number of a mark before the time in a comment's date line, "#12 — vor 8 Stunden".
   *
   * @param line the text of the comment's time element
   * @return the number, if the line opens with a mark and a dash or bar
   */
  static OptionalInt beforeTime(String line) {
    if (line.isEmpty() || line.charAt(0) != '#' && !Character.isWhitespace(line.charAt(0))) {
      return OptionalInt.empty(); // most date lines: the regex is asked only of lines that may open with a mark
    }
    Matcher m = BEFORE_TIME.matcher(line);
    return m.lookingAt() ? positive(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * A reply's place in its thread before the time in its date line, "#1.1 — vor 8 Stunden", where the page numbers
   * replies under the number of the comment they answer.
   *
   * @param line the text of the comment's time element
   * @return the place as printed, "1.1"; empty if the line opens with no such place
   */
  static Optional<String> placeBeforeTime(String line) {
    if (line.isEmpty() || line.charAt(0) != '#' && !Character.isWhitespace(line.charAt(0))) {
      return Optional.empty(); // as in beforeTime
    }
    Matcher m = PLACE_BEFORE_TIME.matcher(line);
    return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static OptionalInt positive(int n) {
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /**
   * A name without the mark before it: "4. Dora" is Dora.
   *
   * @param line a name's line
   * @return the line without a mark at its start
   */
  static String withoutMark(String line) {
    if (line.isEmpty() || !(line.charAt(0) == '#' || Character.isDigit(line.charAt(0)) || line.charAt(0) == ' ')) {
      return line; // most names: the regex is asked only of lines that may open with a mark
    }
    return BEFORE_NAME.matcher(line).replaceFirst("");
  }

  private static OptionalInt number(Matcher m) {
    return number(m, false);
  }

  private static OptionalInt number(Matcher m, boolean prefix) {
    if (!(prefix ? m.lookingAt() : m.matches())) {
      return OptionalInt.empty();
    }
    String digits = m.group(1) != null ? m.group(1) : m.group(2);
    int n = Integer.parseInt(digits);
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /**
   * The first text node from a node on, in document order within a comment, that is more than white space, among
   * the next {@link #MAX_NODES} nodes, and not in a comment nested in it: a heading stands at the start, and a page
   * of comments each nested in the one before must not make each walk go down to the deepest one.
   */
  private static @Nullable TextNode textFrom(@Nullable Node start, Element root, Set<Element> others) {
    Node n = start;
    for (int seen = 0; n != null && seen < MAX_NODES; seen++) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return t;
      }
      n = after(n, root, !(n instanceof Element e && others.contains(e)));
    }
    return null;
  }

  /** The node after a node in document order within a comment, into its children if {@code into}, or null. */
  private static @Nullable Node after(Node node, Element root, boolean into) {
    if (into && node.childNodeSize() > 0) {
      return node.childNode(0);
    }
    Node n = node;
    while (n != root && n.nextSibling() == null) {
      n = n.parent();
    }
    return n == root || n == null ? null : n.nextSibling();
  }
}
