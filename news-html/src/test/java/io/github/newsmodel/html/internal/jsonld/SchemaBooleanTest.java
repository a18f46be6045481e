package io.github.newsmodel.html.internal.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** schema.org Booleans as pages write them ({@link SchemaBoolean}). */
class SchemaBooleanTest {
  @Test
  void wordsInAnyCase() {
    assertThat(SchemaBoolean.of("true")).contains(true);
    assertThat(SchemaBoolean.of(" False ")).contains(false);
    assertThat(SchemaBoolean.of("TRUE")).contains(true);
  }

  @Test
  void schemaOrgsValuesByTheirAddress() {
    assertThat(SchemaBoolean.of("https://schema.org/False")).contains(false);
    assertThat(SchemaBoolean.of("http://www.schema.org/True")).contains(true);
    assertThat(SchemaBoolean.of("schema.org/false")).contains(false);
  }

  @Test
  void anythingElseIsNoBoolean() {
    assertThat(SchemaBoolean.of("")).isEmpty();
    assertThat(SchemaBoolean.of("yes")).isEmpty();
    assertThat(SchemaBoolean.of("https://example.com/False")).isEmpty();
    assertThat(SchemaBoolean.of("https://schema.org/Thing")).isEmpty();
    assertThat(SchemaBoolean.of("/false")).isEmpty();
  }
}
