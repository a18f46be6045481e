package io.github.newsmodel.html.internal.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone a forum states for every time it prints, in the line its footer shows beside the board's clock: phpBB 2's
 * "All times are GMT + 1 Hour", phpBB 3.0's "All times are UTC + 1 hour [ DST ]", phpBB 3.1's "All times are
 * UTC+01:00" (with the zone's name in the {@code title} of its {@code <span>}), vBulletin's "All times are GMT +1.
 * The time now is 10:15 PM." and Discuz!'s "GMT+8, 2021-3-5 10:20", in the translations their language packs ship.
 *
 * <p>These times are printed without an offset, but they are not the reader's guess: the forum wrote them at this
 * offset. phpBB 2, phpBB 3.0 and vBulletin 3 shift every time by one fixed offset, daylight saving included
 * (phpBB 3.0's "[ DST ]" marks an hour added to the stated offset), so the stated offset is the zone. phpBB 3.1
 * and later print each time at the offset its zone had on that day, and the line shows only the offset of the day
 * the page was served: the zone is the one the {@code title} names, where it names one that is known.
 */
public final class StatedZone {
  /** The words that open the line in the language packs of phpBB and vBulletin. */
  private static final String LEADS = "all times are|alle zeiten sind|alle zeitangaben in|"
      + "toutes les heures sont au format|heures au format|todas las horas son|todos los horarios son|"
      + "alle tijden zijn|tutti i fusi orari sono|tutti gli orari sono|kaikki ajat ovat|"
      + "wszystkie czasy w strefie|strefa czasowa|часовой пояс:?|часовий пояс:?";
  /**
   * The lead, the zone (WEZ is German for GMT), the sign, hours and the fraction or minutes, a unit word ("Hour",
   * "Stunde"), and a bracket, which phpBB 3.0 prints only for daylight saving; then the end of the statement.
   */
  private static final Pattern LINE = Pattern.compile("(?iu)^(?:" + LEADS + ")\\s*(?:GMT|UTC|WEZ)"
      + "(?:\\s*([+\\-−])\\s*(\\d{1,2})(?:([.:,])(\\d{1,2}))?)?(?:\\s+\\p{L}{1,10})?\\s*(\\[[^\\]]{1,30}])?"
      + "\\s*(?:$|[.,;(])");
  /** Discuz!'s footer: the offset, then the board's clock. */
  private static final Pattern DISCUZ = Pattern.compile("^(?:GMT|UTC)([+\\-])(\\d{1,2})(?:([.:])(\\d{1,2}))?, "
      + "\\d{4}-\\d{1,2}-\\d{1,2} \\d{1,2}:\\d{2}");
  /** The regions of the zones' identifiers in the languages of phpBB's packs that translate them. */
  private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("europa", "Europe"),
      Map.entry("amerika", "America"), Map.entry("amérique", "America"), Map.entry("américa", "America"),
      Map.entry("asien", "Asia"), Map.entry("asie", "Asia"), Map.entry("azië", "Asia"), Map.entry("afrika", "Africa"),
      Map.entry("afrique", "Africa"), Map.entry("áfrica", "Africa"), Map.entry("australien", "Australia"),
      Map.entry("australie", "Australia"), Map.entry("australië", "Australia"), Map.entry("atlantik", "Atlantic"),
      Map.entry("atlantique", "Atlantic"), Map.entry("atlántico", "Atlantic"), Map.entry("atlantico", "Atlantic"),
      Map.entry("pazifik", "Pacific"), Map.entry("pacifique", "Pacific"), Map.entry("pacífico", "Pacific"),
      Map.entry("pacifico", "Pacific"), Map.entry("indik", "Indian"), Map.entry("indien", "Indian"));
  /**
   * How every line this reads opens, lower case: a text node is held against these before the regex, and nearly
   * every one of a page is ruled out by its first letter.
   */
  private static final String[] OPENINGS = {"all times are", "alle zeit", "toutes les heures", "heures au format",
      "todas las horas", "todos los horarios", "alle tijden", "tutti i fusi", "tutti gli orari", "kaikki ajat",
      "wszystkie czasy", "strefa czasowa", "часовой пояс", "часовий пояс", "gmt+", "gmt-", "utc+", "utc-"};
  /** The first letters of the {@link #OPENINGS}. */
  private static final String FIRST = "athtkwsчgu";
  private static final int MAX_LINE = 120;

  private StatedZone() {}

  /**
   * Whether a text opens as a stated zone's line does, after white space: a cheap test before {@link #read}.
   *
   * @param text the text
   * @return false if it cannot be such a line
   */
  public static boolean mayOpen(String text) {
    int n = text.length();
    int i = LineStart.of(text);
    if (i + 1 >= n) {
      return false;
    }
    char first = Character.toLowerCase(text.charAt(i));
    if (FIRST.indexOf(first) < 0) {
      return false;
    }
    char second = Character.toLowerCase(text.charAt(i + 1));
    for (String opening : OPENINGS) {
      // two letters first: "The", "To", "As" and the like are ruled out without the comparison of the whole
      if (opening.charAt(0) == first && opening.charAt(1) == second
          && text.regionMatches(true, i, opening, 0, opening.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a footer's line.
   *
   * @param line the line's text, with its white space collapsed
   * @param zoneName the name of a zone given with it, as phpBB 3.1 does in a {@code title}; empty if none
   * @return the zone, if the line states one
   */
  public static Optional<ZoneId> read(String line, String zoneName) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    Matcher m = LINE.matcher(line);
    boolean daylight;
    if (m.find()) {
      daylight = m.group(5) != null;
    } else {
      m = DISCUZ.matcher(line);
      if (!m.find()) {
        return Optional.empty();
      }
      daylight = false;
    }
    if (!zoneName.isBlank() && zoneName.indexOf('/') >= 0) {
      // phpBB 3.1 prints each time at its zone's offset on that day; the line's offset is only the day it was
      // served, so a zone that cannot be named states nothing
      return named(zoneName);
    }
    return offset(m.group(1), m.group(2), m.group(3), m.group(4), daylight).map(ZoneId.class::cast);
  }

  /**
   * The zone a phpBB 3.1 title names: its own identifier, or one in the board's language, whose region phpBB's
   * language packs translate ("Europa/Berlin"); a city they translate too ("Europa/Wien") names none that is known.
   */
  private static Optional<ZoneId> named(String name) {
    String n = name.strip().replace(' ', '_');
    int slash = n.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String region = REGIONS.getOrDefault(n.substring(0, slash).toLowerCase(Locale.ROOT), n.substring(0, slash));
    try {
      return Optional.of(ZoneId.of(region + n.substring(slash)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneOffset> offset(String sign, String hours, String separator, String fraction,
      boolean daylight) {
    int minutes = hours == null ? 0 : Integer.parseInt(hours) * 60;
    if (fraction != null) {
      // "5.5 Hours" and "5,5" are hours and a fraction of one; "05:30" is hours and minutes
      minutes += ":".equals(separator) ? Integer.parseInt(fraction)
          : (int) Math.round(Double.parseDouble("0." + fraction) * 60);
    }
    if (sign != null && !"+".equals(sign)) {
      minutes = -minutes;
    }
    minutes += daylight ? 60 : 0;
    if (Math.abs(minutes) > 14 * 60) {
      return Optional.empty();
    }
    return Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
  }
}
