package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chrome's "Webpage, Complete" saves a page's frames as they were served, in the folder of files beside the page
 * ({@code Story_files/saved_resource.html}), each marked with the address it came from: the Disqus frame of a page
 * whose comments its script loaded gives the article the comments the page itself does not hold.
 */
class HtmlArticlesSavedFramesTest {
  private static final String PAGE = "chrome-complete-disqus-harbour-reopens";
  private static final String FRAME = PAGE + "_files/saved_resource.html";
  private static final URI EMBED = URI.create("https://disqus.com/embed/comments/?base=default&f=westhavencourier"
      + "&t_u=https%3A%2F%2Fwesthaven-courier.example.co.uk%2F2016%2F02%2Fharbour-reopens%2F");

  @TempDir Path dir;
  private Path page;
  private Path folder;

  @BeforeEach
  void savePageAndFolder() throws IOException {
    page = dir.resolve(PAGE + ".html");
    folder = Files.createDirectory(dir.resolve(PAGE + "_files"));
    Files.write(page, Pages.bytes(PAGE + ".html"));
    Files.write(folder.resolve("saved_resource.html"), Pages.bytes(FRAME));
  }

  private static Article thread() {
    return HtmlArticles.parse(Pages.text("disqus-embed-harbour-reopens.html"), EMBED);
  }

  @Test
  void thePageTakesTheCommentsOfTheDisqusFrameSavedBesideIt() throws IOException {
    Article article = HtmlArticles.parse(page);
    Article alone = HtmlArticles.parse(Pages.text(PAGE + ".html"), page.toUri());

    assertThat(alone.comments()).as("the page holds no comments itself").isEmpty();
    assertThat(article.comments()).hasSize(6).isEqualTo(thread().comments());
    assertThat(article.commentCount()).hasValue(9);
    assertThat(article.source()).hasValue(Source.of(page.toUri()));
    assertThat(Article.builder().from(article).comments(alone.comments()).commentCount(alone.commentCount())
        .build()).as("all else is the page's").isEqualTo(alone);
    assertThat(HtmlArticles.parse(page, ParseOptions.builder().maxComments(2).build()).comments())
        .as("the comment limit holds for the frame's comments").hasSize(2);
  }

  @Test
  void theFramesOwnPageIsItsThreadAtTheAddressItsMarkNames() {
    Article frame = Pages.article(FRAME.replace(".html", ""), "file:///x/" + FRAME);

    // Read as a page of its own, the frame is a saved page at the address Chrome marked it with: the thread.
    assertThat(frame.url()).hasValue(URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/"));
    assertThat(frame.comments()).hasSize(6);
  }

  @Test
  void otherFramesAreNotReadAndTheFirstDisqusFrameByNameIs() throws IOException {
    // Chrome names frames in the page's order: an advertisement's frame came first.
    Files.move(folder.resolve("saved_resource.html"), folder.resolve("saved_resource(1).html"));
    Files.writeString(folder.resolve("saved_resource.html"), "<!DOCTYPE html>\n<!-- saved from url=(0036)"
        + "https://ads.example.net/frame?id=77 -->\n<html><body><p>Buy a boat.</p></body></html>");
    Files.writeString(folder.resolve("saved_resource(2).html"), "<!DOCTYPE html>\n<!-- saved from url=(0035)"
        + "https://disqus.com/embed/comments/ -->\n<html><body><script type=\"text/json\""
        + " id=\"disqus-threadData\">{\"code\":0,\"response\":{\"posts\":[{\"id\":\"1\",\"message\":\"<p>Second"
        + " frame.</p>\",\"createdAt\":\"2016-02-09T19:42:10\",\"author\":{\"name\":\"X\"}}]}}</script></body></html>");

    Article article = HtmlArticles.parse(page);

    assertThat(article.comments()).isEqualTo(thread().comments());
  }

  @Test
  void aPageWithoutItsFolderOrFrameIsThePageAlone() throws IOException {
    Article alone = HtmlArticles.parse(Pages.text(PAGE + ".html"), page.toUri());

    Files.writeString(folder.resolve("saved_resource.html"), "<!DOCTYPE html>\n<html><body><script"
        + " type=\"text/json\" id=\"disqus-threadData\">{}</script></body></html>");
    assertThat(HtmlArticles.parse(page)).as("a frame without Chrome's mark").isEqualTo(alone);

    Files.delete(folder.resolve("saved_resource.html"));
    Files.delete(folder);
    assertThat(HtmlArticles.parse(page)).as("no folder").isEqualTo(alone);

    Path renamed = dir.resolve("Harbour.html");
    Files.move(page, renamed);
    Files.createDirectory(folder);
    Files.write(folder.resolve("saved_resource.html"), Pages.bytes(FRAME));
    assertThat(HtmlArticles.parse(renamed).comments()).as("the folder of another page's name").isEmpty();
  }

  @Test
  void aFrameThatCannotBeReadOrHoldsNoThreadLeavesThePageAsItIs() throws IOException {
    Article alone = HtmlArticles.parse(Pages.text(PAGE + ".html"), page.toUri());
    String frame = new String(Pages.bytes(FRAME), StandardCharsets.UTF_8);

    Files.writeString(folder.resolve("saved_resource.html"), frame.replace("disqus-threadData", "other-data"));
    assertThat(HtmlArticles.parse(page)).as("no thread").isEqualTo(alone);

    Files.writeString(folder.resolve("saved_resource.html"), frame);
    assertThat(HtmlArticles.parse(page, ParseOptions.builder().maxPageSize(page.toFile().length() + 1).build())
        .comments()).as("a frame beyond the size limit").isEmpty();
  }

  @Test
  void aPageWithCommentsOfItsOwnKeepsThem() throws IOException {
    Path own = dir.resolve("own.html");
    Files.write(own, Pages.bytes("chrome-saved-harbour-reopens.html"));
    Path ownFolder = Files.createDirectory(dir.resolve("own_files"));
    Files.write(ownFolder.resolve("saved_resource.html"), Pages.bytes(FRAME));

    assertThat(HtmlArticles.parse(own).comments()).extracting(c -> c.author().orElseThrow().name())
        .containsExactly("Tam Fraser", "Mairi Oakes");
  }
}
