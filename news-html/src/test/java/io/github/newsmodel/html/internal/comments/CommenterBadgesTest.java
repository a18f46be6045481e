package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The badges beside a commenter's name ({@link CommenterBadges}): no part of the name, and no name alone. */
class CommenterBadgesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bob (verified)|Bob",
      "Carol · Subscriber|Carol",
      "Dave ✓|Dave",
      "Dave✔|Dave",
      "Eve Moderator|Eve",
      "Eve Kranz Moderatorin|Eve Kranz",
      "Frank [Autor]|Frank",
      "Grace (Redaktion)|Grace",
      "Jo Wendt Top-Kommentator|Jo Wendt",
      "Heidi Berger Abonnentin|Heidi Berger",
      "Carola Imhof · Premium|Carola Imhof",
      "Ann (not verified)|Ann",
      "Ann (nicht überprüft)|Ann",
      "Eve Moderator ✓|Eve",
      "Max • Team|Max",
      "Ola (OP)|Ola"})
  void aBadgeAfterTheNameIsNoPartOfIt(String printed, String name) {
    assertThat(CommenterBadges.withoutBadges(printed)).isEqualTo(name);
  }

  /**
   * Real names and notes that commenters give with them stay whole: a role word after a plain space may be the
   * name's own (a newsroom's account), and words that are no badge are the commenter's.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Stadtblatt Redaktion",
      "Peter Autor",
      "Admin",
      "Redaktion",
      "Thomas (sphericon auf twitter)",
      "Stefan Keller (@sfkeller)",
      "88181 (Profil gelöscht)",
      "Verifizierte/r Tierfreund/in",
      "Ann - Guest",
      "Premium Cars Ltd"})
  void aNameThatEndsWithNoBadgeStaysWhole(String name) {
    assertThat(CommenterBadges.withoutBadges(name)).isEqualTo(name);
  }

  @Test
  void aStateAloneNamesNoOneButARoleAloneIsAnAccountsName() {
    assertThat(CommenterBadges.only("Abonnent")).isTrue();
    assertThat(CommenterBadges.only("Top-Kommentator")).isTrue();
    assertThat(CommenterBadges.only("Premium")).isTrue();
    assertThat(CommenterBadges.only("(verified)")).isTrue();
    assertThat(CommenterBadges.only("✓")).isTrue();
    assertThat(CommenterBadges.only("Redaktion")).as("the newsroom's account").isFalse();
    assertThat(CommenterBadges.only("Admin")).isFalse();
    assertThat(CommenterBadges.only("Bob")).isFalse();
  }

  /** A badge set in an element of its own is left out of the line, whatever its word, but not a link's text. */
  @Test
  void aBadgeElementIsLeftOutOfTheNamesLine() {
    assertThat(CommenterBadges.lineText(line("Heidi <span class=badge>Stammleserin</span>"))).hasValue("Heidi");
    assertThat(CommenterBadges.lineText(line("<span class=coral-userTag>Staff</span> Eve"))).hasValue("Eve");
    assertThat(CommenterBadges.lineText(line("Jo <span>Abonnent</span>"))).hasValue("Jo");
    assertThat(CommenterBadges.lineText(line("<a href=/u/7>Admin</a> <span class=role>Moderator</span>")))
        .hasValue("Admin");
    assertThat(CommenterBadges.lineText(line("<span class=badge>Abonnent</span>")))
        .as("nothing but the badge: the line as it is, which then names no one").hasValue("Abonnent");
    assertThat(CommenterBadges.lineText(line("Ann <span class=surname>Lee</span>"))).hasValue("Ann Lee");
  }

  private static Element line(String html) {
    // something after the line, so that the page did not end inside it
    return Jsoup.parse("<span class=author>" + html + "</span><p>end</p>").selectFirst("span.author");
  }
}
