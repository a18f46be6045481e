package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chrome's "Webpage, Complete" saves a page's frames in the folder of files beside the page
 * ({@code Story_files/saved_resource.html}), each its document when saved, scripts and all, marked with the address
 * it was loaded from, and links the page's {@code <iframe>} to it: the Disqus frame of a page whose comments its
 * script loaded gives the article the comments the page itself does not hold.
 */
class HtmlArticlesSavedFramesTest {
  private static final String PAGE = "chrome-complete-disqus-harbour-reopens";
  private static final String FOLDER = PAGE + "_files";
  private static final String FRAME = FOLDER + "/saved_resource.html";
  private static final URI EMBED = URI.create("https://disqus.com/embed/comments/?base=default&f=westhavencourier"
      + "&t_u=https%3A%2F%2Fwesthaven-courier.example.co.uk%2F2016%2F02%2Fharbour-reopens%2F");
  private static final String IFRAME = "<iframe id=\"dsq-app6104\"";

  @TempDir Path dir;
  private Path page;
  private Path folder;

  @BeforeEach
  void savePageAndFolder() throws IOException {
    page = dir.resolve(PAGE + ".html");
    folder = Files.createDirectory(dir.resolve(FOLDER));
    Files.write(page, Pages.bytes(PAGE + ".html"));
    Files.write(folder.resolve("saved_resource.html"), Pages.bytes(FRAME));
  }

  private static Article thread() {
    return HtmlArticles.parse(Pages.text("disqus-embed-harbour-reopens.html"), EMBED);
  }

  private Article alone() {
    return HtmlArticles.parse(Pages.text(PAGE + ".html"), page.toUri());
  }

  /** The page with more iframes before the Disqus one, as a page shows advertisements first. */
  private void pageWithFramesBefore(String... sources) throws IOException {
    StringBuilder frames = new StringBuilder();
    for (String source : sources) {
      frames.append("<iframe src=\"").append(source).append("\" title=\"Advertisement\"></iframe>");
    }
    Files.writeString(page, Files.readString(page).replace(IFRAME, frames + IFRAME));
  }

  private void adFrame(String name, int n) throws IOException {
    Files.writeString(folder.resolve(name), "<!DOCTYPE html>\n<!-- saved from url=(0036)"
        + "https://ads.example.net/frame?id=" + n + " -->\n<html><body><p>Buy a boat.</p></body></html>");
  }

  @Test
  void thePageTakesTheCommentsOfTheDisqusFrameSavedWithIt() throws IOException {
    Article article = HtmlArticles.parse(page);
    Article alone = alone();

    assertThat(alone.comments()).as("the page holds no comments itself").isEmpty();
    assertThat(article.comments()).hasSize(6).isEqualTo(thread().comments());
    assertThat(article.commentCount()).hasValue(9);
    assertThat(article.source()).hasValue(Source.of(page.toUri()));
    assertThat(Article.builder().from(article).comments(alone.comments()).commentCount(alone.commentCount())
        .build()).as("all else is the page's").isEqualTo(alone);
    assertThat(HtmlArticles.parse(page, ParseOptions.builder().maxComments(2).build()).comments())
        .as("the comment limit holds for the frame's comments").hasSize(2);
  }

  /**
   * What Chromium 156 wrote, saving a page of ours "Webpage, Complete" (the page, our test server's, and its files as
   * Chromium named them; only the folder's name is the fixture's): the frame's document after its script drew the
   * posts, with the thread's JSON still in it, at an http address of the embed.
   */
  @Test
  void aPageChromiumSavedTakesTheCommentsOfItsFrame() throws IOException {
    Path real = dir.resolve("real");
    Path files = Files.createDirectories(real.resolve("chromium-complete-harbour_files"));
    for (String name : new String[] {"saved_resource.html", "app.js", "lounge.js", "style.css"}) {
      Files.write(files.resolve(name), Pages.bytes("chromium-complete-harbour_files/" + name));
    }
    Path saved = Files.write(real.resolve("Harbour - News.html"), Pages.bytes("chromium-complete-harbour.html"));

    Article article = HtmlArticles.parse(saved);

    assertThat(article.url()).hasValue(URI.create("http://news.example.com/2016/02/harbour/"));
    assertThat(article.comments()).extracting(c -> c.author().orElseThrow().name() + ": " + c.text()
        + c.replyTo().map(r -> " (to " + r + ")").orElse("")).containsExactly(
            "Alice Reader: First comment on harbour \u2014 caf\u00e9", "Bob: Reply from Bob (to 901)");
    assertThat(article.commentCount()).hasValue(2);
  }

  @Test
  void theFramesOwnPageIsItsThreadAtTheAddressItsMarkNames() {
    Article frame = Pages.article(FRAME.replace(".html", ""), "file:///x/" + FRAME);

    assertThat(frame.url()).hasValue(URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/"));
    assertThat(frame.comments()).hasSize(6);
  }

  /** Chrome names frames in the page's order, saved_resource.html first: the page's links say which is which. */
  @Test
  void theFirstDisqusFrameInThePagesOrderIsReadAndNoOther() throws IOException {
    Files.move(folder.resolve("saved_resource.html"), folder.resolve("saved_resource(2).html"));
    Files.writeString(page, Pages.text(PAGE + ".html").replace("saved_resource.html", "saved_resource(2).html"));
    pageWithFramesBefore("./" + FOLDER + "/saved_resource.html", "./" + FOLDER + "/saved_resource(1).html");
    adFrame("saved_resource.html", 1);
    adFrame("saved_resource(1).html", 2);
    Files.writeString(folder.resolve("saved_resource(10).html"), "<!DOCTYPE html>\n<!-- saved from url=(0035)"
        + "https://disqus.com/embed/comments/ -->\n<html><body><script type=\"text/json\""
        + " id=\"disqus-threadData\">{\"code\":0,\"response\":{\"posts\":[{\"id\":\"1\",\"message\":\"<p>Another"
        + " thread.</p>\",\"createdAt\":\"2016-02-09T19:42:10\",\"author\":{\"name\":\"X\"}}]}}</script></body>"
        + "</html>");

    Files.writeString(page, Files.readString(page).replace("</iframe></div>", "</iframe><iframe src=\"./" + FOLDER
        + "/saved_resource(10).html\"></iframe></div>"));

    assertThat(HtmlArticles.parse(page).comments()).isEqualTo(thread().comments());
  }

  /** 63 advertisements' frames before the Disqus one: each is read only as far as its mark. */
  @Test
  void manyFramesBeforeTheDisqusOneAreLookedPast() throws IOException {
    String[] ads = new String[63];
    for (int i = 0; i < ads.length; i++) {
      ads[i] = FOLDER + "/saved_resource(" + (i + 1) + ").html";
      adFrame("saved_resource(" + (i + 1) + ").html", i);
    }
    pageWithFramesBefore(ads);

    assertThat(HtmlArticles.parse(page).comments()).hasSize(6);
  }

  /** Disqus's address holds the title three times, escaped: a title in another script makes the mark long. */
  @Test
  void aLongMarkOfATitleInAnotherScriptIsRead() throws IOException {
    String frame = new String(Pages.bytes(FRAME), StandardCharsets.UTF_8);
    String mark = frame.substring(frame.indexOf("https://disqus.com"), frame.indexOf(" -->"));
    String title = URLEncoder.encode("Гавань снова открыта после ремонта пирса, сообщили в администрации порта",
        StandardCharsets.UTF_8).replace("+", "%20");
    String longer = mark.replace("Harbour%20reopens%20after%20pier%20repairs", title);
    assertThat(longer.length()).isGreaterThan(1400);
    Files.writeString(folder.resolve("saved_resource.html"), frame.replace(mark, longer)
        .replace("(0375)", String.format("(%04d)", longer.length())));

    assertThat(HtmlArticles.parse(page).comments()).hasSize(6);
  }

  /** The page's link survives a page renamed after it was saved; the folder keeps its name. */
  @Test
  void aRenamedPageStillFindsItsFrame() throws IOException {
    Path renamed = Files.move(page, dir.resolve("Harbour.html"));

    assertThat(HtmlArticles.parse(renamed).comments()).hasSize(6);
  }

  @Test
  void aPageWithoutItsFrameOrWithAFrameWithoutChromesMarkIsThePageAlone() throws IOException {
    Article alone = alone();

    Files.writeString(folder.resolve("saved_resource.html"), "<!DOCTYPE html>\n<html><body><script"
        + " type=\"text/json\" id=\"disqus-threadData\">{}</script></body></html>");
    assertThat(HtmlArticles.parse(page)).as("a frame without Chrome's mark").isEqualTo(alone);

    Files.delete(folder.resolve("saved_resource.html"));
    Files.delete(folder);
    assertThat(HtmlArticles.parse(page)).as("no folder").isEqualTo(alone);
  }

  /** A link out of the page's folder of files is not followed, whatever the page says. */
  @Test
  void aFrameLinkOutOfTheFolderOfFilesIsNotFollowed() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("private"));
    Files.write(elsewhere.resolve("saved_resource.html"), Pages.bytes(FRAME));
    Path other = Files.createDirectories(dir.resolve("notes"));
    Files.write(other.resolve("saved_resource.html"), Pages.bytes(FRAME));
    Files.delete(folder.resolve("saved_resource.html"));
    for (String link : new String[] {"./private/saved_resource.html", "./notes/saved_resource.html",
        "./" + FOLDER + "/../private/saved_resource.html", elsewhere.resolve("saved_resource.html").toUri().toString(),
        elsewhere.resolve("saved_resource.html").toString()}) {
      Files.writeString(page, Pages.text(PAGE + ".html").replace("./" + FRAME, link));

      assertThat(HtmlArticles.parse(page).comments()).as(link).isEmpty();
    }
  }

  @Test
  void aFrameThatCannotBeReadOrHoldsNoThreadLeavesThePageAsItIs() throws IOException {
    Article alone = alone();
    String frame = new String(Pages.bytes(FRAME), StandardCharsets.UTF_8);

    Files.writeString(folder.resolve("saved_resource.html"), frame.replace("disqus-threadData", "other-data"));
    assertThat(HtmlArticles.parse(page)).as("no thread").isEqualTo(alone);

    Files.writeString(folder.resolve("saved_resource.html"), frame);
    assertThat(HtmlArticles.parse(page, ParseOptions.builder().maxPageSize(page.toFile().length() + 1).build())
        .comments()).as("a frame beyond the size limit").isEmpty();
  }

  /** A site parser of the caller's for disqus.com that fails is the frame's failure, not the page's. */
  @Test
  void aFrameWhoseSiteParserFailsLeavesThePageAsItIs() throws IOException {
    SiteParser broken = new SiteParser() {
      @Override
      public Set<String> hosts() {
        return Set.of("disqus.com");
      }

      @Override
      public ZoneId zone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Article parse(Document d, PageContext c) {
        throw new IllegalStateException("a bug");
      }
    };
    ParseOptions options = ParseOptions.builder().siteParsers(SiteParsers.of(broken)).build();

    assertThat(HtmlArticles.parse(page, options)).isEqualTo(HtmlArticles.parse(Pages.text(PAGE + ".html"),
        page.toUri(), options));
  }

  /** A folder compressed with gzip -r: the frame's file took a .gz, and is read decompressed. */
  @Test
  void aGzipCompressedFrameIsRead() throws IOException {
    Path frame = folder.resolve("saved_resource.html");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("saved_resource.html.gz")))) {
      out.write(Files.readAllBytes(frame));
    }
    Files.delete(frame);

    assertThat(HtmlArticles.parse(page).comments()).hasSize(6);
  }

  @Test
  void aPageWithCommentsOfItsOwnKeepsThem() throws IOException {
    Path own = dir.resolve("own.html");
    Files.writeString(own, Pages.text("chrome-saved-harbour-reopens.html").replace("</footer>", "</footer><div"
        + " id=\"disqus_thread\"><iframe src=\"./" + FRAME + "\"></iframe></div>"));

    assertThat(HtmlArticles.parse(own).comments()).extracting(c -> c.author().orElseThrow().name())
        .containsExactly("Tam Fraser", "Mairi Oakes");
  }
}
