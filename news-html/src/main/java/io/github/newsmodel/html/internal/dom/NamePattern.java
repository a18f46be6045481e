package io.github.newsmodel.html.internal.dom;

import java.util.Arrays;
import java.util.List;

/**
 * A set of lower-case ASCII words looked for in a {@link Names} string, anywhere or between separators: what a
 * regex alternation such as {@code (?:^|[\s_-])(?:ad|ads|promo)(?:$|[\s_-]|\d)} finds, found without the regex.
 * Every element of a page is tested against several lists of a hundred words, and a regex alternation tries each
 * word at each position in turn; this walks a trie of the words, one or two characters at most positions.
 *
 * <p>{@link #find} answers exactly what {@code Pattern.compile(regex).matcher(s).find()} answers for the regex
 * each factory names, with Java's meanings without flags: {@code \s} is {@code [ \t\n\x0B\f\r]}, {@code \d} is
 * {@code [0-9]}, {@code ^} is the start and {@code $} the end or a line terminator that ends the string.
 */
public final class NamePattern {
  /** What may stand on one side of a word. */
  public enum Edge {
    /** Anything: the word may be part of a longer one. */
    ANY,
    /** The start or end of the string, or white space: {@code (?:^|\s)}, {@code (?:$|\s)}. */
    SPACE,
    /** The start or end of the string, white space, {@code _} or {@code -}: {@code (?:^|[\s_-])}. */
    SEPARATOR,
    /** As {@link #SEPARATOR}, or a digit after the word: {@code (?:$|[\s_-]|\d)}. */
    SEPARATOR_OR_DIGIT
  }

  /** The words as a trie: node 0 is the root; a node's children are found by their character. */
  private final int[] rootChildren = new int[128];
  private char[][] keys = new char[16][];
  private int[][] children = new int[16][];
  private boolean[] wordEnds = new boolean[16];
  private int nodes = 1;
  private final Edge before;
  private final Edge after;

  private NamePattern(Edge before, Edge after, List<String> words) {
    this.before = before;
    this.after = after;
    keys[0] = new char[0];
    children[0] = new int[0];
    for (String word : words) {
      if (word.isEmpty() || !word.chars().allMatch(c -> c < 128 && !Character.isUpperCase(c))) {
        throw new IllegalArgumentException("not a lower-case ASCII word: '" + word + "'");
      }
      int node = 0;
      for (int i = 0; i < word.length(); i++) {
        node = childOrNew(node, word.charAt(i));
      }
      wordEnds[node] = true;
    }
    for (int k = 0; k < keys[0].length; k++) {
      rootChildren[keys[0][k]] = children[0][k];
    }
  }

  private int childOrNew(int node, char c) {
    int child = child(node, c);
    if (child > 0) {
      return child;
    }
    if (nodes == keys.length) {
      keys = Arrays.copyOf(keys, nodes * 2);
      children = Arrays.copyOf(children, nodes * 2);
      wordEnds = Arrays.copyOf(wordEnds, nodes * 2);
    }
    child = nodes++;
    keys[child] = new char[0];
    children[child] = new int[0];
    int n = keys[node].length;
    keys[node] = Arrays.copyOf(keys[node], n + 1);
    keys[node][n] = c;
    children[node] = Arrays.copyOf(children[node], n + 1);
    children[node][n] = child;
    return child;
  }

  /** The child of a node for a character, or 0 if there is none. */
  private int child(int node, char c) {
    char[] k = keys[node];
    for (int i = 0; i < k.length; i++) {
      if (k[i] == c) {
        return children[node][i];
      }
    }
    return 0;
  }

  /**
   * Words found anywhere, as in {@code comment|disqus|respond}.
   *
   * @param words the words
   * @return the pattern
   */
  public static NamePattern anywhere(String... words) {
    return new NamePattern(Edge.ANY, Edge.ANY, Arrays.asList(words));
  }

  /**
   * Words found only with the given edges on either side.
   *
   * @param before what must come before a word: {@link Edge#SPACE} or {@link Edge#SEPARATOR}
   * @param after what must come after it
   * @param words the words
   * @return the pattern
   */
  public static NamePattern delimited(Edge before, Edge after, String... words) {
    if (before == Edge.SEPARATOR_OR_DIGIT) {
      throw new IllegalArgumentException("a digit is an edge only after a word");
    }
    return new NamePattern(before, after, Arrays.asList(words));
  }

  /**
   * Whether one of the words occurs in the string with the edges this pattern asks for.
   *
   * @param s the string, usually lower-cased {@code id} and {@code class}
   * @return whether a word is found
   */
  public boolean find(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int node = c < 128 ? rootChildren[c] : 0;
      if (node == 0 || !edgeBefore(s, i)) {
        continue;
      }
      for (int j = i + 1; ; j++) {
        if (wordEnds[node] && edgeAfter(s, j)) {
          return true;
        }
        if (j == n) {
          break;
        }
        node = child(node, s.charAt(j));
        if (node == 0) {
          break;
        }
      }
    }
    return false;
  }

  private boolean edgeBefore(String s, int i) {
    return before == Edge.ANY || i == 0 || isEdge(before, s.charAt(i - 1));
  }

  private boolean edgeAfter(String s, int end) {
    return after == Edge.ANY || atEnd(s, end) || end < s.length() && isEdge(after, s.charAt(end));
  }

  /** Where {@code $} matches without flags: the end, or before a line terminator that ends the string. */
  private static boolean atEnd(String s, int i) {
    int left = s.length() - i;
    if (left == 0) {
      return true;
    }
    char c = s.charAt(i);
    if (left == 1) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return left == 2 && c == '\r' && s.charAt(i + 1) == '\n';
  }

  private static boolean isEdge(Edge edge, char c) {
    return switch (edge) {
      case ANY -> true;
      case SPACE -> isSpace(c);
      case SEPARATOR -> isSpace(c) || c == '_' || c == '-';
      case SEPARATOR_OR_DIGIT -> isSpace(c) || c == '_' || c == '-' || c >= '0' && c <= '9';
    };
  }

  /**
   * Whether a character is white space as {@code \s} means it in a Java regex without flags.
   *
   * @param c the character
   * @return whether it is one of space, tab, line feed, vertical tab, form feed and carriage return
   */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
