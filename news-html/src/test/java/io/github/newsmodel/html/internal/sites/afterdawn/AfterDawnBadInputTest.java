package io.github.newsmodel.html.internal.sites.afterdawn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.Pages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad pages give a partial article with the missing parts absent, or a typed exception; never a wrong value. */
class AfterDawnBadInputTest {
  private static final Article GOLDEN = AfterDawnExpected.allofmp3();

  @Test
  void aForumPageIsNotAnArticle() {
    URI forum = URI.create("http://forums.afterdawn.com/thread_view.cfm/1/712345");

    assertThatThrownBy(() -> HtmlArticles.parse(Pages.text("afterdawn-forum-thread.html"), forum))
        .isInstanceOfSatisfying(NotAnArticleException.class, e -> {
          assertThat(e.page()).isEqualTo(forum);
          assertThat(e.element()).hasValue("html > body.forums");
        })
        .hasMessageStartingWith(forum + " at 'html > body.forums': no news article (div.newsArticle)");
  }

  @Test
  void aTruncatedPageKeepsWhatItHoldsWholeAndDropsTheCutComment() {
    Article article = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid-truncated.html"), Pages.ALLOFMP3);

    assertThat(article.comments()).containsExactlyElementsOf(GOLDEN.comments().subList(0, 2));
    assertThat(article.commentsOpen()).isEmpty(); // the closing notice lies beyond the cut
    assertThat(article.withComments(GOLDEN.comments()).withCommentsOpen(false)).isEqualTo(GOLDEN);
  }

  /** Cutting the page anywhere yields a consistent part of the golden article, or says it is not an article. */
  @Test
  void aPageCutAnywhereYieldsOnlyTrueValues() {
    String page = Pages.text("afterdawn-allofmp3-ifpi-raid.html");
    int articles = 0;
    for (int cut = 0; cut < page.length(); cut += 23) {
      String prefix = page.substring(0, cut);
      Article article;
      try {
        article = HtmlArticles.parse(prefix, Pages.ALLOFMP3);
      } catch (NotAnArticleException e) {
        assertThat(prefix).doesNotContain("<h1 class=\"newsTitle\">");
        continue;
      }
      articles++;
      String at = "cut at " + cut;
      assertThat(article.url()).as(at).isEqualTo(GOLDEN.url());
      assertPartOf(article.title(), GOLDEN.title(), at);
      assertPartOf(article.description(), GOLDEN.description(), at);
      assertPartOf(article.canonicalUrl(), GOLDEN.canonicalUrl(), at);
      assertPartOf(article.section(), GOLDEN.section(), at);
      assertPartOf(article.publishedAt(), GOLDEN.publishedAt(), at);
      assertPartOf(article.commentsOpen(), GOLDEN.commentsOpen(), at);
      assertThat(article.siteName()).as(at).isEqualTo(GOLDEN.siteName());
      assertThat(article.authors()).as(at).isSubsetOf(GOLDEN.authors());
      assertThat(article.images()).as(at).isSubsetOf(GOLDEN.images());
      if (article.commentCount().isPresent()) {
        assertThat(article.commentCount()).as(at).isEqualTo(GOLDEN.commentCount());
      }
      assertThat(withoutCaptions(article.body())).as(at)
          .isEqualTo(withoutCaptions(GOLDEN.body()).subList(0, article.body().size()));
      assertThat(article.body()).as(at).allSatisfy(b -> {
        if (b instanceof Image image && image.caption().isPresent()) {
          assertThat(b).isEqualTo(GOLDEN.body().get(0));
        }
      });
      assertThat(article.comments()).as(at)
          .isEqualTo(GOLDEN.comments().subList(0, article.comments().size()));
    }
    assertThat(articles).as("cuts that still hold an article").isGreaterThan(100);
  }

  @Test
  void aPageWithoutCommentSectionHasNoCommentsAndNoCommentState() {
    Article article = HtmlArticles.parse(Pages.text("afterdawn-no-comment-section.html"), Pages.ALLOFMP3);

    assertThat(article.comments()).isEmpty();
    assertThat(article.commentCount()).isEmpty();
    assertThat(article.commentsOpen()).isEmpty();
    assertThat(article.body()).isEqualTo(GOLDEN.body());
    assertThat(article.publishedAt()).isEqualTo(GOLDEN.publishedAt());
  }

  @Test
  void aCommentWhoseDateCannotBeReadKeepsEverythingElse() {
    Article article = HtmlArticles.parse(Pages.text("afterdawn-unparseable-comment-date.html"), Pages.ALLOFMP3);

    assertThat(article.comments()).hasSize(5);
    // "31.5.2007 7:2B" is garbled and "30.2.2007 19:33" does not exist: no time, and no zone assumed for none.
    for (int i : List.of(2, 3)) {
      assertThat(article.comments().get(i).publishedAt()).isEmpty();
      assertThat(article.comments().get(i).assumedZone()).isEmpty();
      assertThat(article.comments().get(i).body()).isEqualTo(GOLDEN.comments().get(i).body());
      assertThat(article.comments().get(i).number()).isEqualTo(GOLDEN.comments().get(i).number());
    }
    assertThat(article.comments().get(1)).isEqualTo(GOLDEN.comments().get(1));
    assertThat(article.comments().get(4)).isEqualTo(GOLDEN.comments().get(4));
  }

  @Test
  void aWindows1252PageKeepsItsSmartQuotes() throws IOException {
    byte[] bytes = Pages.bytes("afterdawn-windows-1252.html");
    URI url = URI.create("http://www.afterdawn.com/news/article.cfm/2007/04/03/nordic_label_s_store_drops_drm");

    Article article = HtmlArticles.parse(new ByteArrayInputStream(bytes), url);

    assertThat(article.title()).hasValue("Nordic label\u2019s store drops DRM");
    assertThat(article.authors().get(0).name()).isEqualTo("Jukka M\u00e4kinen");
    assertThat(article.body()).extracting(Block::text).containsExactly(
        "Helsinki label Pohjoinen \u00c4\u00e4nite now sells its whole catalogue as \u201cDRM-free\u201d MP3 files"
            + " \u2013 at 0.99 \u20ac a track.",
        "\u201cWe don\u2019t want to treat our customers as thieves,\u201d the label\u2019s CEO said.");
    assertThat(article.comments().get(0).text()).isEqualTo("\u2018About time\u2019 \u2013 that\u2019s all I can say.");
    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2007-04-03T11:20+03:00"));
    assertThat(article.toString()).doesNotContain("\ufffd");
  }

  @Test
  void aWindows1252PageWithoutDeclarationIsStillRead() throws IOException {
    String declaration = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\" />";
    byte[] bytes = new String(Pages.bytes("afterdawn-windows-1252.html"), StandardCharsets.ISO_8859_1)
        .replace(declaration, "").getBytes(StandardCharsets.ISO_8859_1);
    URI url = URI.create("http://www.afterdawn.com/news/article.cfm/2007/04/03/nordic_label_s_store_drops_drm");

    Article article = HtmlArticles.parse(new ByteArrayInputStream(bytes), url);

    assertThat(article.title()).hasValue("Nordic label\u2019s store drops DRM");
  }

  @Test
  void theCommentHeadingDeclaresTheCountWhenTheBylineDoesNot() {
    String page = Pages.text("afterdawn-allofmp3-ifpi-raid.html")
        .replace(" <a href=\"#comments\" class=\"commentLink\">User comments (5)</a>", "");

    assertThat(HtmlArticles.parse(page, Pages.ALLOFMP3).commentCount()).hasValue(5);
  }

  @Test
  void aRepeatedCommentNumberIsNotGivenTwice() {
    String page = Pages.text("afterdawn-allofmp3-ifpi-raid.html")
        .replace("<span class=\"commentNumber\">3</span>", "<span class=\"commentNumber\">2</span>");

    Article article = HtmlArticles.parse(page, Pages.ALLOFMP3);

    assertThat(article.comments().get(2).id()).isEqualTo("p3");
    assertThat(article.comments().get(2).number()).isEmpty();
    assertThat(article.comments().get(2).body()).isEqualTo(GOLDEN.comments().get(2).body());
  }

  @Test
  void anEditNoticeDatedBeforeItsCommentIsLeftOut() {
    String page = Pages.text("afterdawn-allofmp3-ifpi-raid.html")
        .replace("Latest edit was made on 25 May 2007 @ 3:38", "Latest edit was made on 24 May 2007 @ 3:38");

    Article article = HtmlArticles.parse(page, Pages.ALLOFMP3);

    assertThat(article.comments().get(1).edits()).isEmpty();
    assertThat(article.comments().get(1).publishedAt()).isEqualTo(GOLDEN.comments().get(1).publishedAt());
  }

  private static <T> void assertPartOf(Optional<T> actual, Optional<T> expected, String at) {
    if (actual.isPresent()) {
      assertThat(actual).as(at).isEqualTo(expected);
    }
  }

  private static List<Object> withoutCaptions(List<Block> body) {
    return body.stream().map(b -> b instanceof Image i ? (Object) i.url() : b).toList();
  }
}
