package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The commenter named after the date in a header line that opens with the date: Django's comment templates print
 * "{{ submit_date }} - {{ name }}", as django-comments' {@code list.html} and django-comments-xtd's
 * {@code comment_tree.html} ("March 14, 2011, 11:02 a.m.&amp;nbsp;-&amp;nbsp;<a href=site>Ann</a>") do. The line's
 * own text opens with a date that is a time as a whole up to the spaced hyphen; the name is the link right after
 * it (the commenter's site), else the rest of that text.
 */
final class NameAfterDate {
  /** What parts the date from the name. */
  private static final String JOINER = " - ";
  /** Own text longer than this is no header line. */
  private static final int MAX_LINE = 160;

  private NameAfterDate() {}

  /**
   * The author a header line names after its date.
   *
   * @param scope the elements of the comment, in document order
   * @param text the comment's text, whose lines are no header
   * @param root the comment's element
   * @param times how times are read
   * @return the author; empty if no line outside the text opens with a date and a spaced hyphen
   */
  static Optional<Author> author(List<Element> scope, @Nullable Element text, Element root, CommentTimes times) {
    for (Element e : scope) {
      if (e == root || text != null && (e == text || isInside(e, text, root))) {
        continue;
      }
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t) {
          if (t.isBlank()) {
            continue;
          }
          // a cheap test first: a spaced hyphen in the line's first words
          String line = Texts.normalise(t.text()).strip() + " "; // the hyphen may end it, before the link
          int cut = line.indexOf(JOINER);
          if (cut > 0 && line.length() <= MAX_LINE && times.exact(line.substring(0, cut)).isPresent()) {
            return named(line.substring(cut + JOINER.length()).strip(), t);
          }
        }
        break; // only the text that opens the line
      }
    }
    return Optional.empty();
  }

  /** The name after the joiner: the rest of the text, else the link that follows it. */
  private static Optional<Author> named(String rest, TextNode joined) {
    if (!rest.isEmpty()) {
      return CommenterNames.name(rest).flatMap(CommenterNames::author);
    }
    Node next = joined.nextSibling();
    if (next instanceof Element link && link.normalName().equals("a")) {
      return CommenterNames.name(Texts.normalise(link.text()).strip()).flatMap(n -> CommenterNames.author(n, link));
    }
    return Optional.empty();
  }
}
