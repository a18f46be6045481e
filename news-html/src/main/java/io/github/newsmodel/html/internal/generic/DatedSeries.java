package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.time.PageTime;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Whether a dated line is one of a series: each of the blocks beside its own, of the same tag, holds a line of the
 * same tag and class with a date of its own, as the entries of a list of press releases do ({@code <li><a
 * class="Publication">Nr. 34 vom 08. November 2021</a></li>}, one an item) and the teasers of other articles, each
 * with its headline and date line. Those dates are the listed items', never the article's, which shows its own date
 * once, not as one of a list of other days. A class that names no such list ("Publication" holds the stem "publi" of
 * the date lines' classes) leaves no other sign of it.
 */
final class DatedSeries {
  /** How far above the line the block that the series repeats may be: the list item, or a teaser's few wrappers. */
  private static final int MAX_DEPTH = 3;
  /** How many other blocks of the series, each with a day other than the line's, make it one. */
  private static final int MIN_OTHERS = 2;
  /** How many blocks beside are read at most, before or after: a series shows its kind in its first few. */
  private static final int MAX_READ = 8;
  /** A date line's text is short; a longer one is no line of a series. */
  private static final int MAX_LINE = 160;

  /**
   * The elements that hold a series found already, each with the tag and class of its lines: a list's later lines
   * are told by their block's parent, without their neighbours read again.
   */
  private final Map<Element, String> seriesHolders = new IdentityHashMap<>();
  private final PageRegions regions;
  private final ShortTexts texts;
  private final Function<String, Optional<PageTime>> dates;

  /**
   * @param regions the page's regions, whose article containers are never a series' blocks
   * @param texts the page's short texts
   * @param dates what finds the date in a line
   */
  DatedSeries(PageRegions regions, ShortTexts texts, Function<String, Optional<PageTime>> dates) {
    this.regions = regions;
    this.texts = texts;
    this.dates = dates;
  }

  /**
   * Whether a line that gives a date is one of a series of dated lines.
   *
   * @param line the line
   * @param day the day it gives
   * @return whether at least {@link #MIN_OTHERS} blocks beside the one that holds it hold a line like it with another
   *     day
   */
  boolean isOneOf(Element line, LocalDate day) {
    String tag = line.normalName();
    String classes = line.className();
    String kind = tag + ' ' + classes;
    Element block = line;
    for (int depth = 0; depth <= MAX_DEPTH && block.parent() != null; depth++, block = block.parent()) {
      if (regions.isArticleContainer(block)) {
        return false; // the article's own blocks: the headline's, the text's
      }
      if (kind.equals(seriesHolders.get(block.parent()))) {
        return true;
      }
      if (others(block, line, tag, classes, day, true) + others(block, line, tag, classes, day, false)
          >= MIN_OTHERS) {
        seriesHolders.put(block.parent(), kind);
        return true;
      }
    }
    return false;
  }

  /** How many of the blocks on one side of the block, of its tag, hold a line like it with another day. */
  private int others(Element block, Element line, String tag, String classes, LocalDate day, boolean after) {
    int found = 0;
    int read = 0;
    for (Element b = next(block, after); b != null && read < MAX_READ && found < MIN_OTHERS; b = next(b, after)) {
      if (!b.normalName().equals(block.normalName())) {
        continue;
      }
      read++;
      @Nullable Element like = likeIn(b, block == line, tag, classes);
      if (like != null && texts.of(like, MAX_LINE).flatMap(dates).filter(t -> !t.date().equals(day)).isPresent()) {
        found++;
      }
    }
    return found;
  }

  private static @Nullable Element next(Element e, boolean after) {
    return after ? e.nextElementSibling() : e.previousElementSibling();
  }

  /**
   * The line in another block of the series that is like the line: the block itself where the line is its own
   * block, or else the block's first element of the line's tag and class.
   */
  private static @Nullable Element likeIn(Element block, boolean blockIsLine, String tag, String classes) {
    if (blockIsLine) {
      return block.className().equals(classes) ? block : null;
    }
    for (Element e : block.getElementsByTag(tag)) {
      if (e != block && e.className().equals(classes)) {
        return e;
      }
    }
    return null;
  }
}
