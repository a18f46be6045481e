package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameRegexTest {
  private static final String REGEX = "content|text|(?:^|[\\s_-])copy(?:$|[\\s_-])|form(?!at)";

  @Test
  void answersWhatTheRegexAnswersTheFirstTimeAndEveryTimeAfter() {
    NameRegex names = NameRegex.compile(REGEX);
    for (int round = 0; round < 3; round++) {
      assertThat(names.find("comment-content")).isTrue();
      assertThat(names.find("entry-copy")).isTrue();
      assertThat(names.find("copyright")).isFalse();
      assertThat(names.find("format_text")).isTrue();
      assertThat(names.find("format_html")).isFalse();
      assertThat(names.find("comment-form")).isTrue();
      assertThat(names.find("")).isFalse();
    }
  }

  @Test
  void staysRightWhenMoreNamesAreAskedThanItKeeps() {
    NameRegex names = NameRegex.compile(REGEX);
    Pattern regex = Pattern.compile(REGEX);
    for (int i = 0; i < 10_000; i++) {
      String n = i % 3 == 0 ? "post-" + i + " text" : i % 3 == 1 ? "post-" + i : "copy-" + i;
      assertThat(names.find(n)).as(n).isEqualTo(regex.matcher(n).find());
    }
    assertThat(names.find("comment-content")).isTrue();
    assertThat(names.find("sidebar")).isFalse();
  }

  @Test
  void anEmptyPatternFindsTheEmptyName() {
    assertThat(NameRegex.compile("^$").find("")).isTrue();
  }
}
