package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * One post of a phpBB 3.0 topic in the subsilver2 style ({@link SubsilverTwoPosts}), read the way its {@code
 * viewtopic_body.html} lays it out:
 *
 * <ul>
 *   <li>the poster's name in the {@code b.postauthor} of the first row's first cell, and the profile ({@code
 *       memberlist.php?mode=viewprofile&u=57}) in the third row, beside "Top"; a guest has none;
 *   <li>the time in the cell beside the name, "<b>Post subject:</b> ... <b>Posted:</b> Mon Mar 06, 2006 10:05
 *       pm", in the words outside its bold labels and links, whatever the board's language;
 *   <li>the text in the first {@code div.postbody} of the second row, with each quote a {@code div.quotetitle}
 *       ("ann wrote:", its cite) before a {@code div.quotecontent}, code a {@code div.codetitle} before a {@code
 *       div.codecontent}; the member's details in the cell before it ({@code td.profile}), the signature in the
 *       {@code .postbody} after it, behind a line of underscores, and the edit notice "Last edited by ann on Tue
 *       Mar 07, 2006 9:12 am, edited 1 time in total." in a {@code span.gensmall} below, read as any edit notice is
 *       ({@link EditNotices}), are no part of it.
 * </ul>
 */
final class SubsilverTwoPost implements TablePost {
  /** The name of the anchor before each post: {@code <a name="p1234">}. */
  private static final Pattern ANCHOR = Pattern.compile("p\\d{1,12}");
  /** Quotes nested deeper than this in one another are read as plain text, on a hostile page as on a real one. */
  private static final int MAX_NESTED = 16;
  /** A quote's title longer than this is no "ann wrote:". */
  private static final int MAX_CITE = 80;
  /** The elements whose words a post's header line leaves out of its time: its bold labels and its links. */
  private static final Set<String> LABELS = Set.of("a", "b");

  private final String id;
  private final Element name;
  private final Element textRow;
  private final Element table;

  private SubsilverTwoPost(String id, Element name, Element textRow, Element table) {
    this.id = id;
    this.name = name;
    this.textRow = textRow;
    this.table = table;
  }

  /**
   * The post whose poster's name this is: the name's cell holds the anchor {@code <a name="p1234">}, the row
   * after its row holds the {@code div.postbody} of the text, and the table of the rows holds no other post.
   *
   * @param name a {@code b.postauthor}
   * @return the post, or null if the name opens none in subsilver2's layout
   */
  static @Nullable SubsilverTwoPost at(Element name) {
    Element cell = name.parent();
    String id = cell == null || !cell.normalName().equals("td") ? null : anchor(cell);
    Element row = id == null ? null : cell.parent();
    Element next = row == null || !row.normalName().equals("tr") ? null : row.nextElementSibling();
    if (next == null || !next.normalName().equals("tr") || text(next) == null) {
      return null;
    }
    Element table = row.parent();
    if (table != null && !table.normalName().equals("table")) {
      table = table.parent(); // the tbody that parsers add
    }
    if (table == null || !table.normalName().equals("table") || !TableLayout.holdsOne(table, "postauthor")) {
      return null;
    }
    return new SubsilverTwoPost(id, name, next, table);
  }

  /**
   * The post of a unit that {@link SubsilverTwoPosts} found.
   *
   * @param unit a comment
   * @return the post, if the unit is a subsilver2 post
   */
  static Optional<SubsilverTwoPost> of(Unit unit) {
    if (!unit.forumPost || unit.givenId == null || !unit.root.normalName().equals("table")) {
      return Optional.empty();
    }
    for (Element name : unit.root.getElementsByClass("postauthor")) {
      SubsilverTwoPost post = at(name);
      if (post != null && post.table == unit.root && post.id.equals(unit.givenId)) {
        return Optional.of(post);
      }
    }
    return Optional.empty();
  }

  /** The post's id, the name of its anchor: {@code p1234}. */
  String id() {
    return id;
  }

  /** The post's table. */
  Element table() {
    return table;
  }

  /**
   * The poster, with the profile of the row under the text where a registered poster has one.
   *
   * @return the author, if the cell names one the model takes
   */
  @Override
  public Optional<Author> author() {
    Optional<String> printed = Texts.completeText(name);
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    return PhpBbTwoPost.withProfile(printed.get(), textRow.nextElementSibling());
  }

  /**
   * The time of the post: the words of the line beside the name outside its labels and links, "Mon Mar 06, 2006
   * 10:05 pm" after "Posted:". The line sets the subject in a box before the time's, so the boxes are read from the
   * last: a subject that names a day is no time.
   *
   * @param times how the page's times are read
   * @return the time, if the line gives one
   */
  @Override
  public Optional<ResolvedTime> time(CommentTimes times) {
    Element nameCell = name.parent();
    Element cell = nameCell == null ? null : nameCell.nextElementSibling();
    if (cell == null) {
      return Optional.empty();
    }
    List<Element> boxes = cell.getElementsByTag("div");
    for (int i = boxes.size() - 1; i >= 0; i--) {
      Optional<ResolvedTime> t = timeIn(boxes.get(i), times);
      if (t.isPresent()) {
        return t;
      }
    }
    return timeIn(cell, times); // a board's own style may set the line in no box
  }

  private static Optional<ResolvedTime> timeIn(Element line, CommentTimes times) {
    return Texts.nonBlank(Texts.normalise(Texts.outside(line, LABELS))).flatMap(times::findInTimeText);
  }

  /**
   * The post's text, with its quotes and code read apart.
   *
   * @param skipped the elements to leave out: other posts' and the edit notices
   * @return the blocks
   */
  @Override
  public List<Block> body(Predicate<Element> skipped) {
    Element text = text(textRow);
    return text == null ? List.of() : reader(skipped, 0).read(text);
  }

  private static BlockReader reader(Predicate<Element> skipped, int depth) {
    BlockReader reader = BlockReader.standard().skipping(skipped.or(SubsilverTwoPost::readWithItsTitle));
    return depth >= MAX_NESTED ? reader : reader
        .reading(e -> e.hasClass("quotetitle"), title -> quote(title, skipped, depth))
        .reading(e -> e.hasClass("codetitle"), SubsilverTwoPost::code);
  }

  /** The message: the first {@code .postbody} of the row, outside the member's details; the next is the signature. */
  private static @Nullable Element text(Element row) {
    for (Element body : row.getElementsByClass("postbody")) {
      if (body.normalName().equals("div") && !inProfile(body, row)) {
        return body;
      }
    }
    return null;
  }

  /** Whether an element of the row stands in the member's details, {@code td.profile}. */
  private static boolean inProfile(Element e, Element row) {
    for (Element p = e.parent(); p != null && p != row; p = p.parent()) {
      if (p.hasClass("profile")) {
        return true;
      }
    }
    return false;
  }

  /** The name of the post's anchor among the cell's children, {@code p1234}; null without one. */
  private static @Nullable String anchor(Element cell) {
    for (Element a : cell.children()) {
      String n = a.attr("name");
      if (a.normalName().equals("a") && ANCHOR.matcher(n).matches()) {
        return n;
      }
    }
    return null;
  }

  /** Whether an element is a quote's or code's body, read with the title line before it. */
  private static boolean readWithItsTitle(Element e) {
    Element before = e.previousElementSibling();
    return before != null && (e.hasClass("quotecontent") && before.hasClass("quotetitle")
        || e.hasClass("codecontent") && before.hasClass("codetitle"));
  }

  /**
   * A quote: the {@code div.quotecontent} after the title line, which names whom it quotes ("ann wrote:"); a
   * quote of no one's is titled "Quote:" in bold, which is no cite.
   */
  private static Optional<Block> quote(Element title, Predicate<Element> skipped, int depth) {
    Element content = title.nextElementSibling();
    if (content == null || !content.hasClass("quotecontent")) {
      return Optional.empty();
    }
    Optional<String> cite = title.getElementsByTag("b").isEmpty() ? Texts.shortText(title, MAX_CITE)
        : Optional.empty();
    return BlockReader.quote(reader(skipped, depth + 1).read(content), cite).map(Block.class::cast);
  }

  /** Code: the lines of the {@code div.codecontent} after the line "Code:", which phpBB breaks with {@code <br>}. */
  private static Optional<Block> code(Element title) {
    Element content = title.nextElementSibling();
    if (content == null || !content.hasClass("codecontent")) {
      return Optional.empty();
    }
    StringBuilder lines = new StringBuilder();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        lines.append(t.getWholeText().replace('\u00a0', ' '));
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        lines.append('\n');
      }
    }, content);
    String code = lines.toString().strip();
    return code.isEmpty() ? Optional.empty() : Optional.of(Preformatted.of(code));
  }

}
