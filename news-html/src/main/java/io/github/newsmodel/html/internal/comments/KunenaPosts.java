package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import org.jsoup.nodes.Element;

/**
 * The posts of a topic of Kunena, the Joomla forum, as its templates of versions 5 and 6 (Crypsis, Aurelia) print
 * them: each post is a {@code div.row.message} with the poster's box, a header with the time, and the text in a
 * {@code .kmsg}. The class {@code message} names many other things (a form's notice, a chat line), so it counts
 * only for an element that holds Kunena's text block near its start. The post's id is in no attribute of the post
 * but in its permalink, {@code <a href="#2207" id="2207">#2207</a>} ({@link SelfLinks#id}).
 */
final class KunenaPosts {
  /** Kunena's block of a post's text: {@code div.kmsg} (6) or {@code p.kmsg} in a {@code div.kmessage} (5). */
  private static final String TEXT_CLASS = "kmsg";
  /**
   * How many elements of a post are read for its text block: the poster's box before it has a few dozen. The
   * bound keeps an element classed {@code message} around a whole page from being read through.
   */
  private static final int MAX_BEFORE_TEXT = 128;

  private KunenaPosts() {}

  /**
   * Whether a lower-cased class attribute holds the token {@code message}, which Kunena's post has: a cheap test
   * kept per distinct class attribute, before {@link #isPost} reads the element.
   *
   * @param classes the class attribute, lower-cased
   * @return true if one of its tokens is {@code message}
   */
  static boolean messageClass(String classes) {
    if (!classes.contains("message")) {
      return false; // most class attributes
    }
    for (String token : Texts.tokens(classes)) {
      if (token.equals("message")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element classed {@code message} is a Kunena post: among its first {@link #MAX_BEFORE_TEXT}
   * elements one is classed {@code kmsg}.
   *
   * @param elements the page's elements
   * @param index the element's index in them
   * @return true if it holds Kunena's text block
   */
  static boolean isPost(PageElements elements, int index) {
    int n = elements.all().size();
    for (int j = index + 1; j < n && j <= index + MAX_BEFORE_TEXT && elements.parent(j) >= index; j++) {
      if (elements.hasIdOrClass(j) && elements.all().get(j).hasClass(TEXT_CLASS)) {
        return true;
      }
    }
    return false;
  }
}
