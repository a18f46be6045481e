package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The box of "further information" a site puts under or into an article: "Weitere Informationen", "More
 * information", "Weiterführende Links", a label over links to its other pages, to a partner's site or to a book's
 * details. Its links are most often left out as such, and its label stays behind alone, in the middle of the text or
 * at its end; where its items are sentences that hold a link each, they stay too.
 *
 * <p>The label goes wherever it stands. Where it opens the body's closing section, a few short blocks up to the end
 * (the box, and what the page puts under the article: "Teile mich:", a page's views, a teaser), the section goes with
 * it, but for its pictures, which are the article's wherever they stand. A section that holds prose, a paragraph
 * longer than a box's item, or more blocks than a box has, is the article's own and only loses the label.
 *
 * <p>Only the words of a box of more of the same: "Quellen", "Literatur", "References", "Further reading" head an
 * article's list of the works it cites, which is its text.
 */
final class FurtherInformation {
  /**
   * The label of such a box alone on its line: "Weitere Informationen:", "Zusatzinformationen", "Further
   * information", "Weiterführende Links", "Plus d'informations", "Más información".
   */
  static final Pattern LABEL = Pattern.compile("(?iu)^\\W{0,3}(?:(?:weitere|mehr|zusätzliche|weiterführende)"
      + " (?:informationen|infos|links)|zusatzinformationen|infos?|links zum thema"
      + "|(?:for )?(?:further|more|additional) (?:information|info)|useful links|related links"
      + "|plus d'informations|pour en savoir plus|más información|maggiori informazioni)\\s*:?\\s*$");
  /** The most characters of the label, its longest spelling and a few characters of punctuation around it. */
  private static final int MAX_LABEL = 40;
  /** The most blocks of the closing section after the label: a box's items and the page's lines under it. */
  private static final int MAX_SECTION = 16;
  /** The most characters of one block of the closing section, or of a list's item: a box's item, a teaser's summary. */
  private static final int MAX_ITEM = 400;

  private FurtherInformation() {}

  /**
   * Drops the labels of boxes of further information from the body's blocks, and the closing section that one of
   * them opens, but for its pictures; returns the blocks as they are if they hold none.
   *
   * @param blocks the body's blocks
   * @return the blocks without them
   */
  static List<Block> without(List<Block> blocks) {
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (label(blocks.get(i))) {
        last = i;
      }
    }
    if (last < 0) {
      return blocks;
    }
    boolean closing = closingSection(blocks.subList(last + 1, blocks.size()));
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (i < last ? !label(b) : i > last && (!closing || b instanceof Image)) {
        kept.add(b);
      }
    }
    return kept;
  }

  /** Whether the blocks after a label are a box's few short items and the lines under the article, up to the end. */
  private static boolean closingSection(List<Block> section) {
    if (section.size() > MAX_SECTION) {
      return false;
    }
    for (Block b : section) {
      if (b instanceof ItemList list) {
        if (list.items().stream().anyMatch(item -> item.length() > MAX_ITEM)) {
          return false;
        }
      } else if (!(b instanceof Image) && b.text().length() > MAX_ITEM) {
        return false;
      }
    }
    return true;
  }

  /** Whether a block is a paragraph or a heading that is a {@link #LABEL} alone. */
  static boolean label(Block b) {
    if (!(b instanceof Paragraph || b instanceof Heading)) {
      return false;
    }
    String text = b.text().strip();
    return text.length() <= MAX_LABEL && LABEL.matcher(text).matches();
  }
}
