package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cleaning of a name as a comment's header prints it ({@link CommenterNames#name}). */
class CommenterNamesTest {

  @Test
  void theLabelAuthorBeforeANameNeedsItsColon() {
    assertThat(CommenterNames.name("Автор: Пётр")).hasValue("Пётр");
    assertThat(CommenterNames.name("Author: Ann Lee")).hasValue("Ann Lee");
    assertThat(CommenterNames.name("Autor Petra")).as("without a colon, the word may start a name")
        .hasValue("Autor Petra");
    assertThat(CommenterNames.name("von Ann")).hasValue("Ann");
  }

  /** Komento's "Guest - " before a guest's name goes; a hyphen within a name stays. */
  @Test
  void komentosGuestBeforeANameIsNoPartOfIt() {
    assertThat(CommenterNames.name("Guest - Tom")).hasValue("Tom");
    assertThat(CommenterNames.name("Gast - Jean-Paul Weber")).hasValue("Jean-Paul Weber");
    assertThat(CommenterNames.name("Mary Smith-Jones")).hasValue("Mary Smith-Jones");
    assertThat(CommenterNames.name("Ann - Guest")).hasValue("Ann - Guest");
    assertThat(CommenterNames.name("Guest-Tom")).as("no spaced hyphen: a login").hasValue("Guest-Tom");
  }

  /** A badge after a name, the comment's number before it and a gone account's mark are none of it. */
  @Test
  void badgesNumbersAndGoneAccountsAreNoName() {
    assertThat(CommenterNames.name("Bob (verified) says:")).hasValue("Bob");
    assertThat(CommenterNames.name("Grace (Redaktion)")).hasValue("Grace");
    assertThat(CommenterNames.name("Carol · Subscriber")).hasValue("Carol");
    assertThat(CommenterNames.name("4. Dora")).hasValue("Dora");
    assertThat(CommenterNames.name("#5 Emil")).hasValue("Emil");
    assertThat(CommenterNames.name("Abonnent")).isEmpty();
    assertThat(CommenterNames.name("Top-Kommentator")).isEmpty();
    assertThat(CommenterNames.name("[deleted]")).isEmpty();
    assertThat(CommenterNames.name("Redaktion")).as("the newsroom's account").hasValue("Redaktion");
  }
}
