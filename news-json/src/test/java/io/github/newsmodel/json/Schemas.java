package io.github.newsmodel.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Validates JSON against the shipped schema, with format assertions on so that nothing is taken on trust. */
final class Schemas {
  private static final String SCHEMA = read();
  private static final Schema ARTICLE = load("");
  private static final Schema ARTICLES = load("#/$defs/articles");

  private Schemas() {}

  /** The schema's complaints about a document, as "path: message" strings; empty if it is valid. */
  static List<String> errors(String json) {
    return errors(ARTICLE, json);
  }

  /** The complaints of the schema's {@code #/$defs/articles} about a document of many articles. */
  static List<String> arrayErrors(String json) {
    return errors(ARTICLES, json);
  }

  private static List<String> errors(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }

  private static String read() {
    try (InputStream in = NewsJson.openSchema()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema, or a part of it named by a fragment, found by its $id as another schema would refer to it. */
  private static Schema load(String fragment) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(config).schemas(Map.of(NewsJson.SCHEMA_ID, SCHEMA)));
    return registry.getSchema(SchemaLocation.of(NewsJson.SCHEMA_ID + fragment));
  }
}
