package io.github.newsmodel.json.internal.lines;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.Reader;

/** Lines of chars, from a reader that has already decoded them. */
final class CharLineSource extends LineSource {
  private static final int[] BYTE_ORDER_MARK = {0xFEFF};

  private final Reader in;

  CharLineSource(Reader in, long maxLength) {
    super(maxLength, new char[CHUNK], new char[INITIAL_CAPACITY]);
    this.in = in;
  }

  @Override
  Object newArray(int length) {
    return new char[length];
  }

  @Override
  int fill(Object chunk) throws IOException {
    char[] chars = (char[]) chunk;
    // Reader.read returns 0 only for a zero-length request, so -1 is the only end.
    return in.read(chars, 0, chars.length);
  }

  @Override
  int unitAt(Object buffer, int index) {
    return ((char[]) buffer)[index];
  }

  @Override
  int[] byteOrderMark() {
    return BYTE_ORDER_MARK;
  }

  @Override
  JsonParser parser(JsonFactory factory, Object line, int offset, int length) throws IOException {
    return factory.createParser((char[]) line, offset, length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
