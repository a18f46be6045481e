package io.github.newsmodel.json.internal.lines;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of UTF-8 bytes. Splitting before decoding is safe, since the byte of {@code \n} never occurs inside a
 * multi-byte character, and it leaves invalid UTF-8 to the parser of its own line.
 */
final class ByteLineSource extends LineSource {
  private static final int[] BYTE_ORDER_MARK = {0xEF, 0xBB, 0xBF};

  private final InputStream in;
  private final byte[] chunk = new byte[CHUNK];
  private byte[] line = new byte[INITIAL_CAPACITY];

  ByteLineSource(InputStream in, long maxLength) {
    super(maxLength);
    this.in = in;
  }

  @Override
  int fill() throws IOException {
    // InputStream.read returns 0 only for a zero-length request, so -1 is the only end.
    return in.read(chunk, 0, chunk.length);
  }

  @Override
  int chunkAt(int index) {
    return chunk[index] & 0xFF;
  }

  @Override
  int lineAt(int index) {
    return line[index] & 0xFF;
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
      line = new byte[INITIAL_CAPACITY];
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
