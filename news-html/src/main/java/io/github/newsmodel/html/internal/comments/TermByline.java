package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The commenter that a definition term names after the comment's date: Dotclear's default theme prints each
 * comment's term as "1. Le lundi 14 mars 2011, 11:02 par <a>Gérard</a>" ("On ... by ..." in English), the name last,
 * linked to the site the commenter gave. The words before the date are no name, and the term is no poster's box
 * ({@code <dt>Ann</dt><dd>Member</dd>}), though it opens a list of terms and descriptions just as one does.
 */
final class TermByline {
  /** A term longer than this is no header line. */
  private static final int MAX_TERM = 200;
  /** The last "by" of the line and the name after it, which ends the line. */
  private static final Pattern LAST_BY =
      Pattern.compile("(?iu)^(?<date>.*\\d.*?)[,\\s]\\s*(?:by|par|von|door|por|di|da|av|przez)\\s+(?<name>[^,;]+?)\\s*$");

  private TermByline() {}

  /**
   * The author that a comment's definition term names after its date.
   *
   * @param term the comment's header, a {@code dt}
   * @param times how the date is found
   * @return the name after the date and "by", with its link if the term links it; empty if the term reads so in
   *     no way
   */
  static Optional<Author> author(Element term, CommentTimes times) {
    if (!term.normalName().equals("dt")) {
      return Optional.empty();
    }
    String line = Texts.shortText(term, MAX_TERM).orElse("");
    Matcher m = LAST_BY.matcher(line);
    if (!m.matches() || times.find(m.group("date")).isEmpty()) {
      return Optional.empty();
    }
    String name = m.group("name");
    Element link = term.select("a[href]").last();
    return CommenterNames.name(name).flatMap(n -> CommenterNames.author(n,
        link != null && Texts.normalise(link.text()).equals(n) ? link : null));
  }
}
