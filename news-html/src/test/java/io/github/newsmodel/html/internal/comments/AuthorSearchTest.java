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
}
