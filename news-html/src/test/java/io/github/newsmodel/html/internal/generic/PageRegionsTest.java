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

  @Test
  void postThatAMenuHoldsIsAnothersThoughItsClassCallsItAnArticle() {
    // WordPress's mega-menus list the latest posts, each marked "post type-post" as the article is
    Document page = Jsoup.parse("<body><nav><ul><li class='menu-item'><ul>"
        + "<li class='post type-post'><div class=meta><time id=other>November 8, 2023</time></div></li>"
        + "</ul></li></ul></nav>"
        + "<article class=post><h1>Headline</h1><footer><time id=own>November 6, 2023</time></footer>"
        + "</article></body>");
    PageRegions regions = regions(page);

    assertThat(regions.inOtherContent(page.getElementById("other"))).isTrue();
    assertThat(regions.inOtherContent(page.getElementById("own"))).isFalse();
  }

  @Test
  void postEmbeddedFromASocialNetworkIsItsPosters() {
    Document page = Jsoup.parse("<body><article><h1>Headline</h1><p>Text</p>"
        + "<blockquote class=instagram-media><p>A post by <a>@ann</a> <time id=insta>Mar 12, 2018</time></p>"
        + "</blockquote><blockquote class='twitter-tweet'><p>Tweet</p>&mdash; Ann <a id=tweet>May 4, 2024</a>"
        + "</blockquote></article></body>");
    PageRegions regions = regions(page);

    assertThat(regions.inOtherContent(page.getElementById("insta"))).isTrue();
    assertThat(regions.inOtherContent(page.getElementById("tweet"))).isTrue();
  }

  @Test
  void footerRightAfterTheHeadlinesCardIsTheHeadlines() {
    Document page = Jsoup.parse("<body><main><div class=card><div class=card-content><a>Opinion</a>"
        + "<h1>Headline</h1></div><div class=card-footer><span id=own>By Ann | Dec 23, 2020</span></div></div>"
        + "<section><p>" + "The article's text. ".repeat(30) + "</p></section></main></body>");

    assertThat(regions(page).inOtherContent(page.getElementById("own"))).isFalse();
  }

  @Test
  void footerAfterTheBlockOfTheHeadlineAndTheTextIsThePages() {
    Document page = Jsoup.parse("<body><div id=wrap><div class=content><h1>Headline</h1><p>"
        + "The article's text. ".repeat(30) + "</p></div><div class=footer><span id=f>Dec 23, 2020</span>"
        + "</div></div></body>");

    assertThat(regions(page).inOtherContent(page.getElementById("f"))).isTrue();
  }

  @Test
  void siteHeaderThatLinksHomeIsTheSites() {
    // the day's edition in the logo, and a clock beside the menu: neither is the article's date
    Document page = Jsoup.parse("<body><header class=header><a class=logo href='/'><img alt=Site>"
        + "<span id=edition>Mon 5 Aug 2019, morning edition</span></a></header>"
        + "<header class=container><div class=navtop><time id=clock datetime='2023-11-01'>1 Nov 2023</time></div>"
        + "<ul><li><a href='https://news.example.com/'>Start</a></li><li><a href='/culture'>Culture</a></li></ul>"
        + "</header><main><h1>Headline</h1><p>Text</p></main></body>");
    PageRegions regions = regions(page);

    assertThat(regions.inOtherContent(page.getElementById("edition"))).isTrue();
    assertThat(regions.inOtherContent(page.getElementById("clock"))).isTrue();
  }

  @Test
  void headerThatLinksHomeIsTheArticlesWithItsHeadlineOrInItsArticle() {
    Document page = Jsoup.parse("<body><div class=wrap><header><a href='/'>Start</a> › <a href='/politics'>Politics"
        + "</a><h1>Headline</h1><span id=beside>May 3, 2024</span></header>"
        + "<article><header><a href='/' rel=home>Site</a> <time id=inside>May 3, 2024</time></header>"
        + "<p>Text</p></article></div>"
        + "<header><a href='/about'>About</a> <span id=nohome>May 4, 2024</span></header></body>");
    PageRegions regions = regions(page);

    assertThat(regions.inOtherContent(page.getElementById("beside"))).isFalse();
    assertThat(regions.inOtherContent(page.getElementById("inside"))).isFalse();
    assertThat(regions.inOtherContent(page.getElementById("nohome"))).isFalse();
  }
}
