package io.github.newsmodel.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text normalisation and tokenisation shared by the scorers, matching the corpora's SOURCE.md rules. */
final class Snippets {
  private static final Pattern WHITE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Snippets() {}

  /** Collapses every run of white space to one space and trims the ends. */
  static String collapse(String text) {
    return WHITE.matcher(text).replaceAll(" ").strip();
  }

  /** True if the snippet occurs in the text once both are collapsed; {@code collapsedText} is already so. */
  static boolean found(String snippet, String collapsedText) {
    String s = collapse(snippet);
    return !s.isEmpty() && collapsedText.contains(s);
  }

  /** Unicode word tokens, case kept, punctuation dropped. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The multiset of overlapping 4-token shingles: a text of 1 to 3 tokens is a single shingle, an empty text
   * has none.
   */
  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < 4) {
      out.put(String.join("\u0001", tokens), 1);
      return out;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      out.merge(String.join("\u0001", tokens.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }

  /** The size of a multiset. */
  static long size(Map<String, Integer> multiset) {
    long n = 0;
    for (int c : multiset.values()) {
      n += c;
    }
    return n;
  }

  /** The size of the intersection of two multisets. */
  static long shared(Map<String, Integer> a, Map<String, Integer> b) {
    long n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) {
        n += Math.min(e.getValue(), other);
      }
    }
    return n;
  }
}
