package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TableLayoutTest {
  private static final int POSTS = 8_000;

  /** A page of many posts' rows in a single table, which the layouts of a table for each post find none in. */
  private static Document oneTable(String row) {
    StringBuilder html = new StringBuilder("<html><body><table>");
    for (int i = 1; i <= POSTS; i++) {
      html.append(row.replace("N", Integer.toString(i)));
    }
    return Jsoup.parse(html.append("</table></body></html>").toString());
  }

  /**
   * IPB 2's rows, all in one table: each anchor's table is asked whether it holds one post's text, which is told
   * at the second, not after a walk through all of the table for each anchor.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void invisionRowsInOneTableTakeTimeInProportion() {
    Document page = oneTable("<tr><td><a name=\"entryN\"></a><span class=\"normalname\">ann</span></td>"
        + "<td><span class=\"postdetails\">Mar 6 2006, 10:05 PM</span></td></tr>"
        + "<tr><td>Group: Members</td><td><div class=\"postcolor\">Post N.</div></td></tr>");

    assertThat(InvisionTwoPosts.find(PageElements.of(page))).isEmpty();
  }

  /**
   * IPB 1.x's post of many code boxes, each closing one {@code div.postcolor} and opening another: the post's table
   * is asked whether it holds any text but the post's, whose parts are as many, each looked up as the walk meets it.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anInvisionOnePostOfManyBoxesTakesTimeInProportion() {
    StringBuilder html = new StringBuilder("<html><body><table><tr><td><a name=\"entry1\"></a>"
        + "<span class=\"normalname\">ann</span></td><td><span class=\"postdetails\">Mar 6 2004, 10:05 PM</span>"
        + "</td></tr><tr><td>Group: Members</td><td><div class=\"postcolor\">Start.");
    for (int i = 0; i < 150_000; i++) {
      html.append("</div><table><tr><td>CODE</td></tr><tr><td id=\"CODE\">").append(i)
          .append("</td></tr></table><div class=\"postcolor\">").append(i);
    }
    Document page = Jsoup.parse(html.append("</div></td></tr></table></body></html>").toString());

    assertThat(InvisionTwoPosts.find(PageElements.of(page))).hasSize(1);
  }

  /** subsilver2's rows, all in one table, likewise: its table is asked whether it holds one poster's name. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void subsilverRowsInOneTableTakeTimeInProportion() {
    Document page = oneTable("<tr><td><a name=\"pN\"></a><b class=\"postauthor\">ann</b></td>"
        + "<td><div><b>Posted:</b> Mon Mar 06, 2006 10:05 pm</div></td></tr>"
        + "<tr><td class=\"profile\">Joined: Mar 2006</td><td><div class=\"postbody\">Post N.</div></td></tr>");

    assertThat(SubsilverTwoPosts.find(PageElements.of(page))).isEmpty();
  }
}
