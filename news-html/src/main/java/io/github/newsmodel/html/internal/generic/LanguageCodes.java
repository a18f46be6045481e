package io.github.newsmodel.html.internal.generic;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Whether the language subtag of a page's language tag names a language. BCP 47 takes a subtag of 5 to 8 letters
 * only for a language registered so, and none is; a subtag of 2 or 3 letters must be an ISO 639 code. Pages write
 * {@code lang="english"} or {@code lang="zz"}: neither names a language, and the page's language is then unknown
 * rather than a word taken for a code.
 *
 * <p>Java lists the 2-letter codes ({@link Locale#getISOLanguages()}) but not the 3-letter ones, of which ISO 639-3
 * holds thousands. A code is known here if Java lists it, if it is the 3-letter code of a listed language ({@code
 * deu}, as {@link Locale#getISO3Language()} gives it), or if Java's locale data names the language ({@code gsw}
 * Swiss German, {@code fil} Filipino, {@code haw} Hawaiian, and {@code sh}, the withdrawn 2-letter code of
 * Serbo-Croatian, which pages still write). A rarer language written with a 3-letter code of its own is left out:
 * absent is better than a code no reader can tell from a typing error. The codes ISO 639 keeps for what is no
 * single language ({@code mul} for many, {@code mis} for one without a code, {@code zxx} for no language) are no
 * page's language either.
 */
final class LanguageCodes {
  private static final Set<String> LISTED = listed();
  private static final Set<String> NO_LANGUAGE = Set.of("mul", "mis", "zxx", "und");

  private LanguageCodes() {}

  /**
   * Whether a language subtag names a language.
   *
   * @param language the subtag, in lower case, as {@link Locale#getLanguage()} gives it
   * @return true for a known ISO 639 code of 2 or 3 letters
   */
  static boolean known(String language) {
    if (language.length() < 2 || language.length() > 3 || NO_LANGUAGE.contains(language)) {
      return false;
    }
    return LISTED.contains(language) || named(language);
  }

  /** Whether Java's locale data has a name for the language: it gives back the code itself for one it has none for. */
  private static boolean named(String language) {
    String name = new Locale.Builder().setLanguage(language).build().getDisplayLanguage(Locale.ENGLISH);
    return !name.isEmpty() && !name.equalsIgnoreCase(language);
  }

  /** The 2-letter codes Java lists, and the 3-letter code of each. */
  private static Set<String> listed() {
    Set<String> codes = new HashSet<>();
    for (String code : Locale.getISOLanguages()) {
      codes.add(code);
      try {
        codes.add(new Locale.Builder().setLanguage(code).build().getISO3Language());
      } catch (MissingResourceException e) {
        // a listed code without a 3-letter one: the 2-letter code alone is known
      }
    }
    return Set.copyOf(codes);
  }
}
