package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cleaning of a name as a comment's header prints it ({@link AuthorSearch#name}). */
class AuthorSearchTest {

  @Test
  void theLabelAuthorBeforeANameNeedsItsColon() {
    assertThat(AuthorSearch.name("Автор: Пётр")).hasValue("Пётр");
    assertThat(AuthorSearch.name("Author: Ann Lee")).hasValue("Ann Lee");
    assertThat(AuthorSearch.name("Autor Petra")).as("without a colon, the word may start a name")
        .hasValue("Autor Petra");
    assertThat(AuthorSearch.name("von Ann")).hasValue("Ann");
  }

  /** Komento's "Guest - " before a guest's name goes; a hyphen within a name stays. */
  @Test
  void komentosGuestBeforeANameIsNoPartOfIt() {
    assertThat(AuthorSearch.name("Guest - Tom")).hasValue("Tom");
    assertThat(AuthorSearch.name("Gast - Jean-Paul Weber")).hasValue("Jean-Paul Weber");
    assertThat(AuthorSearch.name("Mary Smith-Jones")).hasValue("Mary Smith-Jones");
    assertThat(AuthorSearch.name("Ann - Guest")).hasValue("Ann - Guest");
    assertThat(AuthorSearch.name("Guest-Tom")).as("no spaced hyphen: a login").hasValue("Guest-Tom");
  }
}
