package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlDatesAndBoundsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://example.com/2019/08/02/story                | 2019-08-02
      https://example.com/news/2019-8-2-story.html        | 2019-08-02
      https://example.com/20190802/story                  | 2019-08-02
      https://example.com/archive/2019_08_02/x            | 2019-08-02
      https://example.com/2019/02/30/x/2019/03/01/y       | 2019-03-01
      http://www.example.cn/news/2012-06/04/content_2534.htm | 2012-06-04
      http://example.cn/n1/2020/0402/c1002-31658340.html  | 2020-04-02
      """)
  void readsTheDateInThePath(String url, String date) {
    assertThat(UrlDates.of(URI.create(url))).hasValue(LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/2019/08/story", "https://example.com/story-120190802991.html",
      "https://2019.example.com/08/02", "https://example.com/a?date=2019-08-02", "https://example.com/1890/01/01/x",
      "https://example.com/2019/1234/x", "https://example.com/2019-08/x.html"})
  void readsNoDateThatIsNotACompleteOneInThePath(String url) {
    assertThat(UrlDates.of(URI.create(url))).isEmpty();
  }

  @Test
  void aPathHoldsAYearOnlyWithFourDigitsFrom1990To2099() {
    assertThat(UrlDates.holdsYear("/1990")).isTrue();
    assertThat(UrlDates.holdsYear("/a/2099x")).isTrue();
    assertThat(UrlDates.holdsYear("/x20190802")).isTrue();
    assertThat(UrlDates.holdsYear("/1989/2100/199/20a1/209")).isFalse();
    assertThat(UrlDates.holdsYear("")).isFalse();
  }

  @Test
  void anArticleDateLiesBetween1990AndTheCapture() {
    TimeBounds bounds = new TimeBounds(OffsetDateTime.parse("2020-03-01T12:00Z"));

    assertThat(bounds.allows(own("2020-03-01T11:59Z"))).isTrue();
    assertThat(bounds.allows(own("2020-03-01T12:01Z"))).as("after the capture").isFalse();
    assertThat(bounds.allows(own("1989-12-31T23:00Z"))).as("before the web").isFalse();
    assertThat(bounds.allows(LocalDate.of(2020, 3, 1))).isTrue();
    assertThat(bounds.allows(LocalDate.of(2020, 3, 2))).as("already 2 March at UTC+14").isTrue();
    assertThat(bounds.allows(LocalDate.of(2020, 3, 3))).isFalse();
  }

  @Test
  void aTimeInAnAssumedZoneMayLieUpTo14HoursAfterTheCapture() {
    TimeBounds bounds = new TimeBounds(OffsetDateTime.parse("2020-03-01T12:00Z"));
    ResolvedTime assumed = new ResolvedTime(OffsetDateTime.parse("2020-03-02T01:00Z"), Optional.of(ZoneId.of("UTC")));

    assertThat(bounds.allows(assumed)).isTrue();
    assertThat(bounds.allows(new ResolvedTime(OffsetDateTime.parse("2020-03-02T03:00Z"),
        Optional.of(ZoneId.of("UTC"))))).isFalse();
  }

  private static ResolvedTime own(String time) {
    return new ResolvedTime(OffsetDateTime.parse(time), Optional.empty());
  }
}
