package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import io.github.newsmodel.core.Source;
import java.io.IOException;

/** Reads a {@link Source}. */
public final class SourceReader {
  private SourceReader() {}

  /**
   * Reads a source object; unknown fields are skipped.
   *
   * @param p the parser, at the object
   * @return the source
   * @throws IOException if the input fails
   */
  public static Source read(JsonParser p) throws IOException {
    Source.Builder source = Source.builder();
    Values.fields(p, name -> {
      switch (name) {
        case "uri":
          source.uri(Values.uri(p));
          break;
        case "recordId":
          source.recordId(Values.string(p));
          break;
        case "payloadRecordId":
          source.payloadRecordId(Values.string(p));
          break;
        case "capturedAt":
          source.capturedAt(Values.time(p));
          break;
        case "archiveUrl":
          source.archiveUrl(Values.uri(p));
          break;
        default:
          p.skipChildren();
      }
    });
    return Values.build(p, source::build);
  }
}
