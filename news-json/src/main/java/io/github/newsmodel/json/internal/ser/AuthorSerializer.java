package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.newsmodel.core.Author;
import java.io.IOException;

/** Writes an {@link Author}: {@code {name, url, profiles, affiliation}}. */
public final class AuthorSerializer extends StdSerializer<Author> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public AuthorSerializer() {
    super(Author.class);
  }

  @Override
  public void serialize(Author value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(value, g);
  }

  /**
   * Writes an author as one JSON object.
   *
   * @param author the author
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void write(Author author, JsonGenerator g) throws IOException {
    g.writeStartObject(author);
    g.writeStringField("name", author.name());
    Fields.uri(g, "url", author.url());
    Fields.array(g, "profiles", author.profiles(), Fields::uri);
    Fields.string(g, "affiliation", author.affiliation());
    g.writeEndObject();
  }
}
