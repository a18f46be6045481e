package io.github.newsmodel.json.internal.lines;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a JSON input in UTF-16 or UTF-32 from one in UTF-8 by its first four bytes, as RFC 4627 and Jackson do:
 * a byte order mark, or the zero bytes around the first character, which JSON requires to be ASCII. Without
 * this a UTF-16 file of JSON Lines was read as UTF-8: its first line by Jackson's own detection, every later line
 * shifted by a byte and reported as malformed. A first line that is blank, or starts with a character outside
 * ASCII, leaves UTF-16 without a byte order mark unseen, as it does for Jackson.
 */
final class WideEncoding {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private WideEncoding() {}

  /**
   * The wide encoding of an input, with its byte order mark read past; the input is left at its start otherwise.
   *
   * @param in the input, which must support mark and reset
   * @return UTF-16BE, UTF-16LE, UTF-32BE or UTF-32LE; empty for UTF-8 (with or without its mark) and anything else
   * @throws IOException if the input fails
   */
  static Optional<Charset> of(BufferedInputStream in) throws IOException {
    in.mark(4);
    int[] b = new int[4];
    int n = 0;
    while (n < 4) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      b[n++] = next;
    }
    in.reset();
    if (n < 2) {
      return Optional.empty();
    }
    if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
      return skipped(in, 4, UTF_32BE);
    }
    if (n == 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
      return skipped(in, 4, UTF_32LE);
    }
    if (b[0] == 0xFE && b[1] == 0xFF) {
      return skipped(in, 2, StandardCharsets.UTF_16BE);
    }
    if (b[0] == 0xFF && b[1] == 0xFE) {
      return skipped(in, 2, StandardCharsets.UTF_16LE);
    }
    if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return Optional.of(UTF_32BE);
    }
    if (n == 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Optional.of(UTF_32LE);
    }
    if (b[0] == 0 && b[1] != 0) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b[0] != 0 && b[1] == 0) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> skipped(BufferedInputStream in, int bytes, Charset charset) throws IOException {
    in.skipNBytes(bytes);
    return Optional.of(charset);
  }
}
