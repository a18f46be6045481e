package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * One post of an Invision Power Board 2.x topic ({@link InvisionTwoPosts}), read the way its skin's
 * {@code skin_topic.RenderRow} lays it out:
 *
 * <ul>
 *   <li>the poster's name in the {@code span.normalname} of the first cell, linked to the profile
 *       ({@code index.php?showuser=5}, without the session a crawler's links hold); a guest's in a
 *       {@code span.unreg}, without a link;
 *   <li>the time in the {@code span.postdetails} of the cell beside it, after the link to the post: "Mar 6 2006,
 *       10:05 PM", or "Today, 10:05 PM" and "Yesterday, 09:12 AM", which the capture's day completes; IPB 1.3's
 *       "Posted on: Mar 6 2004, 10:05 PM" likewise;
 *   <li>the post's number in the same cell, the link "#2";
 *   <li>the text in the {@code div.postcolor} of the second row, with each quote a {@code div.quotetop}
 *       ("QUOTE(ann @ Mar 6 2006, 10:05 PM)", its cite) before a {@code div.quotemain}, code a {@code div.codetop}
 *       before a {@code div.codemain}, and the edit notice "This post has been edited by <b>ann</b>: Mar 7 2006,
 *       09:12 AM" in a {@code span.edit}, read as any edit notice is ({@link EditNotices}), and IPB 2.2's reason
 *       for the edit under it read as the edit's; the member's details in the cell before it and the signature
 *       after it are no part of it;
 *   <li>IPB 1.x's quotes and code, which close the {@code div.postcolor}, stand in a table of their own whose
 *       first row says "QUOTE (ann @ Mar 6 2004, 10:05 PM)" or "CODE" above a {@code td#QUOTE} or {@code td#CODE},
 *       and open another {@code div.postcolor} after it for the rest of the text.
 * </ul>
 */
final class InvisionTwoPost implements TablePost {
  /** How far the poster's cell may stand above the anchor: IPB 2.2 and later wrap the name in a menu's div. */
  private static final int MAX_ANCHOR_DEPTH = 3;
  /** The post's number as the link to it prints it: "#2". */
  private static final Pattern NUMBER = Pattern.compile("#\\s*(\\d{1,7})");
  /** The attribution of a quote that names no one: IPB prints "QUOTE" alone. */
  private static final Pattern BARE_QUOTE = Pattern.compile("(?iu)^\\p{L}{1,12}:?$");
  /**
   * The session IPB puts in every link for a visitor without its cookie, as a crawler is: {@code
   * index.php?s=3f2c0d5e9a7b1c4d6e8f0a2b4c6d8e0f&showuser=5}.
   */
  private static final Pattern SESSION = Pattern.compile("(?<=[?&])s=[0-9a-f]{32}(?:&|$)");
  /** The elements whose words a post's details line leaves out of its time. */
  private static final Set<String> LINKS = Set.of("a");
  /** An attribution longer than this is no attribution line. */
  private static final int MAX_CITE = 120;
  /**
   * Quotes nested deeper than this in one another are read as plain text: each level is read by a reader of its
   * own, and a hostile page nested thousands deep must not cost stack for each.
   */
  private static final int MAX_NESTED = 8;

  private final Element nameCell;
  private final Element headerRow;
  /**
   * The elements of the text: the {@code div.postcolor}, and in IPB 1.x, which closes that div before each quote's
   * or code's box and opens another after it, the boxes and the divs that follow, in page order.
   */
  private final List<Element> text;

  private InvisionTwoPost(Element nameCell, Element headerRow, List<Element> text) {
    this.nameCell = nameCell;
    this.headerRow = headerRow;
    this.text = text;
  }

  /**
   * The post of a unit that {@link InvisionTwoPosts} found.
   *
   * @param unit a comment
   * @return the post, if the unit is an IPB 2 post
   */
  static Optional<InvisionTwoPost> of(Unit unit) {
    if (!unit.forumPost || unit.givenId == null || !unit.root.normalName().equals("table")) {
      return Optional.empty();
    }
    for (Element a : unit.root.getElementsByAttributeValue("name", "entry" + unit.givenId)) {
      Optional<InvisionTwoPost> post = at(a);
      if (post.isPresent() && tableOf(a) == unit.root) {
        return post;
      }
    }
    return Optional.empty();
  }

  /**
   * The table of the post an anchor {@code <a name="entry12345">} opens: the anchor stands in the poster's cell,
   * the row after its row holds the {@code div.postcolor} of the text, and the table holds no other post's text.
   *
   * @param anchor the anchor
   * @return the table, if the anchor opens such a post
   */
  static @Nullable Element tableOf(Element anchor) {
    Optional<InvisionTwoPost> post = at(anchor);
    if (post.isEmpty()) {
      return null;
    }
    Element e = TableLayout.tableAround(post.get().headerRow);
    return e != null && holdsNoOtherText(e, post.get().text) ? e : null;
  }

  /**
   * Whether a table holds no {@code div.postcolor} but those of one post's text: the table of one post, not one
   * that holds them all. The walk stops at the first other, so that asking it of each post of a page whose posts
   * all stand in one table costs no walk through all of it for each.
   */
  private static boolean holdsNoOtherText(Element table, List<Element> text) {
    // a set, not the list: IPB 1.x's post of thousands of boxes has as many parts, each met on the walk
    Set<Element> parts = Collections.newSetFromMap(new IdentityHashMap<>());
    parts.addAll(text);
    boolean[] other = {false};
    NodeTraversor.filter((n, depth) -> {
      if (!(n instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (parts.contains(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("postcolor")) {
        other[0] = true;
        return FilterResult.STOP;
      }
      return FilterResult.CONTINUE;
    }, table);
    return !other[0];
  }

  private static Optional<InvisionTwoPost> at(Element anchor) {
    Element cell = anchor.parent();
    for (int depth = 1; cell != null && !cell.normalName().equals("td") && depth < MAX_ANCHOR_DEPTH; depth++) {
      cell = cell.parent();
    }
    Element row = cell == null || !cell.normalName().equals("td") ? null : cell.parent();
    Element next = row == null ? null : row.nextElementSibling();
    if (next == null || !row.normalName().equals("tr") || !next.normalName().equals("tr")) {
      return Optional.empty();
    }
    Element text = next.getElementsByClass("postcolor").first();
    return text == null ? Optional.empty() : Optional.of(new InvisionTwoPost(cell, row, textFrom(text)));
  }

  /** The elements of a post's text from its first {@code div.postcolor} on, through IPB 1.x's boxes. */
  private static List<Element> textFrom(Element first) {
    List<Element> parts = new ArrayList<>(List.of(first));
    for (Element box = first.nextElementSibling(); box != null && boxCell(box) != null; ) {
      Element after = box.nextElementSibling();
      if (after == null || !after.hasClass("postcolor")) {
        break;
      }
      parts.add(box);
      parts.add(after);
      box = after.nextElementSibling();
    }
    return parts;
  }

  /**
   * The poster, with the profile for a member; a guest's name stands alone.
   *
   * @return the author, if the cell names one the model takes
   */
  @Override
  public Optional<Author> author() {
    Element name = nameCell.getElementsByClass("normalname").first();
    if (name == null) {
      name = nameCell.getElementsByClass("unreg").first();
    }
    if (name == null) {
      name = nameCell.getElementsByTag("span").first(); // a board's own class for a group's names
    }
    Optional<String> printed = name == null ? Optional.empty() : Texts.completeText(name);
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    for (Element a : name.getElementsByTag("a")) {
      if (a.attr("href").contains("showuser=")) {
        String href = a.absUrl("href");
        // the same member's profile on every page and every capture, whichever session the crawler was given
        return CommenterNames.author(printed.get(), href.isEmpty() ? a
            : new Element("a").attr("href", SESSION.matcher(href).replaceFirst("")));
      }
    }
    return CommenterNames.author(printed.get());
  }

  /**
   * The time of the post: the words of a {@code span.postdetails} beside the poster's cell outside its links
   * ("Mar 6 2006, 10:05 PM" after the link to the post, "Posted on:" in IPB 1.3's).
   *
   * @param times how the page's times are read
   * @return the time, if the row gives one
   */
  @Override
  public Optional<ResolvedTime> time(CommentTimes times) {
    for (Element details : headerRow.getElementsByClass("postdetails")) {
      if (nameCell.equals(details) || details.parents().contains(nameCell)) {
        continue;
      }
      Optional<ResolvedTime> t = Texts.nonBlank(Texts.normalise(Texts.outside(details, LINKS)))
          .flatMap(times::findInTimeText);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  /**
   * The post's number: the link "#2" of its header row.
   *
   * @return the number, if the row gives one
   */
  @Override
  public OptionalInt number() {
    for (Element a : headerRow.getElementsByTag("a")) {
      Matcher m = NUMBER.matcher(a.text().strip());
      if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The post's text, with its quotes and code read apart.
   *
   * @param skipped the elements to leave out: other posts' and the edit notices
   * @return the blocks
   */
  @Override
  public List<Block> body(Predicate<Element> skipped) {
    Predicate<Element> out = skipped.or(InvisionTwoPost::furniture);
    BlockReader reader = reader(out, 0);
    List<Block> blocks = new ArrayList<>();
    for (Element part : text) {
      if (part.hasClass("postcolor")) {
        blocks.addAll(reader.read(part));
      } else if (!out.test(part)) {
        box(part, 0).ifPresent(blocks::add);
      }
    }
    return blocks;
  }

  /** The reader of a post's text, or of a quote's at that depth of nesting: a quote's box may hold another's. */
  private static BlockReader reader(Predicate<Element> skipped, int depth) {
    if (depth >= MAX_NESTED) {
      return BlockReader.standard().skipping(skipped);
    }
    return BlockReader.standard().skipping(skipped.or(InvisionTwoPost::readWithItsTitle))
        .reading(e -> e.hasClass("quotetop"), top -> quote(top, depth))
        .reading(e -> e.hasClass("codetop"), InvisionTwoPost::code)
        .reading(e -> boxCell(e) != null, box -> box(box, depth));
  }

  /**
   * The cell of IPB 1.x's box of a quote or code: a table whose second row holds {@code td#QUOTE} or
   * {@code td#CODE} under a first row that says "QUOTE (ann @ Mar 6 2004, 10:05 PM)" or "CODE".
   *
   * @param e an element
   * @return the cell, if the element is such a box
   */
  private static @Nullable Element boxCell(Element e) {
    if (!e.normalName().equals("table")) {
      return null;
    }
    Element rows = e.firstElementChild();
    Element first = rows != null && rows.normalName().equals("tbody") ? rows.firstElementChild() : rows;
    Element second = first == null ? null : first.nextElementSibling();
    Element cell = second == null ? null : second.firstElementChild();
    return cell != null && cell.normalName().equals("td") && (cell.id().equalsIgnoreCase("QUOTE")
        || cell.id().equalsIgnoreCase("CODE")) ? cell : null;
  }

  /** IPB 1.x's box ({@link #boxCell}): a quote, cited by its title line, or code as the poster set it. */
  private static Optional<Block> box(Element table, int depth) {
    Element cell = boxCell(table);
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.id().equalsIgnoreCase("CODE")) {
      return Texts.nonBlank(cell.wholeText()).map(t -> Preformatted.of(cell.wholeText().strip()));
    }
    Element title = cell.parent() == null ? null : cell.parent().previousElementSibling();
    Optional<String> cite = (title == null ? Optional.<String>empty() : Texts.completeText(title))
        .filter(c -> c.length() <= MAX_CITE && !BARE_QUOTE.matcher(c).matches());
    return BlockReader.quote(reader(e -> false, depth + 1).read(cell), cite).map(Block.class::cast);
  }

  /**
   * Whether an element of the text's cell is no part of the text: the signature, which some skins set inside
   * {@code div.postcolor}, and IPB 2.2's "Reason for edit: typo" under the edit notice.
   */
  private static boolean furniture(Element e) {
    return e.hasClass("signature") || e.hasClass("post-edit-reason");
  }

  /** Whether an element is a quote's or code's body, read with the title line before it. */
  private static boolean readWithItsTitle(Element e) {
    Element before = e.previousElementSibling();
    return before != null && (e.hasClass("quotemain") && before.hasClass("quotetop")
        || e.hasClass("codemain") && before.hasClass("codetop"));
  }

  /** A quote: the text of the {@code div.quotemain} after the title line, which names whom it quotes. */
  private static Optional<Block> quote(Element top, int depth) {
    Element main = top.nextElementSibling();
    if (main == null || !main.hasClass("quotemain")) {
      return Optional.empty();
    }
    Optional<String> cite = Texts.completeText(top)
        .filter(c -> c.length() <= MAX_CITE && !BARE_QUOTE.matcher(c).matches());
    return BlockReader.quote(reader(e -> false, depth + 1).read(main), cite).map(Block.class::cast);
  }

  /** Code: the text of the {@code div.codemain} after the line "CODE", as the poster set it. */
  private static Optional<Block> code(Element top) {
    Element main = top.nextElementSibling();
    if (main == null || !main.hasClass("codemain")) {
      return Optional.empty();
    }
    return Texts.nonBlank(main.wholeText()).map(t -> Preformatted.of(main.wholeText().strip()));
  }
}
