package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Holds the cheap tests that Tidy asks before its regexes to the ways they were asked before: the openings of a
 * disclosure by their first letter, the first letter of a forum's list of rights, the digits of a dateline. Each is
 * tried on every character, and on random texts of the words' pieces in every case and the characters that lower or
 * fold unlike ASCII (İ, K, ſ, É, Σ, a surrogate pair).
 */
class TidyPreTestsTest {
  private static final String[] PIECES = {"newsletter", "NEWSLETTER", "inbox", "İnbox", "posteingang", "Edition",
      "magazine", "editor", "leserbrief", "rédaction", "RÉDACTION", "carta al", "CARTA  AL", "twitter", "Facebook",
      "instagram", "telegram", "tiktok", "\u212aik", "youtube", "linkedin", "mastodon", "whatsapp", "bluesky", "ne",
      "ws", "let", "ter", "in", "box", "ed", "it", "or", "ion", "a", "i", "İ", "\u0307", "ſ", "Σ", "\ud83d\ude00", " ",
      "\n", "é", "É", "you", "You", "du", "Du", "vous", "usted", "u", "tu", "Tu", "this forum", "diesem Forum",
      "werbung", "Anzeige", "advertisement", "sponsored", "affiliate", "bei den links handelt es sich", "BEI DEN",
      "if you buy something through", "wenn du über", "dieser beitrag enthält", "This article contains",
      "this post contains", "This is", "*", "-", ".", "7", "_", "\u00a0", "\u2003", "x", "ABC", "\u0660", "\u0967",
      "\uff10", "\u201c", "\u00ab", "\u0411", "\ud55c", "\u212a", "\u0131", "\u017f"};

  @Test
  void aDisclosureOpensAsBefore() {
    Random random = new Random(30);
    for (int round = 0; round < 50_000; round++) {
      String text = randomText(random);
      assertThat(Tidy.disclosure(text)).as(text).isEqualTo(disclosureBefore(text));
    }
  }

  /**
   * A character outside ASCII among a disclosure's first four is passed over as {@code \W} unless the regex may
   * take it for a letter or count it with another: every such character, one to three of them before each opening,
   * is either let through or matched by no disclosure.
   */
  @Test
  void aCharacterOutsideAsciiBeforeADisclosureIsPassedOverOnlyWhereTheRegexWouldBe() {
    List<String> rests = List.of("werbung", "ponsored", "ffiliate", "f you buy something through our links",
        "his post contains", "ieser artikel enthält", "");
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      for (String rest : rests) {
        for (String before : List.of("", "\u201c ")) {
          String text = before + (char) c + rest;
          if (Tidy.DISCLOSURE.matcher(text).matches()) {
            assertThat(Tidy.opensLikeADisclosure(text)).as("char %d rest %s", c, rest).isTrue();
          }
          String opened = (char) c + before + rest;
          if (Tidy.DISCLOSURE.matcher(opened).matches()) {
            assertThat(Tidy.opensLikeADisclosure(opened)).as("char %d first, rest %s", c, rest).isTrue();
          }
        }
      }
    }
    assertThat(Tidy.disclosure("\u201cWerbung\u201d")).isTrue();
    assertThat(Tidy.disclosure("\u00bb\u00bb\u00bbWerbung")).isTrue();
    assertThat(Tidy.disclosure("\u017fponsored")).isTrue();
    assertThat(Tidy.disclosure("\ud83d\ude00\ud83d\ude00Werbung")).isTrue();
    assertThat(Tidy.opensLikeADisclosure("\u201cWe\u2019re not")).isFalse();
    assertThat(Tidy.opensLikeADisclosure("\ud55c\uad6d\uc5b4 \ud14d\uc2a4\ud2b8")).isFalse();
  }

  @Test
  void aListOfRightsOpensWithTheFirstLetterOfAPronoun() {
    List<String> rests = List.of("ou cannot reply to topics in this forum", "u kannst keine Beiträge in diesem Forum"
        + " schreiben", "ous ne pouvez pas répondre dans ce forum", "sted no puede responder en este foro",
        " kunt geen berichten plaatsen in dit forum", "u non puoi rispondere in questo forum", "");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (String rest : rests) {
        String line = (char) c + rest;
        if (Tidy.FORUM_RIGHT.matcher(line.strip()).matches()) {
          assertThat(Tidy.opensLikeARight(line + "\n" + line)).as("char %d rest %d", c, rests.indexOf(rest)).isTrue();
        }
      }
    }
    Random random = new Random(31);
    for (int round = 0; round < 50_000; round++) {
      String text = randomText(random);
      assertThat(Tidy.forumRights(text)).as(text).isEqualTo(forumRightsBefore(text));
    }
  }

  @Test
  void wordCharsAreCountedAsBefore() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = String.valueOf((char) c);
      assertThat(Tidy.wordChars(text)).as("char %d", c).isEqualTo(wordCharsBefore(text));
    }
    Random random = new Random(32);
    for (int round = 0; round < 20_000; round++) {
      String text = randomText(random);
      assertThat(Tidy.wordChars(text)).as(text).isEqualTo(wordCharsBefore(text));
    }
    String words = "Lorem ipsum, dolor sit amet. ".repeat(8);
    assertThat(Tidy.wordChars(words)).isEqualTo(wordCharsBefore(words)).isEqualTo(101);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(7); i > 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        text.append(random.nextBoolean() ? " " : "\n");
      }
    }
    return text.toString();
  }

  /** Tidy's test of a disclosure as it was, with the test of its opening below. */
  private static boolean disclosureBefore(String text) {
    return text.length() <= 302 && opensLikeADisclosureBefore(text) && Tidy.DISCLOSURE.matcher(text).matches();
  }

  /** Tidy's test of a disclosure's opening as it was, with every opening compared. */
  private static boolean opensLikeADisclosureBefore(String text) {
    List<String> openings = new ArrayList<>(List.of("werbung", "anzeige", "advertisement", "sponsored", "affiliate",
        "bei den verlinkungen handelt es sich", "bei den links handelt es sich", "if you buy something through",
        "wenn du über"));
    for (String pronoun : List.of("dieser", "this")) {
      for (String noun : List.of("beitrag", "artikel", "post", "article")) {
        for (String verb : List.of("enthält", "contains")) {
          openings.add(pronoun + " " + noun + " " + verb);
        }
      }
    }
    StringBuilder initials = new StringBuilder();
    for (String opening : openings) {
      if (initials.indexOf(opening.substring(0, 1)) < 0) {
        initials.append(opening.charAt(0));
      }
    }
    for (int i = 0, n = Math.min(4, text.length()); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return true;
      }
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
        if (initials.indexOf(String.valueOf(Character.toLowerCase(c))) < 0) {
          return false;
        }
        for (String word : openings) {
          if (text.regionMatches(true, i, word, 0, word.length())) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Tidy's count of the characters of words as it was: up to 101 of those outside {@code \p{Punct}} and {@code \s}. */
  private static int wordCharsBefore(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n <= 100; i++) {
      String c = String.valueOf(text.charAt(i));
      if (!c.matches("\\p{Punct}") && !c.matches("\\s")) {
        n++;
      }
    }
    return n;
  }

  /** Tidy's test of a forum's list of rights as it was, without the test of its first letter. */
  private static boolean forumRightsBefore(String text) {
    if (text.indexOf('\n') < 0 || text.length() > 800) {
      return false;
    }
    for (String line : text.split("\n")) {
      if (!Tidy.FORUM_RIGHT.matcher(line.strip()).matches()) {
        return false;
      }
    }
    return true;
  }
}
