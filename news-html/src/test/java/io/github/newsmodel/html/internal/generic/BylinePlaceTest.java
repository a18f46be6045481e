package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinePlaceTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"LONDON", "NEW DELHI", "RIO DE JANEIRO", "U.S.", "PTI", "SÃO PAULO"})
  void capitals(String piece) {
    assertThat(BylinePlace.inCapitals(piece)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"London", "Jane Roe", "J.", "A", "LONDON Bureau", "ONE TWO THREE FOUR"})
  void notCapitals(String piece) {
    assertThat(BylinePlace.inCapitals(piece)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"New York", "New Delhi", "San Francisco", "Sankt Gallen", "Bad Homburg", "St. Louis",
      "Frankfurt am Main", "Halle an der Saale", "Newcastle upon Tyne", "à Bruxelles", "en Bruselas", "w Brukseli",
      "in Washington", "Los Angeles", "Buenos Aires", "Kuala Lumpur", "NEW DELHI", "SAN FRANCISCO",
      "FRANKFURT AM MAIN"})
  void placeShapes(String piece) {
    assertThat(BylinePlace.hasPlaceShape(piece)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Brussels", "Jane Roe", "Hong Li", "Abu Bakr", "Rio Ferdinand", "Sophie in 't Veld",
      "New", "Newton Smith", "JANE ROE", "NEW"})
  void noPlaceShape(String piece) {
    assertThat(BylinePlace.hasPlaceShape(piece)).isFalse();
  }
}
