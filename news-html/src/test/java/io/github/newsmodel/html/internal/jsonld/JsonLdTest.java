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

  @Test
  void writtenTextKeepsTheLineBreaksThatSeparateParagraphs() {
    JsonLd ld = JsonLd.of("""
        <!-- {"@type": 'NewsArticle', "articleBody": "First line &amp; more.\\n\\nSecond <b>line</b>.\\nThird.",
              "headline": "  ", } -->
        """);
    LdNode article = ld.ofType(Set.of("NewsArticle")).get(0);

    assertThat(article.writtenText("articleBody")).hasValue("First line &amp; more.\n\nSecond <b>line</b>.\nThird.");
    assertThat(article.writtenText("headline")).as("blank").isEmpty();
    assertThat(JsonLd.paragraphs(article.writtenText("articleBody").orElseThrow()))
        .containsExactly("First line & more.", "Second line.", "Third.");
  }

  @Test
  void paragraphsAreSeparatedByLineBreaksDoubleBreaksOrNewParagraphs() {
    assertThat(JsonLd.paragraphs("<p>One.</p>\n<p class=x>Two &lt;3.</p><p>Three<br><br>Four</p>"))
        .containsExactly("One.", "Two <3.", "Three", "Four");
    assertThat(JsonLd.paragraphs("One line<br>with a break")).containsExactly("One line with a break");
    assertThat(JsonLd.paragraphs(" \n \r\n")).isEmpty();
  }

  @Test
  void countsAreWholeNumbersWrittenAsNumbersOrDigits() {
    LdNode n = JsonLd.of("""
        {"a": 12, "b": " 7 ", "c": 3.0, "d": -1, "e": "many", "f": 2.5, "g": {"@value": 4}, "h": 99999999999}
        """).nodes().get(0);

    assertThat(List.of("a", "b", "c", "d", "e", "f", "g", "h", "missing")).map(p -> n.count(p).orElse(-9))
        .containsExactly(12, 7, 3, -9, -9, -9, 4, -9, -9);
  }

  @Test
  void aNodeReachedThroughAReferenceIsTheSameNode() {
    JsonLd ld = JsonLd.of("""
        {"@graph": [{"@type": "Article", "comment": [{"@id": "#c1"}, {"@type": "Comment", "text": "inline"}]},
                    {"@type": "Comment", "@id": "#c1", "text": "defined"}]}
        """);
    LdNode article = ld.ofType(Set.of("Article")).get(0);
    LdNode defined = ld.nodes().stream().filter(n -> n.id().isPresent() && n.depth() == 0).findFirst().orElseThrow();

    assertThat(article.nodes("comment").get(0)).isEqualTo(defined).hasSameHashCodeAs(defined);
    assertThat(article.nodes("comment").get(1)).isNotEqualTo(defined)
        .isEqualTo(article.nodes("comment").get(1)); // a fresh view of the same object
  }
}
