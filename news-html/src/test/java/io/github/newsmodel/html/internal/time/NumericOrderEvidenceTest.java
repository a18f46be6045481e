package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.time.DateTimes.NumericOrder;
import org.junit.jupiter.api.Test;

class NumericOrderEvidenceTest {

  @Test
  void aDayAboveTwelveSettlesTheOrderOfTheOtherDates() {
    assertThat(NumericOrderEvidence.of("01-08-2024, 10:15 AM ... 01-13-2024, 09:05 AM"))
        .isEqualTo(NumericOrder.MONTH_FIRST);
    assertThat(NumericOrderEvidence.of("posted 08/01/2024 and 13/01/2024")).isEqualTo(NumericOrder.DAY_FIRST);
  }

  @Test
  void ambiguousOrContradictoryDatesSettleNothing() {
    assertThat(NumericOrderEvidence.of("01-08-2024 and 02-09-2024")).isEqualTo(NumericOrder.UNKNOWN);
    assertThat(NumericOrderEvidence.of("01-13-2024 and 13-01-2024")).isEqualTo(NumericOrder.UNKNOWN);
    assertThat(NumericOrderEvidence.of("no dates at all")).isEqualTo(NumericOrder.UNKNOWN);
  }

  @Test
  void slashesAndDashesAreTwoFormatsThatNeedNotShareAnOrder() {
    assertThat(NumericOrderEvidence.of("01-13-2024, and the archive's 05/06/2007"))
        .isEqualTo(NumericOrder.UNKNOWN);
  }

  @Test
  void numbersThatAreNoDateSayNothing() {
    assertThat(NumericOrderEvidence.of("scores 14-15-2024, part 3-45-2024, version 1.13-01-2024"))
        .isEqualTo(NumericOrder.UNKNOWN);
  }
}
