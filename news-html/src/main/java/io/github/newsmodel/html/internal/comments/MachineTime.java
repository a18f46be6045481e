package io.github.newsmodel.html.internal.comments;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * An element that gives a time for machines in an attribute, beside the words it prints for readers: HTML's
 * {@code <time datetime>}, and the {@code <woltlab-core-date-time date="2024-03-14T13:02:11+00:00">} that WoltLab
 * Suite 6 (Burning Board 6, 2023) prints in its place, the words in the reader's zone ("14. März 2024 um 14:02"), the
 * attribute in UTC. The attribute is exact where the words would need the zone guessed and lack the seconds.
 */
final class MachineTime {
  /** WoltLab Suite 6's element, a custom one that a browser turns into a {@code <time>} by script. */
  private static final String WOLTLAB = "woltlab-core-date-time";
  /** The elements {@link #is} accepts, for a search of a few elements' subtrees. */
  static final Evaluator ELEMENTS = QueryParser.parse("time[datetime], woltlab-core-date-time[date]");

  private MachineTime() {}

  /**
   * Whether an element gives a time in its machine attribute.
   *
   * @param e the element
   * @return true for a {@code <time datetime>} and a {@code <woltlab-core-date-time date>}
   */
  static boolean is(Element e) {
    String tag = e.normalName();
    return tag.equals("time") ? e.hasAttr("datetime") : tag.equals(WOLTLAB) && e.hasAttr("date");
  }

  /**
   * The time an element gives in its machine attribute.
   *
   * @param e the element
   * @return the attribute's value, empty if the element is none that {@link #is} accepts
   */
  static String value(Element e) {
    String tag = e.normalName();
    return tag.equals("time") ? e.attr("datetime") : tag.equals(WOLTLAB) ? e.attr("date") : "";
  }
}
