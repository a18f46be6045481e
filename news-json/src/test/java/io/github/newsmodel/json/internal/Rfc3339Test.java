package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

  @ParameterizedTest
  @CsvSource({
      "2007-05-24T13:52+03:00,            2007-05-24T13:52:00+03:00",
      "2007-05-24T13:52:07+03:00,         2007-05-24T13:52:07+03:00",
      "2020-01-01T00:00:00.5Z,            2020-01-01T00:00:00.5Z",
      "2020-01-01T00:00:00.000000001Z,    2020-01-01T00:00:00.000000001Z",
      "2020-01-01T00:00:00.120-00:30,     2020-01-01T00:00:00.12-00:30",
      "0001-01-01T00:00-18:00,            0001-01-01T00:00:00-18:00",
      "9999-12-31T23:59:59.999999999+18:00, 9999-12-31T23:59:59.999999999+18:00",
      "+10000-01-01T00:00Z,               +10000-01-01T00:00:00Z",
      "-0001-01-01T00:00Z,                -0001-01-01T00:00:00Z"
  })
  void writesSecondsAlwaysAndTheFractionOnlyAsLongAsNeeded(String time, String written) {
    OffsetDateTime t = OffsetDateTime.parse(time);

    assertThat(Rfc3339.format(t)).isEqualTo(written);
    assertThat(Rfc3339.parse(written)).isEqualTo(t);
  }

  @Test
  void keepsAnOffsetWithSecondsOfHistoricalLocalMeanTime() {
    OffsetDateTime lmt = LocalDateTime.of(1900, 1, 1, 12, 0).atZone(ZoneId.of("Europe/Helsinki")).toOffsetDateTime();

    assertThat(lmt.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutesSeconds(1, 39, 49));
    assertThat(Rfc3339.format(lmt)).isEqualTo("1900-01-01T12:00:00+01:39:49");
    assertThat(Rfc3339.parse("1900-01-01T12:00:00+01:39:49")).isEqualTo(lmt);
  }

  @Test
  void readsTheLowerCaseLettersRfc3339Allows() {
    assertThat(Rfc3339.parse("2020-01-01t10:00:00z")).isEqualTo(OffsetDateTime.parse("2020-01-01T10:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2020-01-01T10:00Z", "2020-01-01T10:00:00", "2020-01-01 10:00:00Z", "2020-01-01T10:00:00.Z",
      "2020-01-01T10:00:60Z", "2020-02-30T10:00:00Z", "2020-01-01T10:00:00+19:00", "2020-01-01T10:00:00+0300",
      "2020-01-01T10:00:00.1234567891Z", "20-01-01T10:00:00Z", ""})
  void refusesWhatIsNotAnRfc3339TimeWithOffset(String text) {
    assertThatThrownBy(() -> Rfc3339.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}
