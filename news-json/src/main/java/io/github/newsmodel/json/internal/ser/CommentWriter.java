package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.Comment;
import java.io.IOException;

/**
 * Writes a {@link Comment}: {@code {id, number, replyTo, author, publishedAt, publishedAtDateOnly, assumedZone,
 * removed, body, text, edits}}; {@code removed} only when true, and a removed comment has no body and an empty text.
 */
public final class CommentWriter {
  private CommentWriter() {}

  /**
   * Writes a comment as one JSON object, with its derived {@code text}.
   *
   * @param comment the comment
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void write(Comment comment, JsonGenerator g) throws IOException {
    g.writeStartObject(comment);
    g.writeStringField("id", comment.id());
    if (comment.number().isPresent()) {
      g.writeNumberField("number", comment.number().getAsInt());
    }
    Fields.string(g, "replyTo", comment.replyTo());
    if (comment.author().isPresent()) {
      g.writeFieldName("author");
      AuthorWriter.write(comment.author().get(), g);
    }
    Fields.time(g, "publishedAt", comment.publishedAt());
    Fields.flag(g, "publishedAtDateOnly", comment.publishedAtDateOnly());
    Fields.zone(g, "assumedZone", comment.assumedZone());
    Fields.flag(g, "removed", comment.removed());
    Fields.array(g, "body", comment.body(), BlockWriter::write);
    g.writeStringField("text", comment.text());
    Fields.array(g, "edits", comment.edits(), EditRecordWriter::write);
    g.writeEndObject();
  }
}
