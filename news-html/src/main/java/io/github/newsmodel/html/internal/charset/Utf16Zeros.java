package io.github.newsmodel.html.internal.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a page written in UTF-16 without a byte order mark by its zero bytes: every ASCII character of its markup
 * is a zero byte beside the character's own, after it in UTF-16LE and before it in UTF-16BE. Read as any other
 * charset, such a page is a zero byte between every two letters: no tag, no text, nothing to read. Text in an
 * ASCII-compatible charset has no zero bytes at all, and a binary file has them at both places.
 */
final class Utf16Zeros {
  /** How much of the start is looked at: the head, whose markup is ASCII whatever the language of the text. */
  private static final int SAMPLE = 1024;
  /** The fewest code units to judge by. */
  private static final int MIN_UNITS = 8;

  private Utf16Zeros() {}

  /**
   * The UTF-16 that bytes without a byte order mark are written in, if their zero bytes say so: at least half of
   * the first code units have a zero byte on one side, and hardly any on the other.
   *
   * @param bytes the page's bytes
   * @return UTF-16LE or UTF-16BE; empty for bytes that are not UTF-16
   */
  static Optional<Charset> charset(byte[] bytes) {
    int units = Math.min(bytes.length, SAMPLE) / 2;
    if (units < MIN_UNITS) {
      return Optional.empty();
    }
    int zeroFirst = 0;
    int zeroSecond = 0;
    for (int i = 0; i < units; i++) {
      zeroFirst += bytes[2 * i] == 0 ? 1 : 0;
      zeroSecond += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    if (zeroSecond * 2 >= units && zeroFirst * 16 <= units) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (zeroFirst * 2 >= units && zeroSecond * 16 <= units) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }
}
