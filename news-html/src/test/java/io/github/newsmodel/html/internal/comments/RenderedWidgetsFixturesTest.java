package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.Pages;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Comment widgets that a script renders into the page, as a headless browser's copy or a browser's saved page holds
 * them: Valine, Gitalk and Artalk, and the counts of Waline and Twikoo. Each fixture follows the widget's own
 * template; {@code GoldenPagesTest} compares each whole article with its golden JSON.
 */
class RenderedWidgetsFixturesTest {

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
}
