package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How a page's relative times count back: from the capture, else from the clock the page states. */
class PageClockTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimes READER = DateTimes.english();

  private static PageClock withClock(String now, boolean stated, Optional<OffsetDateTime> capturedAt) {
    return new PageClock(READER, LONDON, stated, capturedAt,
        () -> Optional.of(PageTime.local(LocalDateTime.parse(now))));
  }

  @Test
  void withoutCaptureTheStatedClockAnchorsRelativeTimes() {
    PageClock clock = withClock("2024-07-14T21:30:12", false, Optional.empty());

    assertThat(clock.relative("Today at 10:05:12 AM")).hasValue(
        new ResolvedTime(OffsetDateTime.parse("2024-07-14T10:05:12+01:00"), Optional.of(LONDON)));
    assertThat(clock.relative("Yesterday, 11:48 PM").map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("2024-07-13T23:48+01:00"));
    assertThat(clock.relative("3 hours ago").map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("2024-07-14T18:30:12+01:00"));
    assertThat(clock.relative("vor 2 Tagen")).as("a day, counted in the page's zone")
        .hasValue(new ResolvedTime(OffsetDateTime.parse("2024-07-12T00:00+01:00"), Optional.of(LONDON), true));
  }

  @Test
  void aStatedZoneAssumesNothing() {
    assertThat(withClock("2024-07-14T21:30", true, Optional.empty()).relative("Today, 09:05"))
        .hasValue(new ResolvedTime(OffsetDateTime.parse("2024-07-14T09:05+01:00"), Optional.empty()));
  }

  @Test
  void theClockNeverOverridesAKnownCapture() {
    AtomicInteger asked = new AtomicInteger();
    PageClock clock = new PageClock(READER, LONDON, false, Optional.of(OffsetDateTime.parse("2024-07-20T12:00Z")),
        () -> {
          asked.incrementAndGet();
          return Optional.of(PageTime.local(LocalDateTime.parse("2024-07-14T21:30")));
        });

    assertThat(clock.relative("Today at 10:05:12 AM").map(ResolvedTime::time))
        .hasValue(OffsetDateTime.parse("2024-07-20T10:05:12+01:00"));
    assertThat(asked).as("the page is not even searched for its clock").hasValue(0);
  }

  @Test
  void theClockIsLookedForOnceAndOnlyForARelativeTime() {
    AtomicInteger asked = new AtomicInteger();
    PageClock clock = new PageClock(READER, LONDON, false, Optional.empty(), () -> {
      asked.incrementAndGet();
      return Optional.of(PageTime.local(LocalDateTime.parse("2024-07-14T21:30")));
    });

    assertThat(clock.relative("Ann")).isEmpty();
    assertThat(asked).hasValue(0);
    assertThat(clock.relative("Today at 10:05 AM")).isPresent();
    assertThat(clock.relative("Yesterday at 10:05 AM")).isPresent();
    assertThat(asked).hasValue(1);
  }

  @Test
  void aTimeLaterThanTheClockIsNotRead() {
    PageClock clock = withClock("2024-07-14T21:14", false, Optional.empty());

    assertThat(clock.relative("Today, 11:48 PM")).as("after the page's own now").isEmpty();
    assertThat(clock.relative("Today at 09:14:40 PM")).as("within the clock's minute").isPresent();
  }

  @Test
  void anImpossibleClockAnchorsNothing() {
    assertThat(withClock("1985-07-14T21:30", false, Optional.empty()).relative("Today, 09:05 AM")).isEmpty();
    String future = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0).toString();
    assertThat(withClock(future, false, Optional.empty()).relative("Today, 09:05 AM")).as("after the parse")
        .isEmpty();
  }

  @Test
  void aClockWithoutItsTimeOfDayAnchorsNothing() {
    PageClock clock = new PageClock(READER, LONDON, false, Optional.empty(),
        () -> Optional.of(new PageTime(java.time.LocalDate.parse("2024-07-14"), Optional.empty(), Optional.empty())));

    assertThat(clock.relative("Yesterday, 11:48 PM")).isEmpty();
  }

  @Test
  void withNeitherCaptureNorClockNothingIsRead() {
    assertThat(new PageClock(READER, LONDON, Optional.empty()).relative("Today, 09:05 AM")).isEmpty();
  }
}
