package io.github.newsmodel.html;

import static io.github.newsmodel.html.HostilePages.PARAGRAPH;
import static io.github.newsmodel.html.HostilePages.onSmallStack;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.NewsJson;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values of hundreds of thousands of characters, in every attribute and text the parsers read, cost time in
 * proportion and no stack: the patterns that read names, dates, bylines and counts never see more of a value than
 * such a thing can be, so that none recurses once per repetition of a hostile value.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileValuesTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/values");
  /**
   * Repetitions of what name, date and byline patterns match piece by piece, and long runs of letters, digits and
   * punctuation: half a million characters in all.
   */
  private static final String HUGE = "comment-".repeat(10_000) + "a1-".repeat(26_000) + "2024-05-01T10:00:00Z "
      .repeat(4_000) + "Jane Roe and ".repeat(6_000) + "12 Comments ".repeat(6_000) + "x".repeat(40_000) + " "
      + "9".repeat(40_000) + " " + "-.".repeat(20_000);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "<body id='{x}'><div class='{x}'><article class='{x}' itemprop='{x}' itemtype='{x}'>",
      "<head><title>{x}</title><meta name=description content='{x}'><meta property=og:title content='{x}'>"
          + "<meta name=author content='{x}'><meta property=article:published_time content='{x}'>"
          + "<meta name=date content='{x}'><link rel=canonical href='https://news.example.com/{x}'>"
          + "<meta http-equiv=content-language content='{x}'><meta property=og:site_name content='{x}'></head>",
      "<html lang='{x}'><body><article><h1>{x}</h1><p class=byline>By <a rel=author href='/{x}'>{x}</a></p>"
          + "<time datetime='{x}' pubdate>{x}</time><p class=dateline>{x}</p>",
      "<article><img src='https://img.example.com/{x}' alt='{x}' srcset='{x}' width='{x}'><p>{x}</p>"
          + "<blockquote cite='{x}'><p>{x}</p><cite>{x}</cite></blockquote><ul><li>{x}</li></ul>",
      "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"headline\": \"{x}\", \"datePublished\": "
          + "\"{x}\", \"author\": {\"@type\": \"Person\", \"name\": \"{x}\", \"url\": \"{x}\", \"sameAs\": \"{x}\"},"
          + " \"commentCount\": \"{x}\", \"inLanguage\": \"{x}\", \"comment\": [{\"@type\": \"Comment\", "
          + "\"text\": \"{x}\", \"dateCreated\": \"{x}\", \"author\": \"{x}\"}]}</script>",
      "<div id=comments><h2>{x}</h2><span itemprop=commentCount content='{x}'>{x}</span><div class=comment "
          + "id='comment-{x}' data-parent-id='{x}' data-comment-id='{x}'><span class=author>{x}</span><time>{x}"
          + "</time><p>{x}</p><p class=edited>Last edited by {x} on {x}</p></div><p>{x}</p></div>",
  })
  void aHugeValueAnywhereCostsNoStack(String template) throws Exception {
    String html = "<!DOCTYPE html>" + template.replace("{x}", HUGE) + "<article><h1>Values</h1><p>" + PARAGRAPH
        + "</p></article><footer><p>Contact the newsroom.</p></footer>";

    Article article = onSmallStack(() -> HtmlArticles.parse(html, URL));

    // What a page full of such values holds is its business; that it is read in time and on a small stack, ours.
    assertThat(article.title().isPresent() || !article.body().isEmpty()).isTrue();
    assertThat(NewsJson.standard().read(NewsJson.standard().write(article))).isEqualTo(article);
  }

  @Test
  void aHugeValueInEveryFieldOfAnAfterDawnPageCostsNoStack() throws Exception {
    String html = Pages.text("afterdawn-lakeside-fibre.html");
    for (String field : List.of("Matti Virtanen", "14 Jan 2008 9:05", "User comments (3)", "3 user comments",
        "14.1.2008 9:41", ">ketola<", "Finally.", "Latest edit was made on 14 Jan 2008 @ 10:15", "\"comment\"")) {
      assertThat(html).contains(field);
      html = html.replace(field, field + " " + HUGE);
    }
    URI url = URI.create("http://www.afterdawn.com/news/article.cfm/2008/01/14/"
        + "lakeside_net_brings_100_mbit_s_fibre_to_tampere_homes");
    String page = html;

    Article article = onSmallStack(() -> HtmlArticles.parse(page, url));

    assertThat(article.title()).hasValue("Lakeside Net brings 100 Mbit/s fibre to Tampere homes");
    assertThat(NewsJson.standard().read(NewsJson.standard().write(article))).isEqualTo(article);
  }
}
