package io.github.newsmodel.html.internal.dom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Sets of lower-case ASCII words looked for in a {@link Names} string, anywhere or between separators: what a
 * regex alternation such as {@code (?:^|[\s_-])(?:ad|ads|promo)(?:$|[\s_-]|\d)} finds, found without the regex.
 * Every element of a page is tested against several lists of a hundred words, and a regex alternation tries each
 * word at each position in turn; this reads the string once, one table lookup a character, with an Aho-Corasick
 * automaton of the words, and {@link #scan} looks for up to 32 lists in one read.
 *
 * <p>{@link #find} answers exactly what {@code Pattern.compile(regex).matcher(s).find()} answers for the regex
 * each list stands for, with Java's meanings without flags: {@code \s} is {@code [ \t\n\x0B\f\r]}, {@code \d} is
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

  /** The class of each ASCII character in {@link #next}: 0 for the characters that no word holds. */
  private final byte[] charClass = new byte[128];
  /** As {@link #charClass}, with each upper-case letter in the class of its lower case: {@link #findIgnoringCase}. */
  private final byte[] foldedClass;
  /** How many character classes there are. */
  private final int classes;
  /**
   * The automaton: {@code next[state * classes + class]} is the state after a character, where a state is the
   * longest word prefix that the text read so far ends with (state 0: none). A state is stored as the start of its
   * row, {@code state * classes}, so that a step needs no multiplication. The states where a word ends come after all
   * the others, from {@link #firstEnd}, so that a step to a state where none ends, nearly every step, is told by one
   * comparison and needs no look at {@link #endsFrom}. The other states are numbered breadth first: the short
   * prefixes that most steps reach lie together at the start of the table. The table is of {@code char}s where the
   * rows' starts fit in 16 bits, as they do for every pattern of the extractor: half the memory of {@code int}s, so
   * that more of the rows a page's names reach stay in the processor's caches between the scans of a page, which
   * parse and walk much else in between. {@link #wideNext} holds a table too large for that, and this one is null.
   */
  private final char @Nullable [] next;
  private final int @Nullable [] wideNext;
  /** The start of the row of the first state where a word ends: each state from there on has words that end. */
  private final int firstEnd;
  /**
   * The words that end where a state is reached, in {@link #ends} and {@link #lengths} from
   * {@code endsFrom[state - first]} to {@code endsFrom[state - first + 1]}, with {@code first} the number of the
   * first state where a word ends: the lists with a word of that length ending there.
   */
  private final int[] endsFrom;
  private final int[] ends;
  private final int[] lengths;
  private final Edge[] before;
  private final Edge[] after;

  /**
   * Turns the builder's trie into the automaton: each state's moves for the characters it has no child for are
   * those of its failure state, the longest proper suffix of it that is also a word prefix, and the words that
   * end at a state include those that end at its failure state.
   */
  private NamePattern(Builder b) {
    before = b.before.toArray(Edge[]::new);
    after = b.after.toArray(Edge[]::new);
    int nodes = b.nodes;
    int count = 1;
    for (int node = 0; node < nodes; node++) {
      for (char c : b.keys[node]) {
        if (charClass[c] == 0) {
          charClass[c] = (byte) count++;
        }
      }
    }
    classes = count;
    foldedClass = charClass.clone();
    for (char c = 'A'; c <= 'Z'; c++) {
      foldedClass[c] = charClass[Character.toLowerCase(c)];
    }
    int[] next = new int[nodes * classes];
    int[] fail = new int[nodes];
    int[] depth = new int[nodes];
    int[] order = new int[nodes]; // breadth first, so that a failure state is done before the states that use it
    int head = 0;
    int tail = 0;
    order[tail++] = 0;
    while (head < tail) {
      int node = order[head++];
      int base = node * classes;
      for (int k = 0; k < b.keys[node].length; k++) {
        int child = b.children[node][k];
        int cls = charClass[b.keys[node][k]];
        fail[child] = node == 0 ? 0 : next[fail[node] * classes + cls];
        depth[child] = depth[node] + 1;
        next[base + cls] = child;
        order[tail++] = child;
      }
      if (node != 0) {
        for (int cls = 1; cls < classes; cls++) {
          if (next[base + cls] == 0) {
            next[base + cls] = next[fail[node] * classes + cls];
          }
        }
      }
    }
    // Each node's number: those where no word ends first, in breadth-first order, then those where one does.
    int[] rank = new int[nodes];
    boolean[] ending = new boolean[nodes];
    int endingNodes = 0;
    for (int node = 0; node < nodes; node++) {
      for (int t = node; t != 0 && !ending[node]; t = fail[t]) {
        ending[node] = b.wordEnds[t] != 0;
      }
      endingNodes += ending[node] ? 1 : 0;
    }
    int first = nodes - endingNodes;
    int plain = 0;
    int ended = first;
    for (int r = 0; r < nodes; r++) {
      rank[order[r]] = ending[order[r]] ? ended++ : plain++;
    }
    firstEnd = first * classes;
    endsFrom = new int[endingNodes + 1];
    List<int[]> found = new ArrayList<>();
    for (int r = 0; r < nodes; r++) {
      int node = order[r];
      if (!ending[node]) {
        continue;
      }
      endsFrom[rank[node] - first] = found.size(); // ranks of ending nodes rise in breadth-first order too
      for (int t = node; t != 0; t = fail[t]) {
        if (b.wordEnds[t] != 0) {
          found.add(new int[] {b.wordEnds[t], depth[t]});
        }
      }
    }
    endsFrom[endingNodes] = found.size();
    ends = found.stream().mapToInt(f -> f[0]).toArray();
    lengths = found.stream().mapToInt(f -> f[1]).toArray();
    int[] table = new int[nodes * classes];
    for (int node = 0; node < nodes; node++) {
      for (int cls = 0; cls < classes; cls++) {
        table[rank[node] * classes + cls] = rank[next[node * classes + cls]] * classes;
      }
    }
    if (table.length <= Character.MAX_VALUE + 1) {
      char[] narrow = new char[table.length];
      for (int k = 0; k < table.length; k++) {
        narrow[k] = (char) table[k];
      }
      this.next = narrow;
      this.wideNext = null;
    } else {
      this.next = null;
      this.wideNext = table;
    }
  }

  /**
   * Words found anywhere, as in {@code comment|disqus|respond}.
   *
   * @param words the words
   * @return the pattern
   */
  public static NamePattern anywhere(String... words) {
    Builder b = builder();
    b.add(Edge.ANY, Edge.ANY, words);
    return b.build();
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
    Builder b = builder();
    b.add(before, after, words);
    return b.build();
  }

  /**
   * Starts a pattern of several lists, each with its own edges, that {@link #scan} looks for at once.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Adds lists of words, each one bit of what {@link #scan} returns. */
  public static final class Builder {
    private char[][] keys = {new char[0]};
    private int[][] children = {new int[0]};
    private int[] wordEnds = new int[1];
    private int nodes = 1;
    private final List<Edge> before = new ArrayList<>();
    private final List<Edge> after = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a list of words.
     *
     * @param before what must come before a word: {@link Edge#ANY}, {@link Edge#SPACE} or {@link Edge#SEPARATOR}
     * @param after what must come after it
     * @param words the words
     * @return the list's bit in what {@link #scan} returns
     * @throws IllegalArgumentException for a word that is not lower-case ASCII, or a 33rd list
     */
    public int add(Edge before, Edge after, String... words) {
      if (before == Edge.SEPARATOR_OR_DIGIT) {
        throw new IllegalArgumentException("a digit is an edge only after a word");
      }
      if (this.before.size() == 32) {
        throw new IllegalArgumentException("32 lists at most");
      }
      int bit = 1 << this.before.size();
      this.before.add(before);
      this.after.add(after);
      for (String word : words) {
        if (word.isEmpty() || !word.chars().allMatch(c -> c < 128 && !Character.isUpperCase(c))) {
          throw new IllegalArgumentException("not a lower-case ASCII word: '" + word + "'");
        }
        int node = 0;
        for (int i = 0; i < word.length(); i++) {
          node = childOrNew(node, word.charAt(i));
        }
        wordEnds[node] |= bit;
      }
      return bit;
    }

    /**
     * Builds the pattern.
     *
     * @return the pattern
     */
    public NamePattern build() {
      return new NamePattern(this);
    }

    private int childOrNew(int node, char c) {
      char[] k = keys[node];
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return children[node][i];
        }
      }
      if (nodes == keys.length) {
        keys = Arrays.copyOf(keys, nodes * 2);
        children = Arrays.copyOf(children, nodes * 2);
        wordEnds = Arrays.copyOf(wordEnds, nodes * 2);
      }
      int child = nodes++;
      keys[child] = new char[0];
      children[child] = new int[0];
      keys[node] = Arrays.copyOf(k, k.length + 1);
      keys[node][k.length] = c;
      children[node] = Arrays.copyOf(children[node], k.length + 1);
      children[node][k.length] = child;
      return child;
    }
  }

  /** Whether the pattern is too large for a table of {@code char}s, for the test of {@link #scanWide}. */
  boolean isWide() {
    return next == null;
  }

  /**
   * Whether a word of one of the lists occurs in the string with the edges its list asks for.
   *
   * @param s the string, usually lower-cased {@code id} and {@code class}
   * @return whether a word is found
   */
  public boolean find(String s) {
    return scan(s, 1, charClass) != 0;
  }

  /**
   * Whether a word of one of the lists occurs in the lower-cased string: what {@code find(s.toLowerCase(Locale.ROOT))}
   * answers, without making the lower-cased copy for a string of ASCII characters, as most class attributes are.
   *
   * @param s the string, such as a {@code class} attribute as written
   * @return whether a word is found
   */
  public boolean findIgnoringCase(String s) {
    return scan(s, 1, foldedClass) != 0;
  }

  /**
   * Which lists have a word in the string, with the edges each list asks for.
   *
   * @param s the string, usually lower-cased {@code id} and {@code class}
   * @return the bits of the lists found, as {@link Builder#add} returned them
   */
  public int scan(String s) {
    return scan(s, (int) ((1L << before.length) - 1), charClass);
  }

  /**
   * Which lists have a word in the lower-cased string: what {@code scan(s.toLowerCase(Locale.ROOT))} answers,
   * without making the lower-cased copy for a string of ASCII characters, as {@link #findIgnoringCase} does.
   *
   * @param s the string, such as a {@code class} attribute as written
   * @return the bits of the lists found, as {@link Builder#add} returned them
   */
  public int scanIgnoringCase(String s) {
    return scan(s, (int) ((1L << before.length) - 1), foldedClass);
  }

  /**
   * The lists found, stopping as soon as every list of {@code enough} is found, with {@code classOf} the class of
   * each ASCII character: {@link #charClass}, or {@link #foldedClass} to read the string as if lower-cased.
   */
  private int scan(String s, int enough, byte[] classOf) {
    char[] next = this.next; // read once: the loop calls methods, after which a field would be read again
    if (next == null) {
      return scanWide(s, enough, classOf);
    }
    int firstEnd = this.firstEnd;
    int found = 0;
    int row = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        if (classOf == foldedClass) {
          return scanLowerCased(s, enough);
        }
        row = 0;
        continue;
      }
      row = next[row + classOf[c]];
      if (row < firstEnd) {
        continue; // no word ends here
      }
      found = wordsEnding(row, found, s, i + 1);
      if ((found & enough) == enough) {
        return found;
      }
    }
    return found;
  }

  /** {@link #scan} with {@link #wideNext}, for a pattern too large for a table of {@code char}s. */
  private int scanWide(String s, int enough, byte[] classOf) {
    int[] next = wideNext;
    assert next != null : "a pattern has one of the tables";
    int firstEnd = this.firstEnd;
    int found = 0;
    int row = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        if (classOf == foldedClass) {
          return scanLowerCased(s, enough);
        }
        row = 0;
        continue;
      }
      row = next[row + classOf[c]];
      if (row >= firstEnd) {
        found = wordsEnding(row, found, s, i + 1);
        if ((found & enough) == enough) {
          return found;
        }
      }
    }
    return found;
  }

  /**
   * The lists found so far and those of the words that end at {@code end} in the state whose row starts at
   * {@code row}, with their edges.
   */
  private int wordsEnding(int row, int found, String s, int end) {
    int k = (row - firstEnd) / classes;
    int result = found;
    for (int e = endsFrom[k], last = endsFrom[k + 1]; e < last; e++) {
      int lists = ends[e] & ~result;
      if (lists != 0) {
        result |= edges(lists, s, end - lengths[e], end);
      }
    }
    return result;
  }

  /**
   * The lists found in the string lower-cased, for a string that holds a character beyond ASCII: the lower case of
   * such a character may be an ASCII letter (KELVIN SIGN: 'k') or two characters (CAPITAL I WITH DOT ABOVE), so
   * only {@link String#toLowerCase} itself tells what the words are. A folded scan that stops before such a
   * character, having found enough, answers as this one would: it read only ASCII characters, which lower-case one
   * for one, and at most the character after a word, whose being an edge lower-casing does not change (edges and
   * line terminators are their own lower case, and no other character lower-cases to one).
   */
  private int scanLowerCased(String s, int enough) {
    return scan(s.toLowerCase(Locale.ROOT), enough, charClass);
  }

  /** The lists of {@code lists} whose edges hold around the word from {@code start} to {@code end}. */
  private int edges(int lists, String s, int start, int end) {
    int found = 0;
    for (int rest = lists; rest != 0; rest &= rest - 1) {
      int list = Integer.numberOfTrailingZeros(rest);
      if (edgeBefore(before[list], s, start) && edgeAfter(after[list], s, end)) {
        found |= 1 << list;
      }
    }
    return found;
  }

  private static boolean edgeBefore(Edge edge, String s, int i) {
    return edge == Edge.ANY || i == 0 || isEdge(edge, s.charAt(i - 1));
  }

  private static boolean edgeAfter(Edge edge, String s, int end) {
    return edge == Edge.ANY || atEnd(s, end) || end < s.length() && isEdge(edge, s.charAt(end));
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
      case SPACE -> Texts.isRegexSpace(c);
      case SEPARATOR -> Texts.isRegexSpace(c) || c == '_' || c == '-';
      case SEPARATOR_OR_DIGIT -> Texts.isRegexSpace(c) || c == '_' || c == '-' || c >= '0' && c <= '9';
    };
  }
}
