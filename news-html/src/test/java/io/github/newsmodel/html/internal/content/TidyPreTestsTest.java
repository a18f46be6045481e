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
      "\uff10"};

  @Test
  void aDisclosureOpensAsBefore() {
    Random random = new Random(30);
    for (int round = 0; round < 50_000; round++) {
      String text = randomText(random);
      assertThat(Tidy.opensLikeADisclosure(text)).as(text).isEqualTo(opensLikeADisclosureBefore(text));
    }
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
