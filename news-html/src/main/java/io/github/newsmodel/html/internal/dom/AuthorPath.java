package io.github.newsmodel.html.internal.dom;

import java.util.Arrays;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Whether a link's {@code href} leads to an author's page: a path segment such as {@code /author/},
 * {@code /autoren/} or {@code /staff/} followed by another segment. Every link of a page is tested, so this reads
 * the text without a regex; it finds what {@code (?i)/(authors?|autor(en)?|autorin|writers?|reporters?|columnists?
 * |journalists?|redakteur|profile?|people|staff|(news)?team|mitarbeiter)/[^/?#]+} finds. A path of the site that
 * is a handle alone, {@code /@jane.roe}, as Medium, Mastodon and their like give each writer, or a user's home
 * under a tilde, {@code /~jane}, as Lobsters gives each member, leads to an author's page too, also written with the
 * page's own scheme and host.
 */
public final class AuthorPath {
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
   * Whether a link leads to an author's page, told from its {@code rel} and {@code href}.
   *
   * @param a the link
   * @param rel its {@code rel}, as read already
   * @param href its {@code href}, as written
   * @return whether it is {@code rel=author}, holds an author's path, or is a handle on the page's own host
   */
  public static boolean leadsToAuthor(Element a, String rel, String href) {
    return rel.equalsIgnoreCase("author") || in(href)
        || handleHost(href).filter(h -> h.equalsIgnoreCase(pageHost(a))).isPresent();
  }

  /**
   * Whether a link leads to an author's page.
   *
   * @param a the link
   * @return as {@link #leadsToAuthor(Element, String, String)} with the link's own attributes
   */
  public static boolean leadsToAuthor(Element a) {
    return leadsToAuthor(a, a.attr("rel"), a.attr("href"));
  }

  /** The host of the page an element is in, from the address it was parsed with. */
  private static String pageHost(Element e) {
    String location = e.ownerDocument() == null ? "" : PageLocation.of(e.ownerDocument());
    int scheme = location.indexOf("://");
    int end = scheme < 0 ? -1 : location.indexOf('/', scheme + 3);
    return scheme < 0 ? "" : location.substring(scheme + 3, end < 0 ? location.length() : end);
  }

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
