package io.github.newsmodel.html.internal.comments;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a forum's page is a later page of its topic, whose first post is a reply: the opening post is on the
 * first page only, and a later page shows none. Forum software says which page it is in the address: phpBB's
 * {@code start=15}, Invision's {@code st=15}, vBulletin's, MyBB's and Discourse's {@code page=2}, WoltLab Burning
 * Board's {@code pageNo=2}, SMF's
 * {@code topic=123.15}, XenForo's {@code /page-2}, vBulletin's search-friendly {@code /page2}, bbPress's (and
 * WordPress's) {@code /page/2/}. An archived copy's
 * address holds the original's, so it tells as much.
 */
final class LaterPage {
  /** An offset into the topic's posts, the count of those on the pages before: 0 on the first. */
  private static final List<Pattern> OFFSETS = List.of(Pattern.compile("[?&;](?:start|st)=(\\d{1,9})(?:[&;#]|$)"),
      Pattern.compile("[?&;]topic=\\d+\\.(\\d{1,9})(?:[&;#]|$)"));
  /**
   * What each of the {@link #OFFSETS} finds holds, "start=" and "st=" alike "t=": an address without it is ruled out
   * by a search for a string rather than a run of the regex. Most pages are an article's, whose address holds none.
   */
  private static final List<String> OFFSET_MARKS = List.of("t=", "topic=");
  /** A page's number: 1 on the first. */
  private static final List<Pattern> NUMBERS = List.of(Pattern.compile("[?&;]page(?:No)?=(\\d{1,9})(?:[&;#]|$)"),
      Pattern.compile("/page(?:-|/)?(\\d{1,9})(?:/|\\.html?)?(?:[?#]|$)"));
  /** What each of the {@link #NUMBERS} finds holds, as {@link #OFFSET_MARKS} are for the offsets. */
  private static final List<String> NUMBER_MARKS = List.of("page", "/page");

  private LaterPage() {}

  /**
   * Whether the address names a page after a topic's first.
   *
   * @param url the page's address
   * @return true if it names a later page; false if it names the first or none
   */
  static boolean of(String url) {
    for (int i = 0; i < OFFSETS.size(); i++) {
      if (url.contains(OFFSET_MARKS.get(i))) {
        Matcher m = OFFSETS.get(i).matcher(url);
        if (m.find() && Integer.parseInt(m.group(1)) > 0) {
          return true;
        }
      }
    }
    for (int i = 0; i < NUMBERS.size(); i++) {
      if (url.contains(NUMBER_MARKS.get(i))) {
        Matcher m = NUMBERS.get(i).matcher(url);
        if (m.find() && Integer.parseInt(m.group(1)) > 1) {
          return true;
        }
      }
    }
    return false;
  }
}
