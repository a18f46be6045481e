package io.github.newsmodel.json.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Skips a byte order mark before a document that is read as chars. Jackson skips one only when it decodes bytes
 * itself, so a file that an editor saved with a mark and that was read into a {@code String} or through a
 * {@code Reader} would otherwise fail at its first char, although the same file read as bytes, or as JSON Lines,
 * is read.
 */
public final class ByteOrderMark {
  private static final char MARK = '\uFEFF';

  private ByteOrderMark() {}

  /**
   * The document without the byte order mark it starts with, if any.
   *
   * @param json the document
   * @return the document from its first char after the mark
   */
  public static String skip(String json) {
    return !json.isEmpty() && json.charAt(0) == MARK ? json.substring(1) : json;
  }

  /**
   * The document without the byte order mark it starts with, if any, read from the first char after it.
   *
   * @param in the document, which is not closed when the returned reader is left unclosed
   * @return a reader of the document that has read past the mark
   * @throws IOException if the first char cannot be read
   */
  public static Reader skip(Reader in) throws IOException {
    PushbackReader reader = new PushbackReader(in, 1);
    int first = reader.read();
    if (first != -1 && first != MARK) {
      reader.unread(first);
    }
    return reader;
  }
}
