package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.Ancestry;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * One post of a topic of Simple Machines Forum 1.0 or 1.1 ({@link SmfOneTables}), read the way the default theme's
 * {@code Display.template.php} lays it out:
 *
 * <ul>
 *   <li>the poster's name in the {@code <b>} that opens the poster's cell: a member's is the link to the profile
 *       ({@code ?action=profile;u=5}), a guest's is unlinked; the member group, post count, avatar and the
 *       website's and profile's icons after it are no part of the name;
 *   <li>the time in the line under the subject, "« <b>Reply #1 on:</b> March 11, 2008, 09:42:17 PM »", or "«
 *       <b>on:</b> <b>Today</b> at 10:05:12 AM »", which is read against the capture; its label gives the number;
 *   <li>the text in {@code div.post}, where a quote is a {@code div.quote} after its {@code div.quoteheader}
 *       ("Quote from: ann on March 11, 2008, 09:42:17 PM"), the quote's cite, a code box the lines of the
 *       {@code div.code} under its "Code:", and an emoticon is no image;
 *   <li>the edit line in the row under the text, "« <i>Last Edit: March 12, 2008, 08:30:12 AM by ann</i> »", read
 *       as edit notices are ({@link EditNotices}) from its {@code <i>}, without the marks around it, which would
 *       end the editor's name; "Logged" and the signature ({@code div.signature}) in that row are no text.
 * </ul>
 */
final class SmfOnePost implements TablePost {
  /** The number in the label of a reply's line: "Reply #3 on:", "Antwort #3 am:". */
  private static final Pattern NUMBER = Pattern.compile("#\\s?(\\d{1,7})");
  /** The marks SMF prints around a post's time and its edit line. */
  private static final Pattern GUILLEMETS = Pattern.compile("^[\\s\u00ab]+|[\\s\u00bb]+$");
  /** A quote's header line is a name and a date, as {@link BlockReader} bounds a {@code <cite>}. */
  private static final int MAX_CITE = 80;
  /**
   * Quotes nested deeper than this in one another are read as plain text: each level is read by a reader of its
   * own, and a hostile page nested thousands deep must not cost stack for each.
   */
  private static final int MAX_NESTED = 8;

  private final Element posterCell;
  private final Element messageCell;
  private final Element text;

  private SmfOnePost(Element posterCell, Element messageCell, Element text) {
    this.posterCell = posterCell;
    this.messageCell = messageCell;
    this.text = text;
  }

  /**
   * The post of a unit that {@link SmfOneTables} found.
   *
   * @param unit a comment
   * @return the post, if the unit is an SMF 1 post
   */
  static Optional<SmfOnePost> of(Unit unit) {
    Element header = unit.header;
    Element messageCell = header == null || !unit.forumPost ? null : header.nextElementSibling();
    Element text = messageCell == null ? null : text(messageCell);
    return text == null ? Optional.empty() : Optional.of(new SmfOnePost(header, messageCell, text));
  }

  /**
   * The post's text: the message cell's {@code div.post}.
   *
   * @param messageCell the cell beside the poster's
   * @return the element, if the cell holds one
   */
  static @Nullable Element text(Element messageCell) {
    for (Element child : messageCell.children()) {
      if (child.normalName().equals("div") && child.hasClass("post")) {
        return child;
      }
    }
    return null;
  }

  /**
   * The poster, with the profile where a member's name links one.
   *
   * @return the author, if the cell names one the model takes
   */
  @Override
  public Optional<Author> author() {
    Element name = posterCell.firstElementChild();
    if (name == null || !name.normalName().equals("b")) {
      return Optional.empty();
    }
    Element link = name.firstElementChild();
    boolean profile = link != null && link.normalName().equals("a") && link.attr("href").contains("action=profile");
    return Texts.completeText(name).flatMap(CommenterNames::name)
        .flatMap(n -> CommenterNames.author(n, profile ? link : null));
  }

  /**
   * The time of the post: the words after the label of the line under the subject.
   *
   * @param times how the page's times are read
   * @return the time, if the line gives one
   */
  @Override
  public Optional<ResolvedTime> time(CommentTimes times) {
    Element line = dateLine();
    if (line == null) {
      return Optional.empty();
    }
    StringBuilder words = new StringBuilder();
    boolean labelled = false;
    for (Node n : line.childNodes()) {
      if (!labelled && n instanceof Element e && e.normalName().equals("b")) {
        labelled = true; // "Reply #1 on:", before the time; a later <b> is "Today"'s
      } else if (n instanceof TextNode t) {
        words.append(t.getWholeText());
      } else if (n instanceof Element e) {
        words.append(' ').append(e.text()).append(' ');
      }
    }
    String time = GUILLEMETS.matcher(Texts.normalise(words.toString())).replaceAll("");
    return times.findInTimeText(time);
  }

  /**
   * The post's number in the topic, from the label of its time: 1 of "Reply #1 on:". The opening post has none.
   *
   * @return the number, if the label gives one
   */
  @Override
  public OptionalInt number() {
    Element line = dateLine();
    Element label = line == null ? null : line.firstElementChild();
    if (label == null || !label.normalName().equals("b")) {
      return OptionalInt.empty();
    }
    Matcher m = NUMBER.matcher(label.text());
    int n = m.find() ? Integer.parseInt(m.group(1)) : 0;
    // "Reply #0", which a board's own template may print, numbers nothing: a comment numbered 0 would be dropped
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /**
   * The post's text, with its quotes: its {@code div.post} holds nothing to skip.
   *
   * @param skipped not asked
   * @return the blocks
   */
  @Override
  public List<Block> body(Predicate<Element> skipped) {
    return reader(0).read(text);
  }

  /**
   * The edit line, "Last Edit: March 12, 2008, 08:30:12 AM by ann", in the row under the text: the {@code <i>} of
   * its cell, where the cell's marks around it would be read as part of the editor's name.
   *
   * @return the line, if the post was edited
   */
  private Optional<Element> editNotice() {
    Element row = messageCell.parent();
    Element footer = row == null ? null : row.nextElementSibling();
    if (footer == null) {
      return Optional.empty();
    }
    for (Element i : footer.getElementsByTag("i")) {
      Element cell = i.parent();
      if (cell != null && cell.normalName().equals("td") && EditNotices.isNotice(i)) {
        return Optional.of(i); // the signature's italics stand in its div
      }
    }
    return Optional.empty();
  }
  /**
   * The edit line's {@code <i>} in place of the cell the generic rule finds, named {@code modified_5506}, whose
   * marks around the line would be read as part of the editor's name.
   *
   * @param found the notices the generic rule found
   * @return the edit line, if the post was edited
   */
  @Override
  public Set<Element> editNotices(Set<Element> found) {
    return editNotice().map(Set::of).orElse(Set.of());
  }


  /** The line under the subject: the first {@code div.smalltext} of the message cell, before the text. */
  private @Nullable Element dateLine() {
    for (Element d : messageCell.getElementsByClass("smalltext")) {
      if (d == text || Ancestry.isInside(d, text)) {
        return null;
      }
      if (d.normalName().equals("div")) {
        return d;
      }
    }
    return null;
  }


  /** The reader of a post's text, or of a quote's at that depth of nesting. */
  private static BlockReader reader(int depth) {
    BlockReader plain = BlockReader.standard().skipping(e -> isQuoteHeader(e) || isCodeHeader(e) || isSmiley(e))
        .reading(SmfOnePost::isCode, SmfOnePost::code);
    return depth < MAX_NESTED ? plain.reading(SmfOnePost::isQuote, e -> quote(e, depth)) : plain;
  }

  /** The label "Code:" over a code box. */
  private static boolean isCodeHeader(Element e) {
    return e.normalName().equals("div") && e.hasClass("codeheader");
  }

  private static boolean isCode(Element e) {
    return e.normalName().equals("div") && e.hasClass("code");
  }

  /**
   * A code box, whose lines SMF 1 ends with {@code <br />} (a {@code <pre>} inside it only for Gecko browsers, which
   * no crawler was): its lines, as the standard reader breaks them, are the code's.
   */
  private static Optional<Block> code(Element box) {
    if (!Cutoff.complete(box)) {
      return Optional.empty();
    }
    String text = BlockReader.standard().read(box).stream()
        .map(Block::text)
        .filter(t -> !t.isEmpty())
        .collect(Collectors.joining("\n\n"));
    return text.isBlank() ? Optional.empty() : Optional.of(Preformatted.of(text));
  }

  /** The line before a quote that says whom it quotes, which the quote takes as its cite. */
  private static boolean isQuoteHeader(Element e) {
    return e.normalName().equals("div") && e.hasClass("quoteheader");
  }

  /**
   * An emoticon, which SMF prints from its {@code Smileys} folder with no size that would tell it for an icon: a
   * face in a sentence, not a picture of the post.
   */
  private static boolean isSmiley(Element e) {
    return e.normalName().equals("img") && e.attr("src").contains("/Smileys/");
  }

  private static boolean isQuote(Element e) {
    return e.normalName().equals("div") && e.hasClass("quote");
  }

  /**
   * A quote, cited by its header line where that names whom it quotes ("Quote from: ann on ..."); a quote without
   * a name has the header "Quote", which cites no one.
   */
  private static Optional<Block> quote(Element quote, int depth) {
    if (!Cutoff.complete(quote)) {
      return Optional.empty();
    }
    Element header = quote.previousElementSibling();
    Optional<String> cite = header != null && isQuoteHeader(header)
        ? Texts.shortText(header, MAX_CITE).filter(c -> c.contains(":")) : Optional.empty();
    return BlockReader.quote(reader(depth + 1).read(quote), cite).map(Block.class::cast);
  }
}
