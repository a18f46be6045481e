package io.github.newsmodel.html.internal.time;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date that many sites put in the path of an article's URL when they publish it: {@code /2019/08/02/slug},
 * {@code /2019-08-02-slug}, {@code /20190802/}, {@code /2019-08/02/}, {@code /2019/0802/}. Such a date is set once,
 * when the article is first published, so it names the publication day in the site's own calendar, whatever zone
 * its metadata uses.
 *
 * <p>Only the path is read, and only year, month and day together: a path with {@code /2019/08/} alone names no
 * day. Eight digits in a row count only as a whole path segment, since longer numbers are usually ids.
 */
public final class UrlDates {
  private static final Pattern SEPARATED = Pattern.compile(
      "(?<![0-9])(?<y>(?:199|20[0-9])[0-9])(?<sep>[/_-])(?<m>0?[1-9]|1[0-2])\\k<sep>(?<d>0?[1-9]|[12][0-9]|3[01])"
      + "(?![0-9])");
  private static final Pattern COMPACT = Pattern.compile(
      "(?<=/)(?<y>(?:199|20[0-9])[0-9])(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?=/|$|\\.html?$)");
  /** A folder of the year and month, then one of the day: Xinhua's {@code /2012-06/04/content_25340717.htm}. */
  private static final Pattern MONTH_FOLDER = Pattern.compile(
      "(?<=/)(?<y>(?:199|20[0-9])[0-9])-(?<m>0[1-9]|1[0-2])/(?<d>0[1-9]|[12][0-9]|3[01])(?=/)");
  /** A folder of the year, then one of month and day: People's Daily's {@code /n1/2020/0402/c1002-31658340.html}. */
  private static final Pattern DAY_FOLDER = Pattern.compile(
      "(?<=/)(?<y>(?:199|20[0-9])[0-9])/(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?=/)");

  private UrlDates() {}

  /**
   * The publication date in a URL's path.
   *
   * @param url the URL
   * @return the date, if the path holds a complete and valid one
   */
  public static Optional<LocalDate> of(URI url) {
    String path = url.getRawPath();
    if (path == null || !holdsYear(path)) {
      return Optional.empty(); // most paths: the four patterns, each tried at every character, need not be run
    }
    Optional<LocalDate> date = first(SEPARATED.matcher(path));
    if (date.isEmpty()) {
      date = first(COMPACT.matcher(path));
    }
    if (date.isEmpty()) {
      date = first(MONTH_FOLDER.matcher(path));
    }
    return date.isPresent() ? date : first(DAY_FOLDER.matcher(path));
  }

  /**
   * Whether a path holds what every pattern's year is, four digits in a row from "1990" to "2099": {@code
   * (?:199|20[0-9])[0-9]}.
   */
  static boolean holdsYear(String path) {
    for (int i = 0, n = path.length() - 3; i < n; i++) {
      char c = path.charAt(i);
      if ((c == '1' && path.charAt(i + 1) == '9' && path.charAt(i + 2) == '9'
          || c == '2' && path.charAt(i + 1) == '0' && isDigit(path.charAt(i + 2))) && isDigit(path.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Optional<LocalDate> first(Matcher m) {
    while (m.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
            Integer.parseInt(m.group("d"))));
      } catch (DateTimeException e) {
        // 2019/02/30: not a date; look further
      }
    }
    return Optional.empty();
  }
}
