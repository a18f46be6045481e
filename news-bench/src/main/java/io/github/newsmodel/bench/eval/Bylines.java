package io.github.newsmodel.bench.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether extracted author names agree with a raw byline: every name occurs in the byline, and once
 * the names are taken out, what is left names no one. What is left may hold only connecting words ("By",
 * "and", "von"), role words ("Staff writer"), dates and times, URLs, e-mail addresses, degrees, punctuation and
 * the credit of a newsroom ("WebMD Health News"), since an organisation is not a person the extractor missed.
 */
final class Bylines {
  private static final Pattern URL_OR_MAIL =
      Pattern.compile("(https?://\\S+|www\\.\\S+|\\S+@\\S+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  /**
   * The credit of a newsroom, "WebMD Health News", "Fox News", "Reuters Media": up to two words before a word that
   * only organisations end their names with. It names no person.
   */
  private static final Pattern NEWSROOM = Pattern.compile("(?:[\\p{L}\\p{M}.&'-]+\\s+){0,2}(?:news|newsroom|press"
      + "|media|agency|wire|wires|network|nachrichten|presse|agentur)(?![\\p{L}])");
  private static final Set<String> IGNORABLE = Set.of(
      // connectors in the corpora's languages
      "by", "von", "par", "por", "di", "da", "door", "av", "and", "und", "et", "y", "e", "en", "og", "och",
      "with", "avec", "mit", "con", "from", "of", "the", "for",
      // roles and labels
      "staff", "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent",
      "contributor", "contributors", "contributing", "senior", "author", "authors", "autor", "autorin",
      "text", "texte", "posted", "written", "published", "updated", "update", "last", "modified",
      "am", "pm", "at", "on", "um", "uhr", "le", "à", "il", "a",
      // degrees
      "ma", "md", "phd", "dr", "mba", "msc", "bsc",
      // months and days, English and German
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private Bylines() {}

  /**
   * Whether the names agree with the byline.
   *
   * @param byline the byline as the page shows it
   * @param names the extracted author names
   * @return true if every name occurs in the byline and the byline names nobody else
   */
  static boolean compatible(String byline, List<String> names) {
    String rest = normalise(byline);
    for (String name : names) {
      String n = normalise(name);
      if (n.isEmpty() || !rest.contains(n)) {
        return false;
      }
      rest = rest.replace(n, " ");
    }
    rest = URL_OR_MAIL.matcher(rest).replaceAll(" ");
    rest = NEWSROOM.matcher(rest).replaceAll(" ");
    var words = WORD.matcher(rest);
    while (words.find()) {
      if (!IGNORABLE.contains(words.group())) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String text) {
    return Snippets.collapse(text).toLowerCase(Locale.ROOT);
  }
}
