package io.github.newsmodel.json.internal.lines;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a JSON input in UTF-16 or UTF-32 from one in UTF-8 by its first four bytes, as RFC 4627 and Jackson do: a
 * byte order mark, or the zero bytes around a first character that a line of JSON starts with ({@code {}, {@code [}
 * or white space). Without this a UTF-16 file of JSON Lines was read as UTF-8: its first line by Jackson's own
 * detection, every later line shifted by a byte and reported as malformed. Zero bytes around any other character are
 * no sign: such an input is UTF-8 with a bad first line, and its other lines are read as they are.
 */
public final class WideEncoding {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private WideEncoding() {}

  /**
   * A wide encoding, and the length of its byte order mark.
   *
   * @param charset the encoding
   * @param markLength the bytes of its byte order mark at the start, 0 if it has none
   */
  public record Detected(Charset charset, int markLength) {}

  /**
   * The wide encoding of an input, with its byte order mark read past; the input is left at its start otherwise.
   *
   * @param in the input, which must support mark and reset
   * @return the encoding; empty for UTF-8 (with or without its mark) and anything else
   * @throws IOException if the input fails
   */
  static Optional<Charset> of(BufferedInputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    Optional<Detected> detected = ofHead(head);
    if (detected.isPresent()) {
      in.skipNBytes(detected.get().markLength());
    }
    return detected.map(Detected::charset);
  }

  /**
   * The wide encoding that an input's first bytes show.
   *
   * @param head the first bytes, up to four
   * @return the encoding; empty for UTF-8 and anything else
   */
  public static Optional<Detected> ofHead(byte[] head) {
    int n = Math.min(head.length, 4);
    int[] b = new int[4];
    for (int i = 0; i < n; i++) {
      b[i] = head[i] & 0xFF;
    }
    if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
      return Optional.of(new Detected(UTF_32BE, 4));
    }
    if (n == 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
      return Optional.of(new Detected(UTF_32LE, 4));
    }
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
    }
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
    }
    if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && startsLine(b[3])) {
      return Optional.of(new Detected(UTF_32BE, 0));
    }
    if (n == 4 && startsLine(b[0]) && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Optional.of(new Detected(UTF_32LE, 0));
    }
    if (n >= 2 && b[0] == 0 && startsLine(b[1])) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 0));
    }
    if (n >= 2 && startsLine(b[0]) && b[1] == 0) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 0));
    }
    return Optional.empty();
  }

  /** A character that a line of JSON Lines starts with: an object, an array, or white space before one. */
  private static boolean startsLine(int c) {
    return c == '{' || c == '[' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
