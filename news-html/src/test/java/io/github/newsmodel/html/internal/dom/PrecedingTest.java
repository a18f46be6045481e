package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class PrecedingTest {
  @Test
  void theNodeBeforeAnElementIsFoundUpToItsGrandparentBlankTextPassedOver() {
    Document page = Jsoup.parse("<p id=a>Von <span><b><a id=x>Jane Roe</a></b></span></p>"
        + "<p id=b><i>Updated</i>  <time id=y>x</time></p><div><div><div><em id=z>deep</em></div></div></div>");

    assertThat(Preceding.node(page.expectFirst("#x"))).isInstanceOfSatisfying(TextNode.class,
        t -> assertThat(t.text()).isEqualTo("Von "));
    assertThat(Preceding.node(page.expectFirst("#y"))).hasToString("<i>Updated</i>");
    assertThat(Preceding.node(page.expectFirst("#z"))).as("nothing within three levels").isNull();
  }
}
