package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateScorerTest {

  private static Article publishedAt(String time) {
    return Article.builder().title("t").publishedAt(OffsetDateTime.parse(time)).build();
  }

  @Test
  void countsRightWrongAndMissingInThePagesOwnOffset() {
    Report r = new DateScorer().score("dates", List.of(
        // 23:30 in New York is the next day in UTC; the page's own day counts.
        Pages.extracted(Pages.truth("1").put("published", "2019-10-18"), publishedAt("2019-10-18T23:30-05:00")),
        Pages.extracted(Pages.truth("2").put("published", "2019-10-18"), publishedAt("2019-10-17T10:00Z")),
        Pages.extracted(Pages.truth("3").put("published", "2019-10-18"), Article.builder().title("t").build()),
        Pages.failed(Pages.truth("4").put("published", "2019-10-18"))));

    assertThat(r.figure("precision").orElseThrow().value()).isEqualTo(0.5);
    assertThat(r.figure("recall").orElseThrow().value()).isEqualTo(1.0 / 3);
    assertThat(r.figure("accuracy").orElseThrow().detail()).isEqualTo("1/4");
    assertThat(r.figure("f1").orElseThrow().value()).isEqualTo(0.4);
  }
}
