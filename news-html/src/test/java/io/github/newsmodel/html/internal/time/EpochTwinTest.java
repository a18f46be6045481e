package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EpochTwinTest {
  /** 8:00 in the morning of 9 March 2015, as printed. */
  private static final PageTime EIGHT = new PageTime(LocalDate.of(2015, 3, 9), Optional.of(LocalTime.of(8, 0)),
      Optional.empty());

  private static Element line(String html) {
    return Jsoup.parse("<div id=w1><div id=w2>" + html + "</div></div>").expectFirst("#line");
  }

  @Test
  void aUnixTimeOfTheSameMomentGivesThePrintedTimeItsOffset() {
    // 1425913200851 ms is 15:00:00.851 UTC: 8:00 at -07:00, Pacific daylight time
    Element inside = line("<div id=line class=post-meta>by Ann <span data-publishtime=1425913200851>"
        + "<a>3/09/15 8:00am</a></span></div>");
    Element wrapped = line("<span id=line>3/09/15 8:00am</span>").parent();
    wrapped.attr("data-timestamp", "1425913200");

    assertThat(EpochTwin.withOffset(EIGHT, inside).offset()).contains(ZoneOffset.ofHours(-7));
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line>3/09/15 8:00am</span>").parent()
        .expectFirst("#line")).offset()).isEmpty();
    assertThat(EpochTwin.withOffset(EIGHT, wrapped.expectFirst("#line")).offset())
        .contains(ZoneOffset.ofHours(-7));
  }

  @Test
  void anotherMomentOrAnAttributeNotNamedForATimeLeavesThePrintedTimeAsItIs() {
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-publishtime=1425913500>8:00</span>")))
        .as("five minutes off: no offset is a whole quarter hour from it").isEqualTo(EIGHT);
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-time=1425999600>8:00</span>")))
        .as("a day off: more than any offset").isEqualTo(EIGHT);
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-id=1425913200>8:00</span>")))
        .isEqualTo(EIGHT);
    PageTime withOwnOffset = new PageTime(EIGHT.date(), EIGHT.time(), Optional.of(ZoneOffset.ofHours(1)));
    assertThat(EpochTwin.withOffset(withOwnOffset, line("<span id=line data-time=1425913200>8:00</span>")))
        .isEqualTo(withOwnOffset);
    PageTime dayOnly = new PageTime(EIGHT.date(), Optional.empty(), Optional.empty());
    assertThat(EpochTwin.withOffset(dayOnly, line("<span id=line data-time=1425913200>9 March</span>")))
        .isEqualTo(dayOnly);
  }

  /**
   * A data attribute named for another moment is no twin, though it may be whole quarter hours off the printed time:
   * an update two hours later would give -09:00 for a page at -07:00, a page built at 9:15 one of -08:15.
   */
  @Test
  void anAttributeOfAnotherMomentGivesNoOffset() {
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-updated-time=1425920400>8:00</span>")))
        .isEqualTo(EIGHT);
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-modified-date=1425920400>8:00</span>")))
        .isEqualTo(EIGHT);
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line>8:00</span>").parent()
        .attr("data-render-timestamp", "1425917700").expectFirst("#line"))).isEqualTo(EIGHT);
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-updated-time=1425920400 "
        + "data-publishtime=1425913200851>8:00</span>")).offset()).contains(ZoneOffset.ofHours(-7));
  }

  /** Only the first few elements of the line are read: a line that holds more is no date line but a section. */
  @Test
  void readsOnlyTheFirstElementsOfTheLine() {
    String many = "<i></i>".repeat(40);
    assertThat(EpochTwin.withOffset(EIGHT, line("<div id=line>" + many + "<span data-time=1425913200>8:00</span>"
        + "</div>"))).isEqualTo(EIGHT);
    assertThat(EpochTwin.withOffset(EIGHT, line("<div id=line><i></i><span data-time=1425913200>8:00</span></div>"))
        .offset()).contains(ZoneOffset.ofHours(-7));
  }

  @Test
  void anOffsetOfHalfAnHourCounts() {
    // 8:00 in Kolkata (+05:30) is 02:30 UTC: 1425868200
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-date=1425868200>8:00</span>")).offset())
        .contains(ZoneOffset.ofHoursMinutes(5, 30));
  }
  /**
   * A time printed in minutes drops the seconds: its twin is up to a minute later, never earlier. One printed with
   * seconds must match them. Another moment that falls near a quarter hour by chance matches half as often so.
   */
  @Test
  void theTwinIsTheSameMomentOrLessThanAMinuteLaterThanTheTimePrintedInMinutes() {
    // 15:00:00 UTC is 1425913200
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-time=1425913259>8:00</span>")).offset())
        .as("59 seconds later").contains(ZoneOffset.ofHours(-7));
    assertThat(EpochTwin.withOffset(EIGHT, line("<span id=line data-time=1425913170>8:00</span>")))
        .as("30 seconds earlier: a moment before the printed minute").isEqualTo(EIGHT);
    PageTime withSeconds = new PageTime(EIGHT.date(), Optional.of(LocalTime.of(8, 0, 30)), Optional.empty());
    assertThat(EpochTwin.withOffset(withSeconds, line("<span id=line data-time=1425913230>8:00:30</span>"))
        .offset()).contains(ZoneOffset.ofHours(-7));
    assertThat(EpochTwin.withOffset(withSeconds, line("<span id=line data-time=1425913250>8:00:30</span>")))
        .as("printed with seconds, twenty seconds off").isEqualTo(withSeconds);
  }
}
