package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.Ancestry;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the comments of a page that names none of its elements as a comment, by their header lines: a number, the
 * word "by" and a name, and the date, as small hand-made sites and old clan and fan-site systems print them ("#3
 * von tObIas Vx 29.12.2010 - 22:40", "#2 Comment by Ann on 3 May 2019"). Nothing else on a page reads so: a
 * ranking says "#1 by" at most before a title, not before a name and a date.
 *
 * <p>The comment is the smallest element around the header line that holds more than it: the table whose first row
 * is the header, or the block that holds the header and the text after it. It counts only if it holds no other
 * header line, no headline and no article.
 *
 * <p>A header without its date ("#1 Kommentar von Ann", the date on the next line) is read only when it names a
 * comment and a date starts the text right after it: a number and "by" alone would take more risks than the few
 * pages that print them are worth.
 */
final class NumberedComments {
  /** What marks the article itself, parsed once. */
  private static final Evaluator ARTICLE_MARKS = QueryParser.parse("h1, [itemprop=articleBody], article");
  /** "#1", an optional word for a comment, "by" in some language, then the name and the date. */
  private static final Pattern HEADER = Pattern.compile("(?iu)^#\\s?(\\d{1,6})\\.?\\s*[-–:]?\\s*"
      + "(?:(?<word>kommentar|comment|commentaire|comentario|commento|beitrag|eintrag|antwort|reply|post|message)"
      + "\\s+)?(?:von|by|from|de|par|di|por|van|av|af)\\s+(?<rest>\\S.*)$");
  /** How much of the text after a header without a date is read for the date that must start it. */
  private static final int MAX_DATE_AFTER = 80;
  /** A header line is a number, a name and a date. */
  private static final int MAX_HEADER = 120;

  private NumberedComments() {}

  /**
   * Finds the comments that their header lines mark. It walks every text node of the body: ask it only of a page
   * where {@link TextMarks#numbered} found a text node that starts with "#" and a digit, as few pages have one.
   *
   * @param body the page's body, in which no element is named as a comment
   * @param times how the dates in the header lines are read
   * @return the comments in document order, each with its header line
   */
  static List<Unit> find(Element body, CommentTimes times) {
    List<Element> headers = headers(body, times);
    if (headers.isEmpty()) {
      return List.of();
    }
    Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(headers);
    List<Unit> units = new ArrayList<>();
    for (Element header : headers) {
      Element root = commentAround(header, body);
      if (root != null && onlyHeader(root, header, all) && notArticle(root)) {
        Unit unit = new Unit(root);
        unit.numberedHeader = header;
        units.add(unit);
      }
    }
    return units;
  }

  /**
   * The name the header line of a comment gives, without its number, the "by" and the date after it.
   *
   * @param header the header line's element
   * @param times how the date after the name is found
   * @return the name before the date; empty if the line reads no longer as a header
   */
  static Optional<String> name(Element header, CommentTimes times) {
    return Texts.completeText(header).map(HEADER::matcher).filter(Matcher::matches)
        .map(m -> times.beforeDate(m.group("rest")).strip()).filter(n -> !n.isEmpty());
  }

  /**
   * The number the header line of a comment gives.
   *
   * @param header the header line's element
   * @return the number after "#"
   */
  static int number(Element header) {
    Matcher m = HEADER.matcher(Texts.normalise(header.text()));
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * The elements whose text is a header line, found from the text nodes that start with "#" and a digit: the
   * smallest element around such a text node, up to three levels, whose whole text reads as a header with a date.
   */
  private static List<Element> headers(Element body, CommentTimes times) {
    List<Element> out = new ArrayList<>();
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t && startsWithNumberSign(t.getWholeText())) {
        Element e = t.parentElement();
        for (int up = 0; up < 3 && e != null && e != body; up++, e = e.parent()) {
          Matcher m = Texts.shortText(e, MAX_HEADER).map(HEADER::matcher).orElse(null);
          if (m != null && m.matches()) {
            if ((dated(m.group("rest"), times) || m.group("word") != null && dateAfter(e, times)) && seen.add(e)) {
              out.add(e);
            }
            break;
          }
        }
      }
    }, body);
    return out;
  }

  /** Whether what follows "by" is a name and then a date. */
  private static boolean dated(String rest, CommentTimes times) {
    String name = times.beforeDate(rest);
    return name.length() < rest.length() && name.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * Whether the text right after the element, up to the next element that is not inline, starts with a date:
   * "<h3>#1 Kommentar von Ann</h3> 26. März 2004, 16:19".
   */
  private static boolean dateAfter(Element header, CommentTimes times) {
    StringBuilder after = new StringBuilder();
    for (Node n = header.nextSibling(); n != null && after.length() < MAX_DATE_AFTER; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        after.append(t.getWholeText());
      } else if (n instanceof Element e && !e.isBlock()) {
        after.append(e.text());
      } else if (n instanceof Element) {
        break;
      }
    }
    return times.dateStart(Texts.normalise(after.toString())).orElse(-1) == 0;
  }

  /**
   * Whether a text starts, after white space, with "#" and a digit. Most texts start with a word, told by their first
   * character; of the others, most are the white space between tags, and hold no "#": the search for it reads many
   * characters at a step, where a loop over the white space would read them one at a time.
   */
  static boolean startsWithNumberSign(String text) {
    if (text.isEmpty() || text.charAt(0) != '#' && !isWhitespace(text.charAt(0))) {
      return false;
    }
    int i = text.indexOf('#'); // the first non-white character must be the first "#"
    if (i < 0) {
      return false;
    }
    for (int k = 1; k < i; k++) {
      if (!isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return i + 1 < text.length()
        && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == ' ' && i + 2 < text.length()
            && Character.isDigit(text.charAt(i + 2)));
  }

  /**
   * {@link Character#isWhitespace(char)}, with its answer for the letters of every script told without its tables:
   * no character above the space and below U+1680 (Ogham's space mark) or above U+3000 (the ideographic space) is
   * white space. A text of Korean or Cyrillic letters, which start most text nodes of such pages, used to cost a
   * lookup in the tables of the characters beyond Latin-1 each.
   */
  static boolean isWhitespace(char c) {
    return c <= ' ' ? Character.isWhitespace(c) : c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
  }

  /**
   * The smallest element around the header that holds more text than it; a table's body or row stands for its
   * table, whose first row is the header.
   */
  private static Element commentAround(Element header, Element body) {
    int headerLength = Texts.normalise(header.text()).length();
    for (Element e = header.parent(); e != null && e != body; e = e.parent()) {
      if (Texts.normalise(e.text()).length() > headerLength) {
        while (e.parent() != null && e.parent() != body
            && (e.normalName().equals("tbody") || e.normalName().equals("thead") || e.normalName().equals("tr"))) {
          e = e.parent();
        }
        return e;
      }
    }
    return null;
  }

  /** Whether the comment holds no header line but its own: else it is the list of all comments, or the page. */
  private static boolean onlyHeader(Element root, Element header, Set<Element> headers) {
    for (Element other : headers) {
      if (other != header && Ancestry.isInside(other, root)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the element holds no headline and no article text: the article is no comment. */
  private static boolean notArticle(Element root) {
    return root.selectFirst(ARTICLE_MARKS) == null && !root.normalName().equals("article");
  }
}
