package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.internal.Texts;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  private static final String P1 = "Household bins in the harbour wards will be emptied on Tuesdays from the first week"
      + " of April, the council decided on Monday evening.";
  private static final String P2 = "The change frees two lorries on Mondays for the new garden waste service, which"
      + " four thousand households are expected to join.";
  private static final String P3 = "Collections that fall on a bank holiday will be made on the Wednesday of the same"
      + " week, as before.";
  /** A sidebar's box of running text: a third of the row's, so that the row outscores the article's column. */
  private static final String ABOUT = "Harbourtown Council looks after the roads, schools, libraries, parks and bin"
      + " collections of the town and its eleven villages.";
  private static final String ARTICLE = "<div id=col_2><h2>Bins move to Tuesdays</h2><div class=text><p>" + P1
      + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>";
  private static final String SIDEBAR = "<div id=col_3><div class=box><h3>About the council</h3><p>" + ABOUT
      + "</p></div><div class=box><h3>Latest news</h3><ul><li><a href=/a>Longer library hours in summer</a></li>"
      + "<li><a href=/b>Parking permits for the harbour car park</a></li></ul></div></div>";

  private static Document page(String content) {
    return Jsoup.parse("<html><head><title>t</title></head><body><div id=content>" + content
        + "</div><div id=footer>Impressum</div></body></html>");
  }

  private static String text(String content) {
    Document page = page(content);
    List<Block> blocks = MainContent.read(page, JsonLd.of(page), Set.of(), Optional.empty());
    return Texts.join(blocks);
  }

  private static Set<Element> beside(String content) {
    Document page = page(content);
    PageMeasures measures = PageMeasures.of(page.body(), PageElements.of(page), Set.of());
    return Columns.besideArticle(measures, measures.index(page.getElementById("content")));
  }

  private static String chosen(String content) {
    Document page = page(content);
    PageMeasures measures = PageMeasures.of(page.body(), PageElements.of(page), Set.of());
    return Container.choose(measures).map(Element::id).orElse("");
  }

  /** The row of columns outscores the article's column, and the sidebar's box of text is no part of the article. */
  @Test
  void aSidebarColumnAfterTheArticlesIsLeftOut() {
    assertThat(chosen(ARTICLE + SIDEBAR)).as("the row outscores the column").isEqualTo("content");
    assertThat(beside(ARTICLE + SIDEBAR)).extracting(Element::id).containsExactlyInAnyOrder("col_3");
    assertThat(text(ARTICLE + SIDEBAR)).contains(P1, P2, P3).doesNotContain(ABOUT, "About the council");
  }

  /**
   * A column before the article's whose only text is the titles of its boxes of pictures and forms goes with the
   * sidebar; the article's header before its text, with the headline, stays.
   */
  @Test
  void aColumnOfBoxTitlesBeforeTheArticlesIsLeftOutButNotItsHeader() {
    String boxes = "<div id=col_1><div class=box><h2>Club finder</h2><form><input name=zip></form></div>"
        + "<div class=box><h2>Coming events</h2><a href=https://regatta.example/><img src=/regatta.png></a></div>"
        + "</div>";
    assertThat(beside(boxes + ARTICLE + SIDEBAR)).extracting(Element::id).containsExactlyInAnyOrder("col_3", "col_1");
    assertThat(text(boxes + ARTICLE + SIDEBAR)).doesNotContain("Coming events").contains(P1);

    String header = "<div class=header><h1>Bins move to Tuesdays</h1><h2>Harbour wards</h2></div>";
    assertThat(beside(header + ARTICLE + SIDEBAR)).extracting(Element::id).containsExactlyInAnyOrder("col_3");
  }

  /** A part of the article after its column joins it as a sibling would: a paragraph of running text by itself. */
  @Test
  void aParagraphAfterTheColumnIsTheArticles() {
    String more = "<div class=second-part><p>Residents do not need to do anything: the new day is printed on the calendar"
        + " that comes with the council tax bill.</p></div>";
    assertThat(beside(ARTICLE + more)).isEmpty();
    assertThat(text(ARTICLE + more)).contains("Residents do not need to do anything");
  }

  /**
   * A wrapper whose text is not mostly in one column, or whose column is a paragraph rather than a box, or that the
   * page names as the article's text, has no columns.
   */
  @Test
  void withoutAColumnThatHoldsMostOfTheTextThereAreNone() {
    String twoHalves = "<div class=a><p>" + P1 + "</p><p>" + P2 + "</p></div><div class=b><p>" + P3 + " " + ABOUT
        + "</p><ul><li><a href=/a>Longer library hours in summer</a></li></ul></div>";
    assertThat(beside(twoHalves)).isEmpty();

    String paragraphs = "<p>" + P1 + " " + P2 + " " + P3 + "</p><div class=box><p>" + ABOUT + "</p><ul><li>"
        + "<a href=/a>Longer library hours in summer</a></li></ul></div>";
    assertThat(beside(paragraphs)).isEmpty();

    Document named = page("");
    named.getElementById("content").attr("itemprop", "articleBody").append(ARTICLE + SIDEBAR);
    PageMeasures measures = PageMeasures.of(named.body(), PageElements.of(named), Set.of());
    assertThat(Columns.besideArticle(measures, measures.index(named.getElementById("content")))).isEmpty();
  }
}
