package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import org.junit.jupiter.api.Test;

/** Later versions may add optional fields, so readers skip fields they do not know, at every level. */
class UnknownFieldsTest {
  private static final NewsJson JSON = NewsJson.standard();

  @Test
  void unknownFieldsOfEveryShapeAreSkippedAtEveryLevel() {
    String json = """
        {"formatVersion": 1, "future": {"deep": [1, {"x": null}]}, "title": "T", "@class": "java.lang.Runtime",
         "authors": [{"name": "Jane", "pronouns": "she/her"}],
         "body": [{"type": "paragraph", "text": "P", "style": "lead", "level": 3}],
         "images": [{"url": "https://x.org/i.png", "width": 640}],
         "comments": [{"id": "1", "votes": 12, "body": [{"type": "paragraph", "text": "C"}],
                       "edits": [{"editedAt": "2020-01-01T00:00:00Z", "diff": ["-a", "+b"]}]}],
         "source": {"uri": "file:///tmp/a.html", "sha1": "abc"},
         "zzz": true}
        """;

    Article article = JSON.read(json);

    assertThat(article).isEqualTo(JSON.read(JSON.write(article)));
    assertThat(article.title()).contains("T");
    assertThat(article.authors().get(0).name()).isEqualTo("Jane");
    assertThat(article.body()).hasSize(1);
    assertThat(article.comments().get(0).edits()).hasSize(1);
    assertThat(JSON.write(article)).doesNotContain("future", "pronouns", "votes", "sha1", "@class");
  }

  @Test
  void theDerivedTextIsIgnoredOnInputWhateverItHolds() {
    String json = """
        {"formatVersion": 1, "text": "not the body at all", "body": [{"type": "paragraph", "text": "Body"}],
         "comments": [{"id": "1", "text": ["not", "even", "a", "string"],
                       "body": [{"type": "paragraph", "text": "Comment"}]}]}
        """;

    Article article = JSON.read(json);

    assertThat(article.text()).isEqualTo("Body");
    assertThat(article.comments().get(0).text()).isEqualTo("Comment");
  }

  @Test
  void aFieldOfAnotherBlockTypeIsNotUsedButMustHaveItsOwnValueType() {
    NewsJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(NewsJsonException.class,
        () -> JSON.read("{\"formatVersion\": 1, \"body\": [{\"type\": \"paragraph\", \"text\": \"P\","
            + " \"level\": \"big\"}]}"));

    assertThat(e.jsonPath()).isEqualTo("$.body[0].level");
    assertThat(e.problem()).isEqualTo("expected an integer, got a string");
  }

  @Test
  void anImageAmongTheImagesMayCarryItsType() {
    Article article = JSON.read("""
        {"formatVersion": 1, "title": "T", "images": [{"type": "image", "url": "https://x.org/i.png"}]}
        """);

    assertThat(article.images()).singleElement().satisfies(i -> assertThat(i.url()).hasToString("https://x.org/i.png"));
  }

  @Test
  void fieldsMayComeInAnyOrderEvenTheBlockType() {
    Article article = JSON.read("""
        {"body": [{"level": 2, "text": "H", "type": "heading"}], "formatVersion": 1}
        """);

    assertThat(article.body()).singleElement().hasToString(
        io.github.newsmodel.core.Heading.of(2, "H").toString());
  }
}
