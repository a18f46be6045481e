package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Locale;

/**
 * The notice of rights a site puts under its articles, a paragraph of its own: "Copyright 2023 Example Television.
 * All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "© 2022,
 * Example.com. This article is the copyrighted property of Example News. Written permission must be obtained before
 * reprint". It is the same under every article, not its text.
 *
 * <p>Only a short paragraph that opens with the mark or the word and reserves the rights or asks for permission: a
 * book's excerpt credits its publisher in a sentence that opens otherwise ("Excerpted from …. Copyright © 2018 by
 * Jane Roe. Used with permission"), and a credit line alone ("© Jane Roe") is {@link Tidy}'s.
 */
final class RightsNotice {
  /** The most characters of a notice: two or three sentences. */
  private static final int MAX_NOTICE = 400;
  /** What it reserves, or the permission it asks for, in lower case. */
  private static final List<String> RESERVATIONS = List.of("all rights reserved", "alle rechte vorbehalten",
      "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
      "may not be published", "may not be reproduced", "permission", "reprint", "nachdruck");

  private RightsNotice() {}

  /**
   * Whether a paragraph is a notice of rights.
   *
   * @param text the paragraph's text
   * @return true if it opens with the copyright mark, or the word and the mark or a year, and reserves the rights, in a few sentences
   */
  static boolean is(String text) {
    if (text.length() > MAX_NOTICE) {
      return false;
    }
    int start = 0;
    boolean bracket = false;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '(')) {
      bracket |= text.charAt(start) == '(';
      start++;
    }
    boolean opens = text.startsWith("©", start) || bracket && text.regionMatches(true, start, "c)", 0, 2) // not "c)"
        || text.regionMatches(true, start, "copyright", 0, 9) && markFollows(text, start + 9);
    if (!opens) {
      return false;
    }
    return Texts.containsAny(text.toLowerCase(Locale.ROOT), RESERVATIONS);
  }

  /**
   * Whether the word "Copyright" is the notice's, followed by the mark or the year ("Copyright © 2019", "Copyright
   * 2023"), not a sentence's subject: "Copyright holders need permission to …".
   */
  private static boolean markFollows(String text, int at) {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at < text.length() && (text.charAt(at) == '©' || Character.isDigit(text.charAt(at))
        || text.regionMatches(true, at, "(c)", 0, 3));
  }
}
