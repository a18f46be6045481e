package io.github.newsmodel.html.internal.time;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hours that pages name in words after a date, "May 3, 2024, 12 noon ET", "12:00 midnight", "Posted 3 May 2024
 * at midnight", "le 3 mai 2024 à midi", and the hours printed without their minutes, "May 3, 2024, 9 a.m. ET",
 * "le 3 mai 2024 à 14h", "3. Mai 2024, 9 Uhr". {@link DateTimes} reads a date's time of day with {@link #TIME}
 * before its own clock, so that "12:00 midnight" is not read as the noon that "12:00" alone is.
 *
 * <p>Noon is 12:00. Midnight is 00:00 of the date printed before it: the start of the day that date names, as
 * "12:00 a.m." is, not the midnight that ends it. A page that dates an article "May 3, 2024, 12 midnight" names
 * the day it published on, and the day is what readers and the evaluation sets cite.
 */
final class NamedHours {
  /** The words for noon and for midnight, in lower case, and the time each names. */
  private static final Map<String, LocalTime> HOURS = Map.ofEntries(
      Map.entry("noon", LocalTime.NOON), Map.entry("midday", LocalTime.NOON), Map.entry("midi", LocalTime.NOON),
      Map.entry("mediodía", LocalTime.NOON), Map.entry("mezzogiorno", LocalTime.NOON),
      Map.entry("полдень", LocalTime.NOON), Map.entry("опівдні", LocalTime.NOON),
      Map.entry("południe", LocalTime.NOON),
      Map.entry("midnight", LocalTime.MIDNIGHT), Map.entry("minuit", LocalTime.MIDNIGHT),
      Map.entry("mitternacht", LocalTime.MIDNIGHT), Map.entry("medianoche", LocalTime.MIDNIGHT),
      Map.entry("mezzanotte", LocalTime.MIDNIGHT), Map.entry("middernacht", LocalTime.MIDNIGHT),
      Map.entry("полночь", LocalTime.MIDNIGHT), Map.entry("опівночі", LocalTime.MIDNIGHT),
      Map.entry("północy", LocalTime.MIDNIGHT));
  /**
   * The words that say "at" before a named hour that stands without its "12": "at midnight", "à midi", "um
   * Mitternacht", "a mezzanotte", "a medianoche", "om middernacht", "в полночь", "w południe", "o północy", "@".
   * Ukrainian "опівдні" and "опівночі" hold their "at". A bare "Midnight" after a date may be the first word of a
   * title ("May 3, 2024 Midnight Oil tour"), and is no time.
   */
  private static final Set<String> AT = Set.of("@", "at", "à", "um", "a", "al", "alle", "om", "в", "w", "o");
  private static final Set<String> HOLD_THEIR_AT = Set.of("опівдні", "опівночі");

  /**
   * A time of day in words or without its minutes, as the regex groups {@code twelve} and {@code named} (the
   * "12" or "12:00" before a named hour, and its word), or {@code oh} and {@code oap} (an hour without minutes and
   * its "a" or "p"). "a" and "al" of Spanish and Italian, and "w" of Polish, which {@link
   * DateTimes#DATE_TIME_SEPARATOR} does not take before a clock, stand before a named hour. An hour without
   * minutes needs the "a.m.", "h" or "Uhr" that makes it an hour: "3 May 2024 12" is no time, nor is "24h", a day.
   */
  static final String TIME = "(?:(?<twelve>12(?:[:.]00)?\\s*)?(?:(?:a|al|w)\\s+)?(?<named>"
      + String.join("|", HOURS.keySet()) + ")(?![\\p{L}\\p{N}])"
      + "|(?<oh>1[0-2]|0?[1-9])\\s?(?<oap>[aApP])\\.?[mM]\\.?(?![\\p{L}\\p{N}])"
      + "|(?<oh24>[01]?\\d|2[0-3])\\s?(?:h|Uhr)(?![\\p{L}\\p{N}]))";
  private static final Pattern WORD_BEFORE = Pattern.compile("(?:@|[\\p{L}]+)\\s*$");

  private NamedHours() {}

  /**
   * The time that the word of the group {@code named} names, when its "12" stands before it or a word that says
   * "at" does.
   *
   * @param word the word
   * @param twelve whether "12" or "12:00" stands before it
   * @param before the text of the match before the word, where a word that says "at" may end
   * @return noon or midnight; empty for a word that stands alone, which may be no time at all
   */
  static Optional<LocalTime> named(String word, boolean twelve, String before) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!twelve && !HOLD_THEIR_AT.contains(w)) {
      var m = WORD_BEFORE.matcher(before);
      if (!m.find() || !AT.contains(m.group().strip().toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(HOURS.get(w));
  }
}
