package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ShortTextsTest {
  private static final String PAGE = "<h1>Headline</h1><p class=byline>By <a href=/author/jane>Jane Roe</a>"
      + "  and\n <b>Max Muster</b></p><div>Nov. 19, 2019<div></div></div><p>Long text that goes on and on"
      + " beyond a byline's length, as the paragraphs of an article do.</p><div><p>One</p><br><p>Two</p></div>"
      + "<span>\u00a0 \u200b </span><div>Kakuma<br>Kenia</div><span>\u00adSoft\u2060</span>"
      + "<details class=date><summary>12:40 BST, 3 May 2024</summary>First published</details>"
      + "<div><p>Published</p>3 May 2024<br>9:15</div>";

  @Test
  void givesWhatTextsGivesForEveryLengthInAnyOrder() {
    for (int[] order : List.of(new int[] {0, 5, 10, 20, 40, 80, 200}, new int[] {200, 80, 40, 20, 10, 5, 0},
        new int[] {20, 200, 5, 80, 0, 40, 10})) {
      Document page = Jsoup.parse(PAGE);
      ShortTexts texts = new ShortTexts();
      for (int max : order) {
        for (Element e : page.getAllElements()) {
          assertThat(texts.of(e, max)).as("%s at %d", e.cssSelector(), max).isEqualTo(Texts.shortText(e, max));
        }
      }
    }
  }

  /**
   * A collapsible date line's summary and the text after a block stand apart from the words after them, as the date
   * clues read them.
   */
  @Test
  void aSummaryAndABlockEndWhereTextFollowsThem() {
    Document page = Jsoup.parse(PAGE);
    ShortTexts texts = new ShortTexts();

    assertThat(texts.of(page.selectFirst("details"), 100)).hasValue("12:40 BST, 3 May 2024 First published");
    assertThat(texts.of(page.body().child(page.body().childrenSize() - 1), 100))
        .hasValue("Published 3 May 2024 9:15");
  }

  @Test
  void aTextThatEndsInBlocksIsAsLongAsItsLastTextNode() {
    // the spaces of the blocks after the text count towards no length, as Texts.shortText reads them
    Element e = Jsoup.parse("<div>12345<div></div><div></div></div>").selectFirst("div");
    ShortTexts texts = new ShortTexts();
    assertThat(texts.of(e, 200)).contains("12345");
    assertThat(texts.of(e, 5)).contains("12345").isEqualTo(Texts.shortText(e, 5));
    assertThat(texts.of(e, 4)).isEmpty();
  }

  @Test
  void aTextTooLongForOneLengthIsReadAgainForALongerOne() {
    Element p = Jsoup.parse("<p>Jane Roe and Max Muster</p>").selectFirst("p");
    ShortTexts texts = new ShortTexts();
    assertThat(texts.of(p, 8)).isEmpty();
    assertThat(texts.of(p, 100)).isEqualTo(Optional.of("Jane Roe and Max Muster"));
  }
}
