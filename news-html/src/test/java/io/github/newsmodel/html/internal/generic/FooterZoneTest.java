package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FooterZoneTest {

  @Test
  void aForumsFooterStatesTheZone() {
    var page = Jsoup.parse("<html><body><table><tr><td>posts</td></tr></table>"
        + "<table><tr><td align=right><span class=gensmall>All times are GMT - 5 Hours</span></td></tr></table>"
        + "<div class=copyright>Powered by phpBB</div></body></html>");

    assertThat(FooterZone.of(PageElements.of(page))).hasValue(ZoneOffset.ofHours(-5));
  }

  @Test
  void phpBb31NamesTheZoneInTheOffsetsTitle() {
    var page = Jsoup.parse("<html><body><ul><li class=rightside>All times are <span title=\"Europe/Dublin\">"
        + "UTC+01:00</span></li></ul></body></html>");

    assertThat(FooterZone.of(PageElements.of(page))).hasValue(ZoneId.of("Europe/Dublin"));
  }

  /** A match report's line names the zone of the kick-offs it lists, not of the page's dates. */
  @Test
  void aLineInAnArticlesTextStatesNothing() {
    var article = Jsoup.parse("<html><body><article><h1>Fixtures</h1><p>Saturday 15:00 Rovers v United</p>"
        + "<p>All times are GMT.</p></article><footer>© Herald</footer></body></html>");
    var body = Jsoup.parse("<html><body><div itemprop=articleBody><p>Kick-off 15:00.</p>"
        + "<p>All times are UTC</p></div></body></html>");

    assertThat(FooterZone.of(PageElements.of(article))).isEmpty();
    assertThat(FooterZone.of(PageElements.of(body))).isEmpty();
  }
}
