package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvertedNameTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Roe, Jane | Jane Roe",
      "Kooman, F. | F. Kooman",
      "Jong, Michiel de | Michiel de Jong",
      "Müller-Lüdenscheidt, Anna-Lena | Anna-Lena Müller-Lüdenscheidt",
      "Roe, J. R. | J. R. Roe"})
  void readsASurnameFirstNameInTheOrderItIsSpoken(String value, String spoken) {
    assertThat(InvertedName.spoken(value)).hasValue(spoken);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane Roe", "Jane Roe, John Doe", "Roe, Jane, Doe, John", "Example Media, Berlin",
      "Roe, jane", "heise online"})
  void leavesAListOrANameInSpokenOrderAlone(String value) {
    assertThat(InvertedName.spoken(value)).isEmpty();
  }
}
