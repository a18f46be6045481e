package io.github.newsmodel.json.internal.lines;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A byte input as UTF-8: UTF-8 passes through, an input that {@link WideEncoding} finds to be UTF-16 or UTF-32 is
 * decoded and written again in UTF-8. JSON Lines are split on the byte of {@code \n}, which in UTF-16 is half of
 * many characters, so the lines of a wide input can only be found once it is UTF-8. The encoding is told at the
 * first read, not before, so that making a reader of standard input does not wait for input.
 */
final class Utf8Input extends InputStream {
  private final BufferedInputStream in;
  private boolean detected;
  /** The wide input as text, or null for UTF-8 (or not yet known). */
  private @Nullable Reader wide;
  private final CharBuffer chars = CharBuffer.allocate(LineSource.CHUNK);
  /** Encoded bytes not yet returned, ready to read (flipped). */
  private final ByteBuffer encoded = ByteBuffer.allocate(LineSource.CHUNK * 4).flip();
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private boolean wideEnded;

  Utf8Input(InputStream in) {
    this.in = new BufferedInputStream(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!detected) {
      detected = true;
      wide = WideEncoding.of(in).map(charset -> (Reader) new InputStreamReader(in, charset)).orElse(null);
    }
    Reader text = wide;
    if (text == null) {
      return in.read(b, off, len);
    }
    while (!encoded.hasRemaining()) {
      if (wideEnded) {
        return -1;
      }
      encodeMore(text);
    }
    int n = Math.min(len, encoded.remaining());
    encoded.get(b, off, n);
    return n;
  }

  /** Decodes the next chars and encodes them, keeping half a surrogate pair for the next turn. */
  private void encodeMore(Reader text) throws IOException {
    int read = text.read(chars);
    if (read < 0) {
      wideEnded = true;
    }
    chars.flip();
    encoded.clear();
    encoder.encode(chars, encoded, wideEnded);
    if (wideEnded) {
      encoder.flush(encoded);
    }
    encoded.flip();
    chars.compact();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
