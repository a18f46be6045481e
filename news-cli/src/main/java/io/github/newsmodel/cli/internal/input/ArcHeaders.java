package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds the next record of an uncompressed ARC file after a break. An ARC record has no line of its own to find it
 * by, as a WARC record's {@code WARC/1.0} is: it starts with its header line, after the newline that ends the record
 * before, of the URL, the IP address, the 14-digit date, the type and the length (version 1), or with five more
 * fields before the length (version 2). Such a line is taken for a record's start when it holds five or more fields
 * separated by single spaces, the first a URL (a scheme, a colon, more), the third a date of 8 to 17 digits, as
 * jwarc reads shorter and longer ones too, and the last a length of digits: a page's text is most unlikely to hold
 * one on a line of its own.
 */
final class ArcHeaders {
  /** The longest header line looked at: its URL may be long, but not longer than browsers and crawlers allow. */
  static final int MAX_LINE = 16 * 1024;
  private static final int CHUNK = 1 << 16;

  private ArcHeaders() {}

  /**
   * Where the next ARC record starts after a position of an uncompressed file: one pass.
   *
   * @param file the file, whose own position is left alone
   * @param position where to start looking; a record that starts there is not found, only one after it
   * @return the offset of the record's header line, or -1 if none starts after the position
   * @throws IOException if the file cannot be read
   */
  static long nextRecordStart(FileChannel file, long position) throws IOException {
    return nextRecordStart(file, position, Long.MAX_VALUE);
  }

  /**
   * Where the next ARC record starts after a position of an uncompressed file, the newline before its header line
   * before a bound: one pass.
   *
   * @param file the file, whose own position is left alone
   * @param position where to start looking; a record that starts there is not found, only one after it
   * @param to where the newline before the record's header line must come before
   * @return the offset of the record's header line, or -1 if none starts after the position within the bound
   * @throws IOException if the file cannot be read
   */
  static long nextRecordStart(FileChannel file, long position, long to) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK + MAX_LINE);
    long size = file.size();
    long before = Math.min(to, size);
    long at = position;
    while (at < size) {
      chunk.clear();
      while (chunk.hasRemaining() && file.read(chunk, at + chunk.position()) > 0) {
        // up to the chunk's size or the file's end
      }
      byte[] bytes = chunk.array();
      int length = chunk.position();
      boolean last = at + length >= size;
      int searched = last ? length : Math.min(length, CHUNK);
      for (int i = 0; i < searched && at + i < before; i++) {
        if (bytes[i] == '\n' && isHeaderLine(bytes, i + 1, length)) {
          return at + i + 1;
        }
      }
      if (last || at + searched >= before) {
        return -1;
      }
      at += searched;
    }
    return -1;
  }

  /** Whether an ARC record's header line starts at an index, ended by a newline before the length of bytes. */
  static boolean isHeaderLine(byte[] bytes, int from, int length) {
    int end = from;
    int stop = Math.min(length, from + MAX_LINE);
    while (end < stop && bytes[end] != '\n') {
      if (bytes[end] < 0x20 && bytes[end] != '\r' || bytes[end] == 0x7f) {
        return false; // control bytes, in a page's or an image's bytes, are in no header line
      }
      end++;
    }
    if (end >= stop) {
      return false;
    }
    String line = new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    String[] fields = line.split(" ", -1);
    return fields.length >= 5 && isUrl(fields[0]) && !fields[1].isEmpty()
        && isDigits(fields[2], 8, 17) && isDigits(fields[fields.length - 1], 1, 18);
  }

  private static boolean isUrl(String field) {
    int colon = field.indexOf(':');
    if (colon < 1 || colon == field.length() - 1) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = field.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+'
          || c == '.' || c == '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String field, int min, int max) {
    if (field.length() < min || field.length() > max) {
      return false;
    }
    for (int i = 0; i < field.length(); i++) {
      if (field.charAt(i) < '0' || field.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
