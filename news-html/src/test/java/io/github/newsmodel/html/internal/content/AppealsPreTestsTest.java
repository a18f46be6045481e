package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Holds the cheap tests that {@link Appeals#pitch} asks before its regexes to the regexes: a network's name found in
 * the folded text where {@link Appeals#NETWORK} finds one and nowhere else, and the words each other regex needs
 * found wherever it matches. Tried on random texts of the regexes' words and pieces, in every case, with the
 * characters that lower or fold unlike ASCII (İ, ı, K, ſ, É, Σ, a surrogate pair), and with every character before,
 * after and inside a name.
 */
class AppealsPreTestsTest {
  private static final String[] PIECES = {"twitter", "Twitter", "TWITTER", "facebook", "Facebook", "instagram",
      "telegram", "tiktok", "\u212aik", "ti\u212a", "youtube", "linkedin", "mastodon", "whatsapp", "bluesky", "follow",
      "Follow", "FOLLOW", "follow us", "Follow us on", "folgt uns", "folge uns", "Folgen Sie uns", "folgen sie",
      "Síguenos", "siguenos", "suivez-nous", "Suivez nous", "seguici", "siga-nos", "follow me", "follow him",
      "follow her", "follow them", "Folgen Sie mir", "ihm", "ihr", "me", "him", "her", "them", "on", "auf", "en", "sur",
      "su", "@", "@jane", "@x", "a@b", "newsletter", "edition", "magazine", "inbox", "sign up", "signing up",
      "Subscribe", "subscribing", "abonnieren", "abonniere", "melde dich", "anmelden", "hol dir", "inscrivez",
      "inscris-toi", "inscrire", "inscription", "suscríbete", "inscribase", "suscripción", "inscripcion", "Sie",
      "Ihnen", "Ihr", "Ihre", "Ihrem", "letter to the editor", "Letters to the Editor", "editor",
      "Leserbrief", "lettre à la rédaction", "carta al director", "submit", "write to", "send", "a@b.de", "you", "our", "we", "\"", "“", "»", "now", "jetzt", "today", ".", "!", "-", ":",
      "a", "i", "İ", "ı", "\u0307", "ſ", "Σ", "σ", "ς", "é", "É", "í", "\ud83d\ude00", "\ud801\udc00", "\ud801",
      "\udc00", " ", "  ", "\n", "x", "ABC", "_", "7", "ш", "한", "Диета", "정덕현의", "twit", "ter", "inbo", "x",
      "\u212a", "\u0130nbox", "Facebook\u212a", "faceboo\u212a", "r\u00e9daction", "carta", "al", "support us",
      "Support our", "\u017fupport us", "Unterstützen Sie uns", "unterstütze das projekt", "spenden sie", "donate now",
      "apóyanos", "Apoyanos", "soutenez-nous", "sostienici", "SOSTIENICI", "download", "DOWNLOAD", "app", "Apps",
      "APPLI", "laden sie", "Laden Sie", "lade dir", "téléchargez", "TÉLÉCHARGER", "descarga", "scarica", "herunterladen",
      "runterladen"};

  @Test
  void aNetworkIsNamedWhereTheRegexFindsOne() {
    Random random = new Random(33);
    for (int round = 0; round < 30_000; round++) {
      String text = randomText(random);
      assertThat(Appeals.namesNetwork(text, Appeals.folded(text))).as(text)
          .isEqualTo(Appeals.NETWORK.matcher(text).find());
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String ch = String.valueOf((char) c);
      for (String text : List.of(ch + "twitter", "twitter" + ch, "t" + ch + "itter", "tikto" + ch, ch + "Bluesky" + ch,
          "\ud801" + ch + "twitter", "twitter" + ch + "\udc00")) {
        assertThat(Appeals.namesNetwork(text, Appeals.folded(text))).as("char %d in %s", c, text)
            .isEqualTo(Appeals.NETWORK.matcher(text).find());
      }
    }
  }

  @Test
  void eachRegexHoldsTheWordsLookedForFirst() {
    Random random = new Random(34);
    for (int round = 0; round < 30_000; round++) {
      assertPreTestsHold(randomText(random));
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String ch = String.valueOf((char) c);
      String us = "f" + ch + "llow u" + ch;
      if (Appeals.FOLLOW_US.matcher(us).find()) {
        assertThat(Texts.containsAny(Appeals.folded(us), Appeals.FOLLOW_US_PIECES)).as(us).isTrue();
      }
      String writer = "follow h" + ch + "m";
      if (Appeals.FOLLOW_WRITER.matcher(writer).find()) {
        assertThat(Texts.containsAny(Appeals.folded(writer), Appeals.FOLLOW_WRITER_PIECES)).as(writer).isTrue();
      }
      String letters = "letter" + ch + "to the edito" + ch;
      if (Appeals.LETTERS.matcher(letters).find()) {
        assertThat(Texts.containsAny(Appeals.folded(letters), Appeals.LETTER_PIECES)).as(letters).isTrue();
      }
      String call = "sub" + ch + "cribe";
      if (Appeals.PITCH_CALL.matcher(call).find()) {
        assertThat(Texts.containsAny(Appeals.folded(call), Appeals.CALL_PIECES)).as(call).isTrue();
      }
    }
  }

  @Test
  void aPitchIsTheSameAsBefore() {
    Random random = new Random(35);
    for (int round = 0; round < 30_000; round++) {
      String text = randomText(random);
      assertThat(Appeals.pitch(text)).as(text).isEqualTo(pitchBefore(text));
    }
    assertThat(Appeals.pitch("Follow us on Twitter for the latest.")).isTrue();
    assertThat(Appeals.pitch("Follow The Example Times Opinion section on Facebook and Instagram.")).isTrue();
    assertThat(Appeals.pitch("Jane Roe is a reporter. Follow her on Twitter @janeroe")).isTrue();
    assertThat(Appeals.pitch("Fans were urged to follow him on Twitter.")).isFalse();
    assertThat(Appeals.pitch("F\u017fllow us on Twitter")).isFalse();
    assertThat(Appeals.pitch("Follow u\u017f on Twitter")).isTrue();
    assertThat(Appeals.pitch("Follow us on T\u0131tter and Facebook")).isTrue();
  }

  /**
   * Only ASCII's letters, the Kelvin sign and the dotted capital I lower-case to ASCII letters: a text without five
   * of them in a row holds none of the words {@link Appeals#pitch} looks for, each of which has five.
   */
  @Test
  void onlyTheKelvinSignAndTheDottedCapitalILowerCaseToAsciiLettersBesidesAscii() {
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
      boolean asciiLetter = lower.chars().anyMatch(l -> l >= 'a' && l <= 'z');
      assertThat(asciiLetter).as("char %d", c).isEqualTo(c == 0x212a || c == 0x130);
    }
    for (String word : List.of("newsletter", "inbox", "posteingang", "edition", "magazine", "editor", "leserbrief",
        "rédaction", "carta al", "twitter", "facebook", "instagram", "telegram", "tiktok", "youtube", "linkedin",
        "mastodon", "whatsapp", "bluesky")) {
      assertThat(Appeals.hasLatinWord(word)).as(word).isTrue();
    }
    assertThat(Appeals.hasLatinWord("Диета Аткинса - потеря веса")).isFalse();
    assertThat(Appeals.hasLatinWord("정덕현 칼럼니스트 thek")).isFalse();
    assertThat(Appeals.hasLatinWord("정덕현 칼럼니스트 theki")).isTrue();
  }

  private static void assertPreTestsHold(String text) {
    String folded = Appeals.folded(text);
    if (Appeals.FOLLOW_US.matcher(text).find()) {
      assertThat(Texts.containsAny(folded, Appeals.FOLLOW_US_PIECES)).as(text).isTrue();
    }
    if (Appeals.FOLLOW_WRITER.matcher(text).find()) {
      assertThat(Texts.containsAny(folded, Appeals.FOLLOW_WRITER_PIECES)).as(text).isTrue();
    }
    if (Appeals.PITCH_CALL.matcher(text).find()) {
      assertThat(Texts.containsAny(folded, Appeals.CALL_PIECES)).as(text).isTrue();
    }
    if (Appeals.LETTERS.matcher(text).find()) {
      assertThat(Texts.containsAny(folded, Appeals.LETTER_PIECES)).as(text).isTrue();
    }
    if (Appeals.SUPPORT_CALL.matcher(text).find() || Appeals.SUPPORT_US.matcher(text).find()) {
      assertThat(Texts.containsAny(folded, Appeals.SUPPORT_PIECES)).as(text).isTrue();
    }
    if (Appeals.DOWNLOAD_CALL.matcher(text).find()) {
      assertThat(Texts.containsAny(folded, Appeals.DOWNLOAD_PIECES)).as(text).isTrue();
    }
    if (Appeals.APP.matcher(text).find()) {
      assertThat(text.toLowerCase(Locale.ROOT)).as(text).contains("app");
    }
    if (Appeals.FORMAL_ADDRESS.matcher(text).find()) {
      assertThat(Appeals.mayAddressFormally(text)).as(text).isTrue();
    }
    if (Appeals.HANDLE.matcher(text).find()) {
      assertThat(text).contains("@");
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) != 0) {
        text.append(random.nextInt(5) == 0 ? "\u00a0" : " ");
      }
    }
    return text.toString();
  }

  /** {@link Appeals#pitch} as it was, with the regexes asked without the tests before them. */
  private static boolean pitchBefore(String text) {
    if (text.length() > 300) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (Texts.containsAny(lower, List.of("newsletter", "inbox", "posteingang", "edition", "magazine"))
        && Appeals.PITCH_OFFER.matcher(text).find() && callsToTakeBefore(text)) {
      return true;
    }
    if (Texts.containsAny(lower, List.of("editor", "leserbrief", "rédaction", "carta al"))
        && Appeals.LETTERS.matcher(text).find() && Appeals.SEND.matcher(text).find()) {
      return true;
    }
    boolean quoted = text.matches("(?s).*[\"“”„«»‘‚].*");
    if (!quoted && (Appeals.SUPPORT_US.matcher(text).find()
        || Appeals.SUPPORT_CALL.matcher(text).find() && Appeals.supportCall(text))) {
      return true; // past the regexes, where the call stands is left to the call
    }
    if (Appeals.APP.matcher(text).find() && Appeals.DOWNLOAD_CALL.matcher(text).find()
        && Appeals.SITE_APP.matcher(text).find()) {
      return true;
    }
    if (lower.startsWith("follow ") && lower.contains(" coverage") && lower.matches("(?s).*(?:https?://|www\\.).*")) {
      return true;
    }
    if (!Texts.containsAny(lower, List.of("twitter", "facebook", "instagram", "telegram", "tiktok", "youtube",
        "linkedin", "mastodon", "whatsapp", "bluesky")) || !Appeals.NETWORK.matcher(text).find()) {
      return false;
    }
    if (Appeals.FOLLOW_US.matcher(text).find() && !text.matches("(?s).*[\"“”„«»‘‚].*")) {
      return true;
    }
    if (Appeals.FOLLOW_FIRST.matcher(text).lookingAt()) {
      return true;
    }
    return Appeals.FOLLOW_WRITER.matcher(text).find() && Appeals.HANDLE.matcher(text).find();
  }

  /** The regexes of a call to take an offer, as they were asked; the opening of a sentence is left to the call. */
  private static boolean callsToTakeBefore(String text) {
    Matcher call = Appeals.PITCH_CALL.matcher(text);
    if (!call.find()) {
      return false;
    }
    if (Appeals.ADDRESS.matcher(text).find() || Appeals.FORMAL_ADDRESS.matcher(text).find()) {
      return true;
    }
    return Appeals.pitch(text); // past the regexes, the rest of the test is unchanged
  }
}
