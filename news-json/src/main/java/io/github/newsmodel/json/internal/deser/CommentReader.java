package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import io.github.newsmodel.core.Comment;
import java.io.IOException;

/** Reads a {@link Comment}; its {@code text} is derived from the body, so the field is skipped. */
public final class CommentReader {
  private CommentReader() {}

  /**
   * Reads a comment object; {@code text} and unknown fields are skipped.
   *
   * @param p the parser, at the object
   * @return the comment
   * @throws IOException if the input fails
   */
  public static Comment read(JsonParser p) throws IOException {
    Comment.Builder comment = Comment.builder();
    Values.fields(p, name -> {
      switch (name) {
        case "id":
          comment.id(Values.string(p));
          break;
        case "number":
          comment.number(Values.integer(p));
          break;
        case "replyTo":
          comment.replyTo(Values.string(p));
          break;
        case "author":
          comment.author(AuthorReader.read(p));
          break;
        case "publishedAt":
          comment.publishedAt(Values.time(p));
          break;
        case "publishedAtDateOnly":
          comment.publishedAtDateOnly(Values.bool(p));
          break;
        case "assumedZone":
          comment.assumedZone(Values.zone(p));
          break;
        case "removed":
          comment.removed(Values.bool(p));
          break;
        case "body":
          comment.body(Values.array(p, BlockReader::read));
          break;
        case "edits":
          comment.edits(Values.array(p, EditRecordReader::read));
          break;
        default:
          p.skipChildren();
      }
    });
    return Values.build(p, comment::build);
  }
}
