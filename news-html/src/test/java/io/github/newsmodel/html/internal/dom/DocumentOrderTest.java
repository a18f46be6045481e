package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {
  @Test
  void listsWhatGetAllElementsLists() {
    Document page = Jsoup.parse("<!-- note --><title>t</title><div id=a>one <b>two</b><!-- x -->"
        + "<p>three<br>four</p><ul><li>five<li><i>six</i></ul></div><script>var s;</script><p>seven");

    assertThat(DocumentOrder.of(page)).containsExactlyElementsOf(page.getAllElements());
    Element div = page.expectFirst("#a");
    assertThat(DocumentOrder.of(div)).containsExactlyElementsOf(div.getAllElements());
    Element leaf = page.expectFirst("i");
    assertThat(DocumentOrder.of(leaf)).containsExactly(leaf);
  }

  @Test
  void walksAPageNestedFarDeeperThanTheStackWouldAllow() {
    Document page = Jsoup.parse("");
    // Built detached and top-down with appendChild: appendElement looks up the owner document through every
    // ancestor, which would make building the page take time in the square of its depth.
    Element top = new Element("div");
    Element e = top;
    for (int i = 1; i < 200_000; i++) {
      Element child = new Element(i % 2 == 0 ? "div" : "span");
      e.appendChild(child);
      e = child;
    }
    e.appendText("bottom");
    page.body().appendChild(top);

    List<Element> all = DocumentOrder.of(page);

    assertThat(all).hasSize(200_000 + 4); // the document, html, head, body and the nested ones
    assertThat(all.get(all.size() - 1)).isSameAs(e);
  }
}
