package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Languages are BCP 47 tags, and survive the trip whatever Java's legacy codes make of them. */
class LanguageTagsTest {

  @ParameterizedTest
  @ValueSource(strings = {"fi", "en-GB", "sv-FI", "he", "yi", "id", "ar-EG", "zh-Hant-TW", "sr-Latn-RS",
      "de-CH-1996", "yue-HK", "ja-JP-u-ca-japanese", "es-419", "en-US-x-twain"})
  void roundTrips(String tag) {
    Article article = Article.builder().title("T").language(Locale.forLanguageTag(tag)).build();

    String json = NewsJson.standard().write(article);

    assertThat(json).contains("\"language\":\"" + tag + "\"");
    assertThat(NewsJson.standard().read(json)).isEqualTo(article);
  }
}
