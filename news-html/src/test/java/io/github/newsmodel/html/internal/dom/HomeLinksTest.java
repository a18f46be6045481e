package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HomeLinksTest {
  private static Element header(String inner) {
    return Jsoup.parse("<header>" + inner + "</header><a href='/'>Outside</a>").selectFirst("header");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <a href="/">Site</a>                                      | true
      <div><span><a href="https://www.example.com">Site</a></span></div> | true
      <a href="https://www.example.com/">Site</a>               | true
      <a rel="home" href="/index.php">Site</a>                  | true
      <p><a href="/news">News</a></p><div><a href="/">Site</a></div> | true
      <a href="/news">News</a>                                  | false
      <a href="https://www.example.com/2024/05/story">Story</a> | false
      <a name="/">Anchor</a>                                    | false
      <span>No link</span>                                      | false
      """)
  void linkToTheHomePageInside(String inner, boolean home) {
    assertThat(HomeLinks.within(header(inner))).isEqualTo(home);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <a href="/">Site</a> | true
      <a href="/news">News</a> | false
      """)
  void theElementItselfIsNotAsked(String link, boolean home) {
    Element a = Jsoup.parse(link).selectFirst("a");

    assertThat(HomeLinks.within(a)).isFalse();
    assertThat(HomeLinks.within(a.parent())).isEqualTo(home);
  }
}
