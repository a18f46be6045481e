package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Comments laid out as a definition list, as {@link CommentUnits#find} reads them with {@link DefinitionLists}. */
class DefinitionListsTest {
  private static List<Unit> find(String comments) {
    Document page = Jsoup.parse("<html><body><div id=comments>" + comments + "</div></body></html>");
    PageElements elements = PageElements.of(page);
    int start = elements.start(page.body());
    return CommentUnits.find(elements, start, elements.end(start));
  }

  /**
   * A mangled page nests a described term in a term whose description is named as a comment. That description
   * stands after the inner comment, so the inner comment does not reply to it: had it, the description's own mark
   * naming the inner comment would have made each the other's parent, a circle.
   */
  @Test
  void aCommentInsideATermDoesNotReplyToTheDescriptionAfterIt() {
    List<Unit> units = find("<dl><dt class=comment id=comment-1>Ann<section>"
        + "<dt class=comment id=comment-2>Bob</dt><dd>Two.</dd></section></dt>"
        + "<dd class=comment id=comment-3 data-parent-id=comment-2>Three.</dd></dl>");

    assertThat(units).extracting(u -> u.pageId().orElse("-")).containsExactly("comment-2", "comment-3");
    assertThat(units.get(0).parent).isNull();
    assertThat(units.get(1).parent).isSameAs(units.get(0));
  }

  /** A comment inside a term replies to the comment the term and its description make, which stands above it. */
  @Test
  void aCommentInsideATermRepliesToTheCommentItsTermOpens() {
    List<Unit> units = find("<dl><dt class=comment id=comment-1>Ann<section>"
        + "<dt class=comment id=comment-2>Bob</dt><dd>Two.</dd></section></dt><dd>One.</dd></dl>");

    assertThat(units).extracting(u -> u.pageId().orElse("-")).containsExactly("comment-1", "comment-2");
    assertThat(units.get(0).parent).isNull();
    assertThat(units.get(1).parent).isSameAs(units.get(0));
  }
}
