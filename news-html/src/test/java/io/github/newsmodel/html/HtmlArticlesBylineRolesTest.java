package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines in the shapes that news sites print, with a role beside the name after a mark, in an element or on a line
 * of its own, or before it, in English, German, French and Spanish: the article's authors are the people alone. The
 * pages are made by hand after those sites' markup.
 */
class HtmlArticlesBylineRolesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      guardian # <address aria-label="Contributor info"><div><a rel="author" href="https://www.example.com/profile/jane-smith">Jane Smith</a> Europe editor</div></address> # Jane Smith
      guardian2 # <address aria-label="Contributor info"><div><a rel="author" href="https://www.example.com/profile/jane-smith">Jane Smith</a> and <a rel="author" href="https://www.example.com/profile/tom-brown">Tom Brown</a> in Brussels</div></address> # Jane Smith; Tom Brown
      bbc # <div class="byline"><span class="author">Jane Smith</span><span class="role">Europe Editor</span></div> # Jane Smith
      bbcby # <div class="byline"><div>By Jane Smith</div><div>Political correspondent</div></div> # Jane Smith
      bbcbr # <p class="byline">By Jane Smith<br>Political Correspondent</p> # Jane Smith
      pipe # <p class="byline">By Jane Smith | Europe Editor</p> # Jane Smith
      dot # <p class="byline">By Jane Smith · Senior Reporter</p> # Jane Smith
      dash # <p class="byline">By Jane Smith – Political Correspondent</p> # Jane Smith
      slash # <p class="byline">By Jane Smith / Staff Writer</p> # Jane Smith
      paren # <p class="byline">By Jane Smith (Europe Editor)</p> # Jane Smith
      two # <p class="byline">By Jane Smith | Europe Editor and Tom Brown | Political Correspondent</p> # Jane Smith; Tom Brown
      reuters # <p class="byline">By Jane Smith | Reuters</p> # Jane Smith
      reuterslink # <div class="byline">By <a href="https://www.example.com/authors/jane-smith/">Jane Smith</a> and <a href="https://www.example.com/authors/tom-brown/">Tom Brown</a></div> # Jane Smith; Tom Brown
      nyt # <p class="byline" itemprop="author"><span>By</span> <span itemprop="name">Jane Smith</span> · Senior Reporter</p> # Jane Smith
      spiegel # <div class="byline">Von <a href="https://www.example.com/impressum/autor-jane-smith">Jane Smith</a> | Redakteurin</div> # Jane Smith
      spiegel2 # <p class="byline">Von Jane Smith | Leitende Redakteurin</p> # Jane Smith
      spiegel3 # <p class="byline">Von Jane Smith und Tom Brown</p> # Jane Smith; Tom Brown
      spiegel4 # <p class="byline">Von Jane Smith | Korrespondentin</p> # Jane Smith
      lemonde # <p class="byline">Par Jane Smith | Correspondante</p> # Jane Smith
      lemonde2 # <p class="byline">Par Jane Smith (Bruxelles, correspondante)</p> # Jane Smith
      lemonde3 # <p class="byline">Par Jane Smith | Rédactrice en chef</p> # Jane Smith
      elpais # <p class="byline">Por Jane Smith | Corresponsal</p> # Jane Smith
      elpais2 # <p class="byline">Por Jane Smith | Redactora jefa</p> # Jane Smith
      before # <p class="byline">Europe Editor Jane Smith</p> # Jane Smith
      before2 # <p class="byline">By Political Correspondent Jane Smith</p> # Jane Smith
      names # <p class="byline">By Jane Smith | Tom Brown</p> # Jane Smith; Tom Brown
      ann # <p class="byline">By Ann Reporter and Kate Producer</p> # Ann Reporter; Kate Producer
      """)
  void namesThePeopleWithoutTheirRoles(String site, String byline, String expected) {
    assertThat(BylinePage.authors(byline)).isEqualTo(List.of(expected.split("; ")));
  }
}
