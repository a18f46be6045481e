package io.github.newsmodel.html.internal.generic;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shapes of the place a byline prints after a writer's name and a mark, which no name has: a dateline in
 * capitals ("By Jane Roe — LONDON", "Jane Roe | NEW DELHI"), and the places of several words that open with a word
 * no name opens with ("New Delhi", "San Francisco", "Sankt Gallen", "Bad Homburg") or that join their words with a
 * particle in lower case ("Frankfurt am Main", "Newcastle upon Tyne"). A place of one capitalised word, "Jane Roe |
 * Brussels", has no shape of its own: {@link AuthorNames} tells it by the full name before it. No list of the world's
 * places is kept: it would never be whole, and its towns' names are people's names too (Paris, Florence, Lincoln).
 *
 * <p>A place is only dropped: a byline that held one held more than names, and what was taken for a place may have
 * been a button's word instead ("Teilen"), so none of these makes the rest of the byline more trusted.
 */
final class BylinePlace {
  /**
   * One to three words in capitals of two letters or more, as a dateline prints its place: a name beside it in
   * mixed case is no such word, and a co-author's name is written as the first one is.
   */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M}'’.-]*\\p{Lu}\\.?"
      + "(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}'’.-]*\\p{Lu}\\.?){0,2}");
  /**
   * The words for "in" or "at" before a place, in lower case, of English, German, French, Spanish, Italian, Dutch
   * and Polish: "in Brüssel", "à Bruxelles", "en Bruselas", "a Roma", "w Brukseli", "aus Berlin".
   */
  static final List<String> IN = List.of("in", "at", "aus", "à", "en", "a", "w", "we");
  /** A capitalised word of a place's name. */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  /**
   * A place of two or three words that opens with a word no person's name opens with, in the languages whose pages
   * are read most: the New, San and Saint of the world's cities, Germany's Bad and Sankt. "Rio", "Abu", "Hong" and
   * "El" open names too, and are left out. Or a place whose words a particle joins: "Frankfurt am Main", "Halle an
   * der Saale", "Stoke on Trent", "Boulogne sur Mer". Or a place after the word that says "in" or "at" in lower
   * case ({@link #IN}): "Par Jeanne Dupont, à Bruxelles".
   */
  private static final Pattern SHAPE = Pattern.compile("(?:New|Nueva|Nuevo|San|Santa|Santo|São|Sao|Los|Las"
      + "|Saint|St\\.|Sankt|Bad|Buenos|Kuala|Tel)\\s+" + WORD + "(?:\\s+" + WORD + ")?"
      + "|" + WORD + "\\s+(?:am|an der|an|im|upon|on|sur)\\s+" + WORD
      + "|(?:" + String.join("|", IN) + ")\\s+" + WORD + "(?:\\s+" + WORD + "){0,2}");
  /**
   * The {@link #SHAPE} of a place written in capitals, "NEW DELHI", "FRANKFURT AM MAIN", as a dateline after a name
   * in capitals prints it ("JANE ROE, NEW DELHI"): the same words, their case ignored. Asked only of a piece in
   * capitals, whose letters the capitals of {@link #WORD} match either way.
   */
  private static final Pattern SHAPE_IN_CAPITALS = Pattern.compile(SHAPE.pattern(),
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private BylinePlace() {}

  /**
   * Whether a piece of a byline is written in capitals alone, one to three words of two letters or more: "LONDON",
   * "NEW DELHI", as a dateline prints its place, or an agency's short name ("PTI"), which is no person's either.
   *
   * @param piece the piece, without the punctuation at its ends
   * @return whether it is in capitals
   */
  static boolean inCapitals(String piece) {
    // most pieces asked are names in mixed case, whose second letter rules them out without the regex
    return piece.length() >= 2 && Character.isUpperCase(piece.charAt(0)) && !Character.isLowerCase(piece.charAt(1))
        && CAPITALS.matcher(piece).matches();
  }

  /**
   * Whether a piece of a byline has the shape of a place of several words ({@link #SHAPE}), in mixed case or in
   * capitals.
   *
   * @param piece the piece, without the punctuation at its ends
   * @return whether it has a place's shape
   */
  static boolean hasPlaceShape(String piece) {
    return piece.indexOf(' ') > 0 && (SHAPE.matcher(piece).matches()
        || inCapitals(piece) && SHAPE_IN_CAPITALS.matcher(piece).matches());
  }

  /**
   * Whether a text holds a lower-case letter: a name in mixed case, beside which a piece in capitals is no name.
   *
   * @param text the text
   * @return whether it holds one
   */
  static boolean hasLowerCase(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
