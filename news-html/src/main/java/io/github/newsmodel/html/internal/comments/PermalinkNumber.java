package io.github.newsmodel.html.internal.comments;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A comment's number that only its permalink gives: Burning Board 5's {@code <a href="...?postID=18840#post18840">#2</a>}
 * in the post's header, named nothing that says "number". The link's text is the number after a hash, and its
 * address ends with the comment's own anchor, so a link to another post ("#1" of a quote's source) is none. Asked
 * only of the posts of a template known to number its permalinks so: bbPress labels its permalink with the post's
 * id, "#2201".
 */
final class PermalinkNumber {
  private static final Pattern HASH_NUMBER = Pattern.compile("#(\\d{1,6})");

  private PermalinkNumber() {}

  /**
   * The number of a comment's permalink to itself.
   *
   * @param scope the elements of the comment
   * @param pageId the comment's id on the page
   * @return the number, if a link to the comment's anchor is labelled with one
   */
  static OptionalInt of(List<Element> scope, String pageId) {
    String anchor = "#" + pageId;
    for (Element e : scope) {
      if (!e.normalName().equals("a")) {
        continue;
      }
      String text = e.text().strip();
      if (text.length() < 2 || text.charAt(0) != '#') {
        continue; // most links: a name, a label
      }
      Matcher m = HASH_NUMBER.matcher(text);
      if (m.matches() && e.attr("href").strip().endsWith(anchor)) {
        int n = Integer.parseInt(m.group(1));
        return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }
}
