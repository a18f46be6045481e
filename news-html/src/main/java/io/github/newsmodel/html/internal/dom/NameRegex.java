package io.github.newsmodel.html.internal.dom;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A regex that the comment reader asks of elements' {@link Names} over and over, with its answer kept for each
 * names it has read. Every comment of a page is printed from one template, and reading each asks a dozen regexes
 * of every element in it: the same few names, comment after comment. A regex alternation of fifty words tries each
 * word at each position of the names, which costs many times a lookup of the answer it gave the last time.
 *
 * <p>The answers are kept for at most {@link #MAX_KEPT} names and forgotten all at once beyond that, so that a
 * process that reads page after page of many sites keeps those of the recent ones and never grows. Only the time
 * an answer takes depends on what is kept; the answer is always the regex's.
 */
public final class NameRegex {
  /** More distinct names than the comments of any one page have, and few enough to weigh nothing. */
  private static final int MAX_KEPT = 4096;

  private final Pattern pattern;
  private final ConcurrentHashMap<String, Boolean> answers = new ConcurrentHashMap<>();

  private NameRegex(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * Compiles a regex, without flags, to be found in names.
   *
   * @param regex the regex
   * @return the regex with its answers kept
   */
  public static NameRegex compile(String regex) {
    return new NameRegex(Pattern.compile(regex));
  }

  /**
   * Whether the regex occurs in the names: what {@code pattern().matcher(names).find()} answers.
   *
   * @param names an element's names, as {@link Names#of} gives them
   * @return whether the regex is found in them
   */
  public boolean find(String names) {
    if (names.isEmpty()) {
      return pattern.matcher(names).find();
    }
    Boolean found = answers.get(names);
    if (found == null) {
      found = pattern.matcher(names).find();
      if (answers.size() >= MAX_KEPT) {
        answers.clear();
      }
      answers.put(names, found);
    }
    return found;
  }

  /**
   * The regex, for the callers that read what it matched.
   *
   * @return the compiled regex
   */
  public Pattern pattern() {
    return pattern;
  }
}
