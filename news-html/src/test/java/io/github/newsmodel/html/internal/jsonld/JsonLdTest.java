package io.github.newsmodel.html.internal.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  @Test
  void flattensGraphsArraysAndNestingIntoTypedNodes() {
    JsonLd ld = JsonLd.of(Jsoup.parse("""
        <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": "https://example.com/a#page",
             "mainEntity": {"@type": ["schema:NewsArticle", "Article"], "headline": "Nested"}},
            {"@type": "Person", "@id": "#jane", "name": "Jane Roe"}]}
        </script>
        <SCRIPT TYPE="Application/LD+JSON">[{"@type": "http://schema.org/Organization", "name": "Example"}]</SCRIPT>
        <script type="application/json">{"@type": "NewsArticle", "headline": "not JSON-LD"}</script>
        """));

    assertThat(ld.nodes()).extracting(LdNode::types).containsExactly(
        List.of("WebPage"), List.of("NewsArticle", "Article"), List.of("Person"), List.of("Organization"));
    assertThat(ld.ofType(Set.of("NewsArticle"))).singleElement().satisfies(n -> {
      assertThat(n.text("headline")).hasValue("Nested");
      assertThat(n.depth()).isEqualTo(1);
    });
  }

  @Test
  void resolvesReferencesAndReadsTextAsAPageShowsIt() {
    JsonLd ld = JsonLd.of("""
        [{"@type": "NewsArticle", "HEADLINE": "Caf&eacute; <b>opens</b>",
          "author": [{"@id": "#jane"}, {"@id": "#unknown"}, "John Doe"],
          "datePublished": {"@value": "2024-05-01"}, "wordCount": 1200},
         {"@type": "Person", "@id": "#jane", "name": "Jane Roe", "url": "https://example.com/jane"}]
        """);
    LdNode article = ld.ofType(Set.of("NewsArticle")).get(0);

    assertThat(article.text("headline")).hasValue("Café opens");
    assertThat(article.text("datePublished")).hasValue("2024-05-01");
    assertThat(article.text("wordCount")).hasValue("1200");
    assertThat(article.nodes("author")).extracting(n -> n.text("name").orElse("?"))
        .containsExactly("Jane Roe", "?");
    assertThat(article.texts("author")).containsExactly("John Doe");
  }

  @Test
  void aBlockThatCannotBeReadGivesNothingAndTheOthersStillCount() {
    JsonLd ld = JsonLd.of(Jsoup.parse("""
        <script type="application/ld+json">this is { not: json ]]</script>
        <script type="application/ld+json">{"@type": "Article", "headline": "Still read"}</script>
        """));

    assertThat(ld.ofType(Set.of("Article"))).singleElement()
        .satisfies(n -> assertThat(n.text("headline")).hasValue("Still read"));
  }
}
