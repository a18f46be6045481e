package io.github.newsmodel.html.internal.generic;

import java.util.Locale;

/**
 * A text that a content system filled in from a file or a URL slug rather than from words someone wrote: an image's
 * "scientists-confirm-2023-hottest-year-ever-making" as its caption, "lux-veritatis-logo" or
 * "Bepflanzt-und-dekoriert-wird-das-Livingten-im-Garten.jpg" as its alt text. It says nothing a reader would be
 * shown, so a description of an image leaves it out. A hyphenated word ("Mandarinen-Schmand-Kuchen") or name
 * ("Leandra-Lou") is no slug: its parts are capitalised.
 */
final class FileNameText {
  private static final String[] IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"};
  /** How many lower-case parts joined by hyphens or underscores make a slug. */
  private static final int SLUG_PARTS = 3;

  private FileNameText() {}

  static boolean is(String text) {
    if (text.isEmpty() || text.indexOf(' ') >= 0) {
      return false; // words someone wrote have spaces between them; nearly every text has one
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String extension : IMAGE_EXTENSIONS) {
      if (lower.endsWith(extension)) {
        return true;
      }
    }
    String[] parts = text.split("[-_]");
    if (parts.length < SLUG_PARTS) {
      return false;
    }
    for (String part : parts) {
      if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
