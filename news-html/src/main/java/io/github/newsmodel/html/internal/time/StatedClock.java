package io.github.newsmodel.html.internal.time;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment a forum says it served the page, in the line its header or footer prints: phpBB 3's "It is currently
 * Sun Mar 03, 2024 9:14 pm" (subsilver2 above every page, prosilver on its index), phpBB 2's "The time now is ...",
 * MyBB's "Current time: 03-03-2024, 09:14 PM", Invision Power Board 2's "Time is now: 15th March 2006 - 09:12 AM",
 * and the translations of phpBB's language packs that the dates are read in ("Aktuelle Zeit: 14.10.2020, 12:18",
 * "Nous sommes le ...", "Fecha actual ..."). SMF prints its clock without a label, where only its markup tells it.
 *
 * <p>A forum writes its relative times ("Today, 11:48 PM", "3 hours ago") against this same clock, in the same
 * zone, so a page whose capture time is unknown still tells what they count back from. A clock is a date with a
 * time of day: vBulletin's "The time now is 10:20 PM." names no day, and "Yesterday" needs one, so it tells
 * nothing.
 */
public final class StatedClock {
  /**
   * The labels that open the line, lower case: phpBB 3 (en, de, fr, es), phpBB 2, MyBB and Invision Power Board 2
   * in English; MyBB's German pack shares phpBB's "Aktuelle Zeit:".
   */
  private static final String[] LEADS = {"it is currently", "the time now is", "current time:", "time is now:",
      "aktuelle zeit:", "nous sommes le", "fecha actual"};
  /** The first letters of the {@link #LEADS}. */
  private static final String FIRST = "itcanf";
  private static final Pattern LEAD = Pattern.compile("(?iu)^\\s*(?:it is currently|the time now is|current time:"
      + "|time is now:|aktuelle zeit:|nous sommes le|fecha actual)\\s*");
  /** What may stand between the label and the date: the weekday, "Sun", "So.", "dim.", "dom". */
  private static final Pattern WEEKDAY = Pattern.compile("(?U)[\\p{L}.,\\s]{0,12}");
  private static final int MAX_LINE = 120;

  private StatedClock() {}

  /**
   * Whether a text opens as a clock's line does, after white space: a cheap test before {@link #read}.
   *
   * @param text the text
   * @return false if it cannot be such a line
   */
  public static boolean mayOpen(String text) {
    int n = text.length();
    int i = LineStart.of(text);
    if (i + 1 >= n || FIRST.indexOf(Character.toLowerCase(text.charAt(i))) < 0) {
      return false;
    }
    for (String lead : LEADS) {
      if (text.regionMatches(true, i, lead, 0, Math.min(lead.length(), n - i))) {
        return true; // the whole lead, or as much of it as this text holds: a label in an element of its own
      }
    }
    return false;
  }

  /**
   * Reads a clock's line.
   *
   * @param line the line's text, with its white space collapsed
   * @param reader the reader for the page's languages and numeric order
   * @return the date and time the line states, if it opens with a label and goes on with a date and a time of day
   */
  public static Optional<PageTime> read(String line, DateTimes reader) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    Matcher m = LEAD.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = line.substring(m.end());
    List<DateTimes.Found> found = reader.findAll(rest, 1);
    if (found.isEmpty() || !WEEKDAY.matcher(rest.substring(0, Math.min(found.get(0).start(), rest.length())))
        .matches()) {
      return Optional.empty(); // the date must follow the label, with at most its weekday between
    }
    return Optional.of(found.get(0).time()).filter(t -> t.time().isPresent());
  }

  /**
   * Reads a clock printed without a label, as SMF prints it ("March 03, 2024, 09:14:22 PM"): the text must be a
   * date with a time of day and nothing else.
   *
   * @param text the text
   * @param reader the reader for the page's languages and numeric order
   * @return the date and time, if the text is one
   */
  public static Optional<PageTime> whole(String text, DateTimes reader) {
    if (text.length() > MAX_LINE) {
      return Optional.empty();
    }
    return reader.parse(text).filter(t -> t.time().isPresent());
  }
}
