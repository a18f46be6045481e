package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The name of a commenter without a link, printed as bare text in the header line and ended by "says:": Plone's
 * comments read {@code <div class=documentByLine>Passenger says: <div class=commentDate>Mar 15, 2011 08:15
 * AM</div></div>} for a guest, whose name is in no element of its own (a member's is a link to the profile, found
 * as such). The line opens with the name and "says:" in its own text, before any element; a line whose own text is
 * "says:" alone names no one.
 */
final class SaysBeforeDate {
  /** Own text longer than this is no header line. */
  private static final int MAX_LINE = 120;
  /** "says:" in any of the languages of {@link CommenterNames#AUTHOR_SUFFIX} is no longer than this. */
  private static final int MAX_WORD = 16;

  private SaysBeforeDate() {}

  /**
   * The author a header line's own text names before "says".
   *
   * @param scope the elements of the comment, in document order
   * @param text the comment's text, whose lines are no header
   * @param root the comment's element
   * @return the name; empty if no element outside the text has own text that ends in "says"
   */
  static Optional<Author> author(List<Element> scope, @Nullable Element text, Element root) {
    for (Element e : scope) {
      if (e == root || text != null && (e == text || isInside(e, text, root))) {
        continue;
      }
      String own = e.ownText();
      if (own.length() <= MAX_LINE && own.indexOf(' ') > 0
          && CommenterNames.AUTHOR_SUFFIX.matcher(own).find()) {
        return opening(e).flatMap(CommenterNames::name).flatMap(CommenterNames::author);
      }
    }
    return Optional.empty();
  }

  /**
   * The element that sets off a commenter's name before "says:", {@code <strong>Ann</strong> sagt:}, in a line that
   * names neither as the author's: a headless theme's template that hashed its class names away. The word follows
   * the element in a text node of its own, with nothing else in it, so that a sentence that goes on after the name
   * is no such line; and the line opens the comment, so that a quote's "<b>Bob</b> said:" further down names no
   * one.
   *
   * @param scope the elements of the comment, in document order
   * @param text the comment's text, whose elements are no header
   * @param root the comment's element
   * @return the element, if one that holds a name stands right before such a word
   */
  static Optional<Element> nameElement(List<Element> scope, @Nullable Element text, Element root) {
    Element first = null; // the first element with words of its own: the line that opens the comment
    for (Element e : scope) {
      if (e != root && e.textNodes().stream().anyMatch(t -> !t.isBlank())) {
        first = e;
        break;
      }
    }
    for (Element e : scope) {
      if (e == root || text != null && (e == text || isInside(e, text, root))) {
        continue;
      }
      if (first == null || e != first && e.parent() != first) {
        continue;
      }
      Node next = e.nextSibling();
      while (next != null && (next instanceof TextNode t && t.isBlank() || next instanceof Comment)) {
        next = next.nextSibling();
      }
      if (next instanceof TextNode t && saysAlone(t) && e.childrenSize() <= 1) {
        Optional<String> name = Texts.completeText(e).flatMap(CommenterNames::name);
        if (name.isPresent() && !Texts.hasDigit(name.get())) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a text node is the word "says" alone, with its colon: "sagt:", " says: ". */
  private static boolean saysAlone(TextNode t) {
    String said = Texts.normalise(t.text()).strip();
    if (said.isEmpty() || said.length() > MAX_WORD) {
      return false;
    }
    Matcher m = CommenterNames.AUTHOR_SUFFIX.matcher(said);
    return m.find() && m.start() == 0;
  }

  /**
   * The text that opens a line and says who speaks, "Passenger says:", in one text node before any element: in
   * Blogger's "At <a>3/03/2009 3:45 PM</a>, Anonymous said..." the date comes first, and the name after it.
   */
  private static Optional<String> opening(Element line) {
    for (Node n : line.childNodes()) {
      if (n instanceof TextNode t) {
        if (t.isBlank()) {
          continue;
        }
        String said = Texts.normalise(t.text()).strip();
        return CommenterNames.AUTHOR_SUFFIX.matcher(said).find() ? Optional.of(said) : Optional.empty();
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
