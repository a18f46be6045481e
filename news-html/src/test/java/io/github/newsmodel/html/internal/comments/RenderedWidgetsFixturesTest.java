package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Comment widgets that a script renders into the page, as a headless browser's copy or a browser's saved page holds
 * them: Valine, Gitalk, Artalk, Commento and HashOver, and the counts of Waline and Twikoo. Each fixture follows the widget's own
 * template; {@code GoldenPagesTest} compares each whole article with its golden JSON.
 */
class RenderedWidgetsFixturesTest {
  private static final String VALINE = "https://lin.example.cn/2024/02/next-8-upgrade/";
  private static final String GITALK = "https://ajie.example.cn/2024/04/02/hexo-github-actions/";
  private static final String ARTALK = "https://beichuang.example.cn/posts/self-hosted-fonts/";
  private static final String COMMENTO = "https://soilnotes.example.org/posts/rain-barrel/";
  private static final String HASHOVER = "https://northbank.example.org.uk/2024/06/tram-extension.html";

  /** The page as a crawler's headless browser captured it at a known time. */
  private static Article captured(String name, String url, String at) {
    return HtmlArticles.parse(Pages.text(name + ".html"), URI.create(url), ParseOptions.builder()
        .source(Source.builder().uri(URI.create(url)).capturedAt(OffsetDateTime.parse(at)).build()).build());
  }

  /**
   * Valine's cards, {@code div.vcard} in {@code div.vcards}, the replies in the {@code div.vquote} of their
   * thread's first comment, a reply to a reply told by the link its text opens with ({@code a.at}), ids that are
   * LeanCloud object ids; an older comment's day, a recent one's "3 天前". The author box beside the post is classed
   * {@code vcard} too, as microformats' hCard, and is no comment.
   */
  @Test
  void valineCardsTheirReplyAndTheirCountOfThreads() {
    Article a = Pages.article("valine-hexo-next-upgrade", VALINE);

    assertThat(a.comments()).extracting(Comment::id, Comment::replyTo, c -> c.author().orElseThrow().name(),
            Comment::publishedAt, Comment::publishedAtDateOnly)
        .containsExactly(
            tuple("5e6a1c2b8a84ab0075d3e9f1", Optional.empty(), "老周",
                Optional.of(OffsetDateTime.parse("2024-02-21T00:00+08:00")), true),
            tuple("5e6a2f0c3d97be0069a1c4e2", Optional.of("5e6a1c2b8a84ab0075d3e9f1"), "小林",
                Optional.of(OffsetDateTime.parse("2024-02-21T00:00+08:00")), true),
            tuple("5e6a3b7d2f41c80072d5a8b3", Optional.of("5e6a2f0c3d97be0069a1c4e2"), "老周",
                Optional.of(OffsetDateTime.parse("2024-02-22T00:00+08:00")), true),
            tuple("5e7b09d1a2c34f0071b8e6d3", Optional.empty(), "Anonymous", Optional.empty(), false));
    assertThat(a.comments().get(0).author().orElseThrow().url()).hasValue(URI.create("https://zhou.example.com"));
    assertThat(a.comments().get(0).text()).isEqualTo("8.x 的 Pjax 开了以后 Valine 每次翻页都要重新初始化，不然评论区是空的。");
    assertThat(a.comments().get(1).text()).isEqualTo("@老周 , 对，NexT 的 pjax 配置里要把评论区的选择器加进去。");
    assertThat(a.commentCount()).as("Valine counts threads, not their replies").hasValue(2);
    assertThat(a.text()).doesNotContain("写代码的", "Chrome", "回复");
  }

  @Test
  void valinesRelativeTimeIsReadAgainstTheCaptureTime() {
    Article a = captured("valine-hexo-next-upgrade", VALINE, "2024-03-01T12:00+08:00");

    assertThat(a.comments().get(3)).extracting(Comment::publishedAt, Comment::publishedAtDateOnly)
        .as("'3 天前', three days before the capture, a day without its time").containsExactly(
            Optional.of(OffsetDateTime.parse("2024-02-27T00:00+08:00")), true);
  }

  /**
   * Gitalk's comments, GitHub issue comments in a flat list without ids: the word "发表于" ("commented") in the
   * header is no comment's text, a reply quotes what it answers with a mention ({@code a.user-mention}) that is no
   * author's line, times are all relative, and the count stands in {@code span.gt-counts}.
   */
  @Test
  void gitalkCommentsTheirQuoteAndTheirCount() {
    Article a = Pages.article("gitalk-hexo-github-actions-deploy", GITALK);

    assertThat(a.comments()).extracting(Comment::id, c -> c.author().orElseThrow().name(),
            c -> c.author().orElseThrow().url(), Comment::publishedAt)
        .containsExactly(
            tuple("c1", "mengqi", Optional.of(URI.create("https://github.com/mengqi")), Optional.empty()),
            tuple("c2", "ajie", Optional.of(URI.create("https://github.com/ajie")), Optional.empty()),
            tuple("c3", "ryan-k", Optional.of(URI.create("https://github.com/ryan-k")), Optional.empty()));
    assertThat(a.comments().get(1).body()).containsExactly(
        Quote.builder().text("@mengqi\ngh-pages 分支推上去之后，仓库设置里的 Pages 来源也要改成这个分支，我第一次就忘了。").build(),
        Paragraph.of("是的，文章里补上了这一步，谢谢提醒。"));
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("发表于", "天前"));
    assertThat(a.commentCount()).hasValue(3);
  }

  @Test
  void gitalksRelativeTimesAreReadAgainstTheCaptureTime() {
    Article a = captured("gitalk-hexo-github-actions-deploy", GITALK, "2024-04-08T12:00+08:00");

    assertThat(a.comments()).extracting(Comment::publishedAt, Comment::publishedAtDateOnly).containsExactly(
        tuple(Optional.of(OffsetDateTime.parse("2024-04-05T00:00+08:00")), true), // "3 天前", a day
        tuple(Optional.of(OffsetDateTime.parse("2024-04-06T00:00+08:00")), true),
        tuple(Optional.of(OffsetDateTime.parse("2024-04-08T07:00+08:00")), false)); // "大约 5 小时前"
  }

  /**
   * Artalk's nested comments, {@code div.atk-comment-wrap#atk-comment-128} with replies in
   * {@code div.atk-comment-children}: each time is "3 天前" for people and the instant in milliseconds in
   * {@code data-atk-comment-date}; a reply's header names the one it answers ({@code span.atk-reply-at}), which is
   * not its author; the votes and the reply link are no text.
   */
  @Test
  void artalkThreadsTheirInstantsAndTheirCount() {
    Article a = Pages.article("artalk-hugo-self-hosted-fonts", ARTALK);

    assertThat(a.comments()).extracting(Comment::id, Comment::replyTo, c -> c.author().orElseThrow().name(),
            Comment::publishedAt)
        .containsExactly(
            tuple("atk-comment-128", Optional.empty(), "木子", Optional.of(OffsetDateTime.parse("2024-03-05T06:30:12Z"))),
            tuple("atk-comment-131", Optional.of("atk-comment-128"), "北窗",
                Optional.of(OffsetDateTime.parse("2024-03-05T08:02:40Z"))),
            tuple("atk-comment-140", Optional.of("atk-comment-131"), "木子",
                Optional.of(OffsetDateTime.parse("2024-03-06T02:40:05Z"))),
            tuple("atk-comment-135", Optional.empty(), "路人甲",
                Optional.of(OffsetDateTime.parse("2024-03-06T01:15:00Z"))));
    assertThat(a.comments().get(0).text()).isEqualTo("cn-font-split 切出来的 CSS 有多大？我试过一次，光 @font-face 就有几十 KB。");
    assertThat(a.commentCount()).hasValue(4);
  }

  /** Waline's "3 评论" in {@code div.wl-count} and Twikoo's "3 条评论" in {@code span.tk-comments-count}. */
  @Test
  void walineAndTwikooCountTheirComments() {
    assertThat(Pages.article("waline-hexo-three-years", "https://lin.example.cn/2024/03/hexo-three-years/")
        .commentCount()).isEqualTo(OptionalInt.of(3));
    assertThat(Pages.article("twikoo-hexo-three-years", "https://lin.example.cn/2024/03/hexo-three-years/")
        .commentCount()).isEqualTo(OptionalInt.of(3));
  }

  /** Twikoo's {@code span.tk-ruser} "@老王", a block of its own before the reply's paragraph, opens its text. */
  @Test
  void twikoosMentionOpensTheReplysText() {
    Article a = Pages.article("twikoo-hexo-three-years", "https://lin.example.cn/2024/03/hexo-three-years/");

    assertThat(a.comments().get(1).body()).containsExactly(
        Paragraph.of("@老王 导入脚本可以用，就是评论的时间会变成导入那天，要手动改一下。"));
  }

  /**
   * An hCard is no Valine card: WordPress's {@code div.comment-author.vcard} is part of its comment, and a blog's
   * author box classed {@code vcard} in a list of authors is no comment.
   */
  @Test
  void anHCardIsNoComment() {
    Article a = HtmlArticles.parse("<html><body><article><h1>Ferry</h1><p>The winter timetable starts on Monday"
        + " and runs until the end of March, with two fewer crossings a day.</p></article>"
        + "<ul class=vlist><li class='vcard'><span class=fn>Ann Lee</span><p class=note>Ann writes about"
        + " ferries and harbours for the paper.</p></li></ul>"
        + "<ol class=commentlist><li class='comment' id=comment-7><div class='comment-author vcard'><cite class=fn>"
        + "Tom</cite></div><time datetime='2024-03-05T09:00:00Z'>5 March</time><p>Two fewer is a pity.</p></li>"
        + "</ol></body></html>", URI.create("https://harbour.example.org/ferry"));

    assertThat(a.comments()).extracting(Comment::id, c -> c.author().orElseThrow().name())
        .containsExactly(tuple("comment-7", "Tom"));
  }

  /**
   * Commento's cards, {@code div.commento-card#commento-comment-card-<hash>}, a reply in the
   * {@code div.commento-body} of its parent's children: the hashes of a comment and its reply start with the same
   * digit, which names no comment's number, so the reply is no part of its parent. The votes' buttons and the
   * score ("4 points") are no text.
   */
  @Test
  void commentoCardsAndTheReplyWhoseHashStartsAsItsParents() {
    Article a = Pages.article("commento-hugo-garden-rain-barrel", COMMENTO);
    String card = "commento-comment-card-";

    assertThat(a.comments()).extracting(Comment::id, Comment::replyTo, c -> c.author().orElseThrow().name(),
            Comment::number)
        .containsExactly(
            tuple(card + "3f9a1c7e5b2d48a0c6e1f7b9d3a5c8e2f4b6d8a0c2e4f6a8b0d2f4a6c8e0b2d4", Optional.empty(),
                "Margaret Hale", OptionalInt.empty()),
            tuple(card + "3c2e9b4f1a6d3c8e5b0a7f2d9c4e1b6a3f8d5c2e9b6a1f4d7c0e3b8a5f2d9c6e",
                Optional.of(card + "3f9a1c7e5b2d48a0c6e1f7b9d3a5c8e2f4b6d8a0c2e4f6a8b0d2f4a6c8e0b2d4"), "Owen",
                OptionalInt.empty()),
            tuple(card + "b5d1e8a3c6f9b2e5d8a1c4f7e0b3d6a9c2f5e8b1d4a7c0f3e6b9d2a5c8f1e4b7", Optional.empty(),
                "Anonymous", OptionalInt.empty()));
    assertThat(a.comments().get(0).author().orElseThrow().url())
        .hasValue(URI.create("https://margaret.example.org"));
    assertThat(a.comments().get(1).text())
        .isEqualTo("Not yet. A mesh filter at the top of the downpipe catches most of it.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("point", "ago"));
  }

  @Test
  void commentosRelativeTimesAreReadAgainstTheCaptureTime() {
    Article a = captured("commento-hugo-garden-rain-barrel", COMMENTO, "2024-08-20T18:00Z");

    assertThat(a.comments()).extracting(Comment::publishedAt, Comment::publishedAtDateOnly).containsExactly(
        tuple(Optional.of(OffsetDateTime.parse("2024-08-18T00:00+01:00")), true),
        tuple(Optional.of(OffsetDateTime.parse("2024-08-20T14:00+01:00")), false),
        tuple(Optional.empty(), false)); // "3 months ago" names no day
  }

  /**
   * HashOver's comments, {@code div.hashover-comment#hashover-c1}, a reply nested in its parent as
   * {@code #hashover-c1r1}: an id that is a path in the thread, whose first digits are its thread's and name no
   * number of its own. Each time is the date printed and the time of day in its permalink's title ("Permalink -
   * Saturday, June 1st, 2024 - 11:42am"); the likes and the links "Like" and "Reply" are no text, and
   * "Showing 3 Comments" counts them.
   */
  @Test
  void hashoverCommentsTheirReplyTheirTimesAndTheirCount() {
    Article a = Pages.article("hashover-personal-site-tram-extension", HASHOVER);

    assertThat(a.comments()).extracting(Comment::id, Comment::replyTo, c -> c.author().orElseThrow().name(),
            Comment::publishedAt)
        .containsExactly(
            tuple("hashover-c1", Optional.empty(), "Rita Okafor",
                Optional.of(OffsetDateTime.parse("2024-06-01T11:42+01:00"))),
            tuple("hashover-c1r1", Optional.of("hashover-c1"), "Dev",
                Optional.of(OffsetDateTime.parse("2024-06-02T20:05+01:00"))),
            tuple("hashover-c2", Optional.empty(), "Anonymous",
                Optional.of(OffsetDateTime.parse("2024-06-03T07:15+01:00"))));
    assertThat(a.comments().get(1).text())
        .isEqualTo("On a bad day the tram is stuck behind the same delivery vans at the junction, though.");
    assertThat(a.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("Like", "Reply", "In reply to"));
    assertThat(a.commentCount()).hasValue(3);
    assertThat(a.commentsOpen()).hasValue(true);
  }
}
