package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A post of vBulletin 3 in its table layout, the default {@code postbit_legacy} template (2004-2010), which names
 * its parts by ids rather than classes, so that the generic rules miss some of them:
 *
 * <pre>{@code
 * <table id="post40123" class="tborder">
 *   <tr><td class="thead"><a name="post40123"><img src="images/statusicon/post_old.gif"></a> Yesterday, 11:48 PM</td>
 *       <td class="thead">#<a href="showpost.php?p=40123&postcount=2" id="postcount40123"><strong>2</strong></a></td>
 *   <tr><td class="alt2"><div id="postmenu_40123"><a class="bigusername" href="member.php?u=87">ann</a></div>
 *         <div class="smallfont">Member</div> ...</td>
 *       <td class="alt1" id="td_post_40123"> ... <div id="post_message_40123">text</div> ...</td>
 * }</pre>
 *
 * <ul>
 *   <li>The <b>time</b> is the first header cell's text, printed with no element of its own and, for the last two
 *       days, as "Today, 09:05 AM" and "Yesterday, 11:48 PM", which are read against the capture only in a text
 *       that the page marks as a time: this cell is one.
 *   <li>A <b>guest</b>'s name is the {@code postmenu} box's own text, unlinked; a member's is its
 *       {@code a.bigusername}, which the generic search finds.
 *   <li>The <b>number</b> is the {@code postcount} of the permalink, {@code showpost.php?p=40123&postcount=2}:
 *       vBulletin 3.0 prints it without the {@code id="postcount40123"} that names it in later versions.
 *   <li>A <b>quote</b> is a box of a label ("Quote:") over a one-cell table, whose first line says whom it quotes
 *       ("Originally Posted by <strong>ann</strong>") and whose italic block is the quoted text; neither the box
 *       nor the line is named. The box of a code sample ("Code:" over a {@code pre}) is no quote.
 * </ul>
 */
final class VBulletinTables {
  /** The post's element: {@code table#post40123}. */
  private static final Pattern POST_ID = Pattern.compile("post(\\d{1,12})");
  /** The permalink's number of the post in its thread. */
  private static final Pattern POSTCOUNT = Pattern.compile("[?&]postcount=(\\d{1,7})(?:&|$)");
  /** A quote box's label is a word or two and a colon, "Quote:", "Zitat:", "Citation :". */
  private static final int MAX_LABEL = 24;
  /** A quote's attribution line is a name and a few words, as {@link BlockReader} bounds a {@code <cite>}. */
  private static final int MAX_CITE = 80;
  /**
   * Quotes nested deeper than this in one another are read as plain text: each level is read by a reader of its
   * own, and a hostile page nested thousands deep must not cost stack for each.
   */
  private static final int MAX_NESTED = 8;
  private static final BlockReader PLAIN = BlockReader.standard();

  private final Element dateCell;
  private final Element numberCell;
  private final @Nullable Element postmenu;

  private VBulletinTables(Element dateCell, Element numberCell, @Nullable Element postmenu) {
    this.dateCell = dateCell;
    this.numberCell = numberCell;
    this.postmenu = postmenu;
  }

  /**
   * The post, if a comment's element is vBulletin 3's table of one.
   *
   * @param root the comment's element
   * @return the post, if the element is a {@code table#postN} that holds {@code div#post_message_N} and opens with
   *     a row of two header cells
   */
  static Optional<VBulletinTables> of(Element root) {
    if (!root.normalName().equals("table") || !root.id().startsWith("post")) {
      return Optional.empty(); // nearly every comment: its tag or its id says at once that it is no such post
    }
    Matcher m = POST_ID.matcher(root.id());
    if (!m.matches() || root.getElementById("post_message_" + m.group(1)) == null) {
      return Optional.empty();
    }
    Element row = firstRow(root);
    Element date = row == null ? null : row.firstElementChild();
    Element number = date == null ? null : date.nextElementSibling();
    if (!headerCell(date) || !headerCell(number)) {
      return Optional.empty();
    }
    return Optional.of(new VBulletinTables(date, number, root.getElementById("postmenu_" + m.group(1))));
  }

  /**
   * The time of the post, from the first header cell: a date ("03-28-2007, 07:42 PM") or, against the capture, a
   * day named relative to it ("Yesterday, 11:48 PM").
   *
   * @param times how the page's times are read
   * @return the time, if the cell gives one
   */
  Optional<ResolvedTime> time(CommentTimes times) {
    return Texts.completeText(dateCell).flatMap(times::findInTimeText);
  }

  /**
   * The name of a guest, which the {@code postmenu} box prints unlinked: a member's name is a link, read as
   * authors' links are.
   *
   * @return the guest, if the post is one's
   */
  Optional<Author> guest() {
    if (postmenu == null || !postmenu.getElementsByTag("a").isEmpty()) {
      return Optional.empty();
    }
    return Texts.completeText(postmenu).flatMap(CommenterNames::name).flatMap(CommenterNames::author);
  }

  /**
   * The post's number in its thread, from its permalink in the second header cell.
   *
   * @return the number, if the cell links the post with its {@code postcount}
   */
  OptionalInt number() {
    for (Element a : numberCell.getElementsByTag("a")) {
      Matcher m = POSTCOUNT.matcher(a.attr("href"));
      if (m.find()) {
        int n = Integer.parseInt(m.group(1));
        return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether an element is the box of a quote: a {@code div} of a short label ({@code div.smallfont}, "Quote:") and,
   * after it and last, a table whose first cell is classed {@code alt2}. Asked of every element of every comment's
   * text, it looks at two children and a cell.
   *
   * @param e an element
   * @return true if it is a quote box
   */
  static boolean isQuote(Element e) {
    if (!e.normalName().equals("div")) {
      return false;
    }
    Element label = e.firstElementChild();
    if (label == null || !label.normalName().equals("div") || !label.hasClass("smallfont")) {
      return false; // most elements
    }
    Element table = label.nextElementSibling();
    if (table == null || table.nextElementSibling() != null || quoteCell(table) == null) {
      return false;
    }
    String text = Texts.normalise(label.text());
    return text.length() <= MAX_LABEL && text.endsWith(":");
  }

  /**
   * Reads a quote box that {@link #isQuote} accepts: its cite is the line that says whom it quotes, its text the
   * rest of the cell. A box without that line ("[quote]" without a name) quotes the whole cell, uncited.
   *
   * @param box the quote box
   * @return the quote, if it holds text and the page holds it whole
   */
  static Optional<Block> quote(Element box) {
    return quote(box, 0);
  }

  private static Optional<Block> quote(Element box, int depth) {
    Element label = box.firstElementChild();
    Element cell = label == null ? null : quoteCell(label.nextElementSibling());
    if (cell == null || !Cutoff.complete(box)) {
      return Optional.empty();
    }
    Element first = cell.firstElementChild();
    Element quoted = first == null ? null : first.nextElementSibling();
    Optional<String> cite = Optional.empty();
    if (first != null && quoted != null && quoted.nextElementSibling() == null && first.normalName().equals("div")
        && quoted.normalName().equals("div") && !first.getElementsByTag("strong").isEmpty()) {
      cite = Texts.shortText(first, MAX_CITE); // "Originally Posted by ann" and the link to the post, an image
    }
    BlockReader reader = depth < MAX_NESTED
        ? PLAIN.reading(VBulletinTables::isQuote, e -> quote(e, depth + 1)) : PLAIN;
    return BlockReader.quote(reader.read(cite.isPresent() ? quoted : cell), cite).map(Block.class::cast);
  }

  /** The first row of a table, inside the {@code tbody} that parsers add. */
  private static @Nullable Element firstRow(Element table) {
    Element first = table.firstElementChild();
    if (first != null && (first.normalName().equals("tbody") || first.normalName().equals("thead"))) {
      first = first.firstElementChild();
    }
    return first != null && first.normalName().equals("tr") ? first : null;
  }

  private static boolean headerCell(@Nullable Element e) {
    return e != null && e.normalName().equals("td") && e.hasClass("thead");
  }

  /** The one cell of a quote's table, classed {@code alt2}. */
  private static @Nullable Element quoteCell(@Nullable Element table) {
    if (table == null || !table.normalName().equals("table")) {
      return null;
    }
    Element row = firstRow(table);
    Element cell = row == null ? null : row.firstElementChild();
    return cell != null && cell.normalName().equals("td") && cell.hasClass("alt2") && cell.nextElementSibling() == null
        ? cell : null;
  }
}
