package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bylines that name a role, a desk or an agency and no person, as Indian, Pakistani and European papers print them
 * for their unnamed staff and wire copy: the article has no author from them. A name beside the role is kept.
 */
class HtmlArticlesRoleOnlyBylinesTest {
  /** The byline as Indian papers set it, a name's element in the byline's. */
  private static final String BYLINE =
      "<div class=\"story-byline\"><span class=\"author-name\">%s</span></div>";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HT Correspondent", "Staff Reporter", "Our Correspondent", "Special Correspondent",
      "Express News Service", "Redaktion", "Agencies", "Web Desk", "News Desk", "PTI", "By HT Correspondent, New Delhi",
      "By Our Correspondent, Kolkata", "Express News Service, Chennai", "The Hindu Bureau", "FE Bureau", "TNN",
      "Our Correspondent Published May 3, 2024", "Notre correspondant à Bruxelles", "Nuestro corresponsal en Bruselas",
      "Dal nostro inviato a Kiev", "Onze correspondent in Brussel", "Nasz korespondent w Brukseli", "Redactie", "ANP",
      "Redakcja", "PAP", "Agencia EFE | Madrid"})
  void aRoleAloneNamesNoAuthor(String byline) {
    assertThat(authors(byline)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      By Jane Roe, Special Correspondent # Jane Roe
      By Jane Roe, HT Correspondent # Jane Roe
      By Jane Roe, Special Correspondent, New Delhi # Jane Roe
      Jane Roe / TNN # Jane Roe
      Jane Roe | PTI # Jane Roe
      Jane Roe, The Hindu # Jane Roe
      Jane Roe (AP) # Jane Roe
      Von unserem Korrespondenten Max Muster # Max Muster
      """)
  void theNameBesideARoleStays(String byline, String expected) {
    assertThat(authors(byline)).containsExactly(expected);
  }

  private static List<String> authors(String byline) {
    return BylinePage.authors(BYLINE.formatted(byline));
  }
}
