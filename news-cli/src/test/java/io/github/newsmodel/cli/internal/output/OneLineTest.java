package io.github.newsmodel.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {
  @Test
  void lineBreaksAndControlCharactersAreWrittenAsJsonWritesThem() {
    assertThat(OneLine.escape("a\nb\rc\u001b[31md\u0007e\u007ff\u0085g\u2028h\u2029i"))
        .isEqualTo("a\\nb\\rc\\u001b[31md\\u0007e\\u007ff\\u0085g\\u2028h\\u2029i");
  }

  @Test
  void aTabAndOtherLettersStayAsTheyAre() {
    String text = "news: error: päivä\tuutiset.html (urn:uuid:1, https://example.com/a?b=\\n): 記者";

    assertThat(OneLine.escape(text)).isSameAs(text);
  }
}
