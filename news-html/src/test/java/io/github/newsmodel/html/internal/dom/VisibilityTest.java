package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class VisibilityTest {

  @Test
  void theMeansByWhichPagesHideElements() {
    Document page = Jsoup.parse("<p id=a hidden>x</p><p id=b aria-hidden=true>x</p><p id=c class='lead Sr-Only'>x</p>"
        + "<p id=d style='visibility: hidden'>x</p><p id=e style='display:none'>x</p>"
        + "<p id=f class='hide-on-mobile'>x</p><p id=g aria-hidden=false style='color: red'>x</p>");

    assertThat(page.select("p")).extracting(p -> p.id() + "=" + Visibility.hidden(p))
        .containsExactly("a=true", "b=true", "c=true", "d=true", "e=true", "f=false", "g=false");
  }

  @Test
  void anElementInAHiddenAncestorIsOutOfSight() {
    Document page = Jsoup.parse("<div class=visually-hidden><h1 id=h>Headline</h1></div><h1 id=v>Shown</h1>");

    assertThat(Visibility.outOfSight(page.getElementById("h"))).isTrue();
    assertThat(Visibility.outOfSight(page.getElementById("v"))).isFalse();
  }
}
