package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search of {@link DateTimes#findAtOpening}: for a form whose matches open with a digit, or with a month's name
 * and the day, trying the pattern at the places where such a match may start finds the matches, and the same
 * matches, that {@link Matcher#find(int)} finds.
 */
class DateTimesOpeningTest {
  @Test
  void theFormsOpenWithADigitButTheMonthsNameFirstAndVietnamese() {
    assertThat(DateTimes.FORMS.stream().filter(f -> f.opening() == DateTimes.Form.Opening.DIGIT)).hasSize(15);
    assertThat(DateTimes.FORMS.stream().filter(f -> f.opening() == DateTimes.Form.Opening.MONTH_DAY)
        .map(f -> f.pattern().pattern())).singleElement().asString().contains("(?<mon>");
    assertThat(DateTimes.FORMS.stream().filter(f -> f.opening() == DateTimes.Form.Opening.ANY)
        .map(f -> f.pattern().pattern())).singleElement().asString().contains("ngày");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2007-05-24T13:52:00+03:00", "x2007/05/24", "12007.5.24", "On 24 May 2007 13:52",
      "25 May 2007 @ 3:38 and 26 May 2007", "3rd June 2007, 9:05 pm", "Am 24. Mai 2007 um 13:52 Uhr",
      "1er juin 2007 à 13h52", "24 мая 2007 г.", "May 24, 2007 1:52 PM", "24.5.2007 17:46", "1.6.2007 klo 19.33",
      "8.5.12", "v8.5.12", "24/05/2007 and 25/05/2007", "05-24-2007", "114. - 20. Januar 2022", "12007年5月24日",
      "2007년 5월 24일", "2024.03.05. 오후 2:30", "2024. március 5.", "2024. gada 5. martā", "2024 m. kovo 5 d.",
      "5 มี.ค. 2567 14:30 น.", "ngày 5 tháng 3 năm 2024, 14:30", "03/14/11 @ 11:02", "a1/2/2019", "1/2/2019a",
      "3 comments, 2019-11-19", "Page 2 of 2019-11-1919", "2019-11-19 2019-11-20 2019-11-21",
      "Posted by Jane Roe on November 19, 2019 at 10:00", "by Jane Roe Nov. 19 2019 and Dec 3 2019", "Sept.  3  2007",
      "Superlongwordnotamonth 3 2019", "Thirteenchars 3 2019", "x𝐀𝐀 3 2019", "May\t24,\n2007", "İstanbul 12 2019",
      "May 2019 May 24, 2019", "a. May 2, 2019", "Mai. 24 2019"})
  void findsWhatFindFinds(String text) {
    assertSameMatches(text);
  }

  @Test
  void findsWhatFindFindsInRandomTexts() {
    String alphabet = "0123456789 \t.-/–—:,@年년月월日May Nov de juin pm m. gada\u00a0İKx𝐀";
    Random random = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameMatches(b.toString());
    }
  }

  private static void assertSameMatches(String text) {
    for (DateTimes.Form form : DateTimes.FORMS) {
      if (form.opening() != DateTimes.Form.Opening.ANY) {
        assertThat(matches(form, text, true)).as("%s in '%s'", form.pattern(), text)
            .isEqualTo(matches(form, text, false));
      }
    }
  }

  /** Every match that a search from each place after the last match's start finds, as findAll searches. */
  private static List<String> matches(DateTimes.Form form, String text, boolean atOpenings) {
    List<String> out = new ArrayList<>();
    Matcher m = form.pattern().matcher(text);
    if (atOpenings) {
      m.useTransparentBounds(true).useAnchoringBounds(false);
    }
    int from = 0;
    while (from < text.length() && (atOpenings ? DateTimes.findAtOpening(form, m, text, from) : m.find(from))) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
      from = m.start() + 1;
    }
    return out;
  }
}
