package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A comment's header or footer line that the page did not name as such, so that it was read as the first or last
 * paragraph of the comment's text: "nostrocrompt 17 September 2020 14:17", "Alina on 11/08/2020 at 19:29",
 * "gabriel sempéré Le 11 septembre 2018 à 12:57". Such a line is a name, the word that joins it to the date, and a
 * date with its time, and nothing more: what follows the name must read as a time as a whole ({@link
 * CommentTimes#exact}), so that a sentence that merely starts with a date stays text.
 *
 * @param index where the line stands in the comment's blocks; -1 for a line outside them
 * @param name the name before the date, cleaned as an author's name; empty if the line is a date alone
 * @param time the time the line gives
 */
record HeaderLine(int index, Optional<String> name, ResolvedTime time) {
  /**
   * A header line is short: a name of a few words and a date. The searches for a comment's author and time read no
   * longer line around a date either.
   */
  static final int MAX_LINE = 120;

  /**
   * Finds a header line at the start or the end of a comment's blocks. A comment of a single block has none: that
   * block is its text.
   *
   * @param body the comment's blocks
   * @param times how times are read
   * @param names how a name is cleaned and checked, as an author element's text is
   * @return the line, if the first or the last block is one
   */
  static Optional<HeaderLine> find(List<Block> body, CommentTimes times, NameCleaner names) {
    if (body.size() < 2) {
      return Optional.empty();
    }
    Optional<HeaderLine> first = at(0, body.get(0), times, names);
    return first.isPresent() ? first : at(body.size() - 1, body.get(body.size() - 1), times, names);
  }

  private static Optional<HeaderLine> at(int index, Block block, CommentTimes times, NameCleaner names) {
    return block instanceof Paragraph ? of(index, block.text(), times, names) : Optional.empty();
  }

  /**
   * Reads a line of text as a header line: a name, the word that joins it to a date, and the date, or a date
   * alone.
   *
   * @param index where the line stands in the comment's blocks; -1 for a line outside them
   * @param line the line's text
   * @param times how times are read
   * @param names how a name is cleaned and checked
   * @return the header line, if the text is one
   */
  static Optional<HeaderLine> of(int index, String line, CommentTimes times, NameCleaner names) {
    String text = line.strip();
    if (text.length() > MAX_LINE) {
      return Optional.empty();
    }
    OptionalInt start = times.dateStart(text);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Optional<ResolvedTime> time = times.exact(text.substring(start.getAsInt()));
    if (time.isEmpty()) {
      return Optional.empty();
    }
    String before = times.beforeDate(text).strip();
    if (before.isEmpty()) {
      return Optional.of(new HeaderLine(index, Optional.empty(), time.get()));
    }
    Optional<String> name = names.clean(before);
    return name.map(n -> new HeaderLine(index, Optional.of(n), time.get()));
  }

  /** How a name is cleaned ("says:" and "By" dropped) and checked (a few words with a letter). */
  @FunctionalInterface
  interface NameCleaner {
    /**
     * Cleans a name.
     *
     * @param text the text before the date
     * @return the name, or empty if the text is not one
     */
    Optional<String> clean(String text);
  }
}
