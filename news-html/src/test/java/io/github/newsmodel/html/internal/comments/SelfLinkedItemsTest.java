package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SelfLinkedItemsTest {
  private static String list(String tag, String names, String... ids) {
    StringBuilder out = new StringBuilder("<").append(tag).append(' ').append(names).append('>');
    for (String id : ids) {
      out.append("<li><p>Ann wrote.</p><a href=\"https://example.org/a#").append(id).append("\" id=").append(id)
          .append(">#</a></li>");
    }
    return out.append("</").append(tag).append('>').toString();
  }

  private static String firstId(String body) {
    var units = SelfLinkedItems.find(PageElements.of(Jsoup.parse("<body>" + body, "https://example.org/a")));
    return units.isEmpty() ? "none" : units.get(0).givenId + " of " + units.size();
  }

  @Test
  void anOrderedListIsTriedBeforeAnyUnorderedOneWhereverItStands() {
    assertThat(firstId(list("ul", "class=comments", "c1", "c2") + list("ol", "class=comments", "c7")))
        .isEqualTo("c7 of 1");
    assertThat(firstId(list("ul", "class=comments", "c1", "c2") + list("ol", "class=other", "c7")))
        .isEqualTo("c1 of 2");
    assertThat(firstId(list("ol", "id=Comments", "c3") + list("ol", "class=comments", "c7")))
        .as("named in any case, the first ordered list").isEqualTo("c3 of 1");
    assertThat(firstId(list("ol", "class=comments") + list("ul", "class=comment-list", "c5")))
        .as("an empty list is passed over").isEqualTo("c5 of 1");
    assertThat(firstId(list("ol", "class=news", "c3"))).isEqualTo("none");
  }
}
