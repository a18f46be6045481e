package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.Source;
import java.io.IOException;

/** Writes a {@link Source}: {@code {uri, recordId, payloadRecordId, capturedAt, archiveUrl}}. */
public final class SourceWriter {
  private SourceWriter() {}

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
    Fields.string(g, "payloadRecordId", source.payloadRecordId());
    Fields.time(g, "capturedAt", source.capturedAt());
    Fields.uri(g, "archiveUrl", source.archiveUrl());
    g.writeEndObject();
  }
}
