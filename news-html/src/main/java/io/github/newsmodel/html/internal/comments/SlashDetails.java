package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The header of a comment of Slash, the software of Slashdot and SoylentNews. Its {@code div#comment_33111111}
 * holds a {@code div.details} that reads "by <a href=//slashdot.org/~ann>ann (12345)</a> <span
 * id=comment_otherdetails_33111111>on Monday August 02, 2010 @08:12PM (<a>#33111111</a>) <small>...</small></span>",
 * or "by Anonymous Coward" unlinked. The poster is the name before the account's number, the time the one after
 * "on"; the links in the small print to the poster's journal and homepage, whose tooltips hold other dates, are
 * neither. Slash prints the time in the reader's zone without an offset; the site's zone is the anonymous reader's.
 */
final class SlashDetails {
  private static final Pattern COMMENT_ID = Pattern.compile("(?:comment|tree)_(\\d{1,12})");
  /** "ann (12345)": the nickname and the account's number. */
  private static final Pattern NICK_AND_UID = Pattern.compile("(.+?)\\s*\\(\\d+\\)\\s*\\*?");
  private static final Pattern BY = Pattern.compile("(?i)^\\s*by\\s+(\\S.*?)\\s*$");

  private final Element details;
  private final Element otherDetails;

  private SlashDetails(Element details, Element otherDetails) {
    this.details = details;
    this.otherDetails = otherDetails;
  }

  /**
   * The header of a comment, if it is Slash's.
   *
   * @param root the comment's element, Slash's {@code div#comment_N} or the {@code li#tree_N} around it
   * @return the header, if the element holds {@code comment_otherdetails_N}
   */
  static Optional<SlashDetails> of(Element root) {
    String id = root.id();
    if (!id.startsWith("comment_") && !id.startsWith("tree_")) {
      return Optional.empty(); // nearly every comment: its id says at once that it is no Slash comment
    }
    Matcher m = COMMENT_ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    Element other = root.getElementById("comment_otherdetails_" + m.group(1));
    Element details = other == null ? null : other.parent();
    return details == null || details == root ? Optional.empty() : Optional.of(new SlashDetails(details, other));
  }

  /**
   * The poster: the linked nickname before the account's number, or the unlinked name after "by".
   *
   * @return the author, if the header names one
   */
  Optional<Author> author() {
    for (Element a : details.getElementsByTag("a")) {
      if (a == otherDetails || a.parents().contains(otherDetails)) {
        break;
      }
      Matcher m = NICK_AND_UID.matcher(Texts.normalise(a.text()).strip());
      if (m.matches()) {
        return CommenterNames.author(m.group(1), a);
      }
    }
    StringBuilder own = new StringBuilder();
    for (Node n : details.childNodes()) {
      if (n == otherDetails) {
        break;
      }
      if (n instanceof TextNode t) {
        own.append(t.text());
      }
    }
    Matcher by = BY.matcher(Texts.normalise(own.toString()));
    return by.matches() ? CommenterNames.author(by.group(1)) : Optional.empty();
  }

  /**
   * The time after "on", in the header's own words rather than its small print.
   *
   * @param times how the page's times are read
   * @return the time, if the header gives one
   */
  Optional<ResolvedTime> time(CommentTimes times) {
    return times.find(otherDetails.ownText());
  }
}
