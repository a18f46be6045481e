package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AncestryTest {
  private final Document page =
      Jsoup.parse("<div><p>By <a href=/jane><b id=name>Jane Roe</b></a></p><h2 id=head>Title</h2></div>");

  @Test
  void anElementInsideATagIsInIt() {
    assertThat(Ancestry.isOrIsIn(page.expectFirst("#name"), "a")).isTrue();
    assertThat(Ancestry.isOrIsIn(page.expectFirst("#name"), "p")).isTrue();
  }

  @Test
  void anElementIsInItsOwnTag() {
    assertThat(Ancestry.isOrIsIn(page.expectFirst("#head"), "h2")).isTrue();
  }

  @Test
  void anElementOutsideEveryElementOfATagIsNotInIt() {
    assertThat(Ancestry.isOrIsIn(page.expectFirst("#head"), "p")).isFalse();
    assertThat(Ancestry.isOrIsIn(page.expectFirst("#head"), "a")).isFalse();
  }

  @Test
  void anElementIsInsideEachOfItsAncestorsAndNoOtherElement() {
    assertThat(Ancestry.isInside(page.expectFirst("#name"), page.expectFirst("p"))).isTrue();
    assertThat(Ancestry.isInside(page.expectFirst("#name"), page.expectFirst("div"))).isTrue();
    assertThat(Ancestry.isInside(page.expectFirst("#name"), page.expectFirst("#head"))).isFalse();
    assertThat(Ancestry.isInside(page.expectFirst("p"), page.expectFirst("#name"))).isFalse();
  }

  @Test
  void anElementIsNotInsideItself() {
    assertThat(Ancestry.isInside(page.expectFirst("#head"), page.expectFirst("#head"))).isFalse();
  }
}
