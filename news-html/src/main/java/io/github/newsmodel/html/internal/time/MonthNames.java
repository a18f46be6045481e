package io.github.newsmodel.html.internal.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Month names and their abbreviations, in one or more languages, matched without regard to case.
 *
 * <p>A language is added as one more table and merged with {@link #plus(MonthNames)}; a name that means different
 * months in two languages is a programming error and rejected when merging.
 */
public final class MonthNames {
  /** English names, three-letter abbreviations and "Sept". */
  public static final MonthNames ENGLISH = of(
      List.of("january", "jan"), List.of("february", "feb"), List.of("march", "mar"), List.of("april", "apr"),
      List.of("may"), List.of("june", "jun"), List.of("july", "jul"), List.of("august", "aug"),
      List.of("september", "sep", "sept"), List.of("october", "oct"), List.of("november", "nov"),
      List.of("december", "dec"));

  private final Map<String, Integer> months;

  private MonthNames(Map<String, Integer> months) {
    this.months = Map.copyOf(months);
  }

  /**
   * Makes a table from the names of each month, January first.
   *
   * @param names twelve lists, each with every name and abbreviation of one month
   * @return the table
   */
  @SafeVarargs
  public static MonthNames of(List<String>... names) {
    if (names.length != 12) {
      throw new IllegalArgumentException("need the names of 12 months, got " + names.length);
    }
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      for (String name : names[i]) {
        months.put(name.toLowerCase(Locale.ROOT), i + 1);
      }
    }
    return new MonthNames(months);
  }

  /**
   * Merges two tables.
   *
   * @param other the names to add
   * @return a table with the names of both
   */
  public MonthNames plus(MonthNames other) {
    Map<String, Integer> merged = new HashMap<>(months);
    other.months.forEach((name, month) -> {
      Integer earlier = merged.putIfAbsent(name, month);
      if (earlier != null && !earlier.equals(month)) {
        throw new IllegalArgumentException("'" + name + "' is month " + earlier + " and month " + month);
      }
    });
    return new MonthNames(merged);
  }

  /**
   * The month a name stands for.
   *
   * @param name a month name or abbreviation, in any case, without a trailing dot
   * @return the month number from 1 to 12, if the name is known
   */
  public Optional<Integer> month(String name) {
    return Optional.ofNullable(months.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * A regular-expression alternation of every name, longest first so that "June" is tried before "Jun".
   *
   * @return the alternation, without a surrounding group
   */
  String alternation() {
    return months.keySet().stream()
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(java.util.regex.Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
