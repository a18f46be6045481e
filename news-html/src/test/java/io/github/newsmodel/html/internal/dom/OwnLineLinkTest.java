package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OwnLineLinkTest {

  private static Element box(String html) {
    return Jsoup.parseBodyFragment("<div id=box>" + html + "</div>").getElementById("box");
  }

  @Test
  void theProfileLinkOnTheFirstLineOfAPostersBox() {
    Element box = box("<strong><span><a href=\"member.php?action=profile&amp;uid=17\">Frida N</a></span></strong>"
        + " <a href=online.php><img alt=Offline></a><br><span>Junior Member<br><img alt=*></span>");

    Element link = OwnLineLink.of(box, ProfileLink::is);

    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("Frida N");
  }

  @Test
  void notALinkWithWordsBeforeOrAfterItOnItsLine() {
    assertThat(OwnLineLink.of(box("By <a href=\"/user/ann\">Ann</a><br>Staff"), ProfileLink::is)).isNull();
    assertThat(OwnLineLink.of(box("<a href=\"/user/ann\">Ann</a> Smith<br>Staff"), ProfileLink::is)).isNull();
    assertThat(OwnLineLink.of(box("<a href=\"/user/ann\">Ann</a>"), ProfileLink::is))
        .as("a link alone is the box's whole text already").isNull();
    assertThat(OwnLineLink.of(box("<a href=\"/tag/ferries\">Ferries</a><br>Ann"), ProfileLink::is)).isNull();
  }
}
