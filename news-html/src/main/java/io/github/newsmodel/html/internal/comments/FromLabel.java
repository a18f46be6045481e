package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The commenter that a header line names after the label "Comment from:", as b2evolution's skins print it in
 * their {@code div.bCommentTitle}: "Comment from: <a href=site>Ann</a> [Visitor]", or "[Member]" after a member's
 * name linked to the profile, or the bare name of a visitor who gave no site. The element of the name is none the
 * page names as the author, and the role in brackets is no part of the name. The name's link is the commenter's
 * page: a visitor's own site or a member's profile.
 */
final class FromLabel {
  /** The label, in the skins' English and German, French and Spanish translations, with or without its colon. */
  private static final Pattern LABEL = Pattern.compile("(?iu)^(?:comment|kommentar|commentaire|comentario)\\s+"
      + "(?:from|von|de|par)\\s*:?");
  /** The role b2evolution prints after the name, "[Visitor]", "[Member]", in whichever language. */
  private static final Pattern ROLE = Pattern.compile("\\s*\\[[^\\]]{1,24}\\]");
  /** Own text longer than this is no header line. */
  private static final int MAX_LINE = 160;

  private FromLabel() {}

  /**
   * The author a header line names after "Comment from:".
   *
   * @param scope the elements of the comment, in document order
   * @param text the comment's text, whose lines are no header
   * @param root the comment's element
   * @return the author; empty if no element outside the text opens with the label and a name
   */
  static Optional<Author> author(List<Element> scope, @Nullable Element text, Element root) {
    for (Element e : scope) {
      if (e == root || text != null && (e == text || isInside(e, text, root))) {
        continue;
      }
      // a cheap test first: the label's "from" (or its translation) is in few elements' own text
      String own = e.ownText();
      if (own.length() > MAX_LINE || own.length() < 8 || !LABEL.matcher(own).lookingAt()) {
        continue;
      }
      return named(e);
    }
    return Optional.empty();
  }

  /** The name after the label: the link or element right after it, else the rest of the label's own text. */
  private static Optional<Author> named(Element line) {
    boolean labelled = false;
    for (Node n : line.childNodes()) {
      if (n instanceof TextNode t) {
        String s = Texts.normalise(t.text()).strip();
        if (s.isEmpty()) {
          continue;
        }
        if (!labelled) {
          var m = LABEL.matcher(s);
          if (!m.lookingAt()) {
            return Optional.empty(); // the line opens with something else: the label is not its head
          }
          labelled = true;
          String rest = ROLE.matcher(s.substring(m.end())).replaceAll("").strip();
          if (!rest.isEmpty()) { // "Comment from: Ann [Visitor]", a visitor without a site
            return CommenterNames.name(rest).flatMap(CommenterNames::author);
          }
          continue;
        }
        return Optional.empty(); // text between the label and an element: no name of its own
      }
      if (n instanceof Element e) {
        if (!labelled) {
          return Optional.empty(); // the permalink "Comment" of later skins, before "from:", is not the label
        }
        Element link = e.normalName().equals("a") ? e : e.selectFirst("a[href]");
        return CommenterNames.name(Texts.normalise(e.text()).strip())
            .flatMap(name -> CommenterNames.author(name, link));
      }
    }
    return Optional.empty();
  }
}
