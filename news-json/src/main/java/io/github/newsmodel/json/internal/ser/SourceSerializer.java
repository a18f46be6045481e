package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.newsmodel.core.Source;
import java.io.IOException;

/** Writes a {@link Source}: {@code {uri, recordId, capturedAt, archiveUrl}}. */
public final class SourceSerializer extends StdSerializer<Source> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public SourceSerializer() {
    super(Source.class);
  }

  @Override
  public void serialize(Source value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(value, g);
  }

  /**
   * Writes a source as one JSON object.
   *
   * @param source the source
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void write(Source source, JsonGenerator g) throws IOException {
    g.writeStartObject(source);
    g.writeStringField("uri", source.uri().toString());
    Fields.string(g, "recordId", source.recordId());
    Fields.time(g, "capturedAt", source.capturedAt());
    Fields.uri(g, "archiveUrl", source.archiveUrl());
    g.writeEndObject();
  }
}
