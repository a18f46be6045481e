package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.json.internal.Rfc3339;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Writes one field each, and nothing at all for an absent value or an empty list: the format never writes
 * {@code null} or {@code []}.
 */
public final class Fields {
  private Fields() {}

  /**
   * Writes one value, such as an element of an array. Serializable, like the Jackson serializers that hold one.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface ElementWriter<T> extends Serializable {
    /**
     * Writes the element as one JSON value.
     *
     * @param value the element
     * @param g the generator
     * @throws IOException if the output fails
     */
    void write(T value, JsonGenerator g) throws IOException;
  }

  /**
   * Writes a string field if the value is present.
   *
   * @param g the generator
   * @param name the field name
   * @param value the value
   * @throws IOException if the output fails
   */
  public static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /**
   * Writes a URI field as its string form if the value is present.
   *
   * @param g the generator
   * @param name the field name
   * @param value the value
   * @throws IOException if the output fails
   */
  public static void uri(JsonGenerator g, String name, Optional<URI> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  /**
   * Writes a time field as an RFC 3339 string with its own offset if the value is present.
   *
   * @param g the generator
   * @param name the field name
   * @param value the value
   * @throws IOException if the output fails
   */
  public static void time(JsonGenerator g, String name, Optional<OffsetDateTime> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, Rfc3339.format(value.get()));
    }
  }

  /**
   * Writes a boolean field only when it is true, so that the usual case costs nothing.
   *
   * @param g the generator
   * @param name the field name
   * @param value the flag
   * @throws IOException if the output fails
   */
  public static void flag(JsonGenerator g, String name, boolean value) throws IOException {
    if (value) {
      g.writeBooleanField(name, true);
    }
  }

  /**
   * Writes a zone field as its id, such as {@code Europe/Helsinki}, if the value is present.
   *
   * @param g the generator
   * @param name the field name
   * @param value the value
   * @throws IOException if the output fails
   */
  public static void zone(JsonGenerator g, String name, Optional<ZoneId> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().getId());
    }
  }

  /**
   * Writes an array field if the list has elements.
   *
   * @param <T> the element type
   * @param g the generator
   * @param name the field name
   * @param values the elements
   * @param element how to write one element
   * @throws IOException if the output fails
   */
  public static <T> void array(JsonGenerator g, String name, List<T> values, ElementWriter<? super T> element)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T value : values) {
      element.write(value, g);
    }
    g.writeEndArray();
  }

  /**
   * Writes a string as one array element; a method reference for {@link #array}.
   *
   * @param value the string
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void string(String value, JsonGenerator g) throws IOException {
    g.writeString(value);
  }

  /**
   * Writes a URI as one array element; a method reference for {@link #array}.
   *
   * @param value the URI
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void uri(URI value, JsonGenerator g) throws IOException {
    g.writeString(value.toString());
  }
}
