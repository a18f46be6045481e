package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The person behind an account named after the site, whom the copyright line signs: "© Stylegart by Jane" on a blog
 * whose posts the account "stylegart" publishes. A one-person blog's software names the account after the blog, and
 * its owner signs the blog in the footer.
 */
final class CopyrightHolder {
  /** The longest copyright line read: a sign, a year, a site's name and a person's. */
  private static final int MAX_LINE = 100;
  /**
   * "© 2019 Site by Jane Roe", "Copyright Site von Jane": the site's name, then a person's of one to three capitalised
   * words, and nothing after them but a full stop.
   */
  private static final Pattern SIGNED = Pattern.compile("(?:(?i:copyright)\\s*©?|©)\\s*"
      + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?[,:]?\\s*(?<site>\\S.{0,40}?)\\s+(?i:by|von|par|por)\\s+"
      + "(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\.?");

  private CopyrightHolder() {}

  /**
   * The name that a copyright line gives for the site named as the login: asked only of a page whose authors are
   * all logins, few of which print such a line, so the walk over the page's elements is rare.
   *
   * @param all the page's elements, in document order
   * @param login the account that the page credits, in lower case
   * @return the person's name, when the page's last copyright line names the login's site and a person after it
   */
  static Optional<String> personBehind(List<Element> all, String login) {
    String loginKey = AuthorNames.key(login);
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      if (!holdsCopyrightSign(e)) {
        continue;
      }
      Optional<String> text = Texts.shortText(e, MAX_LINE);
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = SIGNED.matcher(text.get());
      if (!m.matches()) {
        return Optional.empty(); // the page's last copyright line names no one beside the site
      }
      String name = m.group("name");
      boolean site = AuthorNames.key(m.group("site")).equals(loginKey);
      return site && AuthorNames.name(name, Set.of()).equals(Optional.of(name)) ? Optional.of(name)
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether one of the element's own text nodes holds the sign "©", as few do. */
  private static boolean holdsCopyrightSign(Element e) {
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode t && t.getWholeText().indexOf('©') >= 0) {
        return true;
      }
    }
    return false;
  }
}
