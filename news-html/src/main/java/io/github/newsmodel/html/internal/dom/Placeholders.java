package io.github.newsmodel.html.internal.dom;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The images a page shows in place of a picture until a script loads it, told by their file names:
 * {@code 1x1-white.jpg}, {@code lazyload-placeholder.png}, {@code lazy_placeholder.gif}, {@code preloaderbig.gif},
 * {@code missing-image.svg}, {@code blank.gif}, {@code spacer.gif}, {@code transparent.png}. Such a file stands in
 * {@code src} for the picture named in {@code data-src} or another attribute a lazy loading script reads, and is no
 * picture of the article.
 *
 * <p>A placeholder's name is a word or three about what it is. A picture's name of more words that holds one of
 * them is the picture's own ({@code die-zeit-logo-png-transparent.png}, a logo drawn on a transparent ground).
 */
final class Placeholders {
  /** The words that start a placeholder's name word: "lazy", "lazyload", "lazyloading", "placeholder", ... */
  private static final Pattern PLACEHOLDER_WORD = Pattern.compile(
      "lazy.*|.*placeholder|(?:pre)?loader.*|.*loader|loading|blank|spacer|transparent|missing");
  /** The words that name a placeholder only in a name of two words at most: "pixel.gif", but "pixel-7-pro.jpg". */
  private static final Pattern SHORT_NAME_WORD = Pattern.compile("1x1|pixel");
  /** Placeholders' names are this many words at most. */
  private static final int MAX_WORDS = 3;

  private Placeholders() {}

  /**
   * Whether a URL names a placeholder image by its file name.
   *
   * @param url an image's URL as written, absolute or relative
   * @return true for a placeholder's file name
   */
  static boolean named(String url) {
    String path = url.strip();
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String file = path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    int dot = file.indexOf('.');
    String stem = Urls.percentDecoded(dot < 0 ? file : file.substring(0, dot)).toLowerCase(Locale.ROOT);
    String[] words = stem.split("[^\\p{L}\\p{N}]+");
    int count = 0;
    boolean placeholder = false;
    boolean shortName = false;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      count++;
      placeholder |= PLACEHOLDER_WORD.matcher(w).matches();
      shortName |= SHORT_NAME_WORD.matcher(w).matches();
    }
    return placeholder && count <= MAX_WORDS || shortName && count <= 2;
  }
}
