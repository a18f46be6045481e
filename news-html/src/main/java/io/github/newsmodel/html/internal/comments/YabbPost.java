package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * One post of a topic of YaBB 2 ({@link YabbPosts}), read the way {@code Display.pl} fills its template:
 *
 * <ul>
 *   <li>the poster's name after the post's anchor in the poster's cell ({@link YabbPosts}): a member's is the link to the profile
 *       ({@code ?action=viewprofile;username=ann}), a guest's a {@code <b>}; the member group, stars, post count
 *       and location in the {@code div.small} after it are no part of the name;
 *   <li>the time in the header's {@code span.small} ({@code div.small} in 2.6's {@code default}, after the subject's
 *       line), after its label "Reply #1 - " (empty for the opening post):
 *       "14.03.2019 at 11:02:00", or "<b>Today</b> at 08:30:05", read against the capture; the label gives the
 *       number;
 *   <li>the text in {@code div.message}, where a quote is a {@code div.quote} after its header line, "<a
 *       class=message>ann wrote</a> on 14.03.2019 at 10:02:00:<br>", which is the quote's cite;
 *   <li>the edit line in the row under the text, "« <i>Last Edit: 14.03.2019 at 11:20:45 by ann</i> »", read as
 *       edit notices are ({@link EditNotices}) from its {@code <i>}; the signature after it is no text.
 * </ul>
 */
final class YabbPost implements TablePost {
  /** The number in the label of a reply's time: "Reply #3 - ", "Antwort #3 - ". */
  private static final Pattern NUMBER = Pattern.compile("#\\s?(\\d{1,7})");
  /** A quote's header line is a name, a word and a date, as {@link BlockReader} bounds a {@code <cite>}. */
  private static final int MAX_CITE = 80;
  /**
   * Quotes nested deeper than this in one another are read as plain text: each level is read by a reader of its
   * own, and a hostile page nested thousands deep must not cost stack for each.
   */
  private static final int MAX_NESTED = 8;

  private final Element posterCell;
  private final Element messageCell;
  private final Element text;
  /** The label of the time's line, "Reply #1 - ", an empty {@code <b>} for the opening post. */
  private final Element label;

  private YabbPost(Element posterCell, Element messageCell, Element text, Element label) {
    this.posterCell = posterCell;
    this.messageCell = messageCell;
    this.text = text;
    this.label = label;
  }

  /**
   * The post of a unit that {@link YabbPosts} found.
   *
   * @param unit a comment
   * @return the post, if the unit is a YaBB 2 post
   */
  static Optional<YabbPost> of(Unit unit) {
    return unit.header == null || !unit.forumPost ? Optional.empty() : read(unit.header);
  }

  /**
   * The post of a poster's cell: the message cell beside it holds the header and the text, or, in 2.6's
   * {@code default} template, the cell beside holds the header and the text is in the one cell of the row under.
   *
   * @param posterCell the cell of the poster's name and details
   * @return the post, if the cells hold a text and a header with the time's line
   */
  static Optional<YabbPost> read(Element posterCell) {
    Element beside = posterCell.nextElementSibling();
    if (beside == null || !beside.normalName().equals("td")) {
      return Optional.empty();
    }
    Element messageCell = beside;
    Element text = text(beside);
    Element header = beside;
    if (text != null) {
      header = text.previousElementSibling();
    } else {
      Element row = posterCell.parent();
      Element under = row == null ? null : row.nextElementSibling();
      messageCell = under == null ? null : under.firstElementChild();
      text = messageCell == null || !messageCell.normalName().equals("td") ? null : text(messageCell);
    }
    Element label = text == null || header == null || !header.normalName().matches("div|td") ? null : label(header);
    return label == null ? Optional.empty() : Optional.of(new YabbPost(posterCell, messageCell, text, label));
  }

  /** The post's text, the {@code div.message}. */
  Element text() {
    return text;
  }

  /** The post's text: the message cell's {@code div.message}. */
  private static @Nullable Element text(Element messageCell) {
    for (Element child : messageCell.children()) {
      if (child.normalName().equals("div") && child.hasClass("message")) {
        return child;
      }
    }
    return null;
  }

  /**
   * The label of the post's time in the header, before the text: the {@code <b>} of "Reply #1 - ", empty for the
   * opening post, that opens a {@code .small} line ({@code yabb21}'s {@code span.small}) or follows the
   * {@code <br>} after the subject in it (2.6's {@code default}'s {@code div.small}).
   */
  private static @Nullable Element label(Element header) {
    for (Element b : header.getElementsByTag("b")) {
      Element line = b.parent();
      Node before = b.previousSibling();
      // the subject's <b> stands after white space in the line
      if (line != null && line.hasClass("small")
          && (before == null || before instanceof Element br && br.normalName().equals("br"))
          && (!b.hasText() || NUMBER.matcher(b.text()).find())) {
        return b;
      }
    }
    return null;
  }

  /**
   * The name of a post's anchor, or "" if the element is none: {@code <a name="1">} without a link, 2.5's
   * {@code <a id="1">}, 2.6's {@code <span class="anchor" id="1">}.
   *
   * @param e an element of the poster's cell
   * @return the name
   */
  static String anchorName(Element e) {
    if (e.normalName().equals("a") && !e.hasAttr("href")) {
      return e.hasAttr("name") ? e.attr("name") : e.id();
    }
    return e.normalName().equals("span") && e.hasClass("anchor") ? e.id() : "";
  }

  /**
   * The poster, with the profile where a member's name links one.
   *
   * @return the author, if the cell names one the model takes
   */
  @Override
  public Optional<Author> author() {
    for (Element e = posterCell.firstElementChild(); e != null; e = e.nextElementSibling()) {
      String name = e.normalName();
      Element found = e;
      if (name.equals("a") && e.attr("href").contains("action=viewprofile")) {
        return Texts.completeText(e).flatMap(CommenterNames::name).flatMap(n -> CommenterNames.author(n, found));
      }
      if (name.equals("b")) { // a guest's name, or one whose account is gone
        return Texts.completeText(e).flatMap(CommenterNames::name).flatMap(n -> CommenterNames.author(n, null));
      }
      if (!name.equals("a") && anchorName(e).isEmpty()) {
        return Optional.empty(); // the member's details: no name before them
      }
      // the post's anchor, the "new" anchor, the quick reply's link that pastes the name
    }
    return Optional.empty();
  }

  /**
   * The time of the post: the words after the label of the header's line.
   *
   * @param times how the page's times are read
   * @return the time, if the line gives one
   */
  @Override
  public Optional<ResolvedTime> time(CommentTimes times) {
    StringBuilder words = new StringBuilder();
    for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
      words.append(n instanceof TextNode t ? t.getWholeText() : n instanceof Element e ? " " + e.text() + " " : "");
    }
    return times.findInTimeText(Texts.normalise(words.toString()));
  }

  /**
   * The post's number in the topic, from the label of its time: 1 of "Reply #1 - ". The opening post has none.
   *
   * @return the number, if the label gives one
   */
  @Override
  public OptionalInt number() {
    Matcher m = NUMBER.matcher(label.text());
    int n = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /**
   * The post's text, with its quotes cited by their header lines.
   *
   * @param skipped not asked: the {@code div.message} holds nothing to skip
   * @return the blocks
   */
  @Override
  public List<Block> body(Predicate<Element> skipped) {
    return read(text, 0);
  }

  /**
   * The edit line's {@code <i>}, in place of what the generic rule finds: the marks around it would be read as part
   * of the editor's name. YaBB 2.6's templates print it in the row under the text; 2.4's {@code yabb21} prints it
   * in the message cell, in the {@code div.small} after the text.
   *
   * @param found the notices the generic rule found
   * @return the edit line, if the post was edited
   */
  @Override
  public Set<Element> editNotices(Set<Element> found) {
    for (Element after = text.nextElementSibling(); after != null; after = after.nextElementSibling()) {
      Element notice = editLine(after);
      if (notice != null) {
        return Set.of(notice);
      }
    }
    Element row = messageCell.parent();
    Element footer = row == null ? null : row.nextElementSibling();
    Element notice = footer == null ? null : editLine(footer);
    return notice == null ? Set.of() : Set.of(notice);
  }

  /** The edit line's {@code <i>} in an element, in a {@code .small} line of its own. */
  private static @Nullable Element editLine(Element in) {
    for (Element i : in.getElementsByTag("i")) {
      Element line = i.parent();
      if (line != null && line.hasClass("small") && EditNotices.isNotice(i)) {
        return i; // the signature's italics stand in a line of their own, after a rule
      }
    }
    return null;
  }

  /**
   * Reads a text or a quote's text. The standard reader reads a quote's header line as a paragraph of its own
   * before the quote, since its date is a text node that no element holds: that paragraph, or the end of one where
   * the line follows words on the same line, is taken off and made the quote's cite.
   */
  private static List<Block> read(Element container, int depth) {
    BlockReader reader = BlockReader.standard();
    if (depth < MAX_NESTED) {
      reader = reader.reading(YabbPost::isQuote, q -> quote(q, depth));
    }
    List<Block> read = reader.read(container);
    List<Block> out = new ArrayList<>(read.size());
    for (Block b : read) {
      if (b instanceof Quote q && q.cite().isPresent() && !out.isEmpty()
          && out.get(out.size() - 1) instanceof Paragraph p && p.text().endsWith(q.cite().get())) {
        String before = p.text().substring(0, p.text().length() - q.cite().get().length()).strip();
        out.remove(out.size() - 1);
        if (!before.isEmpty()) {
          out.add(Paragraph.of(before));
        }
      }
      out.add(b);
    }
    return out;
  }

  private static boolean isQuote(Element e) {
    return e.normalName().equals("div") && e.hasClass("quote");
  }

  /**
   * A quote, cited by its header line where one stands before it: the link "ann wrote" or "Quote from ann", and the
   * words after it up to the line's end, " on 14.03.2019 at 10:02:00:". A quote without a name has the header
   * "<b>Quote:</b>", which cites no one.
   */
  private static Optional<Block> quote(Element quote, int depth) {
    if (!Cutoff.complete(quote)) {
      return Optional.empty();
    }
    return BlockReader.quote(read(quote, depth + 1), cite(quote)).map(Block.class::cast);
  }

  /** The header line before a quote: from its {@code a.message} to the {@code <br>} before the quote. */
  private static Optional<String> cite(Element quote) {
    Node n = quote.previousSibling();
    if (!(n instanceof Element br) || !br.normalName().equals("br")) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder();
    for (n = br.previousSibling(); n != null && line.length() <= MAX_CITE; n = n.previousSibling()) {
      if (n instanceof TextNode t) {
        line.insert(0, t.getWholeText());
      } else if (n instanceof Element a && a.normalName().equals("a") && a.hasClass("message")) {
        String cite = Texts.normalise(a.text() + line).strip();
        return cite.length() <= MAX_CITE ? Optional.of(cite) : Optional.empty();
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
