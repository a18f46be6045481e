package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.newsmodel.core.Comment;
import java.io.IOException;

/**
 * Writes a {@link Comment}: {@code {id, number, replyTo, author, publishedAt, assumedZone, body, text, edits}}.
 */
public final class CommentSerializer extends StdSerializer<Comment> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CommentSerializer() {
    super(Comment.class);
  }

  @Override
  public void serialize(Comment value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(value, g);
  }

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
      AuthorSerializer.write(comment.author().get(), g);
    }
    Fields.time(g, "publishedAt", comment.publishedAt());
    Fields.zone(g, "assumedZone", comment.assumedZone());
    Fields.array(g, "body", comment.body(), BlockSerializer::write);
    g.writeStringField("text", comment.text());
    Fields.array(g, "edits", comment.edits(), EditRecordSerializer::write);
    g.writeEndObject();
  }
}
