package io.github.newsmodel.html.internal.dom;

import java.util.Arrays;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The words an element names itself with: its {@code id} and {@code class}, the strongest hint markup gives of
 * what an element is ({@code comment-list}, {@code article-body}, {@code sidebar}).
 */
public final class Names {
  /** Classes of a state or a feature start with one of these, and a hyphen: {@code has-sidebar}. */
  private static final String[] STATE_PREFIXES =
      {"has-", "no-", "with-", "without-", "is-", "show-", "hide-", "enable-", "disable-"};
  /** ... or end with one of these: {@code comments-open}. */
  private static final String[] STATE_SUFFIXES = {"-enabled", "-disabled", "-open", "-closed", "-active",
      "-inactive", "-on", "-off", "-allowed"};
  /**
   * The prefixes and suffixes by length: a class has a hyphen more often than not, and {@link #stateEnd} tests
   * only the few words as long as the part before its first hyphen or after its last, not all of them.
   */
  private static final String[][] PREFIXES_BY_LENGTH = byLength(STATE_PREFIXES);
  private static final String[][] SUFFIXES_BY_LENGTH = byLength(STATE_SUFFIXES);

  private Names() {}

  /**
   * The element's id and classes, lower-cased and separated by a space, without the classes that tell a state or
   * a feature rather than what the element is: {@code has-sidebar}, {@code sd-sharing-enabled},
   * {@code comments-open}.
   *
   * @param e the element
   * @return the names; empty if the element has neither id nor class
   */
  public static String of(Element e) {
    if (e.attributesSize() == 0) {
      return ""; // most elements of a page: no attribute to look up
    }
    return of(e.id(), e.className());
  }

  /**
   * The names of an element whose {@code id} and {@code class} the caller has read already, as {@link #of(Element)}
   * gives them.
   *
   * @param id the element's {@code id}
   * @param classes its {@code class} attribute, as {@link Element#className()} gives it
   * @return the names; empty if both are empty
   */
  public static String of(String id, String classes) {
    if (id.isEmpty() && classes.isEmpty()) {
      return "";
    }
    // Most elements have only one of the two: the space between them would be trimmed off again, so the other
    // is lower-cased alone rather than joined to it first. (No letter's lower case depends on a space beside it.)
    // String.concat rather than +: in profiles of the page walk, the invokedynamic concatenation of this call site
    // cost more than all the rest of the names the walk reads, though few elements get here.
    String joined = id.isEmpty() ? classes : classes.isEmpty() ? id : id.concat(" ").concat(classes);
    return withoutStates(joined.toLowerCase(Locale.ROOT).trim());
  }

  /**
   * The names of an element with an id and a class whose names alone are the whole class lower-cased (it holds no
   * class of a state, and no white space at its ends), joined from those names: what {@link #of(String, String)}
   * gives, without lower-casing and reading the class again, for an element with a plain id, as most ids are
   * ({@code main}, {@code post-123}): printable ASCII, and not the class of a state. Such an id lower-cases on its
   * own, is one word, and stays; the space after it ends any word and any context of letter case, so the class's
   * words lower-case and read as they did alone; and nothing is trimmed or taken out of the joined names.
   *
   * @param plainId the element's {@code id} as {@link #plainId} gives it
   * @param wholeClassNames the names of its class alone, equal to its {@code class} attribute lower-cased
   * @return the names
   */
  static String withPlainId(String plainId, String wholeClassNames) {
    return plainId + " " + wholeClassNames;
  }

  /**
   * An id lower-cased, if it is plain, as {@link #withPlainId} needs it: printable ASCII, and not the class of a state.
   *
   * @param id the element's {@code id}, not empty
   * @return the id lower-cased; null if it is not plain, for {@link #of(String, String)} to give the names
   */
  static @Nullable String plainId(String id) {
    for (int i = 0, n = id.length(); i < n; i++) {
      char c = id.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return null;
      }
    }
    String lowered = id.toLowerCase(Locale.ROOT);
    if (withoutStates(lowered) != lowered) {
      return null; // a class of a state, such as "comments-open", which the joined names leave out
    }
    return lowered;
  }

  /**
   * The names without the classes of a state, each taken out with the white space before it and replaced by one
   * space: what {@code all.replaceAll(STATE, " ").trim()} gives for the regex
   * {@code (?:^|\s)(?:(?:has|no|...)-\S*|\S*-(?:enabled|...))(?=\s|$)}, without a regex, which every element of
   * a page would run.
   */
  static String withoutStates(String all) {
    if (all.indexOf('-') < 0) {
      return all; // every class of a state has a hyphen
    }
    StringBuilder out = null;
    int copied = 0;
    int n = all.length();
    for (int start = 0; start <= n; ) {
      int end = start;
      int first = -1; // the class's first and last hyphen, found in the same pass as its end
      int last = -1;
      for (char c; end < n && !Texts.isRegexSpace(c = all.charAt(end)); end++) {
        if (c == '-') {
          first = first < 0 ? end : first;
          last = end;
        }
      }
      int stateEnd = first < 0 ? -1 : stateEnd(all, start, end, first, last);
      if (stateEnd >= 0) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(all, copied, start == 0 ? 0 : start - 1).append(' ');
        copied = stateEnd;
      }
      start = end + 1;
    }
    return out == null ? all : out.append(all, copied, n).toString().trim();
  }

  /**
   * Where the class of a state that spans {@code start} to {@code end}, with its first and last hyphen at
   * {@code first} and {@code last}, ends, or -1 if it is not one. Each prefix of a state has one hyphen, at its
   * end, and each suffix one, at its start: so only the prefixes as long as the text up to the class's first
   * hyphen, and the suffixes as long as the text from its last one, can match, and a class without a hyphen is
   * never one.
   */
  private static int stateEnd(String all, int start, int end, int first, int last) {
    if (startsWithOne(all, start, first + 1 - start, PREFIXES_BY_LENGTH) || startsWithOne(all, last, end - last,
        SUFFIXES_BY_LENGTH)) {
      return end;
    }
    // '$' also matches before a line terminator that ends the string, and these three are not white space.
    if (end == all.length()) {
      char c = all.charAt(end - 1);
      if ((c == '\u0085' || c == '\u2028' || c == '\u2029') && startsWithOne(all, last, end - 1 - last,
          SUFFIXES_BY_LENGTH)) {
        return end - 1;
      }
    }
    return -1;
  }

  /** Whether one of the words, {@code length} long, starts at {@code at}; the words by length. */
  private static boolean startsWithOne(String all, int at, int length, String[][] byLength) {
    if (length >= byLength.length) {
      return false;
    }
    for (String word : byLength[length]) {
      if (all.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  /** The words grouped by their length: {@code byLength[n]} holds those {@code n} long. */
  private static String[][] byLength(String[] words) {
    int longest = Arrays.stream(words).mapToInt(String::length).max().orElse(0);
    String[][] byLength = new String[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      int length = n;
      byLength[n] = Arrays.stream(words).filter(w -> w.length() == length).toArray(String[]::new);
    }
    return byLength;
  }
}
