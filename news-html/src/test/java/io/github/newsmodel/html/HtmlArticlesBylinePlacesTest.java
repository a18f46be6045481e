package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines that say where the writer writes from after the name and a mark, a bar, a dash, a comma, or "in": the
 * place is no second author. The pages are made by hand after the markup of news sites.
 */
class HtmlArticlesBylinePlacesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      bar # <p class="byline">Jane Roe | Brussels</p> # Jane Roe
      barlink # <div class="byline"><span class="author">Jane Roe</span> | <span class="place">Brussels</span></div> # Jane Roe
      dateline # <p class="byline">By Jane Roe — LONDON</p> # Jane Roe
      dateline2 # <p class="byline">By Jane Roe - NEW DELHI</p> # Jane Roe
      von # <p class="byline">Von Jane Roe, Berlin</p> # Jane Roe
      in # <p class="byline">Jane Roe in Washington</p> # Jane Roe
      paper # <p class="byline">Jane Roe, Washington Post</p> # Jane Roe
      newyork # <p class="byline">Jane Roe | New York</p> # Jane Roe
      frankfurt # <p class="byline">Von Jane Roe, Frankfurt am Main</p> # Jane Roe
      a # <p class="byline">Par Jeanne Dupont, à Bruxelles</p> # Jeanne Dupont
      role # <p class="byline">Jane Roe | Europe Editor | Brussels</p> # Jane Roe
      two # <p class="byline">By Jane Roe and John Doe | WASHINGTON</p> # Jane Roe; John Doe
      initials # <p class="byline">Jane Roe / PP</p> # Jane Roe; PP
      siblings # <div class="byline"><span class="author">María López</span><span class="place">Madrid</span></div> # María López
      lines # <div class="byline"><strong>María López</strong><br>Madrid</div> # María López
      blocks # <div class="byline"><p>María López</p><p>Madrid</p></div> # María López
      capitals # <p class="byline">JANE ROE, NEW DELHI</p> # JANE ROE
      outlet # <p class="byline">Jane Roe, Der Spiegel</p> # Jane Roe
      bureau # <p class="byline">Jane Roe, Delhi Bureau</p> # Jane Roe
      """)
  void thePlaceIsNoAuthor(String shape, String byline, String expected) {
    assertThat(BylinePage.authors(byline)).isEqualTo(List.of(expected.split("; ")));
  }

  /** A byline that names a newsroom, a bureau or a publication with an agency names no person. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      bureau # <p class="byline">Delhi Bureau</p>
      by # <p class="byline">By Delhi Bureau</p>
      agency # <p class="byline">Le Figaro avec AFP</p>
      abbreviation # <div class="autor"><a href="/autor/erbol">ERBOL</a></div>
      """)
  void aNewsroomIsNoAuthor(String shape, String byline) {
    assertThat(BylinePage.authors(byline)).isEmpty();
  }

  /**
   * A byline that names the declared author and more adds the others as co-authors, but only when it holds names
   * alone: a word taken for a place may have been a sharing button's, and a place is only dropped, never a reason to
   * trust the rest of the byline more.
   */
  @Test
  void aBylineWithAPlaceAddsNoCoAuthors() {
    String ld = """
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves new bridge",
          "author": {"@type": "Person", "name": "Jane Roe"}}</script>""";
    String byline = "<div class=\"meta-item author\"><span class=\"fn\">%s</span></div>";

    assertThat(BylinePage.authors(ld, byline.formatted("von Jane Roe, Max Muster")))
        .containsExactly("Jane Roe", "Max Muster");
    assertThat(BylinePage.authors(ld, byline.formatted("von Jane Roe, Max Muster | Teilen")))
        .as("a button's word").containsExactly("Jane Roe");
    assertThat(BylinePage.authors(ld, byline.formatted("von Jane Roe, Max Muster, Teilen")))
        .as("after a comma").containsExactly("Jane Roe");
    assertThat(BylinePage.authors(ld, byline.formatted("von Jane Roe, Max Muster | Berlin")))
        .as("a place").containsExactly("Jane Roe");
    assertThat(BylinePage.authors(ld, byline.formatted("von Jane Roe, Max Muster | AFP")))
        .as("an agency, dropped as one").containsExactly("Jane Roe", "Max Muster");
  }
}
