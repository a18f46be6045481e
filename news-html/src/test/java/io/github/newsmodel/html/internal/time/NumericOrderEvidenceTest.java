package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.time.DateTimes.NumericOrder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumericOrderEvidenceTest {

  @Test
  void aDayAboveTwelveSettlesTheOrderOfTheOtherDates() {
    assertThat(NumericOrderEvidence.of("01-08-2024, 10:15 AM ... 01-13-2024, 09:05 AM"))
        .isEqualTo(NumericOrder.MONTH_FIRST);
    assertThat(NumericOrderEvidence.of("posted 08/01/2024 and 13/01/2024")).isEqualTo(NumericOrder.DAY_FIRST);
  }

  /** 3 May 2024 was a Friday, 5 March 2024 a Tuesday. */
  @Test
  void aDayOfTheWeekBeforeADateSettlesTheOrderItFallsOn() {
    assertThat(NumericOrderEvidence.of("Submitted by ann on Fri, 05/03/2024 - 10:15"))
        .isEqualTo(NumericOrder.MONTH_FIRST);
    assertThat(NumericOrderEvidence.of("Friday 05/03/2024")).isEqualTo(NumericOrder.MONTH_FIRST);
    assertThat(NumericOrderEvidence.of("Tue 05/03/2024")).isEqualTo(NumericOrder.DAY_FIRST);
    assertThat(NumericOrderEvidence.of("vendredi 03/05/2024")).isEqualTo(NumericOrder.DAY_FIRST);
    assertThat(NumericOrderEvidence.of("sexta-feira, 03-05-2024")).isEqualTo(NumericOrder.DAY_FIRST);
    assertThat(NumericOrderEvidence.of("vr. 03-05-2024")).isEqualTo(NumericOrder.DAY_FIRST);
  }

  @Test
  void aDayOfTheWeekThatFitsNeitherOrderOrIsNoDaySettlesNothing() {
    assertThat(NumericOrderEvidence.of("Wed, 05/03/2024")).as("neither 5 March nor 3 May")
        .isEqualTo(NumericOrder.UNKNOWN);
    assertThat(NumericOrderEvidence.of("Friedrich 05/03/2024")).isEqualTo(NumericOrder.UNKNOWN);
    assertThat(NumericOrderEvidence.of("vr 03-05-2024")).as("two letters without a full stop are a word")
        .isEqualTo(NumericOrder.UNKNOWN);
    assertThat(NumericOrderEvidence.of("Fri, 05/03/2024 and Tue, 05/03/2024")).as("contradictory")
        .isEqualTo(NumericOrder.UNKNOWN);
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

  @Test
  void aDayReadInTheOtherOrderIsSwapped() {
    assertThat(NumericOrderEvidence.swapped(LocalDate.of(2021, 1, 11), LocalDate.of(2021, 11, 1))).isTrue();
    assertThat(NumericOrderEvidence.swapped(LocalDate.of(2021, 1, 13), LocalDate.of(2021, 13 % 12, 1))).isFalse();
    assertThat(NumericOrderEvidence.swapped(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3))).isFalse();
    assertThat(NumericOrderEvidence.swapped(LocalDate.of(2021, 1, 11), LocalDate.of(2022, 11, 1))).isFalse();
  }
}
