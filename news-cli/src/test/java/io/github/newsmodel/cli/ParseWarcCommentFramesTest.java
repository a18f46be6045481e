package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.json.NewsJson;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl that ran an article's scripts stored the frame of its Disqus comments as a record of its own: {@code news
 * parse} writes the article with the frame's comments, and the frame's record not on its own.
 */
class ParseWarcCommentFramesTest {
  private static final NewsJson JSON = NewsJson.standard();

  @TempDir Path dir;

  @Test
  void aFrameAfterItsPageGivesThePageItsComments() {
    Path warc = dir.resolve("crawl.warc.gz");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), TestPages.pageLoadingDisqus(3))
          .html(TestWarc.url(4), TestPages.articleBytes(4, 2))
          .html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)));
    }

    Cli.Result result = cli().run("parse", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow()).containsExactly("Article 3", "Article 4");
    Article article = articles.get(0);
    assertThat(article.comments()).extracting(ParseWarcCommentFramesTest::line)
        .containsExactly("Ann: Good news.", "Guest: Agreed. (to 901)");
    assertThat(article.comments().get(0).publishedAt()).contains(OffsetDateTime.parse("2024-03-01T09:30:00Z"));
    assertThat(article.commentCount()).hasValue(2);
    // Everything but the comments is the page's own: its text, and the record it came from.
    assertThat(article.text()).contains("Paragraph 1 of article 3");
    assertThat(article.source().orElseThrow().recordId()).contains(TestWarc.recordId(1));
    assertThat(articles.get(1).comments()).isEmpty();
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 1 comment frame joined to its article,"
        + " 0 errors, 0 skipped records in ");
    assertThat(result.exit()).isZero();
  }

  @Test
  void noJoinFramesWritesTheFrameAsAnArticleOfItsOwn() {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), TestPages.pageLoadingDisqus(3)).html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)));
    }

    Cli.Result result = cli().run("parse", "--no-join-frames", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.url().orElseThrow().toString()).containsExactly(TestWarc.url(3),
        TestWarc.url(3));
    assertThat(articles.get(0).comments()).isEmpty();
    assertThat(articles.get(1).source().orElseThrow().uri()).hasToString(TestPages.disqusFrame(TestWarc.url(3)));
    assertThat(articles.get(1).comments()).hasSize(2);
    assertThat(result.summary()).startsWith("news: 1 file, 2 articles, 0 errors, ");
  }

  /** A crawl writes a record when its download ends, and a small frame may end before a large page. */
  @Test
  void aFrameBeforeItsPageWaitsForIt() {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(4), TestPages.articleBytes(4, 2))
          .html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)))
          .html(TestWarc.url(5), TestPages.articleBytes(5, 2))
          .html(TestWarc.url(3), TestPages.pageLoadingDisqus(3))
          .html(TestWarc.url(6), TestPages.articleBytes(6, 2));
    }

    Cli.Result result = cli().run("parse", "--threads", "2", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).extracting(a -> a.title().orElseThrow() + " " + a.comments().size())
        .containsExactly("Article 4 0", "Article 5 0", "Article 3 2", "Article 6 0");
    assertThat(result.summary()).contains("4 articles, 1 comment frame joined to its article, 0 errors");
  }

  /**
   * The page's script names the article as it likes: over https where the crawl fetched http, with a trailing
   * slash, a fragment, or without the www. None of these tells two articles apart; a query does.
   */
  @Test
  void aFrameNamesItsArticleByAnyFormOfItsAddress() {
    String fetched = "http://www.news.example.com/a/3";
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(fetched, TestPages.pageLoadingDisqus(3, ""))
          .html(TestPages.disqusFrame("https://news.example.com/a/3/#comments"), TestPages.disqusThread("https://news.example.com/a/3/#comments"))
          .html(fetched + "?p=4", TestPages.pageLoadingDisqus(4, ""))
          .html(TestPages.disqusFrame(fetched + "?p=5"), TestPages.disqusThread(fetched + "?p=5"));
    }

    List<Article> articles = articles(cli().run("parse", warc.toString()).out());

    assertThat(articles).extracting(a -> a.url().orElseThrow() + " " + a.comments().size()).containsExactly(
        fetched + " 2", fetched + "?p=4 0", fetched + "?p=5 2");
  }

  /** The comments a page shows itself are what its readers saw there, and stay. */
  @Test
  void aPageWithCommentsOfItsOwnKeepsThem() {
    String page = TestPages.article(3, 2).replace("</article>", "</article><div id=\"disqus_thread\"></div>"
        + "<ol class=\"commentlist\"><li class=\"comment\" id=\"comment-7\"><div class=\"comment-author vcard\">"
        + "<cite class=\"fn\">Bea</cite></div><div class=\"comment-meta\"><a href=\"#comment-7\">March 1, 2024"
        + " at 11:00 am</a></div><p>A comment on the page itself.</p></li></ol>");
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), page.getBytes(StandardCharsets.UTF_8))
          .html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)));
    }

    Cli.Result result = cli().run("parse", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).comments()).extracting(Comment::text).containsExactly("A comment on the page"
        + " itself.");
    assertThat(articles.get(1).comments()).hasSize(2);
    assertThat(result.summary()).doesNotContain("joined");
  }

  /** A crawl of the Wayback Machine's replays holds the archive's copies of both. */
  @Test
  void aWaybackCopyOfAFrameJoinsTheCopyOfItsPage() {
    String wayback = "https://web.archive.org/web/20240301100000/";
    Path warc = dir.resolve("replays.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(wayback + TestWarc.url(3), TestPages.pageLoadingDisqus(3))
          .html("https://web.archive.org/web/20240301100004if_/" + TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)));
    }

    Cli.Result result = cli().run("parse", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).url()).hasValue(URI.create(TestWarc.url(3)));
    assertThat(articles.get(0).source().orElseThrow().uri()).hasToString(wayback + TestWarc.url(3));
    assertThat(articles.get(0).comments()).hasSize(2);
    assertThat(result.summary()).contains("1 comment frame joined to its article");
  }

  /**
   * Disqus keeps the link a thread began with, and the site may have moved its articles since: the address the frame
   * was loaded for ({@code t_u}) names the page too.
   */
  @Test
  void aFrameWhoseThreadLinkIsOlderThanItsPageJoinsByTheAddressItWasLoadedFor() {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), TestPages.pageLoadingDisqus(3))
          .html(TestPages.disqusFrame(TestWarc.url(3)),
              TestPages.disqusThread("http://old-news.example.org/2019/03/article-3.html"));
    }

    List<Article> articles = articles(cli().run("parse", warc.toString()).out());

    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).comments()).hasSize(2);
  }

  /** The AMP copy of a page names the page as its canonical url: the page, fetched at that address, takes the frame. */
  @Test
  void theFrameJoinsThePageFetchedAtItsAddressBeforeACopyThatNamesIt() {
    String amp = TestWarc.url(3) + "/amp";
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), TestPages.pageLoadingDisqus(3)).html(amp, TestPages.pageLoadingDisqus(3))
          .html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)));
    }

    assertThat(articles(cli().run("parse", warc.toString()).out()))
        .extracting(a -> a.source().orElseThrow().uri() + " " + a.comments().size())
        .containsExactly(TestWarc.url(3) + " 2", amp + " 0");
  }

  /** A page that does not name Disqus loads no frame of it, and is not held back for one. */
  @Test
  void aPageThatDoesNotNameDisqusTakesNoFrame() {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), TestPages.articleBytes(3, 2)).html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)));
    }

    List<Article> articles = articles(cli().run("parse", warc.toString()).out());

    assertThat(articles).extracting(a -> a.comments().size()).containsExactly(0, 2);
  }

  /** Memory is bounded: an article is held back for at most 64 articles after it, and then written as it is. */
  @Test
  void aFrameFarFromItsPageIsAnArticleOfItsOwn() {
    Path warc = dir.resolve("crawl.warc.gz");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(1), TestPages.pageLoadingDisqus(1));
      for (int n = 2; n <= 65; n++) {
        w.html(TestWarc.url(n), TestPages.articleBytes(n, 1));
      }
      w.html(TestPages.disqusFrame(TestWarc.url(1)), TestPages.disqusThread(TestWarc.url(1)));
      w.html(TestWarc.url(67), TestPages.pageLoadingDisqus(67));
      for (int n = 68; n <= 130; n++) {
        w.html(TestWarc.url(n), TestPages.articleBytes(n, 1));
      }
      w.html(TestPages.disqusFrame(TestWarc.url(67)), TestPages.disqusThread(TestWarc.url(67)));
    }

    Cli.Result result = cli().run("parse", warc.toString());

    List<Article> articles = articles(result.out());
    assertThat(articles).hasSize(130);
    assertThat(articles.get(0).comments()).isEmpty();
    assertThat(articles.get(65).source().orElseThrow().uri()).hasToString(TestPages.disqusFrame(TestWarc.url(1)));
    assertThat(articles.get(65).comments()).hasSize(2);
    // 63 articles between a page and its frame: the page waited long enough.
    assertThat(articles.get(66).title()).contains("Article 67");
    assertThat(articles.get(66).comments()).hasSize(2);
    assertThat(articles).extracting(a -> a.source().orElseThrow().recordId().orElseThrow()).doesNotHaveDuplicates();
    assertThat(result.summary()).contains("130 articles, 1 comment frame joined to its article");
  }

  /**
   * Articles held for a frame came before the page that stopped the run, and are written; the failure was held with
   * them, so a frame that came after it still joins its article, and nothing after the failure is written on its own.
   */
  @Test
  void failFastWritesTheArticlesHeldForAFrame() {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), TestPages.pageLoadingDisqus(3)).html(TestWarc.url(4), TestPages.articleBytes(4, 2))
          .html("http://forums.afterdawn.com/thread_view.cfm/1/5", TestPages.notAnArticleBytes(5))
          .html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3)));
    }

    Cli.Result result = cli().run("parse", "--fail-fast", warc.toString());

    assertThat(articles(result.out())).extracting(a -> a.title().orElseThrow() + " " + a.comments().size())
        .containsExactly("Article 3 2", "Article 4 0");
    assertThat(result.summary()).startsWith("news: stopped at the first error (--fail-fast) after 1 file,"
        + " 2 articles, 1 comment frame joined to its article, 1 error, ");
  }

  /** Two captures of one page, each with its frame: each capture takes the frame loaded nearest after it. */
  @Test
  void eachCaptureTakesTheFrameNearestIt() {
    Path warc = dir.resolve("crawl.warc");
    try (TestWarc w = TestWarc.create(warc)) {
      w.html(TestWarc.url(3), TestPages.pageLoadingDisqus(3)).html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3), "Early."))
          .html(TestWarc.url(3), TestPages.pageLoadingDisqus(3)).html(TestPages.disqusFrame(TestWarc.url(3)), TestPages.disqusThread(TestWarc.url(3), "Late."));
    }

    List<Article> articles = articles(cli().run("parse", warc.toString()).out());

    assertThat(articles).extracting(a -> a.comments().get(0).text()).containsExactly("Early.", "Late.");
  }

  private static String line(Comment c) {
    return c.author().orElseThrow().name() + ": " + c.text() + c.replyTo().map(r -> " (to " + r + ")").orElse("");
  }

  private static List<Article> articles(String jsonLines) {
    List<Article> articles = new ArrayList<>();
    JSON.linesReader(new StringReader(jsonLines)).forEach(articles::add);
    return articles;
  }
}
