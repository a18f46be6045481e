package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.newsmodel.core.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A comment frame's page, captured apart from its article's, is told by its address, and its thread is joined to
 * the article: the harbour page as Chrome saved it, without the comments it holds, as a page whose script loads
 * them would be, and its Disqus thread.
 */
class CommentFramesTest {
  private static final String ARTICLE = "https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/";
  private static final URI FRAME = URI.create("https://disqus.com/embed/comments/?base=default&f=westhavencourier"
      + "&t_u=https%3A%2F%2Fwesthaven-courier.example.co.uk%2F2016%2F02%2Fharbour-reopens%2F&t_t=Harbour%20reopens");

  private static Article pageWithComments() {
    return HtmlArticles.parse(Pages.text("chrome-saved-harbour-reopens.html"), URI.create(ARTICLE));
  }

  private static Article page() {
    return Article.builder().from(pageWithComments()).comments(List.of()).commentCount(OptionalInt.empty()).build();
  }

  private static Article thread() {
    return HtmlArticles.parse(Pages.text("disqus-embed-harbour-reopens.html"), FRAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://disqus.com/embed/comments/?base=default&f=westhavencourier&t_u=https%3A%2F%2Fexample.com%2F",
      "http://disqus.com/embed/comments/",
      "https://c.disqus.com/embed/comments/?f=x",
      "https://DISQUS.com/embed/comments/?f=x",
      "https://web.archive.org/web/20160210120000/https://disqus.com/embed/comments/?f=westhavencourier",
      "https://web.archive.org/web/20160210120000if_/https://disqus.com/embed/comments/?f=westhavencourier"})
  void aFramesAddressServedOrArchivedIsAFrame(String url) {
    assertThat(CommentFrames.isFrame(URI.create(url))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      ARTICLE,
      "https://disqus.com/by/ann/",
      "https://disqus.com/embed/commentsX/",
      "https://westhavencourier.disqus.com/embed.js",
      "https://disqus.com.example.org/embed/comments/",
      "https://web.archive.org/web/20160210120000/" + ARTICLE,
      "file:///saved/embed/comments/"})
  void anyOtherAddressIsNot(String url) {
    assertThat(CommentFrames.isFrame(URI.create(url))).isFalse();
  }

  @Test
  void aFramesAddressNamesTheArticleItWasLoadedFor() {
    assertThat(CommentFrames.articleOf(FRAME)).hasValue(URI.create(ARTICLE));
    assertThat(CommentFrames.articleOf(URI.create("https://web.archive.org/web/20160210120000if_/" + FRAME)))
        .as("a Wayback copy").hasValue(URI.create(ARTICLE));
    assertThat(CommentFrames.articleOf(URI.create("https://disqus.com/embed/comments/?f=x"))).isEmpty();
    assertThat(CommentFrames.articleOf(URI.create("https://disqus.com/embed/comments/?t_u=file%3A%2F%2F%2Fx")))
        .as("no web address").isEmpty();
    assertThat(CommentFrames.articleOf(URI.create("https://example.com/?t_u=https%3A%2F%2Fexample.com%2Fa")))
        .as("no frame's address").isEmpty();
  }

  @Test
  void aPageMayLoadAFrameWhenItNamesTheService() {
    assertThat(CommentFrames.mayLoadFrame(Pages.bytes("blog-disqus-fallback.html"))).isTrue();
    assertThat(CommentFrames.mayLoadFrame(bytes("<div id=\"disqus_thread\"></div>"))).isTrue();
    assertThat(CommentFrames.mayLoadFrame(bytes("<script src=\"//X.DISQUS.COM/embed.js\"></script>"))).isTrue();
    assertThat(CommentFrames.mayLoadFrame(bytes("Disqus"))).as("the name alone, at both ends").isTrue();
  }

  @Test
  void aPageThatDoesNotNameTheServiceLoadsNoFrame() {
    assertThat(CommentFrames.mayLoadFrame(Pages.bytes("chrome-saved-harbour-reopens.html"))).isFalse();
    assertThat(CommentFrames.mayLoadFrame(new byte[0])).isFalse();
    assertThat(CommentFrames.mayLoadFrame(bytes("disqu"))).isFalse();
    assertThat(CommentFrames.mayLoadFrame(bytes("<p>dis-qus, disq us, disques</p>"))).isFalse();
  }

  @Test
  void theArticleTakesTheThreadsCommentsAndKeepsEverythingElse() {
    Article page = page();
    Article thread = thread();

    Article joined = CommentFrames.joined(page, thread, ParseOptions.defaults());

    assertThat(page.comments()).isEmpty();
    assertThat(joined.comments()).hasSize(6).isEqualTo(thread.comments());
    assertThat(joined.commentCount()).as("the thread's whole count").hasValue(9);
    assertThat(Article.builder().from(joined).comments(page.comments()).commentCount(page.commentCount()).build())
        .isEqualTo(page);
  }

  @Test
  void theJoinedCommentsKeepToTheCommentLimit() {
    Article joined = CommentFrames.joined(page(), thread(), ParseOptions.builder().maxComments(2).build());

    assertThat(joined.comments()).containsExactlyElementsOf(thread().comments().subList(0, 2));
    assertThat(joined.commentCount()).hasValue(9);
  }

  @Test
  void anArticleWithCommentsOfItsOwnKeepsThem() {
    Article own = pageWithComments();
    assertThat(own.comments()).hasSize(2);

    assertThat(CommentFrames.joined(own, thread(), ParseOptions.defaults())).isSameAs(own);
  }

  @Test
  void aThreadWithoutCommentsChangesNothing() {
    Article page = page();
    Article empty = Article.builder().from(thread()).comments(List.of()).build();

    assertThat(CommentFrames.joined(page, empty, ParseOptions.defaults())).isSameAs(page);
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatNullPointerException().isThrownBy(() -> CommentFrames.isFrame(null)).withMessage("url");
    assertThatNullPointerException().isThrownBy(() -> CommentFrames.mayLoadFrame(null)).withMessage("page");
    assertThatNullPointerException().isThrownBy(() -> CommentFrames.joined(page(), null, ParseOptions.defaults()))
        .withMessage("thread");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
