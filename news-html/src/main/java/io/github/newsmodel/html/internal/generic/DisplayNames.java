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
  /**
   * What stands around a word in running text: "(Jane", "Roe)", "Roe.", but the full stop of an initial stays. The
   * rule that {@link #withoutEdges} applies, kept as the regex that states it for the tests.
   */
  static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|(?<=\\p{L}{2})[^\\p{L}]+$"
      + "|(?<=(?:^|[^\\p{L}])\\p{L}\\.)[^\\p{L}]+$");
  private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:authors?|autor(?:en)?|profile?|people"
      + "|writers?)/([\\p{L}\\p{N}._-]+)/?$");
  private static final int MIN_LOGIN = 4;

  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}");

  private final @Nullable Element body;
  private final BodyText bodyText;
  private @Nullable List<String> words;

  /**
   * @param body the page's body, whose text spells out display names; {@code null} for a page without one
   * @param bodyText the page's reading of its body's text, which other rules may have asked for already
   */
  DisplayNames(@Nullable Element body, BodyText bodyText) {
    this.body = body;
    this.bodyText = bodyText;
  }

  /**
   * The display name of an author named by a login.
   *
   * @param author the author as the sources name them
   * @return the name the page shows, if the author's name is a login and the page spells it out
   */
  Optional<String> of(Author author) {
    String name = author.name();
    if (name.indexOf(' ') >= 0 || !LOGIN.matcher(name).matches()) {
      return Optional.empty(); // a login is one word: most authors' names are two, and need no matcher
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
    // Each word of the page's text is compared with the one before it, as words() lists them, but read in place:
    // a string for each word and its key cost more than the rest, and nearly every word is passed over.
    String text = text();
    Words words = new Words(text);
    int before = -1;
    int beforeEnd = -1;
    while (words.next()) {
      if (before >= 0 && Character.isUpperCase(text.codePointAt(words.start))
          && AuthorNames.keyEquals(text, before, beforeEnd, first)) {
        String next = text.substring(words.start, words.end);
        if (siteKeys.contains(AuthorNames.key(next))) {
          return Optional.of(name + " " + next);
        }
      }
      before = words.start;
      beforeEnd = words.end;
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
      read = words(text());
      words = read;
    }
    return read;
  }

  /** The page's text, read once for the page by {@link BodyText}. */
  private String text() {
    return body == null ? "" : bodyText.of(body);
  }

  /** The words of a text, with the punctuation around each taken off, as {@link #spelt} reads them. */
  static List<String> words(String text) {
    List<String> read = new ArrayList<>();
    Words words = new Words(text);
    while (words.next()) {
      read.add(text.substring(words.start, words.end));
    }
    return read;
  }

  /**
   * The words of a text, read in place: the runs between white space, as a split at \s+ gives them, without the
   * regex, each without what {@link #EDGES} takes off its ends, and none that this leaves empty. The page's whole
   * text is read so for the display name of an author whom a source names by a login or a first name alone.
   */
  private static final class Words {
    private final String text;
    private int at;
    /** The bounds of the word read last, in the text. */
    int start;
    int end;

    Words(String text) {
      this.text = text;
    }

    /** Reads the next word: whether there is one. */
    boolean next() {
      int n = text.length();
      while (at < n) {
        while (at < n && Texts.isRegexSpace(text.charAt(at))) {
          at++;
        }
        int from = at;
        while (at < n && !Texts.isRegexSpace(text.charAt(at))) {
          at++;
        }
        if (at > from) {
          long bounds = withoutEdges(text, from, at);
          start = (int) (bounds >>> 32);
          end = (int) bounds;
          if (end > start) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * A word without what {@link #EDGES} takes off its ends, {@code EDGES.matcher(word).replaceAll("")}, worked out
   * without the regex: every word of a page's text is read so, and a third of them, a number or a word before a
   * comma, have something at an end. The pattern takes the run of non-letters that opens the word (the whole word
   * if it holds no letter), and the run that closes it when two letters stand before that run; after one letter
   * alone, an initial, the run is taken but its first character when that is a full stop ("R.)" keeps "R.").
   *
   * <p>The regex's look-behinds read the characters before the closing run one {@code char} at a time: a letter
   * beyond the Basic Multilingual Plane, a pair of surrogates, counts as no letter there, and so it does here.
   */
  static String withoutEdges(String word) {
    long bounds = withoutEdges(word, 0, word.length());
    int start = (int) (bounds >>> 32);
    int end = (int) bounds;
    return start == 0 && end == word.length() ? word : word.substring(start, end);
  }

  /**
   * The bounds of {@link #withoutEdges(String)} of the word from {@code from} to {@code to} in a text, which white
   * space or the text's ends stand around: the start in the upper half, the end in the lower; equal if nothing is
   * left. The code points are read within the word, as no surrogate's other half is white space.
   */
  private static long withoutEdges(String text, int from, int to) {
    int start = from;
    while (start < to && !Character.isLetter(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    if (start == to) {
      return (long) to << 32 | to;
    }
    int run = to; // where the closing run of non-letters starts, after the last letter
    while (!Character.isLetter(text.codePointBefore(run))) {
      run -= Character.charCount(text.codePointBefore(run));
    }
    int end = to;
    if (run < to && run - from >= 2 && Character.isLetter(text.charAt(run - 1))
        && Character.isLetter(text.charAt(run - 2))) {
      end = run; // after a word's two letters
    } else if (run + 1 < to && text.charAt(run) == '.' && (initialAt(text, from, run - 1, run + 1)
        || run - from >= 2 && initialAt(text, from, run - 2, run + 1))) {
      end = run + 1; // after an initial, whose full stop stays
    }
    return (long) start << 32 | end;
  }

  /**
   * Whether the look-behind of an initial, {@code (?:^|[^\p{L}])\p{L}\.}, matches from {@code from} to exactly
   * {@code to}, reading code points as the regex does from each start it tries; the word starts at
   * {@code wordStart}, where {@code ^} matches.
   */
  private static boolean initialAt(String word, int wordStart, int from, int to) {
    if (from == wordStart && dottedLetterAt(word, from, to)) {
      return true; // the start, then the initial
    }
    int before = word.codePointAt(from);
    return !Character.isLetter(before) && dottedLetterAt(word, from + Character.charCount(before), to);
  }

  /** Whether a letter and a full stop stand from {@code at} to exactly {@code to}. */
  private static boolean dottedLetterAt(String word, int at, int to) {
    if (at >= to) {
      return false;
    }
    int letter = word.codePointAt(at);
    int dot = at + Character.charCount(letter);
    return Character.isLetter(letter) && dot + 1 == to && word.charAt(dot) == '.';
  }

}
