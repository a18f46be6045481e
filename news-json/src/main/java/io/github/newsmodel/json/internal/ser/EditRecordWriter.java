package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.json.internal.EnumNames;
import io.github.newsmodel.json.internal.Rfc3339;
import java.io.IOException;

/** Writes an {@link EditRecord}: {@code {editedAt, editedAtDateOnly, assumedZone, editor, note, reason, kind}}. */
public final class EditRecordWriter {
  private EditRecordWriter() {}

  /**
   * Writes an edit as one JSON object. The kind is always written, even the default {@code unknown}.
   *
   * @param edit the edit
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void write(EditRecord edit, JsonGenerator g) throws IOException {
    g.writeStartObject(edit);
    if (edit.editedAt().isPresent()) {
      g.writeStringField("editedAt", Rfc3339.format(edit.editedAt().get()));
    }
    Fields.flag(g, "editedAtDateOnly", edit.editedAtDateOnly());
    Fields.zone(g, "assumedZone", edit.assumedZone());
    if (edit.editor().isPresent()) {
      g.writeFieldName("editor");
      AuthorWriter.write(edit.editor().get(), g);
    }
    Fields.string(g, "note", edit.note());
    Fields.string(g, "reason", edit.reason());
    g.writeStringField("kind", EnumNames.EDIT_KINDS.name(edit.kind()));
    g.writeEndObject();
  }
}
