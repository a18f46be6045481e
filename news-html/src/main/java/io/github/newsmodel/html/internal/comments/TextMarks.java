package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What the body's elements say of their comments in their names and own text, read in one pass over them: whether
 * a text node starts with "#" and a digit, as the header lines of {@link NumberedComments} do, and whether comments
 * are closed, by an element named so ({@code comments-closed}) or a notice ("Comments are closed"). Most pages ask
 * both, and reading each element's text nodes once, rather than in one walk for each question, spares the second
 * walk over the whole page.
 */
final class TextMarks {
  private static final NamePattern CLOSED_NAMES = NamePattern.anywhere("comments-closed", "comments_closed",
      "commentsclosed", "nocomments", "no-comments", "closed-comments", "comment-closed", "comments-disabled");
  /** The bit of the page words that every one of the {@link #CLOSED_NAMES} holds: "comment". */
  private static final int COMMENT_WORD = PageWords.COMMENT_WORDS.bit();
  private static final Pattern CLOSED_TEXT = Pattern.compile("(?iu)comments are closed|commenting is closed|"
      + "comments (?:have been|are) (?:disabled|closed)|kommentare sind (?:geschlossen|deaktiviert)|"
      + "kommentarfunktion (?:ist )?(?:geschlossen|deaktiviert)|les commentaires sont fermés|"
      + "commenti (?:sono )?chiusi|los comentarios están cerrados|kommentointi on suljettu|"
      // Slash's archived discussion: "This discussion has been archived. No new comments can be posted."
      + "no new comments can be posted");
  /**
   * Words of which every notice that {@link #CLOSED_TEXT} finds holds one: most short texts with "ment" in them
   * ("5 Comments", "Leave a comment", "Government") hold none, and are ruled out without the regex.
   */
  private static final NamePattern CLOSED_WORDS = NamePattern.anywhere("clos", "disab", "geschl", "deakt", "ferm",
      "chius", "cerr", "sulj", "posted");
  private static final Set<String> NOTICE_TAGS = Set.of("p", "div", "span", "h2", "h3", "h4", "li", "em", "strong");
  private static final int MAX_NOTICE = 200;
  /** What {@link #readTexts} finds: a text node that starts with "#" and a digit. */
  private static final int NUMBER_SIGN = 1;
  /** What {@link #readTexts} finds: an own text that can be a notice that comments are closed. */
  private static final int MAY_BE_NOTICE = 2;

  /** Whether a text node starts with "#" and a digit; false if not asked. */
  final boolean numbered;
  /** Whether an element is named or says that comments are closed; false if not asked. */
  final boolean closed;

  private TextMarks(boolean numbered, boolean closed) {
    this.numbered = numbered;
    this.closed = closed;
  }

  /**
   * Reads the elements from {@code start} to {@code end} for what is asked, stopping when all of it is known.
   *
   * @param elements the page's elements
   * @param start the index of the first element to read
   * @param end the end of the elements to read, exclusive
   * @param numbers whether to ask for {@link #numbered}
   * @param notices whether to ask for {@link #closed}
   * @return what was found
   */
  static TextMarks read(PageElements elements, int start, int end, boolean numbers, boolean notices) {
    boolean numbered = false;
    boolean closed = false;
    List<Element> all = elements.all();
    boolean[] noticeTags = elements.tagsIn(NOTICE_TAGS); // per tag of the page, not looked up for each element
    for (int i = start; i < end && (numbers && !numbered || notices && !closed); i++) {
      Element e = all.get(i);
      boolean askNotice = notices && !closed;
      if (askNotice && namedClosed(elements, i)) {
        closed = true;
        askNotice = false;
      }
      boolean askNumber = numbers && !numbered;
      boolean noticeTag = askNotice && noticeTags[elements.tagId(i)];
      if (askNumber || noticeTag) {
        int found = readTexts(e, askNumber, noticeTag);
        numbered |= (found & NUMBER_SIGN) != 0;
        closed |= (found & MAY_BE_NOTICE) != 0 && isNotice(e);
      }
    }
    return new TextMarks(numbered, closed);
  }

  /**
   * Whether an element's names say that comments are closed. Each of the {@link #CLOSED_NAMES} holds "comment", one
   * of the page's {@link PageWords#COMMENT_WORDS}, which the comment search has read of the same elements already:
   * most names are ruled out by a bit of those, not read again.
   */
  private static boolean namedClosed(PageElements elements, int index) {
    return (elements.nameWords(index) & COMMENT_WORD) != 0 && CLOSED_NAMES.find(elements.names(index));
  }

  /**
   * Whether the element's own text, which {@link #readTexts} says may be one, is a notice that comments are closed.
   */
  private static boolean isNotice(Element e) {
    String own = e.ownText();
    return !own.isEmpty() && own.length() < MAX_NOTICE && containsMent(own) && mayBeClosed(own)
        && CLOSED_TEXT.matcher(own).find();
  }

  /**
   * Whether a text holds one of the {@link #CLOSED_WORDS} as the regex reads letter case. Within ASCII the regex's
   * letters match no more than their two cases, as the words' do. The regex reads case as Unicode does, where four
   * characters beyond ASCII match an ASCII letter ({@link #asciiLetter}): those are read as that letter, and any
   * other, which matches no letter of the words, as a space. Texts with curly quotes or accents, common among those
   * with "ment", are so ruled out without the regex too.
   */
  private static boolean mayBeClosed(String text) {
    char[] folded = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        if (folded == null) {
          folded = text.toCharArray();
        }
        folded[i] = asciiLetter(c);
      }
    }
    return CLOSED_WORDS.findIgnoringCase(folded == null ? text : new String(folded));
  }

  /**
   * The ASCII letter that a character beyond ASCII matches in a regex that ignores case as Unicode does, whose
   * letters match {@code c} when {@code toLowerCase(toUpperCase(c))} is theirs: the dotted and the dotless i, the
   * long s and the Kelvin sign, no other character of any plane. A space for all others.
   */
  private static char asciiLetter(char c) {
    return switch (c) {
      case '\u0130', '\u0131' -> 'i';
      case '\u017f' -> 's';
      case '\u212a' -> 'k';
      default -> ' ';
    };
  }

  /**
   * Reads the element's text nodes once for both questions: whether one of them starts with "#" and a digit
   * ({@link #NUMBER_SIGN}, if {@code numbers}), and whether its own text can be a notice ({@link #MAY_BE_NOTICE},
   * if {@code notices}). Each text node used to be read in a loop of each question's own; the body's elements are
   * read by both on most pages, and most of their text nodes are the white space between tags.
   *
   * <p>The own text can be a notice, read from the text nodes without building it, when it holds "ment" in any case,
   * as {@link #containsMent} asks, and fewer than {@link #MAX_NOTICE} characters that {@link Element#ownText()}
   * keeps whatever the white space (all but white space and the invisible zero-width space and soft hyphen). Most
   * elements of the body are paragraphs of the article, far longer, or short labels without the word.
   *
   * <p>The text nodes are read as {@code ownText()} joins them: white space parts "ment", the invisible characters
   * that it drops do not, and the child elements between two text nodes are skipped. A {@code <br>}, which it
   * reads as a space, is skipped too, and so is white space kept in a {@code <pre>}: the test may say yes where
   * the text holds no "ment", never no where it does.
   */
  private static int readTexts(Element e, boolean numbers, boolean notices) {
    // The notice's pass counts the characters kept and looks for "ment" at once: most paragraphs are told by their
    // first characters.
    boolean askNumber = numbers;
    boolean askNotice = notices;
    int found = 0;
    int kept = 0;
    int matched = 0; // how much of "ment" the text read so far ends with; 4 once it is found
    for (int i = 0, n = e.childNodeSize(); i < n && (askNumber || askNotice); i++) {
      if (!(e.childNode(i) instanceof TextNode t)) {
        continue;
      }
      String text = t.getWholeText();
      if (askNumber && NumberedComments.startsWithNumberSign(text)) {
        found |= NUMBER_SIGN;
        askNumber = false;
      }
      if (askNotice && matched == 0 && text.indexOf('m') < 0 && text.indexOf('M') < 0) {
        // No "ment" can start or end in this node: a paragraph of another script, or the white space between tags,
        // is passed over by two searches, its characters uncounted. Counted too few, a long text may still reach
        // isNotice, which its length rules out there: the answer stays the same.
        continue;
      }
      for (int k = 0, length = askNotice ? text.length() : 0; k < length; k++) {
        char c = text.charAt(k);
        if (isNoticeSpace(c)) {
          matched = matched == 4 ? 4 : 0;
        } else if (c != '\u200b' && c != '\u00ad') {
          if (++kept >= MAX_NOTICE) {
            askNotice = false; // too long for a notice: the rest is read for the number sign alone
            break;
          }
          if (matched < 4) {
            int lower = c | 0x20;
            matched = lower == "ment".charAt(matched) ? matched + 1 : lower == 'm' ? 1 : 0;
          }
        }
      }
    }
    return askNotice && matched == 4 ? found | MAY_BE_NOTICE : found;
  }

  /** The white space that {@link Element#ownText()} collapses, which parts words. */
  private static boolean isNoticeSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0';
  }

  /**
   * Whether the text holds "ment" in any case, as every notice {@link #CLOSED_TEXT} finds does ("comments",
   * "kommentare", "commentaires", "kommentointi"): most texts are ruled out without the regex. No other character
   * matches one of these four letters case-insensitively, not even in Unicode.
   */
  private static boolean containsMent(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      if ((text.charAt(i) | 0x20) == 'm' && (text.charAt(i + 1) | 0x20) == 'e' && (text.charAt(i + 2) | 0x20) == 'n'
          && (text.charAt(i + 3) | 0x20) == 't') {
        return true;
      }
    }
    return false;
  }
}
