package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NukeTablesTest {
  /** A reply as PHP-Nuke's nested mode prints it, its anchor left open, its replies in a list after it. */
  private static String nested(int tid) {
    return "<ul><a name=\"" + tid + "\"><table border=\"0\"><tr bgcolor=\"#efefef\"><td><b>Re: Ferry</b> <font"
        + " class=\"content\">(Score: 1)<br>by u" + tid + " on Tuesday, March 04 @ 10:52:00 CET</font></td></tr>"
        + "<tr><td>Comment " + tid + ".</td></tr></table><br><br> ]</font><br><br>";
  }

  /**
   * A thread of replies each nested in the one before, as deep as jsoup nests elements: the depth of each is counted
   * once along the ancestors all share, and what follows each is walked up to the next, not through its replies.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aDeepNestedThreadTakesTimeInProportion() {
    int n = 400;
    StringBuilder html = new StringBuilder("<html><body><a name=\"1\"></a>");
    html.append("<table width=\"99%\" border=\"0\"><tr bgcolor=\"#efefef\"><td width=\"500\"><b>Ferry</b> <font")
        .append(" class=\"content\">(Score: 1)<br>by ann on Tuesday, March 04 @ 10:30:00 CET</font></td></tr>")
        .append("<tr><td>The first.</td></tr></table><br><br>");
    for (int i = 0; i < n; i++) {
      html.append(nested(100 + i));
    }
    html.append("</ul>".repeat(n));
    Document page = Jsoup.parse(html.append("</body></html>").toString());

    List<Unit> units = NukeTables.find(PageElements.of(page));

    assertThat(units).hasSize(n + 1);
    assertThat(units.get(0).parent).isNull();
    for (int i = 1; i <= n; i++) {
      assertThat(units.get(i).parent).isSameAs(units.get(i - 1));
    }
    assertThat(NukeTables.regions(units, PageElements.of(page))).hasSizeGreaterThan(n);
  }

  /** Flat mode prints every reply after a rule, in no list: none says what it answers. */
  @Test
  void flatModeThreadsNothing() {
    Document page = Jsoup.parse("<html><body>" + nested(7).replace("<ul><a name=\"7\">", "<a name=\"7\"><hr>")
        + nested(8).replace("<ul><a name=\"8\">", "<a name=\"8\"><hr>") + "</body></html>");

    List<Unit> units = NukeTables.find(PageElements.of(page));

    assertThat(units).extracting(u -> u.givenId).containsExactly("7", "8");
    assertThat(units).allSatisfy(u -> assertThat(u.parent).isNull());
  }
}
