package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
