package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
    for (String tag : List.of("a", "p", "meta", "h1", "h2", "li", "script", "html", "body", "section")) {
      // Each tag's list is made when first asked for, and the same list given after.
      assertThat(elements.byTag(tag)).containsExactlyElementsOf(PAGE.getElementsByTag(tag))
          .isSameAs(elements.byTag(tag));
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
  void readsTheNamesOfRandomIdsAndClasses() {
    // Ids joined to the names of their class read once (Names.withPlainId) must give what Names.of gives: each class
    // is given to a few elements, with ids plain and not, and without an id.
    List<String> ids = new ArrayList<>(List.of("", "main", "Post_12", "a.b", "x-y", "Comments-Open",
        "has-x", "İd", "a b", " lead", "lead\u0085"));
    List<String> classes = new ArrayList<>();
    RandomNames.forEach(600, s -> (classes.size() < 300 ? classes : ids).add(s));
    Document page = Jsoup.parse("");
    for (int c = 0; c < classes.size(); c++) {
      for (int k = 0; k < 4; k++) {
        Element e = page.body().appendElement("div").attr("class", classes.get(c));
        String id = ids.get((c * 7 + k * 13) % ids.size());
        if (!id.isEmpty()) {
          e.attr("id", id);
        }
      }
    }
    PageElements elements = PageElements.of(page);
    List<Element> all = elements.all();

    for (int i = 0; i < all.size(); i++) {
      assertThat(elements.names(i)).as("id '%s', class '%s'", all.get(i).id(), all.get(i).className())
          .isEqualTo(Names.of(all.get(i)));
    }
    // The words of names joined from an id are read from the id and the class's names apart: the same bits.
    for (int i = all.size() - 1; i >= 0; i--) { // from the end: the elements without an id do not read a class first
      assertThat(elements.nameWords(i)).as("id '%s', class '%s'", all.get(i).id(), all.get(i).className())
          .isEqualTo(PageWords.names(Names.of(all.get(i))));
    }
  }

  @Test
  void numbersEqualNamesAndClassesAlike() {
    Document page = Jsoup.parse("<div class='Post x'><p class=lead>a<p class='lead'>b<p class=LEAD>c<p id=lead>d"
        + "<p class='Post x'>e<p>f<p title=g>g<p id=Lead class=has-x>h</div>");
    PageElements elements = PageElements.of(page);
    List<Element> all = elements.all();

    for (int i = 0; i < all.size(); i++) {
      for (int k = 0; k < all.size(); k++) {
        assertThat(elements.nameId(i) == elements.nameId(k)).as("names of %s and %s", i, k)
            .isEqualTo(elements.names(i).equals(elements.names(k)));
        assertThat(elements.classId(i) == elements.classId(k)).as("classes of %s and %s", i, k)
            .isEqualTo(all.get(i).className().equals(all.get(k).className()));
      }
      assertThat(elements.hasIdOrClass(i))
          .isEqualTo(!all.get(i).id().isEmpty() || !all.get(i).className().isEmpty());
      assertThat(elements.hasId(i)).isEqualTo(!all.get(i).id().isEmpty());
      assertThat(elements.nameId(i)).isBetween(elements.names(i).isEmpty() ? 0 : 1,
          elements.names(i).isEmpty() ? 0 : elements.distinctNames());
      assertThat(elements.classId(i)).isBetween(all.get(i).className().isEmpty() ? 0 : 1,
          all.get(i).className().isEmpty() ? 0 : elements.distinctClasses());
    }
    // "lead" four ways: three classes as written ("lead", "LEAD", "has-x" beside the id "Lead"), one name;
    // "Post x" twice.
    assertThat(elements.distinctNames()).isEqualTo(2);
    assertThat(elements.distinctClasses()).isEqualTo(4);
  }

  @Test
  void readsTheWordsOfNamesJoinedFromAnIdAlsoWhereTheSameNamesComeWhole() {
    // "comment list" three ways: an id alone (no class to read apart), a class alone, and an id joined to a class.
    Document page = Jsoup.parse("<p id='comment list'>a<p class='comment list'>b<p id=comment class=list>c"
        + "<p class=list>d<p id=x class=comment>e");
    PageElements elements = PageElements.of(page);
    List<Element> all = elements.all();

    for (int i = 0; i < all.size(); i++) {
      assertThat(elements.nameWords(i)).as("element %s", i).isEqualTo(PageWords.names(Names.of(all.get(i))));
      assertThat(elements.classWords(i)).as("element %s", i).isEqualTo(PageWords.classes(all.get(i).className()));
    }
    assertThat(elements.nameWords(all.indexOf(page.expectFirst("p")))).isNotZero();
  }

  @Test
  void knowsEachElementsParent() {
    PageElements elements = PageElements.of(PAGE);
    List<Element> all = elements.all();

    assertThat(elements.parent(0)).isEqualTo(-1);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(elements.parent(i))).isSameAs(all.get(i).parent());
    }
  }

  @Test
  void listsPagesOfEverySizeAroundTheRoomItsArraysStartWith() {
    // The arrays kept per element are made for the size of the page once it is listed, and the list and its parents
    // grow as the walk goes: pages just below, at and above each step of that growth, flat and nested, with names.
    for (int size : new int[] {0, 1, 250, 251, 252, 253, 1019, 1020, 1021, 4093, 4096}) {
      Document page = Jsoup.parse("");
      Element parent = page.body();
      for (int i = 0; i < size; i++) {
        Element e = parent.appendElement(i % 3 == 0 ? "div" : "span").attr("class", "c" + i % 300);
        if (i % 7 == 0) {
          e.attr("id", "Id" + i);
        }
        parent = i % 5 == 0 ? e : parent;
      }
      PageElements elements = PageElements.of(page);
      List<Element> all = elements.all();

      assertThat(all).as("%s elements", size).containsExactlyElementsOf(page.getAllElements());
      assertThat(elements.parent(0)).isEqualTo(-1);
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(elements.parent(i))).isSameAs(all.get(i).parent());
        assertThat(elements.names(i)).isEqualTo(Names.of(all.get(i)));
        assertThat(elements.hasId(i)).isEqualTo(!all.get(i).id().isEmpty());
      }
      assertThat(elements.distinctClasses()).isEqualTo(Math.min(size, 300));
      assertThat(elements.byTag("div")).containsExactlyElementsOf(page.getElementsByTag("div"));
    }
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
