package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bylines of a role, a desk, an agency or a publication, which name no person. */
class AuthorNamesRolesAloneTest {
  private static final Set<String> SITE = Set.of("Example News");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HT Correspondent", "Staff Reporter", "Our Correspondent", "Special Correspondent",
      "Express News Service", "Redaktion", "Agencies", "Web Desk", "News Desk", "PTI", "IANS", "TNN", "ANP", "PAP",
      "Belga", "Redactie", "Redakcja", "FE Bureau", "The Hindu Bureau", "The Guardian", "By HT Correspondent, New Delhi",
      "By Our Correspondent, Kolkata", "Notre correspondant à Bruxelles", "Nuestro corresponsal en Bruselas",
      "Il nostro inviato a Kiev", "Onze correspondent in Brussel", "Nasz korespondent w Brukseli",
      "Unser Korrespondent in Brüssel", "dpa/lno", "Redactie | ANP"})
  void namesNoOne(String byline) {
    assertThat(AuthorNames.of(byline, SITE)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Jane Roe, Special Correspondent # Jane Roe
      By Jane Roe, HT Correspondent # Jane Roe
      Jane Roe, The Hindu # Jane Roe
      Jane Roe (AP) # Jane Roe
      By JANE ROE Associated Press # JANE ROE
      Jane Roe BBC News # Jane Roe
      Von unserem Korrespondenten Max Muster # Max Muster
      dal nostro corrispondente Marco Rossi # Marco Rossi
      Door onze redacteur Jan de Vries # Jan de Vries
      oprac. Jan Kowalski # Jan Kowalski
      Jan Kowalski | Dziennikarz # Jan Kowalski
      Marco Rossi, giornalista # Marco Rossi
      Jan de Vries | Verslaggever # Jan de Vries
      Ann Reporter # Ann Reporter
      TJ Ma # TJ Ma
      Kim Il Sung # Kim Il Sung
      Jane Roe Media # -
      """)
  void theNameBesideStays(String byline, String name) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(name.equals("-") ? java.util.List.of()
        : java.util.List.of(name));
  }
}
