package io.github.newsmodel.html.internal.comments;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The picture of a comment's writer that opens the comment: an image named or stored as an avatar ({@code
 * img.avatar}, {@code gravatar.com/avatar/…}), or one drawn as small as an avatar before any of the comment's
 * text, such as a 40 by 40 pixel picture before the header and the text. It is about the writer, not what they
 * wrote, and no block of the comment's body.
 */
final class HeadAvatars {
  /** The words that name an avatar, in an image's names or its address. */
  private static final Pattern AVATAR = Pattern.compile("(?i)avatar|gravatar");
  /** Avatars are drawn this small or smaller beside a comment. */
  private static final int MAX_SIZE = 48;

  private HeadAvatars() {}

  /**
   * Whether an element is the avatar of the comment it is in.
   *
   * @param e an element of the comment
   * @param root the comment's element
   * @return true for an image named as an avatar, or a small image before all the comment's text
   */
  static boolean avatar(Element e, Element root) {
    if (!e.normalName().equals("img")) {
      return false;
    }
    if (AVATAR.matcher(e.className()).find() || AVATAR.matcher(e.attr("src")).find()) {
      return true;
    }
    return size(e.attr("width")) <= MAX_SIZE && size(e.attr("height")) <= MAX_SIZE && beforeAllText(e, root);
  }

  /** Whether no text of the comment comes before an element. */
  private static boolean beforeAllText(Element e, Element root) {
    for (Node n = e; n != null && n != root; n = n.parentNode()) {
      for (Node before = n.previousSibling(); before != null; before = before.previousSibling()) {
        if (before instanceof TextNode t ? !t.isBlank() : before instanceof Element b && !b.text().isBlank()) {
          return false;
        }
      }
    }
    return true;
  }

  /** A size the markup gives in pixels; none is as large as can be, as a picture in the text may be. */
  private static int size(String attribute) {
    String number = attribute.trim().replace("px", "");
    if (number.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
