package io.github.newsmodel.json.internal.lines;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lines of UTF-8 bytes. Splitting before decoding is safe, since the byte of {@code \n} never occurs inside a
 * multi-byte character, and it leaves invalid UTF-8 to the parser of its own line.
 */
final class ByteLineSource extends LineSource {
  private static final int[] BYTE_ORDER_MARK = {0xEF, 0xBB, 0xBF};

  private final InputStream in;

  ByteLineSource(InputStream in, long maxLength) {
    super(maxLength, new byte[CHUNK], new byte[INITIAL_CAPACITY]);
    this.in = in;
  }

  @Override
  Object newArray(int length) {
    return new byte[length];
  }

  @Override
  int fill(Object chunk) throws IOException {
    byte[] bytes = (byte[]) chunk;
    // InputStream.read returns 0 only for a zero-length request, so -1 is the only end.
    return in.read(bytes, 0, bytes.length);
  }

  @Override
  int unitAt(Object buffer, int index) {
    return ((byte[]) buffer)[index] & 0xFF;
  }

  @Override
  int[] byteOrderMark() {
    return BYTE_ORDER_MARK;
  }

  @Override
  JsonParser parser(JsonFactory factory, Object line, int offset, int length) throws IOException {
    return factory.createParser((byte[]) line, offset, length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
