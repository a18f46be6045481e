package io.github.newsmodel.html.internal.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells a table of data in an article (votes by party, a league's standings, prices) from a table that lays out a
 * page, and finds its rows and cells. Read cell by cell as blocks, a table of data became a paragraph for every
 * cell, "Greens", "12", "0", and lost which figures belonged together; read as rows, it keeps them.
 *
 * <p>A table of data holds no table and no block of running text (a heading, a list, a quote, a division): each
 * cell is a word, a figure or a short phrase, and at least two rows have text in two cells or more. A table that
 * lays out a page, as forums and sites of the 2000s did, holds its content in long cells or in blocks; one of links
 * alone is a menu. Those are read as before, cell by cell.
 */
final class DataTables {
  /** What a cell of data does not hold: the blocks of running text, and other tables. */
  private static final Set<String> NOT_IN_DATA = Set.of("table", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4",
      "h5", "h6", "blockquote", "pre", "figure", "section", "article", "aside", "nav", "header", "footer", "main",
      "form", "iframe");
  /** The longest text a cell of data has: a phrase or a sentence, not an article's column. */
  private static final int MAX_CELL = 250;
  /** The most cells read as data: a table larger than this is a page's layout or a list too long to read so. */
  private static final int MAX_CELLS = 5000;

  private DataTables() {}

  /**
   * The rows of a table of data, each its cells in order (header cells and data cells alike); empty for any other
   * table.
   *
   * @param table a {@code table} element
   * @return the rows, two or more; empty if the table lays out a page, or is a menu of links
   */
  static List<List<Element>> rows(Element table) {
    List<List<Element>> rows = new ArrayList<>();
    int wide = 0;
    int cells = 0;
    int text = 0;
    int linked = 0;
    // in document order, and out at the first block: a table that lays out a page is not walked whole, once for
    // each table inside it
    for (Element e = table.firstElementChild(); e != null; e = DocumentOrder.nextInside(e, table)) {
      String name = e.normalName();
      if (NOT_IN_DATA.contains(name)) {
        return List.of();
      }
      if (name.equals("tr")) {
        List<Element> row = new ArrayList<>();
        int filled = 0;
        for (Element cell = e.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
          String cellName = cell.normalName();
          if (cellName.equals("td") || cellName.equals("th")) {
            int length = cell.text().length();
            if (length > MAX_CELL) {
              return List.of();
            }
            row.add(cell);
            text += length;
            filled += length > 0 ? 1 : 0;
          }
        }
        if (!row.isEmpty()) {
          rows.add(row);
          wide += filled >= 2 ? 1 : 0;
          cells += row.size();
        }
        if (cells > MAX_CELLS) {
          return List.of();
        }
      } else if (name.equals("a")) {
        linked += e.text().length();
      }
    }
    if (wide < 2 || text == 0 || 2 * linked > text) {
      return List.of();
    }
    return rows;
  }
}
