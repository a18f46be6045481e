package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.DateTimes.NumericOrder;
import io.github.newsmodel.html.internal.time.PageTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BoardClockTest {
  private static final DateTimes READER = DateTimes.anyLanguage().withNumericOrder(NumericOrder.MONTH_FIRST);

  private static Optional<PageTime> clock(String body) {
    return BoardClock.of(PageElements.of(Jsoup.parse("<html><body>" + body + "</body></html>")), READER);
  }

  private static PageTime local(String time) {
    return PageTime.local(LocalDateTime.parse(time));
  }

  @Test
  void phpBbsDateBarStatesTheClock() {
    assertThat(clock("<div id=datebar><table><tr><td class=gensmall></td><td class=gensmall align=right>"
        + "It is currently Sun Mar 03, 2024 9:14 pm<br></td></tr></table></div><div id=wrapcentre>posts</div>"))
        .hasValue(local("2024-03-03T21:14"));
  }

  @Test
  void theLanguagePacksLabelsOpenTheLine() {
    assertThat(clock("<p class=right>Aktuelle Zeit: 14.10.2020, 12:18</p>")).hasValue(local("2020-10-14T12:18"));
    assertThat(clock("<p class=right>Nous sommes le dim. 03 mars 2024 21:14</p>"))
        .hasValue(local("2024-03-03T21:14"));
    assertThat(clock("<table><tr><td>Fecha actual dom mar 03, 2024 9:14 pm</td></tr></table>"))
        .hasValue(local("2024-03-03T21:14"));
  }

  @Test
  void myBbSetsItsLabelApart() {
    assertThat(clock("<div id=footer><div class=lower><div class=wrapper><span id=current_time><strong>Current"
        + " time:</strong> 03-03-2024, 09:14 PM</span><span id=copyright>Powered By MyBB</span></div></div></div>"))
        .hasValue(local("2024-03-03T21:14"));
  }

  @Test
  void invisionPowerBoardTwosFooterStatesTheClock() {
    assertThat(clock("<table><tr><td nowrap>Lo-Fi Version</td><td align=right nowrap>Time is now: 15th March 2006"
        + " - 09:12 AM</td></tr></table>")).hasValue(local("2006-03-15T09:12"));
  }

  @Test
  void smfPrintsItsClockWithoutALabel() {
    assertThat(clock("<div id=upper_section><div id=inner_section><div id=inner_wrap><div class=user><time"
        + " datetime=2024-03-03T20:14:22Z>March 03, 2024, 09:14:22 PM</time></div></div></div></div>"))
        .as("SMF 2.1: the local text, in which the forum wrote its times").hasValue(local("2024-03-03T21:14:22"));
    assertThat(clock("<div id=upper_section><div id=inner_section><div id=inner_wrap><div class=user><time"
        + " datetime=2024-03-03T20:14:22Z></time></div></div></div></div>")).as("else its instant")
        .hasValueSatisfying(t -> assertThat(t.offset()).isPresent());
    assertThat(clock("<div id=upper_section class=middletext><div class=user><ul class=reset><li class=greeting>"
        + "Hello <span>ann</span></li><li><a href=#>Show unread posts since last visit.</a></li>"
        + "<li>March 03, 2024, 09:14:22 PM</li></ul></div></div>")).as("SMF 2.0, to members")
        .hasValue(local("2024-03-03T21:14:22"));
    assertThat(clock("<table><tr><td class=titlebg2 align=right><span class=smalltext>March 14, 2008, 06:30:55"
        + " PM</span> <a href=# onclick=\"shrinkHeader(!current_header); return false;\"><img id=upshrink"
        + " src=upshrink.gif></a></td></tr></table>")).as("SMF 1").hasValue(local("2008-03-14T18:30:55"));
  }

  @Test
  void aDateWithoutTheseMarksIsNoClock() {
    assertThat(clock("<div class=user>March 03, 2024, 09:14:22 PM</div>")).as("a box named user elsewhere")
        .isEmpty();
    assertThat(clock("<span class=smalltext>March 14, 2008, 06:30:55 PM</span>")).isEmpty();
    assertThat(clock("<div class=date>Sunday, March 3, 2024</div>")).as("a news site's date of the day").isEmpty();
  }

  @Test
  void aClockMustNameTheDayAndTheTime() {
    assertThat(clock("<div class=smallfont align=center>All times are GMT +1. The time now is <span class=time>"
        + "10:20 PM</span>.</div>")).as("vBulletin's names no day").isEmpty();
    assertThat(clock("<p>The time now is 10:20 PM.</p>")).isEmpty();
    assertThat(clock("<p>It is currently Sun Mar 03, 2024</p>")).as("a day without its time").isEmpty();
  }

  @Test
  void aLineInAnArticlesTextIsNoClock() {
    assertThat(clock("<article><h1>Notes</h1><p>It is currently 03 Mar 2024, 21:14 in the bunker.</p></article>"))
        .isEmpty();
  }

  @Test
  void theDateMustFollowTheLabel() {
    assertThat(clock("<p>It is currently raining, as it was on 03 Mar 2024, 21:14</p>")).isEmpty();
  }

  @Test
  void onlyTheFirstAndLastLinesArePassedOver() {
    StringBuilder middle = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      middle.append("<div>post ").append(i).append("</div>");
    }
    String line = "<p>It is currently 03 Mar 2024, 21:14</p>";

    assertThat(clock(line + middle)).isPresent();
    assertThat(clock(middle + line)).isPresent();
    assertThat(clock(middle.substring(0, middle.length() / 2) + line + middle.substring(middle.length() / 2)))
        .as("a line amid the posts is no header's or footer's").isEmpty();
  }

  @Test
  void aClockWithAnOffsetKeepsIt() {
    assertThat(clock("<p>It is currently Sun Mar 03, 2024 9:14 pm UTC</p>"))
        .hasValueSatisfying(t -> assertThat(t.in(java.time.ZoneId.of("Europe/Paris")).orElseThrow().time())
            .isEqualTo(OffsetDateTime.parse("2024-03-03T21:14Z")));
  }
}
