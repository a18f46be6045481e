package io.github.newsmodel.html.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prefilter of {@link DateTimes}: a form whose pattern matches a text, anywhere or as a whole, needs only
 * features the text has, so that skipping a form for want of one never loses a date.
 */
class DateTimesFeaturesTest {
  @ParameterizedTest
  @ValueSource(strings = {"2007-05-24T13:52:00+03:00", "2007/05/24", "2007.5.24", "24 May 2007 13:52",
      "25 May 2007 @ 3:38", "3rd June 2007, 9:05 pm", "24. Mai 2007 um 13:52 Uhr", "1er juin 2007 à 13h52",
      "24 de mayo de 2007", "24 мая 2007 г.", "24. toukokuuta 2007", "May 24, 2007 1:52 PM", "Sept. 3 2007 at 09:05",
      "24.5.2007 17:46", "1.6.2007 klo 19.33", "8.5.12", "24. 5. 2007", "24/05/2007", "05-24-2007", "13/05/2007",
      "14. - 20. Januar 2022", "14.–20. Januar 2022", "14—20 January 2022", "2007年5月24日", "2007년 5월 24일",
      "2007 年 5 月 24 日 13:52", "May\t24,\n2007", "24\u000bMay\f2007", "Nov 18, 2019", "İstanbul 12 2019",
      "\u212aelvin 3 2019", "sexta-feira, 22 de outubro de 2010 às 20:13", "by Jane Roe 19 Nov 2019 05:44 GMT",
      "Lexus wants you to go topless with 2020 LC500 Convertible", "12345-6", "1.2", "3 comments", "Page 2",
      "１９ May ２０１９", "19 May ２０１９", "2019-١١-19", "x2019-1", "a1/2", "— 2019", "2019 - 5", "5 . 2019",
      "03/14/11 @ 11:02", "3/4/11, 9:05:07 pm", "1/2/10 10:00", "03/14/11 11.02", "5 มี.ค. 2567 14:30 น.",
      "05 ก.พ. 67", "5 มีนาคม พ.ศ. 2567", "5มี.ค.67",
      "ngày 5 tháng 3 năm 2024, 14:30", "5 THÁNG 3, 2024"})
  void everyFormThatMatchesATextNeedsOnlyFeaturesItHas(String text) {
    assertPrefilterHolds(text);
  }

  @Test
  void holdsForRandomTextsOfTheCharactersTheFormsLookFor() {
    String alphabet = "0123456789 \t\n.-/–—:,@年년月월日May Nov de juin pm\u00a0İK";
    Random random = new Random(43);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertPrefilterHolds(b.toString());
    }
  }

  @Test
  void aTextWithANumberAndNoDateNeedsNoSearch() {
    int features = DateTimes.features("Lexus wants you to go topless with 2020 LC500 Convertible");
    // the two forms of a month's name before or after the day; Vietnamese "5 tháng 3 năm 2020" needs its "á"
    assertThat(DateTimes.FORMS.stream().filter(f -> f.mayMatch(features)).count()).isEqualTo(2);
    assertThat(DateTimes.FORMS.stream().filter(f -> f.mayMatch(DateTimes.features("3 comments")))).isEmpty();
  }

  private static void assertPrefilterHolds(String text) {
    int features = DateTimes.features(text);
    for (DateTimes.Form form : DateTimes.FORMS) {
      Matcher m = form.pattern().matcher(text);
      if (m.find() || m.matches()) {
        assertThat(form.mayMatch(features)).as("%s in '%s'", form.pattern(), text).isTrue();
      }
    }
  }
}
