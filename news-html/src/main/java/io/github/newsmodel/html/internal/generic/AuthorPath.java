package io.github.newsmodel.html.internal.generic;

/**
 * Whether a link's {@code href} leads to an author's page: a path segment such as {@code /author/},
 * {@code /autoren/} or {@code /staff/} followed by another segment. Every link of a page is tested, so this reads
 * the text without a regex; it finds what {@code (?i)/(authors?|autor(en)?|autorin|writers?|reporters?|columnists?
 * |journalists?|redakteur|profile?|people|staff|(news)?team|mitarbeiter)/[^/?#]+} finds.
 */
final class AuthorPath {
  /** Every word of the alternation, in lower case. */
  private static final String[] WORDS = {"author", "authors", "autor", "autoren", "autorin", "writer", "writers",
      "reporter", "reporters", "columnist", "columnists", "journalist", "journalists", "redakteur", "profil",
      "profile", "people", "staff", "team", "newsteam", "mitarbeiter"};

  private AuthorPath() {}

  /**
   * Whether the link holds an author's path.
   *
   * @param href the link as written
   * @return whether a segment of an author's path is in it
   */
  static boolean in(String href) {
    for (int slash = href.indexOf('/'); slash >= 0; slash = href.indexOf('/', slash + 1)) {
      for (String word : WORDS) {
        int end = slash + 1 + word.length();
        if (end + 1 < href.length() && href.charAt(end) == '/' && segmentChar(href.charAt(end + 1))
            && asciiIgnoreCase(href, slash + 1, word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean segmentChar(char c) {
    return c != '/' && c != '?' && c != '#';
  }

  /** Whether the lower-case word stands at {@code at}, matching only ASCII letters without case, as {@code (?i)}. */
  private static boolean asciiIgnoreCase(String s, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = s.charAt(at + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
