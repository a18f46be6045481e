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

class SlashTablesTest {
  /** A comment's three rows as Slash printed them, without the "Parent" link of an archived page. */
  private static String rows(int cid) {
    return "<TR><TD><A NAME=\"" + cid + "\"><B>Re:Ferry</B></A> (Score:1)<BR>by <A HREF=\"//slashdot.org/~u" + cid
        + "\">u" + cid + " (1)</A> on Tuesday March 04, @10:52AM (<A HREF=\"//slashdot.org/comments.pl?sid=1&amp;cid="
        + cid + "\">#" + cid + "</A>)</TD></TR><TR><TD>Comment " + cid + ".</TD></TR>"
        + "<TR><TD>[ <A HREF=\"//slashdot.org/comments.pl?sid=1&amp;pid=" + cid + "\">Reply to This</A> ]</TD></TR>";
  }

  /** A comment's rows with a "Parent" link under it, as a live page prints them, naming the comment {@code parent}. */
  private static String rowsWithParent(int cid, int parent) {
    return rows(cid).replace("Reply to This</A> ]", "Reply to This</A> | <A HREF=\"//slashdot.org/comments.pl?sid=1"
        + "&amp;cid=" + parent + "\">Parent</A> ]");
  }

  /**
   * A "Parent" link names a comment above: on a mangled page whose two comments name each other, the first names
   * none above it and has no parent, while the second replies to the first, so that the parents form no circle
   * (such a circle hung HtmlArticlesFuzzTest). A link to the comment itself is no parent either.
   */
  @Test
  void aParentLinkNamesOnlyACommentAbove() {
    Document page = Jsoup.parse("<html><body><TABLE>" + rowsWithParent(101, 102) + rowsWithParent(102, 101)
        + rowsWithParent(103, 103) + rowsWithParent(104, 102) + "</TABLE></body></html>");

    List<Unit> units = SlashTables.find(PageElements.of(page));

    assertThat(units).extracting(u -> u.givenId).containsExactly("101", "102", "103", "104");
    assertThat(units.get(0).parent).isNull();
    assertThat(units.get(1).parent).isSameAs(units.get(0));
    assertThat(units.get(2).parent).isNull();
    assertThat(units.get(3).parent).isSameAs(units.get(1));
  }

  /**
   * Replies in full, each in a table of its own, listed after a table of many comments: the comment before the list
   * is looked up in that table once, not once for every reply, which took minutes for a long thread.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void manyRepliesAfterALongTableTakeTimeInProportion() {
    int n = 5_000;
    StringBuilder html = new StringBuilder("<html><body><TABLE>");
    for (int i = 0; i < n; i++) {
      html.append(rows(1_000_000 + i));
    }
    html.append("</TABLE><UL>");
    for (int i = 0; i < n; i++) {
      html.append("<TABLE>").append(rows(2_000_000 + i)).append("</TABLE>");
    }
    Document page = Jsoup.parse(html.append("</UL></body></html>").toString());

    List<Unit> units = SlashTables.find(PageElements.of(page));

    assertThat(units).hasSize(2 * n);
    Unit last = units.get(n - 1);
    assertThat(units.subList(n, 2 * n)).allSatisfy(u -> assertThat(u.parent).isSameAs(last));
    assertThat(units.subList(0, n)).allSatisfy(u -> assertThat(u.parent).isNull());
  }
}
