package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The name a person shows on the page, for an author whom a source names by their login: "christian.stadtfeld" in
 * the JSON-LD is "Christian P. Stadtfeld" in the text, "gabor_munier" in the {@code <meta>} is "Gàbor Muniér" in
 * the byline, and "DT", whose author page is {@code /author/donaldtownsend/}, is "Donald Townsend". Content
 * systems fill their fields with logins, while readers see the display name.
 *
 * <p>A login is one word with a dot, an underscore or a digit in it, or all in lower case, or initials alone. Its
 * display name is the first run of two to four capitalised words in the page's text whose letters spell it: its
 * first and last parts as first name and surname, with initials between them allowed, or its letters run together.
 * The page's text is read once, and only when an author has such a name.
 */
final class DisplayNames {
  private static final Pattern LOGIN = Pattern.compile("[\\p{Ll}\\p{N}]+(?:[._-][\\p{L}\\p{N}]+)*"
      + "|[\\p{L}\\p{N}]+(?:[._][\\p{L}\\p{N}]+)+|\\p{Lu}{2,3}");
  private static final Pattern PARTS = Pattern.compile("[._-]+");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
  /** What stands around a word in running text: "(Jane", "Roe)", "Roe.", but the full stop of an initial stays. */
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|(?<=\\p{L}{2})[^\\p{L}]+$"
      + "|(?<=(?:^|[^\\p{L}])\\p{L}\\.)[^\\p{L}]+$");
  private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:authors?|autor(?:en)?|profile?|people"
      + "|writers?)/([\\p{L}\\p{N}._-]+)/?$");
  private static final int MIN_LOGIN = 4;

  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}");

  private final @Nullable Element body;
  private @Nullable List<String> words;

  /**
   * @param body the page's body, whose text spells out display names; {@code null} for a page without one
   */
  DisplayNames(@Nullable Element body) {
    this.body = body;
  }

  /**
   * The display name of an author named by a login.
   *
   * @param author the author as the sources name them
   * @return the name the page shows, if the author's name is a login and the page spells it out
   */
  Optional<String> of(Author author) {
    String name = author.name();
    if (!LOGIN.matcher(name).matches()) {
      return Optional.empty();
    }
    List<String> logins = new ArrayList<>();
    if (!INITIALS.matcher(name).matches()) {
      logins.add(name);
    }
    author.url().map(URI::getPath).map(AUTHOR_PAGE::matcher).filter(m -> m.find()).map(m -> m.group(1))
        .ifPresent(logins::add);
    for (String login : logins) {
      Optional<String> shown = spelt(login);
      if (shown.isPresent()) {
        return shown;
      }
    }
    return Optional.empty();
  }

  /**
   * The full name of an author named by their first name alone ("Henry") whose surname is the site's name, as a
   * personal site is named after its owner: "Henry Steinhau" of steinhau.example, when the page's text shows it so.
   *
   * @param author the author as the sources name them
   * @param siteKeys the {@link AuthorNames#key keys} of the site's names and of its host's labels
   * @return the first name with the site's name after it, if the page's text shows them side by side
   */
  Optional<String> surnamedBySite(Author author, Set<String> siteKeys) {
    String name = author.name();
    if (name.indexOf(' ') >= 0 || name.length() < 2 || !Character.isUpperCase(name.codePointAt(0))
        || siteKeys.isEmpty()) {
      return Optional.empty();
    }
    String first = AuthorNames.key(name);
    if (siteKeys.contains(first)) {
      return Optional.empty(); // the site's name itself, which a site's account bears, is no first name
    }
    List<String> text = words();
    for (int i = 0; i + 1 < text.size(); i++) {
      String next = text.get(i + 1);
      if (Character.isUpperCase(next.codePointAt(0)) && AuthorNames.key(text.get(i)).equals(first)
          && siteKeys.contains(AuthorNames.key(next))) {
        return Optional.of(name + " " + next);
      }
    }
    return Optional.empty();
  }

  private Optional<String> spelt(String login) {
    return spelt(login, words());
  }

  /**
   * The first run of two to four capitalised words in a text that spells a login: its letters run together, or its
   * first and last parts as first name and surname with initials between them.
   *
   * @param login the login, or any word of parts such as a host's label ("jane-roe", "janeroe")
   * @param text the words of the text, with the punctuation around them taken off
   * @return the run of words, joined by spaces
   */
  static Optional<String> spelt(String login, List<String> text) {
    List<String> parts = new ArrayList<>();
    for (String p : PARTS.split(login)) {
      String key = AuthorNames.key(p);
      if (!key.isEmpty()) {
        parts.add(key);
      }
    }
    String whole = String.join("", parts);
    if (whole.length() < MIN_LOGIN) {
      return Optional.empty();
    }
    for (int i = 0; i < text.size(); i++) {
      for (int n = 2; n <= 4 && i + n <= text.size(); n++) {
        List<String> run = text.subList(i, i + n);
        if (!run.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
          break;
        }
        if (spells(run, parts, whole)) {
          return Optional.of(String.join(" ", run));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean spells(List<String> run, List<String> parts, String whole) {
    StringBuilder joined = new StringBuilder();
    run.forEach(w -> joined.append(AuthorNames.key(w)));
    if (joined.toString().equals(whole)) {
      return true;
    }
    if (parts.size() < 2 || !AuthorNames.key(run.get(0)).equals(parts.get(0))
        || !AuthorNames.key(run.get(run.size() - 1)).equals(parts.get(parts.size() - 1))) {
      return false;
    }
    return run.subList(1, run.size() - 1).stream().allMatch(w -> INITIAL.matcher(w).matches());
  }

  private List<String> words() {
    List<String> read = words;
    if (read == null) {
      read = words(body == null ? "" : body.text());
      words = read;
    }
    return read;
  }

  /** The words of a text, with the punctuation around each taken off, as {@link #spelt} reads them. */
  static List<String> words(String text) {
    List<String> read = new ArrayList<>();
    // The runs between white space, as a split at \s+ gives them, without the regex: the page's whole text is
    // read so for the display name of an author whom a source names by a login or a first name alone.
    for (int i = 0, n = text.length(); i < n; ) {
      while (i < n && Texts.isRegexSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Texts.isRegexSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String w = text.substring(start, i);
        String word = betweenLetters(w) ? w : EDGES.matcher(w).replaceAll("");
        if (!word.isEmpty()) {
          read.add(word);
        }
      }
    }
    return read;
  }

  /**
   * Whether a word starts and ends with a letter, so that {@link #EDGES}, which takes only what is not a letter at
   * either end, leaves it as it is: most words of a page's text, which need no regex then.
   */
  private static boolean betweenLetters(String word) {
    return !word.isEmpty() && Character.isLetter(word.codePointAt(0))
        && Character.isLetter(word.codePointBefore(word.length()));
  }
}
