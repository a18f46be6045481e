package io.github.newsmodel.json.internal.lines;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/** Lines of chars, from a reader that has already decoded them. */
final class CharLineSource extends LineSource {
  private static final int[] BYTE_ORDER_MARK = {0xFEFF};

  private final Reader in;
  private final char[] chunk = new char[CHUNK];
  private char[] line = new char[INITIAL_CAPACITY];

  CharLineSource(Reader in, long maxLength) {
    super(maxLength);
    this.in = in;
  }

  @Override
  int fill() throws IOException {
    // Reader.read may return 0 only for a zero-length request, so -1 is the only end.
    return in.read(chunk, 0, chunk.length);
  }

  @Override
  int chunkAt(int index) {
    return chunk[index];
  }

  @Override
  int lineAt(int index) {
    return line[index];
  }

  @Override
  void append(int from, int length, int at) {
    if (at + length > line.length) {
      line = Arrays.copyOf(line, grown(line.length, at + length));
    }
    System.arraycopy(chunk, from, line, at, length);
  }

  @Override
  void resetLine() {
    if (line.length > KEPT_CAPACITY) {
      line = new char[INITIAL_CAPACITY];
    }
  }

  @Override
  int[] byteOrderMark() {
    return BYTE_ORDER_MARK;
  }

  @Override
  JsonParser parser(JsonFactory factory, int offset, int length) throws IOException {
    return factory.createParser(line, offset, length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
