package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;

class CssPathsTest {
  @Test
  void givesJsoupsSelectorWhereJsoupCanBuildIt() {
    Document page = Jsoup.parse("<div><p>One</p><p id=two>Two</p><p>Three</p></div>");
    Element third = page.select("p").get(2);

    assertThat(CssPaths.of(third)).isEqualTo(third.cssSelector());
  }

  @Test
  void namesAnElementWithATagNameThatJsoupsSelectorCannotParseByItsPosition() {
    // What a fuzzer made of "<meta http-equiv=...>": jsoup builds a selector for it that it then fails to parse.
    Document page = Jsoup.parse("<div><p>One</p><met?`\ufffdquiv=\"content-type\"></div>");
    Element madeUp = page.expectFirst("div").child(1);
    assertThatThrownBy(madeUp::cssSelector).isInstanceOf(Selector.SelectorParseException.class);

    assertThat(CssPaths.of(madeUp)).isEqualTo("html > body:nth-child(2) > div > " + madeUp.normalName() + ":nth-child(2)");
  }
}
