package io.github.newsmodel.html.internal.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd of(String... blocks) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String b : blocks) {
      html.append("<script type='application/ld+json'>").append(b).append("</script>");
    }
    return JsonLd.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
  }

  @Test
  void flattensGraphsAndArrays() {
    JsonLd ld = of("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},"
        + "{\"@type\":[\"NewsArticle\",\"Article\"],\"headline\":\"A\"}]}", "[{\"@type\":\"Person\"}]");

    assertThat(ld.objects()).hasSize(3);
    assertThat(ld.ofType("newsarticle")).singleElement()
        .satisfies(o -> assertThat(JsonLd.text(o, "headline")).hasValue("A"));
  }

  @Test
  void readsSlightlyBrokenJsonAndSkipsWhatDoesNotParse() {
    JsonLd ld = of("<!-- {\"@type\": 'NewsArticle', \"headline\": \"Line one\nline two\", } -->",
        "{\"@type\": \"Article\", \"headline\": ", "{\"@type\": \"http://schema.org/Comment\", \"text\": \"x\"};");

    assertThat(ld.objects()).hasSize(2);
    assertThat(JsonLd.text(ld.objects().get(0), "headline")).hasValue("Line one\nline two");
    assertThat(JsonLd.isType(ld.objects().get(1), "Comment")).isTrue();
  }

  @Test
  void textOfANameOrAListTakesTheFirstValue() {
    JsonLd ld = of("{\"author\":{\"name\":\" Ann \"},\"keywords\":[\"a\",\"b\"],\"blank\":\" \",\"n\":5}");

    assertThat(JsonLd.text(ld.objects().get(0), "author")).hasValue("Ann");
    assertThat(JsonLd.text(ld.objects().get(0), "keywords")).hasValue("a");
    assertThat(JsonLd.text(ld.objects().get(0), "blank")).isEmpty();
    assertThat(JsonLd.text(ld.objects().get(0), "n")).hasValue("5");
    assertThat(JsonLd.text(ld.objects().get(0), "missing")).isEmpty();
  }
}
