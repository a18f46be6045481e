package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageRegionsTest {
  private static PageRegions regions(Document page) {
    return PageRegions.of(PageElements.of(page));
  }

  @Test
  void footerInsideAPostClassedInAnyCaseIsTheArticlesOwn() {
    Document page = Jsoup.parse("<body><div class='Type-Post HEntry'><p>Text</p>"
        + "<footer id=own><span>By Ann</span></footer></div>"
        + "<footer id=page><span>Site</span></footer></body>");
    PageRegions regions = regions(page);

    assertThat(regions.inOtherContent(page.getElementById("own").child(0))).isFalse();
    assertThat(regions.inOtherContent(page.getElementById("page").child(0))).isTrue();
  }

  @Test
  void classThatOnlyHoldsAnArticleWordIsNoArticle() {
    // "entry-meta" holds "entry" without being the class "entry": its footer is no article's own
    Document page = Jsoup.parse("<body><div class='entry-meta post-info'>"
        + "<footer id=f><span>Site</span></footer></div></body>");

    assertThat(regions(page).inOtherContent(page.getElementById("f").child(0))).isTrue();
  }

  @Test
  void headlineThatHoldsATeaserMakesTheTemplatesTeasersItsOwn() {
    Document page = Jsoup.parse("<body><h1 id=h><span class='teaser__kicker'>Kicker</span> Headline</h1>"
        + "<div class='teaser__meta'><span id=by>By Ann</span></div></body>");
    PageRegions regions = regions(page);

    assertThat(regions.inOtherContent(page.getElementById("by"))).isTrue();
    regions.addHeadline(page.getElementById("h"));
    assertThat(regions.inOtherContent(page.getElementById("by"))).isFalse();
  }
}
