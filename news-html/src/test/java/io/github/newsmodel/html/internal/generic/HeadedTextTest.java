package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Which headings head running text, and which head a box of links, logos or a form. */
class HeadedTextTest {
  private static final String SENTENCE = "Ab sofort kann der Ruderpass in der Geschäftsstelle des Verbands bestellt"
      + " werden, per E-Mail, per Post oder am Telefon.";

  private static boolean follows(String html, String heading) {
    Document page = Jsoup.parse(html);
    return HeadedText.follows(page.selectFirst(heading), PageElements.of(page));
  }

  @Test
  void anArticlesHeadingHeadsTheParagraphsAfterIt() {
    assertThat(follows("<h2>Ruderpässe können bestellt werden</h2><div class=meta><b>Rudern</b><br>01.02.2022</div>"
        + "<p>" + SENTENCE + "</p>", "h2")).isTrue();
  }

  @Test
  void aBoxsHeadingHeadsNoTextWhenTheNextBoxsHeadingOfItsRankComesFirst() {
    String sidebar = "<div><h1>Unsere Partner - Rudern</h1><table><tr><td><a href=/p><img src=/p.png></a></td>"
        + "<td>Premium-Partner</td></tr></table></div><div><h1>Hotels buchen</h1><p>" + SENTENCE + "</p></div>";

    assertThat(follows(sidebar, "h1")).isFalse();
    assertThat(follows(sidebar, "h1:contains(Hotels)")).isTrue();
  }

  @Test
  void aHeadlineHeadsTheTextUnderTheSubheadingsOfALowerRank() {
    assertThat(follows("<h1>Der Sturm schließt den Hafen</h1><h2>Fähren fallen bis zum Wochenende aus</h2>"
        + "<p>" + SENTENCE + "</p>", "h1")).isTrue();
    assertThat(follows("<h2>Der Sturm schließt den Hafen</h2><h2>Weitere Artikel</h2><p>" + SENTENCE + "</p>", "h2"))
        .as("a heading of the same rank comes first").isFalse();
  }

  @Test
  void textInLinksIsNoRunningTextButTextInBoldOrItalicsIs() {
    String links = "<a href=/a>" + SENTENCE + "</a>";
    String marked = "Ab sofort kann der <b>Ruderpass</b> in der <i>Geschäftsstelle</i> des Verbands bestellt werden.";

    assertThat(follows("<h2>Links</h2><ul><li>" + links + "</li></ul>", "h2")).isFalse();
    assertThat(follows("<h2>Text</h2><p>" + marked + "</p>", "h2")).isTrue();
  }

  /** A page of spans nested thousands deep is read a few levels deep, and takes no more of the stack. */
  @Test
  void readsInlineElementsOnlyAFewLevelsDeep() {
    String nested = "<span>".repeat(20_000) + SENTENCE + "</span>".repeat(20_000);

    assertThat(follows("<h2>Tief</h2><p>" + nested + "</p>", "h2")).isFalse();
  }
}
