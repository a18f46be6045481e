package io.github.newsmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.jspecify.annotations.Nullable;

/** How newsmodel sets up Jackson's streaming layer, the same for every reader and writer. */
public final class Jackson {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  /**
   * Writes a character beyond U+FFFF in UTF-8 output as itself rather than as an escaped surrogate pair. Looked up
   * by name, since jackson-core has it only from 2.18 on: naming the constant would fail every use of news-json on
   * 2.17, the version that frameworks such as Spring Boot 3.3 pin, with a {@code NoSuchFieldError}.
   */
  private static final @Nullable JsonWriteFeature COMBINE_SURROGATES =
      writeFeature("COMBINE_UNICODE_SURROGATES_IN_UTF8");

  private Jackson() {}

  /**
   * A factory for parsers and generators: strict about duplicate fields, bounded by the constraints, writing
   * astral characters as UTF-8 rather than as escaped surrogate pairs (where jackson-core can), and never closing
   * the caller's streams.
   *
   * @param constraints the read limits
   * @return the factory
   */
  public static JsonFactory factory(StreamReadConstraints constraints) {
    JsonFactoryBuilder builder = new JsonFactoryBuilder()
        .streamReadConstraints(constraints)
        // JSON Lines end each article with a newline of their own, not Jackson's space between root values.
        .rootValueSeparator((SerializableString) null)
        // A second "comments" would otherwise silently replace the first.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    if (COMBINE_SURROGATES != null) {
      builder.enable(COMBINE_SURROGATES);
    }
    return builder.build();
  }

  /**
   * A feature of the jackson-core on the class path, by name.
   *
   * @param name the constant's name, such as {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}
   * @return the feature, or null if this jackson-core has none of that name
   */
  public static @Nullable JsonWriteFeature writeFeature(String name) {
    for (JsonWriteFeature feature : JsonWriteFeature.values()) {
      if (feature.name().equals(name)) {
        return feature;
      }
    }
    return null;
  }

  /**
   * Makes a generator write indented output: two spaces, {@code "\n"} on every platform, {@code "name": value},
   * one array element a line, and {@code []} for an empty array.
   *
   * @param g the generator
   * @return the same generator
   */
  public static JsonGenerator indent(JsonGenerator g) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        // Articles never hold an empty array, but an empty list of articles is one: "[]", as the command line
        // writes it, rather than Jackson's "[ ]".
        .withArrayEmptySeparator(""))
        .withObjectIndenter(INDENTER)
        .withArrayIndenter(INDENTER);
    return g.setPrettyPrinter(printer);
  }
}
