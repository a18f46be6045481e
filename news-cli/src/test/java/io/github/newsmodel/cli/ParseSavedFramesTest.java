package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chrome's "Webpage, Complete" keeps the page's Disqus frame as it was served, in the folder of files beside the
 * page: {@code news parse} gives the page's article the frame's comments, and reads the folder no more than before.
 */
class ParseSavedFramesTest {
  private static final NewsJson JSON = NewsJson.standard();

  @TempDir Path dir;

  /** Saves article n as Chrome does: the page, marked, beside its folder that holds the Disqus frame. */
  private Path saveComplete(Path folder, String name, int n) throws IOException {
    Files.createDirectories(folder);
    Path page = folder.resolve(name + ".html");
    Files.writeString(page, "<!DOCTYPE html>\n<!-- saved from url=(0028)" + TestWarc.url(n) + " -->\n"
        + new String(TestPages.pageLoadingDisqus(n), StandardCharsets.UTF_8).substring("<!DOCTYPE html>\n".length())
            .replace("<div id=\"disqus_thread\"></div>", "<div id=\"disqus_thread\"><iframe title=\"Disqus\" src=\"./"
                + name + "_files/saved_resource.html\"></iframe></div>"));
    Path files = Files.createDirectory(folder.resolve(name + "_files"));
    String frame = TestPages.disqusFrame(TestWarc.url(n));
    Files.writeString(files.resolve("saved_resource.html"), "<!DOCTYPE html>\n<!-- saved from url=("
        + String.format("%04d", frame.length()) + ")" + frame + " -->\n"
        + new String(TestPages.disqusThread(TestWarc.url(n)), StandardCharsets.UTF_8)
            .substring("<!DOCTYPE html>".length()));
    Files.writeString(files.resolve("embed.js"), "/* Disqus */");
    return page;
  }

  @Test
  void aPageSavedCompleteTakesTheCommentsOfItsDisqusFrame() throws IOException {
    Path page = saveComplete(dir, "Article 3 - News", 3);

    Cli.Result result = cli().run("parse", page.toString());

    Article article = JSON.read(result.out());
    assertThat(article.title()).hasValue("Article 3");
    assertThat(article.comments()).extracting(Comment::text).containsExactly("Good news.", "Agreed.");
    assertThat(article.source().orElseThrow().uri()).isEqualTo(page.toAbsolutePath().toUri());
    assertThat(result.exit()).isZero();
  }

  @Test
  void aFolderOfPagesSavedCompleteGivesOneArticleAPageWithItsComments() throws IOException {
    saveComplete(dir.resolve("saved"), "Article 3 - News", 3);
    saveComplete(dir.resolve("saved"), "Article 4 - News", 4);
    Files.writeString(dir.resolve("saved/Article 5.html"), TestPages.article(5, 2));

    Cli.Result result = cli().run("parse", dir.resolve("saved").toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow() + " " + a.comments().size())
        .containsExactly("Article 3 2", "Article 4 2", "Article 5 0");
    // Each folder of files is left out, not read: its frames are not pages of their own.
    assertThat(result.summary()).startsWith("news: 3 files, 2 folders of a saved page's files left out, 3 articles,"
        + " 0 errors, 0 skipped records in ");
  }

  @Test
  void noFolderNoFrame() throws IOException {
    Path page = saveComplete(dir, "Article 3 - News", 3);
    Path files = dir.resolve("Article 3 - News_files");
    try (var list = Files.list(files)) {
      for (Path f : list.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(files);

    assertThat(JSON.read(cli().run("parse", page.toString()).out()).comments()).isEmpty();
  }

  /**
   * A crawl names its records' addresses, and a record of a {@code file:} address is no file the user gave: its
   * frames are not looked for on the reader's disk, and an address that names no local path is no failure.
   */
  @Test
  void aWarcRecordOfAFileAddressReadsNoLocalFolder() throws IOException {
    Path page = saveComplete(dir.resolve("home/Downloads"), "Private", 3);
    Path warc = dir.resolve("untrusted.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(page.toUri().toString(), Files.readAllBytes(page))
          .html("file://fileserver/share/story.html", TestPages.articleBytes(7, 2))
          .html("file:///srv/story.html?x=1", TestPages.articleBytes(8, 2));
    }

    Cli.Result result = cli().run("parse", warc.toString());

    assertThat(articles(result.out())).extracting(a -> a.comments().size()).containsExactly(0, 0, 0);
    assertThat(result.summary()).contains("3 articles, 0 errors");
    assertThat(result.exit()).isZero();
  }

  private static List<Article> articles(String jsonLines) {
    List<Article> articles = new ArrayList<>();
    JSON.linesReader(new StringReader(jsonLines)).forEach(articles::add);
    return articles;
  }
}
