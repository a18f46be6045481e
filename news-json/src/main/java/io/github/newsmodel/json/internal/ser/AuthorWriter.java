package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.Author;
import java.io.IOException;

/** Writes an {@link Author}: {@code {name, url, profiles, affiliation}}. */
public final class AuthorWriter {
  private AuthorWriter() {}

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
