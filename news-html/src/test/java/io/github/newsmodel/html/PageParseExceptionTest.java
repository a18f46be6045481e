package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.NewsModelException;
import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageParseExceptionTest {
  private static final URI PAGE = URI.create("http://www.afterdawn.com/news/a");

  @Test
  void namesThePageAndTheElement() {
    var element = Jsoup.parse("<div id=comments><div class=comment></div><div class=comment>x</div></div>")
        .select("div.comment").get(1);

    PageParseException e = PageParseException.at(PAGE, element, "no date");

    assertThat(e).isInstanceOf(NewsModelException.class)
        .hasMessage(PAGE + " at '#comments > div.comment:nth-child(2)': no date");
    assertThat(e.element()).hasValue("#comments > div.comment:nth-child(2)");
    assertThat(e.problem()).isEqualTo("no date");
    assertThat(e.page()).isEqualTo(PAGE);
  }

  @Test
  void aProblemOfTheWholePageNamesNoElement() {
    PageParseException e = new PageParseException(PAGE, null, "empty");

    assertThat(e).hasMessage(PAGE + ": empty");
    assertThat(e.element()).isEmpty();
  }

  @Test
  void wrapsABrokenInvariantWithItsFieldPath() {
    InvalidValueException cause = new InvalidValueException("comments[2].replyTo", "'9' names no earlier comment");

    PageParseException e = PageParseException.invalidValue(PAGE, "div.newsArticle", cause);

    assertThat(e).hasMessage(PAGE + " at 'div.newsArticle': comments[2].replyTo: '9' names no earlier comment")
        .hasCause(cause);
  }

  @Test
  void notAnArticleIsAPageParseException() {
    assertThat(NotAnArticleException.at(PAGE, Jsoup.parse("").body(), "a forum thread"))
        .isInstanceOf(PageParseException.class)
        .hasMessage(PAGE + " at 'html > body': a forum thread");
  }
}
