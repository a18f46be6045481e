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

/** How newsmodel sets up Jackson's streaming layer, the same for every reader and writer. */
public final class Jackson {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private Jackson() {}

  /**
   * A factory for parsers and generators: strict about duplicate fields, bounded by the constraints, writing
   * astral characters as UTF-8 rather than as escaped surrogate pairs, and never closing the caller's streams.
   *
   * @param constraints the read limits
   * @return the factory
   */
  public static JsonFactory factory(StreamReadConstraints constraints) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(constraints)
        // JSON Lines end each article with a newline of their own, not Jackson's space between root values.
        .rootValueSeparator((SerializableString) null)
        // A second "comments" would otherwise silently replace the first.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
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
