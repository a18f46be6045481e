package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodyTextTest {
  @Test
  void readsTheTextOfTheElementAsked() {
    Document page = Jsoup.parse("<body><p>Jane  Roe</p><div>wrote <b>this</b></div></body>");
    BodyText text = new BodyText();
    assertThat(text.of(page.body())).isEqualTo(page.body().text()).isEqualTo("Jane Roe wrote this");
    // asked again, the same text
    assertThat(text.of(page.body())).isSameAs(text.of(page.body()));
  }

  @Test
  void readsAnotherElementAnew() {
    Document page = Jsoup.parse("<body><p>Jane Roe</p><div>Max Muster</div></body>");
    BodyText text = new BodyText();
    Element div = page.selectFirst("div");
    assertThat(text.of(page.body())).isEqualTo("Jane Roe Max Muster");
    assertThat(text.of(div)).isEqualTo("Max Muster");
    assertThat(text.of(page.body())).isEqualTo("Jane Roe Max Muster");
  }
}
