package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisguisedTextTest {
  /** Latin words spelled in part with Cyrillic or Greek look-alikes disguise an advertisement. */
  @Test
  void wordsThatMixTheScriptsAreDisguised() {
    // А, е, і, ѕ, о, у, с Cyrillic in Latin words
    assertThat(DisguisedText.is("\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 most visited news site ~"
        + " W\u0435 \u043eff\u0435r full\u0443 \u0441u\u0455t\u043em\u0456z\u0430bl\u0435 packages.")).isTrue();
    // ο, α Greek
    assertThat(DisguisedText.is("Call n\u03bfw f\u03bfr \u03b1 free quote on \u03bfur packages")).isTrue();
  }

  /**
   * Each word in one script stays, whichever scripts the paragraph holds; so does a paragraph with one or two slips,
   * or few mixed words among many.
   */
  @Test
  void wordsInOneScriptEachAreNotDisguised() {
    assertThat(DisguisedText.is("The ferry leaves at noon and returns before the evening tide.")).isFalse();
    assertThat(DisguisedText.is("Компания Apple представила новый iPhone в Москве, сообщает TASS.")).isFalse();
    assertThat(DisguisedText.is("Η Apple παρουσίασε το νέο iPhone στην Αθήνα.")).isFalse();
    assertThat(DisguisedText.is("The t\u0435xt h\u0430s two slips.")).isFalse();
    assertThat(DisguisedText.is("The b\u043e\u0430t l\u0435ft and th\u0435 ferry left the quay for the island on"
        + " a fine morning with many passengers and some cars on board as it does each day in the summer season."))
        .isFalse();
  }
}
