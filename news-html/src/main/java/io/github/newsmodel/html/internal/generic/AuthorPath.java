package io.github.newsmodel.html.internal.generic;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a link's {@code href} leads to an author's page: a path segment such as {@code /author/},
 * {@code /autoren/} or {@code /staff/} followed by another segment. Every link of a page is tested, so this reads
 * the text without a regex; it finds what {@code (?i)/(authors?|autor(en)?|autorin|writers?|reporters?|columnists?
 * |journalists?|redakteur|profile?|people|staff|(news)?team|mitarbeiter)/[^/?#]+} finds. A path of the site that
 * is a handle alone, {@code /@jane.roe}, as Medium, Mastodon and their like give each writer, or a user's home
 * under a tilde, {@code /~jane}, as Lobsters gives each member, leads to an author's page too, also written with the
 * page's own scheme and host.
 */
final class AuthorPath {
  /** Every word of the alternation, in lower case. */
  private static final String[] WORDS = {"author", "authors", "autor", "autoren", "autorin", "writer", "writers",
      "reporter", "reporters", "columnist", "columnists", "journalist", "journalists", "redakteur", "profil",
      "profile", "people", "staff", "team", "newsteam", "mitarbeiter"};

  /** The lengths of the shortest and the longest word: a segment of another length is none of them. */
  private static final int SHORTEST = Arrays.stream(WORDS).mapToInt(String::length).min().orElseThrow();
  private static final int LONGEST = Arrays.stream(WORDS).mapToInt(String::length).max().orElseThrow();
  /** The words by their length: a segment is compared with the few of its own length alone. */
  private static final String[][] BY_LENGTH = new String[LONGEST + 1][];

  static {
    for (int length = 0; length <= LONGEST; length++) {
      int l = length;
      BY_LENGTH[length] = Arrays.stream(WORDS).filter(w -> w.length() == l).toArray(String[]::new);
    }
  }

  private AuthorPath() {}

  /**
   * Whether the link holds an author's path. A word of the alternation holds no slash, so where it is followed by
   * one it is a whole segment of the link: each segment is compared with the words of its length.
   *
   * @param href the link as written
   * @return whether a segment of an author's path is in it
   */
  static boolean in(String href) {
    return inSegments(href) || handle(href);
  }

  /**
   * The host of a link that is the address of a handle alone, {@code https://lobste.rs/~jane}: the link leads to an
   * author's page when that is the page's own host, as the same path written from the root does. Another site's
   * handle is most often a picture's credit.
   *
   * @param href the link as written
   * @return the host the link names, if its path is a handle alone
   */
  static Optional<String> handleHost(String href) {
    int scheme = href.indexOf("://");
    if (scheme < 0 || scheme > 5 || href.indexOf("/@") < 0 && href.indexOf("/~") < 0) {
      return Optional.empty(); // nearly every link
    }
    int hostStart = scheme + 3;
    int path = href.indexOf('/', hostStart);
    return path > hostStart && handle(href.substring(path))
        ? Optional.of(href.substring(hostStart, path)) : Optional.empty();
  }

  private static boolean inSegments(String href) {
    int slash = href.indexOf('/');
    while (slash >= 0) {
      int next = href.indexOf('/', slash + 1);
      if (next < 0) {
        return false;
      }
      int length = next - slash - 1;
      if (length >= SHORTEST && length <= LONGEST && next + 1 < href.length() && segmentChar(href.charAt(next + 1))) {
        for (String word : BY_LENGTH[length]) {
          if (asciiIgnoreCase(href, slash + 1, word)) {
            return true;
          }
        }
      }
      slash = next;
    }
    return false;
  }

  /**
   * Whether the link is the site's own path of a handle alone, written from the root: what
   * {@code ^/[@~][\w.-]+/?(?:[?#]|\z)} matches, {@code \w} being ASCII. A user's home under a tilde,
   * Lobsters' {@code /~jane}, is such a handle too. A handle deeper in a path ({@code /@jane/a-story}) is one of
   * its stories, and a handle on another site ({@code unsplash.com/@jane}) is most often the credit of a picture.
   */
  private static boolean handle(String href) {
    if (!href.startsWith("/@") && !href.startsWith("/~")) {
      return false;
    }
    int end = 2;
    while (end < href.length() && handleChar(href.charAt(end))) {
      end++;
    }
    if (end == 2) {
      return false;
    }
    if (end < href.length() && href.charAt(end) == '/') {
      end++;
    }
    return end == href.length() || href.charAt(end) == '?' || href.charAt(end) == '#';
  }

  private static boolean handleChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
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
