package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {

  @Test
  void theCodesOfIso639OneAreKnown() {
    assertThat(LanguageCodes.known("en")).isTrue();
    assertThat(LanguageCodes.known("de")).isTrue();
    assertThat(LanguageCodes.known("he")).isTrue();
    assertThat(LanguageCodes.known("sh")).as("withdrawn, still named").isTrue();
  }

  @Test
  void threeLetterCodesAreKnownAsJavaKnowsThem() {
    assertThat(LanguageCodes.known("deu")).as("the 3-letter code of a listed language").isTrue();
    assertThat(LanguageCodes.known("eng")).isTrue();
    assertThat(LanguageCodes.known("gsw")).as("named by the locale data").isTrue();
    assertThat(LanguageCodes.known("fil")).isTrue();
    assertThat(LanguageCodes.known("abc")).isFalse();
    assertThat(LanguageCodes.known("qaa")).as("private use").isFalse();
  }

  @Test
  void wordsUnknownCodesAndCodesOfNoLanguageAreNot() {
    assertThat(LanguageCodes.known("english")).isFalse();
    assertThat(LanguageCodes.known("zz")).isFalse();
    assertThat(LanguageCodes.known("xx")).isFalse();
    assertThat(LanguageCodes.known("mul")).isFalse();
    assertThat(LanguageCodes.known("zxx")).isFalse();
    assertThat(LanguageCodes.known("und")).isFalse();
    assertThat(LanguageCodes.known("")).isFalse();
  }
}
