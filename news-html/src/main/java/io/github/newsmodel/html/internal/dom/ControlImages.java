package io.github.newsmodel.html.internal.dom;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The images that draw a page's controls rather than show a picture of the article: the buttons that share it or
 * print it ("Share on Facebook", "Print Friendly, PDF &amp; Email", a row of {@code share_buttons/Twitter.svg}),
 * and small icons of the page's own (a chevron of a carousel, a rating's star, "back to top").
 */
final class ControlImages {
  /**
   * Where a link that shares or prints the page leads: a network's share dialog ({@code facebook.com/sharer},
   * {@code twitter.com/share?}, {@code intent/tweet}, LinkedIn's {@code shareArticle}), an e-mail or a messenger,
   * the page's print view, or the page's own {@code #share} box.
   */
  private static final Pattern SHARE_TARGET = Pattern.compile("sharer|share\\?|share\\.php|sharearticle|#share"
      + "|intent/tweet|^\\s*(?:mailto|whatsapp|sms):|print\\.php|[?&/]print(?:[=/.?#\\s]|$)|window\\.print");
  /** The names of a link that shares or prints: {@code a.sharing_email}, {@code a.Share__btn}, {@code a.x-share}. */
  private static final Pattern SHARE_NAMES = Pattern.compile("(?<![a-z])(?:share|sharing|print)");
  /** The words that name a control's image, in its file name or its {@code alt}: "icon-logo-twitter.png". */
  private static final Pattern CONTROL_WORD = Pattern.compile(
      "(?<![\\p{L}])(?:share|icon|print|rating|chevron|arrow|button)s?(?![\\p{L}])");
  /** Images as small as this, in either side their markup gives, are drawn as icons. */
  private static final int MAX_ICON_SIZE = 64;
  /** How many elements up from an image its link may be: {@code <a><span><img>}. */
  private static final int MAX_LINK_LEVELS = 3;

  private ControlImages() {}

  /**
   * Whether an image draws a control: it is inside a link that shares or prints the page, or its file name or its
   * {@code alt} names a control's icon and it is small ({@code width} or {@code height} at most 64) or a vector
   * drawing ({@code .svg}). A photo whose {@code alt} says what it shows ("arrows point from Taiwan to Fiji") is
   * neither small nor a drawing.
   *
   * @param img the image element
   * @param url the URL of its picture
   * @return true for a share or print button, or a control's icon
   */
  static boolean control(Element img, URI url) {
    if (insideShareLink(img)) {
      return true;
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    String file = Urls.percentDecoded(path.substring(path.lastIndexOf('/') + 1)).toLowerCase(Locale.ROOT);
    if (!CONTROL_WORD.matcher(file).find() && !CONTROL_WORD.matcher(img.attr("alt").toLowerCase(Locale.ROOT))
        .find()) {
      return false;
    }
    return file.endsWith(".svg") || size(img.attr("width")) <= MAX_ICON_SIZE
        || size(img.attr("height")) <= MAX_ICON_SIZE;
  }

  /** Whether an image is inside a link, a few levels up, that shares or prints the page. */
  private static boolean insideShareLink(Element img) {
    Element p = img.parent();
    for (int up = 0; p != null && up < MAX_LINK_LEVELS; up++, p = p.parent()) {
      if (p.normalName().equals("a")) {
        String target = (p.attr("href") + " " + p.attr("onclick")).toLowerCase(Locale.ROOT);
        return SHARE_TARGET.matcher(target).find() || SHARE_NAMES.matcher(Names.of(p)).find();
      }
    }
    return false;
  }

  /** A size the markup gives in pixels; none is as large as can be. */
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
