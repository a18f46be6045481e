package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PermalinkInstantTest {
  /** The page's zone, assumed for printed times: not the blog's, which is an hour east of it. */
  private static final ZoneId PAGE_ZONE = ZoneOffset.UTC;
  private static final CommentTimes TIMES = new CommentTimes(new PageClock(DateTimes.anyLanguage(), PAGE_ZONE,
      Optional.of(OffsetDateTime.parse("2012-01-01T00:00Z"))));
  /** 2009-03-03T10:12:37Z, the instant Blogger wrote into the permalink. */
  private static final long POSTED = Instant.parse("2009-03-03T10:12:37Z").toEpochMilli();

  private static List<Element> comment(long millis) {
    return Jsoup.parse("<a href=\"https://blog.example.org/2009/03/post.html?showComment=" + millis
        + "#c123\">March 3, 2009 at 11:12 AM</a>").select("a");
  }

  private static Optional<ResolvedTime> assumed(String local) {
    return Optional.of(new ResolvedTime(OffsetDateTime.parse(local + "Z"), Optional.of(PAGE_ZONE)));
  }

  @Test
  void anAssumedOffsetGivesWayToTheOneTheInstantProves() {
    Optional<ResolvedTime> t = PermalinkInstant.refine(assumed("2009-03-03T11:12"), comment(POSTED), TIMES);

    assertThat(t).hasValue(new ResolvedTime(OffsetDateTime.parse("2009-03-03T11:12:37+01:00"), Optional.empty()));
  }

  @Test
  void offsetsOfQuarterHoursAndBothSidesOfUtcAreProved() {
    assertThat(PermalinkInstant.refine(assumed("2009-03-03T15:57"), comment(POSTED), TIMES).map(r -> r.time()))
        .hasValue(OffsetDateTime.parse("2009-03-03T15:57:37+05:45"));
    assertThat(PermalinkInstant.refine(assumed("2009-03-03T02:12"), comment(POSTED), TIMES).map(r -> r.time()))
        .hasValue(OffsetDateTime.parse("2009-03-03T02:12:37-08:00"));
  }

  @Test
  void aPrintedTimeThatDisagreesIsKept() {
    Optional<ResolvedTime> minutesOff = assumed("2009-03-03T11:20");
    Optional<ResolvedTime> pastFourteenHours = assumed("2009-03-04T01:12");

    assertThat(PermalinkInstant.refine(minutesOff, comment(POSTED), TIMES)).isEqualTo(minutesOff);
    assertThat(PermalinkInstant.refine(pastFourteenHours, comment(POSTED), TIMES)).isEqualTo(pastFourteenHours);
  }

  @Test
  void thePagesOwnOffsetIsKeptWithTheInstantsSeconds() {
    Optional<ResolvedTime> given = Optional.of(new ResolvedTime(OffsetDateTime.parse("2009-03-03T11:12+01:00"),
        Optional.empty()));

    assertThat(PermalinkInstant.refine(given, comment(POSTED), TIMES).map(r -> r.time()))
        .hasValue(OffsetDateTime.parse("2009-03-03T11:12:37+01:00"));
  }

  @Test
  void aDateWithoutItsTimeOfDayTakesTheInstantsOnThatDate() {
    Optional<ResolvedTime> day = Optional.of(new ResolvedTime(OffsetDateTime.parse("2009-03-03T00:00Z"),
        Optional.of(PAGE_ZONE), true));
    Optional<ResolvedTime> otherDay = Optional.of(new ResolvedTime(OffsetDateTime.parse("2009-03-05T00:00Z"),
        Optional.of(PAGE_ZONE), true));

    assertThat(PermalinkInstant.refine(day, comment(POSTED), TIMES)).hasValue(new ResolvedTime(
        OffsetDateTime.parse("2009-03-03T10:12:37Z"), Optional.of(PAGE_ZONE), false));
    assertThat(PermalinkInstant.refine(otherDay, comment(POSTED), TIMES)).isEqualTo(otherDay);
  }

  @Test
  void withoutAPrintedTimeTheInstantStandsAloneUnlessItIsImplausible() {
    assertThat(PermalinkInstant.refine(Optional.empty(), comment(POSTED), TIMES).map(r -> r.time().toInstant()))
        .hasValue(Instant.parse("2009-03-03T10:12:37Z"));
    assertThat(PermalinkInstant.refine(Optional.empty(),
        comment(Instant.parse("2019-03-03T10:12:37Z").toEpochMilli()), TIMES)).as("after the capture").isEmpty();
  }
}
