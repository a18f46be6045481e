package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BylinePatternTest {
  @Test
  void rulesOutTheTextsThatStartAsNoMatchDoes() {
    BylinePattern label = BylinePattern.of(Pattern.compile("(?:by|von)\\s+\\p{Lu}.*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    assertThat(label.matches("Von Jane Roe")).isTrue();
    assertThat(label.matches("by Jane Roe")).isTrue();
    assertThat(label.mayMatch("Jane Roe")).isFalse();
    assertThat(label.mayMatch("Vonnegut")).isTrue(); // it starts as a match may, and the pattern tells the rest
    assertThat(label.matches("Vonnegut")).isFalse();
    assertThat(label.lookingAt("")).isFalse();
  }

  @Test
  void keepsASurrogateAsTheHalfOfALetter() {
    BylinePattern capital = BylinePattern.of(Pattern.compile("\\p{Lu}\\p{L}+"));
    String deseret = "\ud801\udc00\ud801\udc28"; // a capital and a small letter beyond the Basic Multilingual Plane
    assertThat(capital.matches(deseret)).isTrue();
    assertThat(capital.mayMatch("jane")).isFalse();
  }

  /**
   * For each character of the alphabets up to the CJK symbols in front of the rest of a byline that the pattern
   * matches: the text is never ruled out where the pattern matches it, whatever case folding lets a character stand
   * for a label's letter.
   */
  @Test
  void neverRulesOutATextThatMatches() {
    List<BylinePattern> patterns = List.of(AuthorNames.STARTS_AS_BYLINE, AuthorNames.LONE_LABEL);
    List<String> bylines = List.of("By Jane Roe", "Von Jane Roe", "Autor: Jane Roe", "Verfasst von Jane Roe",
        "Text: Jane Roe", "Текст: Jane Roe", "Автор", "Af Jane Roe", "Di Jane Roe", "Écrit par Jane Roe",
        "Kirjoittanut by Jane Roe", "Ein Beitrag von", "Door Jane Roe", "Stories by Jane Roe", "In by Jane Roe");
    int matched = 0;
    for (BylinePattern pattern : patterns) {
      for (String byline : bylines) {
        String rest = byline.substring(1);
        for (char c = 0; c < '\u3000'; c++) {
          String text = c + rest;
          boolean matches = pattern.pattern().matcher(text).lookingAt();
          if (matches) {
            matched++;
            assertThat(pattern.mayMatch(text)).as("'%s'", text).isTrue();
          }
        }
      }
    }
    assertThat(matched).isGreaterThan(50);
  }

  /**
   * For each pair of ASCII characters in front of the rest of a byline, and of every pattern whose first characters
   * rule texts out: a text is never ruled out by its first two where the pattern matches it.
   */
  @Test
  void neverRulesOutATextThatMatchesByItsFirstTwo() {
    List<BylinePattern> patterns = List.of(AuthorNames.STARTS_AS_BYLINE, AuthorNames.LONE_LABEL);
    List<String> rests = List.of("y Jane Roe", "on Jane Roe", "tor: Jane Roe", "rfasst von Jane Roe", "xt: Jane Roe",
        "f Jane Roe", " Jane Roe", "rit par Jane Roe", "in Beitrag von Jane Roe", "or Jane Roe", "ories by Jane Roe",
        "", " ", ": Jane Roe", "thor: Jane Roe", "uthors: Jane Roe", "tto: Jane Roe");
    int matched = 0;
    for (BylinePattern pattern : patterns) {
      for (String rest : rests) {
        for (char a = 0; a < 128; a++) {
          for (char b = 0; b < 128; b++) {
            String text = "" + a + b + rest;
            if (pattern.pattern().matcher(text).lookingAt()) {
              matched++;
              assertThat(pattern.mayMatch(text)).as("'%s'", text).isTrue();
            }
          }
        }
      }
    }
    assertThat(matched).isGreaterThan(50);
  }
}
