package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.HtmlArticles;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A smiley is a character of its paragraph, not an image that splits it, in a comment as in the article; the small
 * picture of the writer that opens a comment is no part of what they wrote.
 */
class SmileysAndAvatarsTest {
  private static final String PAGE = """
      <html lang="en"><head><title>The allotments open a seed library</title>
      <meta property="article:published_time" content="2024-03-14T10:00:00+01:00"></head><body>
      <article><h1>The allotments open a seed library</h1>
      <p>The allotment society has opened a seed library in its shed by the gate. Members bring the seeds they saved
      in autumn and take those they need in spring, and the society keeps a list of what has grown well here.</p>
      <p>The shed is open on Saturday mornings until the end of May. Thanks to all who gave seeds
      <img src="https://s.example.org/images/core/emoji/14.0.0/svg/1f609.svg" class="emoji" alt="😉"></p>
      <img src="https://allotments.example.org/photos/seed-library.jpg" alt="The seed library's shelves">
      <p>The society asks that members label each packet with the year and the bed it came from.</p>
      </article>
      <section id="comments"><h2>2 Comments</h2><ol class="commentlist">
      <li class="comment" id="comment-21"><div>
      <img src="/media/cache/5e/6a/5e6a05d60de458073503b27d05d76ac3.jpg" alt="" width="40" height="40">
      <b class="fn">Mara</b> <span class="comment-date">14 March 2024 at 12:10</span></div>
      <p>Great idea <img src="/wp-includes/images/smilies/icon_smile.gif" class="wp-smiley" alt=":)"> I will bring my
      runner beans.</p></li>
      <li class="comment" id="comment-22"><div>
      <img src="https://www.gravatar.com/avatar/538151390388f46906dc632ad9437532.jpg?s=64" alt="">
      <b class="fn">Jonas</b> <span class="comment-date">14 March 2024 at 13:05</span></div>
      <p>See you on Saturday <img src="/forum/images/smileys/wink.gif" alt="wink"> the tomatoes did well last year.</p>
      </li></ol></section><footer>Allotment News</footer></body></html>
      """;

  @Test
  void aSmileyJoinsItsParagraphAndAnAvatarIsNoPartOfTheComment() {
    Article article = HtmlArticles.parse(PAGE, URI.create("https://allotments.example.org/2024/seed-library"));

    assertThat(article.body()).contains(Paragraph.of(
        "The shed is open on Saturday mornings until the end of May. Thanks to all who gave seeds 😉"));
    assertThat(article.body()).filteredOn(Image.class::isInstance).map(b -> ((Image) b).url().toString())
        .containsExactly("https://allotments.example.org/photos/seed-library.jpg");
    assertThat(article.comments()).extracting(Comment::body).containsExactly(
        List.of(Paragraph.of("Great idea :) I will bring my runner beans.")),
        List.of(Paragraph.of("See you on Saturday the tomatoes did well last year.")));
  }
}
