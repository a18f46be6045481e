package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** {@link OwnText#isBlank} tells what jsoup's own text tells, whatever white space the text nodes hold. */
class OwnTextTest {
  @Test
  void tellsIndentationLettersAndOddWhiteSpaceAsJsoupDoes() {
    assertThat(OwnText.isBlank(element("<div>\n  <p>Text</p>\n</div>"))).isTrue();
    assertThat(OwnText.isBlank(element("<div>\n  Jane Roe <br></div>"))).isFalse();
    assertThat(OwnText.isBlank(element("<div>&nbsp;<b>Text</b></div>"))).isTrue();
    assertThat(OwnText.isBlank(element("<pre>&nbsp;<b>Text</b></pre>"))).isFalse();
  }

  @Test
  void agreesWithJsoupOnTextNodesOfEveryKindOfWhiteSpace() {
    String[] pieces = {" ", "\n", "\t", "\f", "\r", "\u000b", "\u0001", "\u00a0", "\u200b", "\u00ad", "\u2003",
        "\u3000", "\u001f", "\u2028", "x", "é", "\ud83d\ude00", "-"};
    Random random = new Random(46);
    for (String tag : new String[] {"div", "pre", "textarea"}) {
      for (int k = 0; k < 20_000; k++) {
        Element e = new Element(tag);
        for (int node = random.nextInt(4); node > 0; node--) {
          if (random.nextInt(4) == 0) {
            e.appendElement(random.nextBoolean() ? "br" : "span").text("child");
          } else {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(4); i > 0; i--) {
              text.append(pieces[random.nextInt(pieces.length)]);
            }
            e.appendChild(new TextNode(text.toString()));
          }
        }
        assertThat(OwnText.isBlank(e)).as("%s", e.childNodes()).isEqualTo(e.ownText().isBlank());
      }
    }
  }

  private static Element element(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }
}
