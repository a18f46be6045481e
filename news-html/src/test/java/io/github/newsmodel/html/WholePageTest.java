package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A page that ends with its reader comments keeps its last comment when the page's end tag shows that it is whole,
 * and loses it when the page is cut off, where the last comment's words may be cut too.
 */
class WholePageTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/02/the-council-meets");
  private static final String PAGE = """
      <html><head><title>The council meets</title></head><body>
      <article><h1>The council meets</h1>
        <p>The council met on Thursday to agree the budget for the coming year, after weeks of talks.</p>
        <p>Members voted for the plan by a wide margin, and the mayor thanked them for their work.</p>
      </article>
      <ol class="comment-list">
        <li class="comment" id="comment-1"><div class="comment-body"><p>A fair budget at last.</p></div></li>
        <li class="comment" id="comment-2"><div class="comment-body"><p>We will see about that next spring.</p>
        </div></li>
      </ol>""";

  @Test
  void theLastCommentOfAWholePageIsKept() {
    Article article = HtmlArticles.parse(PAGE + "\n</body></html>\n<!-- served in 12 ms -->\n", URL);

    assertThat(article.comments()).extracting(Comment::text)
        .containsExactly("A fair budget at last.", "We will see about that next spring.");
  }

  @Test
  void theEndTagIsFoundWhateverItsCase() {
    Article article = HtmlArticles.parse(PAGE + "</BODY>", URL);

    assertThat(article.comments()).hasSize(2);
  }

  @Test
  void aPageCutOffInItsLastCommentLeavesThatCommentOut() {
    String cut = PAGE.substring(0, PAGE.indexOf("next spring"));

    assertThat(HtmlArticles.parse(cut, URL).comments()).extracting(Comment::text)
        .containsExactly("A fair budget at last.");
    assertThat(HtmlArticles.parse(cut + "next spring.</p>", URL).comments()).as("the <li> was never closed")
        .extracting(Comment::text).containsExactly("A fair budget at last.");
  }

  /**
   * A text that ends with an end tag, as a fragment or a page saved without its own end tags does, closed the
   * element of that tag: it is whole, though the elements around it are not.
   */
  @Test
  void theElementThatTheTextsLastEndTagClosesIsWhole() {
    assertThat(HtmlArticles.parse(PAGE, URL).comments()).as("the list of comments was closed")
        .extracting(Comment::text).containsExactly("A fair budget at last.", "We will see about that next spring.");
    String fragment = "<h1>Bridge closes</h1><p>First: the old swing bridge closes on Monday for six weeks.</p>"
        + "<p>Last: ferries run every twenty minutes between the two quays while it is closed.</p>\n";
    assertThat(HtmlArticles.parse(fragment, URL).text()).endsWith("while it is closed.");
    assertThat(HtmlArticles.parse(fragment.substring(0, fragment.indexOf(" while")), URL).text())
        .as("cut inside the last paragraph").doesNotContain("Last:");
  }
}
