package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place a byline prints after the writer's name and a mark, which is no second author. */
class AuthorNamesPlacesTest {
  private static final Set<String> SITE = Set.of("Example News");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Jane Roe | Brussels # Jane Roe
      Jane Roe – Berlin # Jane Roe
      By Jane Roe — LONDON # Jane Roe
      By Jane Roe - NEW DELHI # Jane Roe
      By Jane Roe | RIO DE JANEIRO # Jane Roe
      jroe — LONDON # jroe
      Von Jane Roe, Berlin # Jane Roe
      Jane Roe in Washington # Jane Roe
      Jane Roe, Washington Post # Jane Roe
      Jane Roe | New York # Jane Roe
      Jane Roe, San Francisco # Jane Roe
      Jane Roe / Sankt Gallen # Jane Roe
      Von Jane Roe, Frankfurt am Main # Jane Roe
      Par Jeanne Dupont, à Bruxelles # Jeanne Dupont
      Jane Roe | Europe Editor | Brussels # Jane Roe
      Por María López, Corresponsal en Bruselas # María López
      Jane Roe and John Doe | WASHINGTON # Jane Roe; John Doe
      Jane Roe | Brussels | Belgium # Jane Roe
      JANE ROE, NEW DELHI # JANE ROE
      By JANE ROE | SAN FRANCISCO # JANE ROE
      JANE ROE, JOHN DOE, NEW YORK # JANE ROE; JOHN DOE
      """)
  void thePlaceGoes(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Jane Roe | Tom Brown # Jane Roe; Tom Brown
      Jane Roe, Hong Li # Jane Roe; Hong Li
      JANE ROE, JOHN DOE # JANE ROE; JOHN DOE
      Jane Roe / PP # Jane Roe; PP
      Anna | Berlin # Anna; Berlin
      R. R. | London # R. R.; London
      """)
  void namesStay(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).as("a co-author, initials, or no full name before")
        .isEqualTo(List.of(names.split("; ")));
  }

  @Test
  void aBylineThatHeldAPlaceHeldMoreThanNames() {
    assertThat(AuthorNames.read("Jane Roe | Brussels", SITE).placeTaken()).isTrue();
    assertThat(AuthorNames.read("Jane Roe, Max Muster | Teilen", SITE).placeTaken()).as("a button's word").isTrue();
    assertThat(AuthorNames.read("Jane Roe, Max Muster", SITE).placeTaken()).isFalse();
    assertThat(AuthorNames.read("Jane Roe | AFP", SITE).placeTaken()).as("an organisation, dropped as one")
        .isFalse();
    assertThat(AuthorNames.read("Jane Roe, Europe Editor", SITE).placeTaken()).as("a role").isFalse();
  }
}
