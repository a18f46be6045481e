package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CutoffTest {
  @Test
  void anElementThatSomethingFollowsIsComplete() {
    Document page = Jsoup.parse("<div id=a><p id=p>one</p><p id=q>tw");

    assertThat(Cutoff.complete(page.expectFirst("#p"))).isTrue();
    assertThat(Cutoff.complete(page.expectFirst("#q"))).isFalse();
    assertThat(Cutoff.complete(page.expectFirst("#a"))).isFalse();
  }

  @Test
  void whiteSpaceAfterAnElementProvesNothing() {
    Document page = Jsoup.parse("<p id=p>one</p>\n   ");

    assertThat(Cutoff.complete(page.expectFirst("#p"))).isFalse();
  }

  @Test
  void anythingLaterInTheDocumentCounts() {
    Document page = Jsoup.parse("<div><span id=s>one</span></div><script>x()</script>");

    assertThat(Cutoff.complete(page.expectFirst("#s"))).isTrue();
  }
}
