package io.github.newsmodel.html.internal.time;

import java.util.regex.Pattern;

/**
 * The numbers that a version's word labels, which are no dates though they read as one: "Release 1.2.2024",
 * "Version 2.1.2023", "Firmware 3.10.2019", "Build 3.9.15", "version: 10.9.38", "revision : 2.1.25", "Wersja
 * 1.2.2024". A version written as one word with its number, "v1.2.2024", is none that {@link DateTimes} reads in
 * the first place.
 *
 * <p>Not the words that label a date as often: German "Update 1.2.2024" dates a news update; "Release: 10.11.2023",
 * with its colon, is a game's release date, as German game sites list them (a "Release" without one is a version);
 * "v. 12.1.2022" is German "vom", of, as in "Urteil v. 27.3.2007", a ruling of that day; and "Kapitel", "Chapter" or
 * "Section" before a date names a chapter by its day more likely than it numbers one with a four-digit part.
 */
final class VersionNumbers {
  /** A version's word at the end of the text before a number, with a colon after it or not. */
  private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:version|versión|versione|versie"
      + "|versão|wersja|versio|verze|версия|версія|ver\\.|build|firmware|revision|rev\\.|patch)\\s*:?|release)\\s*$");
  /** Enough characters before a number for its label: "versione :" and white space. */
  private static final int MAX_LABEL = 16;

  private VersionNumbers() {}

  /**
   * Whether a version's word labels what starts at a place of a text.
   *
   * @param text the text
   * @param start where a date starts in it
   * @return true if the date opens with a number and the text before it ends with the word of a version
   */
  static boolean labelled(String text, int start) {
    return start >= 2 && Character.isDigit(text.charAt(start))
        && LABEL.matcher(text).region(Math.max(0, start - MAX_LABEL), start).useTransparentBounds(true).find();
  }
}
