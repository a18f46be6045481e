package io.github.newsmodel.html.internal.generic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern anchored at the start of a text, such as a byline's label ("By", "Von", "Autor:"), with the first
 * characters that a text it matches may start with. The bylines are looked for in the texts of many elements of a
 * page, nearly all of which start with a character that no label does: a new matcher for each of them cost more than
 * the rest of the look.
 *
 * <p>The characters are read from the pattern itself, each when first asked for: a pattern that fails on the
 * character alone without reading to its end ({@link Matcher#hitEnd}) looked at nothing after it, and so fails on
 * every text that starts with it. A surrogate may be half of a letter, and is never ruled out.
 */
final class BylinePattern {
  /** What is known of a character: nothing yet, that no match starts with it, or that a match may. */
  private static final byte UNKNOWN = 0;
  private static final byte NEVER = 1;
  private static final byte MAYBE = 2;

  private final Pattern pattern;
  /**
   * The verdict on each character, in blocks of 256 made when a character of the block is first asked about. Two
   * threads that ask at once reach the same verdict, and a verdict that one misses is worked out again.
   */
  private final byte[][] verdicts = new byte[256][];
  /** The verdict on each pair of ASCII characters, as {@link #verdicts} on each character. */
  private final byte[] pairVerdicts = new byte[128 * 128];

  private BylinePattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * A pattern that starts where the text does: used with {@link Matcher#lookingAt} or {@link Matcher#matches}.
   *
   * @param anchored the pattern
   * @return the pattern with its first characters
   */
  static BylinePattern of(Pattern anchored) {
    return new BylinePattern(anchored);
  }

  /** The pattern. */
  Pattern pattern() {
    return pattern;
  }

  /**
   * Whether the pattern may match the text, at its start: false when the text's first character is one that no
   * match starts with, or its first two are ASCII and no match starts with both ({@link #mayStartWith(char, char)}):
   * a name's "Mo" of "Moritz" rules out the labels that start with "m" ("mit") with the regex left unrun. An empty
   * text is asked of the pattern.
   */
  boolean mayMatch(CharSequence text) {
    if (text.isEmpty()) {
      return true;
    }
    char first = text.charAt(0);
    if (text.length() > 1) {
      char second = text.charAt(1);
      if (first < 128 && second < 128) {
        return mayStartWith(first, second);
      }
    }
    return mayStartWith(first);
  }

  /** What {@code pattern().matcher(text).lookingAt()} tells, the pattern run only when the text may match. */
  boolean lookingAt(CharSequence text) {
    return mayMatch(text) && pattern.matcher(text).lookingAt();
  }

  /** What {@code pattern().matcher(text).matches()} tells, the pattern run only when the text may match. */
  boolean matches(CharSequence text) {
    return mayMatch(text) && pattern.matcher(text).matches();
  }

  /**
   * Whether a text that starts with the two ASCII characters may match: false if no match starts with them, told as
   * of one character, from a pattern that fails on the two alone without reading past them.
   *
   * @param first the text's first character, below 128
   * @param second its second, below 128
   */
  boolean mayStartWith(char first, char second) {
    if (!mayStartWith(first)) {
      return false;
    }
    int pair = first << 7 | second;
    byte verdict = pairVerdicts[pair];
    if (verdict == UNKNOWN) {
      Matcher alone = pattern.matcher(new String(new char[] {first, second}));
      verdict = alone.lookingAt() || alone.hitEnd() ? MAYBE : NEVER;
      pairVerdicts[pair] = verdict;
    }
    return verdict == MAYBE;
  }

  /** Whether a text that starts with the character may match: false if no match starts with it. */
  boolean mayStartWith(char c) {
    if (Character.isSurrogate(c)) {
      return true;
    }
    byte[] block = verdicts[c >>> 8];
    if (block == null) {
      block = new byte[256];
      verdicts[c >>> 8] = block;
    }
    byte verdict = block[c & 0xff];
    if (verdict == UNKNOWN) {
      Matcher alone = pattern.matcher(String.valueOf(c));
      verdict = alone.lookingAt() || alone.hitEnd() ? MAYBE : NEVER;
      block[c & 0xff] = verdict;
    }
    return verdict == MAYBE;
  }
}
