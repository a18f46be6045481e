package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineRolePartsTest {
  /** A comma goes before a role that the markup sets apart after a word, and nowhere else. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      <span>Jane Smith</span><span>Europe Editor</span> # Jane Smith, Europe Editor
      By Jane Smith<br>Political Correspondent # By Jane Smith, Political Correspondent
      <div>Von Anna Schmid</div><div>Redakteurin</div> # Von Anna Schmid, Redakteurin
      <a href="/profile/jane">Jane Smith</a> Europe editor # Jane Smith, Europe editor
      <span>Jane Smith</span> | <span>Europe Editor</span> # Jane Smith | Europe Editor
      By <span>Ann Reporter</span> # By, Ann Reporter
      <span>Jane Smith</span><span>Tom Brown</span> # Jane Smith Tom Brown
      By Jane Smith, Europe Editor # By Jane Smith, Europe Editor
      <span>Europe Editor Jane Smith</span> # Europe Editor Jane Smith
      """)
  void setsARolesPartApart(String html, String expected) {
    Element byline = Jsoup.parseBodyFragment("<div class=byline>" + html + "</div>").selectFirst("div.byline");
    String text = Texts.partsText(byline, 120).orElseThrow();
    assertThat(BylineRoleParts.apart(byline, text)).isEqualTo(expected);
  }

  /** So does a place in a part of its own after a full name, but not the rest of a name, nor a co-author. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      <span class="author">María López</span><span class="place">Madrid</span> # María López, Madrid
      <strong>María López</strong><br>Madrid # María López, Madrid
      <span>JANE ROE</span> <span>NEW DELHI</span> # JANE ROE, NEW DELHI
      Von <a href="/autor/jane-roe">Jane Roe</a> <span>New York</span> # Von Jane Roe, New York
      <span>Jane</span> <span>Roe</span> # Jane Roe
      <span class="given-name">Jane Mary</span> <span class="family-name">Roe</span> # Jane Mary Roe
      <span>Jane Roe</span><span>Tom Brown</span> # Jane Roe Tom Brown
      """)
  void setsAPlacesPartApartAfterAFullName(String html, String expected) {
    Element byline = Jsoup.parseBodyFragment("<div class=byline>" + html + "</div>").selectFirst("div.byline");
    String text = Texts.partsText(byline, 120).orElseThrow();
    assertThat(BylineRoleParts.apart(byline, text)).isEqualTo(expected);
  }
}
