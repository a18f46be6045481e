package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * One post of a phpBB 2 topic ({@link PhpBbTwoPosts}), read the way its {@code viewtopic_body.tpl} lays it out:
 *
 * <ul>
 *   <li>the poster's name in the {@code span.name} of the first cell, and the profile ("View user's profile",
 *       {@code profile.php?mode=viewprofile&u=12}) in the row after the post; a guest has none;
 *   <li>the time in the {@code span.postdetails} of the message cell, before its "Post subject";
 *   <li>the text in the {@code span.postbody}s of the text cell, with each quote a table of two rows, "ann wrote:"
 *       and {@code td.quote} (code likewise, "Code:" and {@code td.code}), and the signature after a line of
 *       underscores left out;
 *   <li>the edit notice in the {@code span.gensmall} after the text, "Last edited by ann on Tue Mar 07, 2006 9:12 am;
 *       edited 1 time in total", read as any edit notice is ({@link EditNotices}).
 * </ul>
 */
final class PhpBbTwoPost implements TablePost {
  /** The line phpBB 2 puts between a post's text and its signature: seventeen underscores on a line of its own. */
  private static final Pattern SIGNATURE_RULE = Pattern.compile("(?m)^_{10,}$");
  /** A quote's first row longer than this is quoted text, not "ann wrote:". */
  private static final int MAX_CITE = 80;
  /**
   * Quotes nested deeper than this in one another are read as plain text: each level is read by a reader of its
   * own, and a hostile page nested thousands deep must not cost stack for each.
   */
  private static final int MAX_NESTED = 8;

  private final Element posterCell;
  private final Element messageCell;

  private PhpBbTwoPost(Element posterCell, Element messageCell) {
    this.posterCell = posterCell;
    this.messageCell = messageCell;
  }

  /**
   * The post of a unit that {@link PhpBbTwoPosts} found.
   *
   * @param unit a comment
   * @return the post, if the unit is a phpBB 2 post
   */
  static Optional<PhpBbTwoPost> of(Unit unit) {
    Element header = unit.header;
    if (header == null || !unit.forumPost || header.nextElementSibling() != unit.root
        || header.getElementsByClass("name").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PhpBbTwoPost(header, unit.root));
  }

  /**
   * The message cell's line of the time and the subject.
   *
   * @param messageCell the post's second cell
   * @return the line, if the cell holds one
   */
  static @Nullable Element postedLine(Element messageCell) {
    return messageCell.getElementsByClass("postdetails").first();
  }

  /**
   * The cell of the post's text: the one that holds its first {@code span.postbody}.
   *
   * @param messageCell the post's second cell
   * @return the cell, if the message cell holds one
   */
  static @Nullable Element textCell(Element messageCell) {
    Element body = messageCell.getElementsByClass("postbody").first();
    Element cell = body == null ? null : body.parent();
    return cell != null && cell.normalName().equals("td") ? cell : null;
  }

  /**
   * The poster, with the profile of the row after the post where a registered poster has one.
   *
   * @return the author, if the cell names one the model takes
   */
  @Override
  public Optional<Author> author() {
    Element name = posterCell.getElementsByClass("name").first();
    Optional<String> text = name == null ? Optional.empty() : Texts.completeText(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Element row = posterCell.parent();
    return withProfile(text.get(), row == null ? null : row.nextElementSibling());
  }

  /**
   * A poster named with the profile that the row of a post's buttons links, as phpBB 2 and phpBB 3.0's subsilver2
   * set it under the text: {@code memberlist.php?mode=viewprofile&u=5}. A guest's post links none.
   *
   * @param name the poster's name as printed
   * @param links the row of the post's buttons, if any
   * @return the author, if the model takes the name
   */
  static Optional<Author> withProfile(String name, @Nullable Element links) {
    if (links != null) {
      for (Element a : links.getElementsByTag("a")) {
        String href = a.attr("href");
        if (href.contains("mode=viewprofile") && href.contains("u=")) {
          return CommenterNames.author(name, a);
        }
      }
    }
    return CommenterNames.author(name);
  }

  /**
   * The time of the post: the date in the words before the subject, "Posted: Mon Mar 06, 2006 10:05 pm".
   *
   * @param times how the page's times are read
   * @return the time, if the line gives one
   */
  @Override
  public Optional<ResolvedTime> time(CommentTimes times) {
    Element line = postedLine(messageCell);
    if (line == null) {
      return Optional.empty();
    }
    StringBuilder before = new StringBuilder();
    for (Node n : line.childNodes()) {
      if (!(n instanceof TextNode t)) {
        break; // the subject stands after the span of spaces
      }
      before.append(t.getWholeText());
    }
    return times.find(Texts.normalise(before.toString()));
  }

  /**
   * The post's text, without its signature.
   *
   * @param skipped the elements to leave out: other posts' and the edit notices
   * @return the blocks
   */
  @Override
  public List<Block> body(Predicate<Element> skipped) {
    Element cell = textCell(messageCell);
    if (cell == null) {
      return List.of();
    }
    BlockReader reader = BlockReader.standard().skipping(skipped)
        .reading(PhpBbTwoPost::isQuoteTable, t -> quote(t, 0));
    List<Block> out = new ArrayList<>();
    for (Block b : reader.read(cell)) {
      if (b instanceof Paragraph p) {
        var rule = SIGNATURE_RULE.matcher(p.text());
        if (rule.find()) {
          Texts.nonBlank(p.text().substring(0, rule.start())).ifPresent(t -> out.add(Paragraph.of(t)));
          break; // the signature and nothing after it
        }
      }
      out.add(b);
    }
    return out;
  }

  /**
   * A quote's or a code block's table: a row of "ann wrote:" or "Code:", then a row of {@code td.quote}. Its own
   * rows: a quote of a quote holds the other's table, and its rows, in its {@code td.quote}.
   */
  private static boolean isQuoteTable(Element e) {
    if (!e.normalName().equals("table")) {
      return false;
    }
    List<Element> rows = rows(e);
    return rows.size() == 2 && body(rows.get(1)) != null;
  }

  /** The rows of a table, inside the {@code tbody} that parsers add, without those of the tables in its cells. */
  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      if (child.normalName().equals("tr")) {
        rows.add(child);
      } else if (child.normalName().equals("tbody") || child.normalName().equals("thead")) {
        for (Element row : child.children()) {
          if (row.normalName().equals("tr")) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  private static @Nullable Element body(Element row) {
    Element cell = row.firstElementChild();
    return cell != null && row.childrenSize() == 1 && (cell.hasClass("quote") || cell.hasClass("code")) ? cell
        : null;
  }

  private static Optional<Block> quote(Element table, int depth) {
    List<Element> rows = rows(table);
    Element cell = rows.size() == 2 ? body(rows.get(1)) : null;
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.hasClass("code")) {
      return Texts.nonBlank(cell.wholeText()).map(t -> (Block) Preformatted.of(cell.wholeText().strip()));
    }
    Optional<String> cite = Texts.completeText(rows.get(0)).filter(c -> c.length() <= MAX_CITE);
    BlockReader reader = depth < MAX_NESTED
        ? BlockReader.standard().reading(PhpBbTwoPost::isQuoteTable, t -> quote(t, depth + 1)) : BlockReader.standard();
    return BlockReader.quote(reader.read(cell), cite).map(Block.class::cast);
  }
}
