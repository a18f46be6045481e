package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.DocumentOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The walks of a heading's elements in place ({@link DocumentOrder#nextInside}, {@link PageTitle#twoChildElements}) list
 * what jsoup's {@code getAllElements()} and {@code children()} list, on random trees and their edges.
 */
class PageTitleWalkTest {
  private static final String[] TAGS = {"span", "b", "a", "div", "em", "br", "img", "small", "p"};

  private static List<Element> walked(Element root) {
    List<Element> out = new ArrayList<>();
    out.add(root);
    for (Element e = root.firstElementChild(); e != null; e = DocumentOrder.nextInside(e, root)) {
      out.add(e);
    }
    return out;
  }

  private static void append(StringBuilder html, Random random, int depth) {
    for (int i = random.nextInt(4); i > 0; i--) {
      switch (random.nextInt(3)) {
        case 0 -> html.append(random.nextBoolean() ? "Wort " : "\n  ");
        default -> {
          String tag = TAGS[random.nextInt(TAGS.length)];
          html.append('<').append(tag).append('>');
          if (depth < 4 && !tag.equals("br") && !tag.equals("img")) {
            append(html, random, depth + 1);
            html.append("</").append(tag).append('>');
          }
        }
      }
    }
  }

  @Test
  void theWalkInPlaceListsTheElementsAsGetAllElementsDoes() {
    Random random = new Random(29);
    for (int round = 0; round < 2000; round++) {
      StringBuilder html = new StringBuilder("<div>before</div><h1>");
      append(html, random, 0);
      html.append("</h1><h2>after <span>it</span></h2><p>last</p>");
      Document page = Jsoup.parse(html.toString());
      for (Element heading : page.select("h1, h2, span, div")) {
        assertThat(walked(heading)).as(html.toString()).containsExactlyElementsOf(heading.getAllElements());
        assertThat(PageTitle.twoChildElements(heading)).as(html.toString())
            .isEqualTo(heading.children().size() >= 2);
      }
    }
  }

  @Test
  void theWalkStaysInsideTheRootAtItsEdges() {
    Document page = Jsoup.parse("<h1></h1><h1>text only</h1><h1><b><i><u>deep</u></i></b></h1><p>after</p>");
    List<Element> h1s = page.select("h1");

    assertThat(walked(h1s.get(0))).containsExactly(h1s.get(0));
    assertThat(walked(h1s.get(1))).containsExactly(h1s.get(1));
    assertThat(walked(h1s.get(2))).extracting(Element::normalName).containsExactly("h1", "b", "i", "u");
    assertThat(PageTitle.twoChildElements(h1s.get(1))).isFalse();
  }
}
