package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.json.internal.EnumNames;
import java.io.IOException;

/** Reads an {@link EditRecord}; an absent {@code kind} is {@code unknown}, as in the model. */
public final class EditRecordReader {
  private EditRecordReader() {}

  /**
   * Reads an edit object; unknown fields are skipped.
   *
   * @param p the parser, at the object
   * @return the edit
   * @throws IOException if the input fails
   */
  public static EditRecord read(JsonParser p) throws IOException {
    EditRecord.Builder edit = EditRecord.builder();
    Values.fields(p, name -> {
      switch (name) {
        case "editedAt":
          edit.editedAt(Values.time(p));
          break;
        case "editedAtDateOnly":
          edit.editedAtDateOnly(Values.bool(p));
          break;
        case "assumedZone":
          edit.assumedZone(Values.zone(p));
          break;
        case "editor":
          edit.editor(AuthorReader.read(p));
          break;
        case "note":
          edit.note(Values.string(p));
          break;
        case "reason":
          edit.reason(Values.string(p));
          break;
        case "kind":
          edit.kind(kind(p));
          break;
        default:
          p.skipChildren();
      }
    });
    return Values.build(p, edit::build);
  }

  /**
   * Reads an edit kind by its name in the format, such as {@code correction}.
   *
   * @param p the parser, at the name
   * @return the kind
   * @throws IOException if the input fails, or {@link io.github.newsmodel.json.NewsJsonException} if the value is
   *     no kind's name
   */
  public static EditKind kind(JsonParser p) throws IOException {
    return Values.named(p, EnumNames.EDIT_KINDS);
  }
}
