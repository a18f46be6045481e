package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Politik # Politik
      Social Media, B2B, Interview # Social Media
      Mundo,América # Mundo
      /meteo/ # meteo
      - Destacado 1 # Destacado 1
      › Gebäck # Gebäck
      Biology / Biochemistry,Neurology # Biology / Biochemistry
      """)
  void aSectionIsTheFirstPartOfWhatIsDeclaredWithoutItsEdges(String declared, String section) {
    assertThat(SectionName.of(declared)).contains(section);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " / ", ", News"})
  void nothingLeftIsNoSection(String declared) {
    assertThat(SectionName.of(declared)).isEmpty();
  }
}
