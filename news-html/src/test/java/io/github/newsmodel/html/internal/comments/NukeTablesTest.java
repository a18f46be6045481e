package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

  /**
   * The bar is its own table in the two of PHP-Nuke's {@code OpenTable()}: a theme's table around the story and the
   * comments too is no part of it, however short the story and the comments are.
   */
  @Test
  void theNavigationBarIsNoTableAroundTheStory() {
    String openTable = "<table width=\"100%\" cellspacing=\"1\"><tr><td><table width=\"100%\" cellpadding=\"8\"><tr><td>";
    String closeTable = "</td></tr></table></td></tr></table>";
    Document page = Jsoup.parse("<html><body><table width=\"750\"><tr><td>" + openTable
        + "<b>Second evening ferry</b><br>Posted on Tuesday, March 04 @ 09:15:00 CET by harbourmaster" + closeTable
        + "<font class=\"content\">The island ferry adds a second evening crossing from April.</font>"
        + openTable + "<table width=\"99%\"><tr><td>\"Second evening ferry\" | <B>1</B> comments</td></tr><tr><td>"
        + "<table border=\"0\"><tr><td><form>Threshold <select name=\"thold\"><option>0</option></select></form>"
        + "</td></tr></table></td></tr><tr><td>The comments are owned by the poster.</td></tr></table>" + closeTable
        + "</td></tr></table></body></html>");

    Element bar = NukeNavbar.find(PageElements.of(page)).orElseThrow();

    assertThat(bar.text()).startsWith("\"Second evening ferry\" | 1 comments").endsWith("owned by the poster.")
        .doesNotContain("crossing from April");
  }
}
