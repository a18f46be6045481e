package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The header cell of a comment in Slash's table layout, before 2006 ({@code _hard_dispComment} in Slash.pm, which
 * Slashdot ran, and the {@code dispComment} template of the same years): a row {@code <TR><TD BGCOLOR=...>} that
 * holds {@code <A NAME="5432101"><B>subject</B></A> (Score:5, Insightful)}, then "by <A HREF=//slashdot.org/~ann>ann
 * (12345)</A> &lt;<A HREF=mailto:...>...</A>&gt; on Tuesday March 04, @10:52AM (<A HREF=...cid=5432101>#5432101</A>)"
 * and the poster's homepage and last journal entry in small print. The comment's text is the next row.
 *
 * <p>The poster is the name after "by", without the account's number and the e-mail address; the profile is the
 * link on that name. The time is the one after "on", up to the "#N" link, so the journal's date is no candidate;
 * its year comes from the story ({@link SlashYears}). Slash printed the time in the reader's zone without naming it,
 * for slashdot.org's anonymous reader US Eastern time (the site's zone in {@code SiteZones}), read with its daylight
 * saving. Slash before about 2004 applied a zone's fixed offset all year, so a summer time of those years, printed
 * in EST, reads an hour early; the pages print no zone that would tell, and the assumed zone is recorded.
 */
final class SlashTableHeader {
  private static final Pattern CID = Pattern.compile("\\d{1,12}");
  /** "(Score:5, Insightful) by ann (12345) <ann@example.org> on Tuesday March 04, @10:52AM". */
  private static final Pattern BY_ON = Pattern.compile("(?s)^(?:.*?\\(Score:[^)]*\\))?\\s*by\\s+(.+?)\\s+on\\s+"
      + "(\\S.*)$");
  /** What follows a nickname: the account's number, a subscriber's star, the e-mail address in angle brackets. */
  private static final Pattern AFTER_NICK = Pattern.compile("\\s*(?:\\((?:\\d+|User #\\d+ Info)\\)|\\*|<[^>]*>|"
      + "\\([^)]*@[^)]*\\))\\s*");
  /** A header's line is a score, a name, an address and a time: a longer cell is some page's text. */
  private static final int MAX_LINE = 500;
  /** The line of dashes before a signature. */
  private static final String SIG_DASHES = "\n--\n";
  /** The link "Read the rest of this comment..." that ends a long comment cut short. */
  private static final Pattern READ_REST = Pattern.compile("(?i)^\\s*read the rest of this comment\\.*\\s*$");

  private final Element cell;
  private final Element anchor;
  private final String cid;

  private SlashTableHeader(Element cell, Element anchor, String cid) {
    this.cell = cell;
    this.anchor = anchor;
    this.cid = cid;
  }

  /**
   * The header of a comment, if it is a Slash table row's.
   *
   * @param row a table row
   * @return the header, if the row's cell holds a comment's named anchor and its "by ... on ..." line
   */
  static Optional<SlashTableHeader> of(@Nullable Element row) {
    if (row == null || !row.normalName().equals("tr")) {
      return Optional.empty();
    }
    Element cell = row.firstElementChild();
    if (cell == null || !cell.normalName().equals("td") || row.childrenSize() != 1) {
      return Optional.empty();
    }
    for (Element a : cell.getElementsByTag("a")) {
      String name = a.attr("name").strip();
      if (CID.matcher(name).matches()) {
        SlashTableHeader h = new SlashTableHeader(cell, a, name);
        String line = h.line();
        return line.length() <= MAX_LINE && BY_ON.matcher(line).matches() ? Optional.of(h) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a link is named by a number, as a comment's anchor is, {@code <A NAME="5432101">}.
   *
   * @param a a link
   * @return whether its name is a number
   */
  static boolean cidName(Element a) {
    return CID.matcher(a.attr("name").strip()).matches();
  }

  /** The comment's number, its anchor's name. */
  String cid() {
    return cid;
  }

  /**
   * The poster, by the name after "by", with the link on that name as the profile.
   *
   * @return the author, if the header names one
   */
  Optional<Author> author() {
    Matcher m = BY_ON.matcher(line());
    if (!m.matches()) {
      return Optional.empty();
    }
    String nick = AFTER_NICK.matcher(m.group(1)).replaceAll(" ").strip();
    if (nick.isEmpty()) {
      return Optional.empty();
    }
    for (Element a : cell.getElementsByTag("a")) {
      String text = Texts.normalise(a.text()).strip();
      if (a != anchor && !a.attr("href").startsWith("mailto:") && (text.equals(nick) || text.startsWith(nick + " ("))) {
        return CommenterNames.author(nick, a);
      }
    }
    return CommenterNames.author(nick);
  }

  /**
   * The time after "on", with the story's year where the page printed none.
   *
   * @param times how the page's times are read
   * @param years the story's year
   * @return the time, if the header gives one
   */
  Optional<ResolvedTime> time(CommentTimes times, SlashYears years) {
    Matcher m = BY_ON.matcher(line());
    return m.matches() ? times.find(years.withYear(m.group(2), cell)) : Optional.empty();
  }

  /**
   * The comment's own text: without the link that says it was cut short, and without the signature that Slash
   * appended to it after a line of "--" ({@code $comment<BR>$sig}, the dashes added for readers who ask for them).
   *
   * @param body the blocks read of the text row
   * @return the blocks without "Read the rest of this comment..." and the signature
   */
  static List<Block> ownText(List<Block> body) {
    List<Block> out = new ArrayList<>();
    for (Block b : body) {
      if (READ_REST.matcher(b.text()).matches()) {
        continue;
      }
      int sig = b instanceof Paragraph ? b.text().indexOf(SIG_DASHES) : -1;
      if (sig > 0) {
        out.add(Paragraph.of(b.text().substring(0, sig).strip()));
        break; // the signature ends the comment
      }
      out.add(b);
    }
    return out;
  }

  /**
   * The words of the header's line in document order, without the subject's anchor and from the "#N" link on:
   * the poster's homepage and journal in small print come after it.
   */
  private String line() {
    StringBuilder words = new StringBuilder();
    NodeTraversor.filter((node, depth) -> {
      if (words.length() > MAX_LINE) {
        return FilterResult.STOP; // a cell of running text, no header
      }
      if (node == anchor) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof Element e && e.normalName().equals("a") && e.attr("href").contains("cid=" + cid)
          && Texts.normalise(e.text()).strip().equals("#" + cid)) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        words.append(t.text()).append(' ');
      }
      return FilterResult.CONTINUE;
    }, cell);
    String line = Texts.normalise(words.toString()).strip();
    return line.endsWith("(") ? line.substring(0, line.length() - 1).strip() : line;
  }
}
