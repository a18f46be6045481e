package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class PageElementsTest {
  private static final Document PAGE = Jsoup.parse("<title>t</title><meta name=a content=1>"
      + "<div id=Main class='Post has-sidebar'><h1 itemprop=headline>One</h1><p class=lead>two <a href=/x>x</a></p>"
      + "<ul><li itemprop=comment>three<li><a rel=author href=/y>y</a></ul></div>"
      + "<section class=comments><h2>4 Comments</h2><p itemprop=commentCount content=4></section><p>end");

  @Test
  void findsWhatTheQueriesFind() {
    PageElements elements = PageElements.of(PAGE);

    assertThat(elements.all()).containsExactlyElementsOf(PAGE.getAllElements());
    for (String tag : List.of("a", "p", "meta", "h1", "h2", "li", "script")) {
      assertThat(elements.byTag(tag)).containsExactlyElementsOf(PAGE.getElementsByTag(tag));
    }
    assertThat(elements.withAttribute("itemprop")).containsExactlyElementsOf(PAGE.select("[itemprop]"));
    assertThat(elements.selectTagged("a", QueryParser.parse("a[rel=author]")))
        .containsExactlyElementsOf(PAGE.select("a[rel=author]"));
    assertThat(elements.selectFirstWith("itemprop", QueryParser.parse("[itemprop=commentCount]")))
        .isSameAs(PAGE.selectFirst("[itemprop=commentCount]"));
    assertThat(elements.selectFirstWith("itemprop", QueryParser.parse("[itemprop=author]"))).isNull();
  }

  @Test
  void readsEachElementsNames() {
    PageElements elements = PageElements.of(PAGE);
    List<Element> all = elements.all();

    for (int i = 0; i < all.size(); i++) {
      assertThat(elements.names(i)).isEqualTo(Names.of(all.get(i)));
    }
    assertThat(elements.names(all.indexOf(PAGE.expectFirst("#Main")))).isEqualTo("main post");
  }

  @Test
  void aSubtreeIsARunOfTheList() {
    PageElements elements = PageElements.of(PAGE);

    for (Element e : List.of(PAGE.body(), PAGE.expectFirst("#Main"), PAGE.expectFirst("ul"), PAGE.expectFirst("h2"),
        PAGE.expectFirst("section"))) {
      int start = elements.start(e);
      assertThat(elements.all().subList(start, elements.end(start))).containsExactlyElementsOf(DocumentOrder.of(e));
    }
    assertThatThrownBy(() -> elements.start(new Element("div"))).isInstanceOf(IllegalArgumentException.class);
  }
}
