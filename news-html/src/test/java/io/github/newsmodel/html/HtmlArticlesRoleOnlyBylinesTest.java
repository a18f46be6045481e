package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bylines that name a role, a desk or an agency and no person, as Indian, Pakistani and European papers print them
 * for their unnamed staff and wire copy: the article has no author from them. A name beside the role is kept.
 */
class HtmlArticlesRoleOnlyBylinesTest {
  private static final URI URL = URI.create("https://www.example.com/2024/05/03/bridge");
  private static final String PAGE = """
      <html><head><title>Council approves new bridge | Example News</title></head><body><article>
      <h1>Council approves new bridge</h1>
      <div class="story-byline"><span class="author-name">%s</span></div>
      <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
      debate that lasted almost four years and divided the neighbourhoods on both of its banks.</p>
      <p>Work is to start in the spring, and the bridge is to open two years later, the mayor said.</p>
      </article></body></html>""";

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
    return HtmlArticles.parse(PAGE.formatted(byline), URL).authors().stream().map(Author::name).toList();
  }
}
