package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * One message of a FUDforum topic ({@link FudForumPosts}), read the way {@code drawmsg.tmpl} lays it out:
 *
 * <ul>
 *   <li>the poster's name in the first {@code td.msgud} of the second row: a member's is the link to the profile
 *       ({@code ?t=usrinfo&id=12}), an anonymous poster's the cell's first words; the message count, the date of
 *       registration and the location after it are no part of the name;
 *   <li>the time in the first row's {@code span.DateText}, "Mon, 11 March 2019 09:15", in the forum's zone;
 *   <li>the text in {@code span.MsgBodyText}, where a quote is the template's table of a {@code td.SmallText}
 *       header, "ann wrote on Mon, 11 March 2019 09:15", the quote's cite, over a {@code td.quote};
 *   <li>the edit line "[Updated on: Mon, 11 March 2019 10:02]", a {@code p.fl} in the {@code div.SmallText} under
 *       the text ("... by Moderator" where a moderator edited it), read as edit notices are ({@link EditNotices});
 *       the signature ({@code div.signature}), the list of attached files ({@code ul.AttachmentsList}, before
 *       that {@code div.SmallText}) and the link that reports the message are no text.
 * </ul>
 */
final class FudForumPost implements TablePost {
  /**
   * Quotes nested deeper than this in one another are read as plain text: each level is read by a reader of its
   * own, and a hostile page nested thousands deep must not cost stack for each.
   */
  private static final int MAX_NESTED = 8;
  /** A quote's header line is a name and a date, as {@link BlockReader} bounds a {@code <cite>}. */
  private static final int MAX_CITE = 80;

  private final Element table;
  private final Element text;

  private FudForumPost(Element table, Element text) {
    this.table = table;
    this.text = text;
  }

  /**
   * The message of a unit that {@link FudForumPosts} found.
   *
   * @param unit a comment
   * @return the message, if the unit is a FUDforum message
   */
  static Optional<FudForumPost> of(Unit unit) {
    Element head = unit.header;
    return head == null || !unit.forumPost || !unit.root.hasClass("MsgTable") ? Optional.empty()
        : Optional.ofNullable(of(unit.root, head));
  }

  /**
   * The message of a {@code table.MsgTable}, if the table holds a message's rows.
   *
   * @param table the table
   * @param head the cell of its anchors and subject ({@link #headCell})
   * @return the message, or null
   */
  static @Nullable FudForumPost of(Element table, Element head) {
    Element body = row(table, 2);
    Element cell = body == null ? null : body.firstElementChild();
    if (cell == null || !cell.hasClass("MsgR3") || dateText(head) == null) {
      return null;
    }
    for (Element span : cell.children()) {
      if (span.normalName().equals("span") && span.hasClass("MsgBodyText")) {
        return new FudForumPost(table, span);
      }
    }
    return null;
  }

  /**
   * The first cell of a message's table, which holds its anchors and subject: {@code td.MsgR1}.
   *
   * @param table a {@code table.MsgTable}
   * @return the cell, if the table's first row opens with it
   */
  static @Nullable Element headCell(Element table) {
    Element first = row(table, 0);
    Element cell = first == null ? null : first.firstElementChild();
    return cell != null && cell.normalName().equals("td") && cell.hasClass("MsgR1") ? cell : null;
  }

  /**
   * Whether the cell of a message's anchors and subject holds the note that it answers another message, "[Message
   * #4716 is a reply to Message #4711]", a {@code span.SmallText} after the subject; the topic's opening message has
   * none.
   *
   * @param head the cell ({@link #headCell})
   * @return true if it holds the note
   */
  static boolean saysReply(@Nullable Element head) {
    if (head == null) {
      return false;
    }
    for (Element span : head.children()) {
      if (span.normalName().equals("span") && span.hasClass("SmallText") && span.getElementsByTag("a").size() > 1) {
        return true;
      }
    }
    return false;
  }

  /** The table's row at an index, in its {@code tbody} as jsoup puts it or directly in it. */
  private static @Nullable Element row(Element table, int index) {
    Element rows = table.firstElementChild();
    if (rows != null && rows.normalName().equals("tbody")) {
      return rows.childrenSize() > index ? rows.child(index) : null;
    }
    return table.childrenSize() > index ? table.child(index) : null;
  }

  /** The time's {@code span.DateText} in the cell after the head cell. */
  private static @Nullable Element dateText(Element head) {
    Element cell = head.nextElementSibling();
    Element span = cell == null ? null : cell.firstElementChild();
    return span != null && span.normalName().equals("span") && span.hasClass("DateText") ? span : null;
  }

  /**
   * The poster: the profile's link in the first {@code td.msgud}, or an anonymous poster's name, the cell's words
   * before its first line break.
   *
   * @return the author, if the cell names one the model takes
   */
  @Override
  public Optional<Author> author() {
    Element details = row(table, 1);
    Element cell = details == null ? null : details.getElementsByClass("msgud").first();
    if (cell == null) {
      return Optional.empty();
    }
    for (Element a : cell.getElementsByTag("a")) {
      if (a.attr("href").contains("t=usrinfo")) {
        return Texts.completeText(a).flatMap(CommenterNames::name).flatMap(n -> CommenterNames.author(n, a));
      }
    }
    StringBuilder words = new StringBuilder();
    for (Node n : cell.childNodes()) {
      if (n instanceof Element e && e.normalName().equals("br")) {
        break;
      }
      words.append(n instanceof TextNode t ? t.getWholeText() : "");
    }
    return Texts.nonBlank(Texts.normalise(words.toString()).strip()).flatMap(CommenterNames::name)
        .flatMap(n -> CommenterNames.author(n, null));
  }

  /**
   * The time of the message, its {@code span.DateText}.
   *
   * @param times how the page's times are read
   * @return the time, if the span gives one
   */
  @Override
  public Optional<ResolvedTime> time(CommentTimes times) {
    Element head = headCell(table);
    Element date = head == null ? null : dateText(head);
    return date == null ? Optional.empty() : Texts.completeText(date).flatMap(times::findInTimeText);
  }

  /**
   * The message's text, with its quotes.
   *
   * @param skipped not asked: the {@code span.MsgBodyText} holds nothing to skip
   * @return the blocks
   */
  @Override
  public List<Block> body(Predicate<Element> skipped) {
    return reader(0).read(text);
  }

  /**
   * The "[Updated on: ...]" line, in place of what the generic rule finds in the message.
   *
   * @param found the notices the generic rule found
   * @return the line, if the message was edited
   */
  @Override
  public Set<Element> editNotices(Set<Element> found) {
    Element cell = text.parent();
    if (cell == null) {
      return Set.of();
    }
    // the cell's own div.SmallText: the list of attached files before it holds a span.SmallText for each file's size
    for (Element small : cell.children()) {
      if (small.normalName().equals("div") && small.hasClass("SmallText")) {
        Element line = small.firstElementChild();
        return line != null && line.normalName().equals("p") && line.hasClass("fl") ? Set.of(line) : Set.of();
      }
    }
    return Set.of();
  }

  /** The reader of a message's text, or of a quote's at that depth of nesting. */
  private static BlockReader reader(int depth) {
    BlockReader plain = BlockReader.standard();
    return depth < MAX_NESTED ? plain.reading(FudForumPost::isQuote, e -> quote(e, depth)) : plain;
  }

  /**
   * The template's quote: a table of two rows, the header's {@code td.SmallText} over the {@code td.quote}.
   */
  private static boolean isQuote(Element e) {
    return e.normalName().equals("table") && quoteCell(e) != null;
  }

  private static @Nullable Element quoteCell(Element table) {
    Element second = row(table, 1);
    Element cell = second == null ? null : second.firstElementChild();
    return cell != null && cell.hasClass("quote") && header(table) != null ? cell : null;
  }

  private static @Nullable Element header(Element table) {
    Element first = row(table, 0);
    Element cell = first == null ? null : first.firstElementChild();
    return cell != null && cell.hasClass("SmallText") ? cell : null;
  }

  /**
   * A quote, cited by its header where that names whom it quotes ("ann wrote on ..."); a quote without a name has
   * the header "Quote:", which cites no one.
   */
  private static Optional<Block> quote(Element table, int depth) {
    Element cell = quoteCell(table);
    if (cell == null || !Cutoff.complete(table)) {
      return Optional.empty();
    }
    Optional<String> cite = Texts.shortText(header(table), MAX_CITE).filter(c -> !c.endsWith(":"));
    return BlockReader.quote(reader(depth + 1).read(cell), cite).map(Block.class::cast);
  }
}
