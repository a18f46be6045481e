package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A comment's header line that holds nothing but the words that introduce its author and the name: Contao prints
 * its editor's answer to a comment under "Antwort von Gerda Hollmann", with no date, and no element names the
 * author. The line must say "comment by" or "reply by" in full: a bare "by" or "von" before a few words starts
 * sentences as often as it names anyone.
 */
final class LeadLines {
  /** The lead words of such a line, all of it before the name. */
  private static final Pattern LEAD = Pattern.compile("(?iu)^(?:comment|kommentar|commentaire|comentario|commento"
      + "|reply|antwort|réponse|respuesta|risposta)\\s+(?:by|von|de|par|por|di)\\s+\\S");
  /** A header line is short; a longer element is a paragraph of text, however it starts. */
  private static final int MAX_LINE = 100;

  private LeadLines() {}

  /**
   * The author that such a line names, looking only at the elements of the comment before its text.
   *
   * @param scope the comment's elements in page order
   * @param text the comment's text element
   * @param root the comment's element
   * @return the author, if a line before the text reads so
   */
  static Optional<Author> author(List<Element> scope, @Nullable Element text, Element root) {
    for (Element e : scope) {
      if (e == text) {
        break; // the header is before the text: the text's own lines are the commenter's words
      }
      if (e == root || !e.hasText()) {
        continue;
      }
      String own = e.ownText();
      if (own.length() > MAX_LINE || !LEAD.matcher(own.strip()).lookingAt() || e.childrenSize() > 0) {
        continue;
      }
      return CommenterNames.name(Texts.normalise(own)).flatMap(CommenterNames::author);
    }
    return Optional.empty();
  }
}
