package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetadataScorerTest {

  @Test
  void scoresEachExpectedFieldOverThePagesThatHaveIt() {
    Article good = Article.builder()
        .title("This API is so  Fetching!")
        .addAuthors(Author.of("Nikhil Marathe"))
        .siteName("Mozilla Hacks")
        .language(Locale.forLanguageTag("en-US"))
        .publishedAt(OffsetDateTime.parse("2018-04-05T06:00Z"))
        .build();
    Report r = new MetadataScorer().score("metadata", List.of(
        Pages.extracted(Pages.truth("1").put("title", "This API is so Fetching!").put("byline", "Nikhil Marathe")
            .put("siteName", "Mozilla Hacks").put("lang", "en-US").put("publishedTime", "2018-04-05T06:00"), good),
        Pages.extracted(Pages.truth("2").put("title", "Other").put("siteName", "Elsewhere"), good)));

    assertThat(r.figure("title").orElseThrow().detail()).isEqualTo("1/2");
    assertThat(r.figure("byline").orElseThrow().detail()).isEqualTo("1/1");
    assertThat(r.figure("siteName").orElseThrow().detail()).isEqualTo("1/2");
    assertThat(r.figure("publishedTime").orElseThrow().detail()).isEqualTo("1/1");
    assertThat(r.figure("lang").orElseThrow().detail()).isEqualTo("1/1");
    assertThat(r.figure("excerpt").orElseThrow().detail()).isEqualTo("0/0");
  }
}
