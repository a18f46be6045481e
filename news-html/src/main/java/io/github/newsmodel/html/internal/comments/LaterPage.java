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
  /** A page's number: 1 on the first. */
  private static final List<Pattern> NUMBERS = List.of(Pattern.compile("[?&;]page(?:No)?=(\\d{1,9})(?:[&;#]|$)"),
      Pattern.compile("/page(?:-|/)?(\\d{1,9})(?:/|\\.html?)?(?:[?#]|$)"));

  private LaterPage() {}

  /**
   * Whether the address names a page after a topic's first.
   *
   * @param url the page's address
   * @return true if it names a later page; false if it names the first or none
   */
  static boolean of(String url) {
    for (Pattern p : OFFSETS) {
      Matcher m = p.matcher(url);
      if (m.find() && Integer.parseInt(m.group(1)) > 0) {
        return true;
      }
    }
    for (Pattern p : NUMBERS) {
      Matcher m = p.matcher(url);
      if (m.find() && Integer.parseInt(m.group(1)) > 1) {
        return true;
      }
    }
    return false;
  }
}
