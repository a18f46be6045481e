package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.Names;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The link to a commenter's site printed beside the name rather than on it: Serendipity's templates link the name
 * to the commenter's e-mail address, if any, and print the site after it as "Ann (<a class=comment_source_url
 * href=...>Homepage</a>)". Only the element right after the name's is asked, and only a link whose class names it
 * the {@code url}: a link after a name is as likely the comment's permalink or a reply button.
 */
final class SiteLink {
  /** What parts the words of a class name: {@code comment_source_url}, {@code comment-url}. */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s_-]+");

  private SiteLink() {}

  /**
   * The site's link after an author's element.
   *
   * @param author the element of the author's name
   * @param fallback what to return when there is none, the link the name has (an e-mail address) or null
   * @return the link to the commenter's site, else the fallback
   */
  static @Nullable Element after(Element author, @Nullable Element fallback) {
    Element next = author.nextElementSibling();
    if (next == null || !next.normalName().equals("a") || !next.hasAttr("href")
        || next.attr("href").startsWith("mailto:")) {
      return fallback;
    }
    for (String name : WORD_BREAK.split(Names.of(next))) {
      if (name.equals("url")) {
        return next;
      }
    }
    return fallback;
  }
}
