package io.github.newsmodel.bench.eval;

import java.util.Locale;

/**
 * One scored figure, such as the body F1 or the share of titles matched.
 *
 * @param name the figure's name within its corpus, such as {@code f1}; the floor key is
 *     {@code <corpus>.<name>}
 * @param value the value, usually between 0 and 1
 * @param detail how it was counted, such as {@code 412/452}; may be empty
 */
public record Figure(String name, double value, String detail) {

  /**
   * A share: {@code hits / total}, or 0 when there is nothing to count.
   *
   * @param name the figure name
   * @param hits the pages or snippets that count
   * @param total all pages or snippets
   * @return the figure
   */
  public static Figure share(String name, long hits, long total) {
    return new Figure(name, total == 0 ? 0 : (double) hits / total, hits + "/" + total);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-28s %.4f  %s", name, value, detail);
  }
}
