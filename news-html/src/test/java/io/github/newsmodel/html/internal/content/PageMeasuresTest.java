package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Holds the measure's count of visible characters to the way it was told. */
class PageMeasuresTest {
  /** Every character outside ASCII is counted as it was: all but white space and the no-break and zero-width spaces. */
  @Test
  void aCharacterOutsideAsciiIsVisibleAsBefore() {
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean before = !Character.isWhitespace(ch) && ch != '\u00a0' && ch != '\u200b' && ch != '\u2007'
          && ch != '\u202f' && ch != '\ufeff';
      assertThat(PageMeasures.visibleBeyondAscii(ch)).as("char %d", c).isEqualTo(before);
    }
  }
}
