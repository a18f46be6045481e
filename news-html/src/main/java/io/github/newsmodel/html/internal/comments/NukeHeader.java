package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The header row of a PHP-Nuke comment ({@code DisplayTopic} and {@code DisplayKids} in its
 * {@code modules/News/comments.php}, versions 5 to 7, and PostNuke's copy): one cell of lines, "<b>subject</b>
 * (Score: 1)", then "by ann on Tuesday, March 04 @ 10:52:00 CET", with the name linked to the address and the
 * address in brackets for a poster who gave one ("by <a href=mailto:...>ann</a> <b>(ann@example.org)</b> on
 * ..."), then for a registered poster "(User Info | Send a Message)", whose first link is the poster's profile. The
 * score's label is the site language's ("Score:", "Puan:", "Bewertung:"), "by" and "on" too; those of the languages
 * PHP-Nuke shipped most are read.
 */
final class NukeHeader {
  /** "(Score: 1)", "(Score: 2, Informative)" at the end of the subject's line, in any language. */
  private static final Pattern SCORE = Pattern.compile("\\(\\s*[^():\\d]{1,24}:\\s*-?\\d[^)]{0,40}\\)\\s*$");
  /** "by ann on Tuesday, ...", "von ann am ...", "par ann le ...", "door ann op ...", "por ann el ...". */
  private static final Pattern BY_ON = Pattern.compile("(?i)^(?:by|von|par|door|por|da|di)\\s+(.+?)\\s+"
      + "(?:on|am|le|op|el|il|em)\\s+(\\S.*)$");
  /** The poster's address in brackets after the name. */
  private static final Pattern ADDRESS = Pattern.compile("\\s*\\([^()\\s]*@[^()\\s]*\\)\\s*$");
  /** A header is a few short lines: a longer cell is some page's text. */
  private static final int MAX_TEXT = 600;

  private final Element cell;
  private final String name;
  private final String time;

  private NukeHeader(Element cell, String name, String time) {
    this.cell = cell;
    this.name = name;
    this.time = time;
  }

  /**
   * The header of a comment, if the row is a PHP-Nuke comment's first.
   *
   * @param row a table row
   * @return the header, if the row's one cell holds a scored subject, then "by ... on ..."
   */
  static Optional<NukeHeader> of(@Nullable Element row) {
    if (row == null || !row.normalName().equals("tr") || row.childrenSize() != 1) {
      return Optional.empty();
    }
    Element cell = row.child(0);
    Element first = cell.firstElementChild();
    if (!cell.normalName().equals("td") || first == null || !first.normalName().equals("b")) {
      return Optional.empty();
    }
    String[] lines = lines(cell).split("\n");
    if (lines.length < 2 || !SCORE.matcher(lines[0]).find()) {
      return Optional.empty();
    }
    Matcher m = BY_ON.matcher(lines[1]);
    if (!m.matches()) {
      return Optional.empty();
    }
    String nick = ADDRESS.matcher(m.group(1)).replaceFirst("").strip();
    return nick.isEmpty() ? Optional.empty() : Optional.of(new NukeHeader(cell, nick, m.group(2)));
  }

  /**
   * The poster, with the "User Info" page as the profile; an address is no profile.
   *
   * @return the author, if the model takes the name
   */
  Optional<Author> author() {
    for (Element a : cell.getElementsByTag("a")) {
      String href = a.attr("href");
      if (href.contains("op=userinfo") && href.contains("username=")) {
        return CommenterNames.author(name, a);
      }
    }
    return CommenterNames.author(name);
  }

  /**
   * The time after "on", with its year where the page or its capture gives one ({@link NukeTimes}).
   *
   * @param times how the page's times are read
   * @return the time, if known
   */
  Optional<ResolvedTime> time(CommentTimes times) {
    return NukeTimes.read(time, times);
  }

  /** The cell's words, a line for each {@code <br>}, up to a few hundred characters. */
  private static String lines(Element cell) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter((node, depth) -> {
      if (out.length() > MAX_TEXT) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        out.append(t.text());
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        out.append('\n');
      }
      return FilterResult.CONTINUE;
    }, cell);
    StringBuilder lines = new StringBuilder();
    for (String line : out.toString().split("\n")) {
      String l = Texts.normalise(line).strip();
      if (!l.isEmpty()) {
        lines.append(l).append('\n');
      }
    }
    return lines.toString();
  }
}
