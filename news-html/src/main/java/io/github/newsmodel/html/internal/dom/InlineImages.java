package io.github.newsmodel.html.internal.dom;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The images that stand for characters of the text: WordPress's smileys ({@code img.wp-smiley} alt ":)"), its
 * emoji drawn as images ({@code img.emoji} alt "😉"), and forums' and blogs' smileys from a folder of them
 * ({@code /images/smilies/icon_wink.gif}, {@code /img_emoji/kaeru_thank.gif}). Each is a word of its paragraph, not
 * an image block that splits it: its {@code alt} is what it says.
 */
final class InlineImages {
  /** A folder of smileys or emoji: {@code smilies/}, {@code smileys/}, {@code emoticons/}, {@code img_emoji/}. */
  private static final Pattern SMILEY_FOLDER = Pattern.compile("smil(?:ey|ie)|emoticon|emoji");
  /** The classes of such an image: {@code wp-smiley}, {@code emoji}, {@code smiley}, {@code emoticon}. */
  private static final Pattern SMILEY_CLASS = Pattern.compile("(?<![a-z])(?:wp-smiley|smiley|emoji|emoticon)s?"
      + "(?![a-z])");
  /** A smiley is drawn at the size of the text: one that the markup draws larger than this is a picture. */
  private static final int MAX_SIZE = 64;
  /** An {@code alt} of letters alone names a smiley ("wink", "amused") rather than drawing it (":)", "😉"). */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\s]+");

  private InlineImages() {}

  /**
   * Whether an image stands for a character of the text: it is named as a smiley or an emoji, or its picture is in
   * a folder of them, and the markup does not draw it larger than the text around it.
   *
   * @param img the image element
   * @return true for a smiley or an emoji
   */
  static boolean smiley(Element img) {
    if (size(img.attr("width")) > MAX_SIZE || size(img.attr("height")) > MAX_SIZE) {
      return false;
    }
    if (SMILEY_CLASS.matcher(img.className().toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    String src = img.attr("src");
    int end = src.length();
    for (int i = 0; i < src.length(); i++) {
      if (src.charAt(i) == '?' || src.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    // the folders only: a picture whose own name holds the word ("emoji-chart.png") may be an article's
    int folder = src.lastIndexOf('/', end - 1);
    return folder > 0 && SMILEY_FOLDER.matcher(src.substring(0, folder).toLowerCase(Locale.ROOT)).find();
  }

  /**
   * What a smiley says in the text: its {@code alt}, such as ":)" or "😉"; nothing for an {@code alt} that only
   * names it ("wink"), which would read as a word the writer did not write.
   *
   * @param img a smiley
   * @return its text, stripped; empty if it says nothing
   */
  static String text(Element img) {
    String alt = img.attr("alt").strip();
    return NAME.matcher(alt).matches() ? "" : alt;
  }

  /** A size the markup gives in pixels; none is as small as can be, as most smileys give none. */
  private static int size(String attribute) {
    String number = attribute.trim().replace("px", "");
    if (number.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
