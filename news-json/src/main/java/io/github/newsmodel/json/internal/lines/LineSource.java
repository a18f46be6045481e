package io.github.newsmodel.json.internal.lines;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Array;

/**
 * The lines of an input, one at a time. A line longer than the limit is read past without being kept, and
 * reported as {@link #isTooLong()}, so that memory stays bounded whatever the input.
 *
 * <p>The subclasses differ only in the unit they hold, so the buffers here are plain {@code Object}s that
 * {@link System#arraycopy} handles for either: bytes, which keeps invalid UTF-8 a problem of its own line, or
 * chars. Lines end at {@code \n}; a {@code \r} before it and a byte order mark at the start of a
 * line are dropped: not only of the input's first line, since files that each begin with a mark are joined
 * ({@code cat a.jsonl b.jsonl}), and a char input would otherwise refuse the line that a byte input reads (a
 * parser of bytes skips a mark at the start of its document, and each line is one).
 */
public abstract class LineSource implements Closeable {
  /** A line buffer grown past this size is dropped after its line, so one huge line does not pin memory. */
  static final int KEPT_CAPACITY = 1 << 20;
  /** The initial size of a line buffer. */
  static final int INITIAL_CAPACITY = 1 << 12;
  /** The size of the read buffer. */
  static final int CHUNK = 1 << 14;

  private final long maxLength;
  /** The read buffer and the line buffer: arrays of this source's unit, byte[] or char[]. */
  private final Object chunk;
  private Object line;
  private long lineNumber;
  private boolean tooLong;
  private boolean end;
  /** The current line is {@code [lineStart, lineEnd)} of the line buffer. */
  private int lineStart;
  private int lineEnd;
  /** The unread part of the read buffer is {@code [chunkPos, chunkEnd)}. */
  private int chunkPos;
  private int chunkEnd;

  /**
   * Creates a source over buffers of its unit.
   *
   * @param maxLength the longest line to keep
   * @param chunk the read buffer, of {@link #CHUNK} units
   * @param line the line buffer, of {@link #INITIAL_CAPACITY} units
   */
  LineSource(long maxLength, Object chunk, Object line) {
    this.maxLength = maxLength;
    this.chunk = chunk;
    this.line = line;
  }

  /**
   * The lines of a char input.
   *
   * @param in the input, which the source owns
   * @param maxLength the longest line to keep, in chars
   * @return the source
   */
  public static LineSource of(Reader in, long maxLength) {
    return new CharLineSource(in, maxLength);
  }

  /**
   * The lines of a byte input in UTF-8, or in UTF-16 or UTF-32 where a byte order mark or the zero bytes around the
   * first character say so, as a single JSON document is read ({@link Utf8Input}).
   *
   * @param in the input, which the source owns
   * @param maxLength the longest line to keep, in bytes of UTF-8
   * @return the source
   */
  public static LineSource of(InputStream in, long maxLength) {
    return new ByteLineSource(new Utf8Input(in), maxLength);
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   * @throws IOException if reading fails
   */
  public final boolean next() throws IOException {
    if (end) {
      return false;
    }
    if (Array.getLength(line) > KEPT_CAPACITY) {
      line = newArray(INITIAL_CAPACITY);
    }
    lineStart = 0;
    lineEnd = 0;
    tooLong = false;
    long length = 0;
    // The line ending's \r and a byte order mark are no part of the line that the limit counts.
    long kept = maxLength + 1 + byteOrderMark().length;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        chunkEnd = fill(chunk);
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          end = true;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int newline = indexOfNewline();
      int stop = newline < 0 ? chunkEnd : newline;
      int n = stop - chunkPos;
      length += n;
      if (length > kept || length > Integer.MAX_VALUE - 16) {
        tooLong = true;
      } else {
        append(chunkPos, n, lineEnd);
        lineEnd += n;
      }
      chunkPos = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (!tooLong) {
      if (lineEnd > 0 && unitAt(line, lineEnd - 1) == '\r') {
        lineEnd--;
      }
      if (startsWithByteOrderMark()) {
        lineStart = byteOrderMark().length;
      }
      tooLong = lineEnd - lineStart > maxLength;
    }
    return true;
  }

  /**
   * The 1-based number of the current line.
   *
   * @return the line number, or 0 before the first line
   */
  public final long lineNumber() {
    return lineNumber;
  }

  /**
   * Whether the current line was longer than the limit, and so was not kept.
   *
   * @return true for a line too long to parse
   */
  public final boolean isTooLong() {
    return tooLong;
  }

  /**
   * The longest line this source keeps.
   *
   * @return the limit, in the unit of the input
   */
  public final long maxLength() {
    return maxLength;
  }

  /**
   * Whether the current line holds only JSON whitespace.
   *
   * @return true for a blank line; false for a line too long to keep
   */
  public final boolean isBlank() {
    if (tooLong) {
      return false;
    }
    for (int i = lineStart; i < lineEnd; i++) {
      int c = unitAt(line, i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * A parser over the current line.
   *
   * @param factory the factory, which sets the read limits
   * @return a new parser, which the caller closes
   * @throws IOException if the parser cannot be created
   */
  public final JsonParser parser(JsonFactory factory) throws IOException {
    return parser(factory, line, lineStart, lineEnd - lineStart);
  }

  private int indexOfNewline() {
    for (int i = chunkPos; i < chunkEnd; i++) {
      if (unitAt(chunk, i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWithByteOrderMark() {
    int[] mark = byteOrderMark();
    if (lineEnd < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if (unitAt(line, i) != mark[i]) {
        return false;
      }
    }
    return true;
  }

  /** Copies {@code length} units of the read buffer at {@code from} to the line buffer at {@code at}. */
  private void append(int from, int length, int at) {
    int capacity = Array.getLength(line);
    if (at + length > capacity) {
      Object grown = newArray(grown(capacity, at + length));
      System.arraycopy(line, 0, grown, 0, at);
      line = grown;
    }
    System.arraycopy(chunk, from, line, at, length);
  }

  /** A new array of this source's unit. */
  abstract Object newArray(int length);

  /** Reads more input into the start of the read buffer; returns the count read, or -1 at the end. */
  abstract int fill(Object chunk) throws IOException;

  /** The unit of a buffer at {@code index}, as an unsigned value. */
  abstract int unitAt(Object buffer, int index);

  /** The units of a byte order mark in this source's encoding. */
  abstract int[] byteOrderMark();

  /** A parser over {@code [offset, offset + length)} of the line buffer. */
  abstract JsonParser parser(JsonFactory factory, Object line, int offset, int length) throws IOException;

  /**
   * The capacity a line buffer of {@code capacity} needs to hold {@code required} units.
   *
   * @param capacity the current capacity
   * @param required the units to hold
   * @return the new capacity, at least doubling
   */
  static int grown(int capacity, int required) {
    return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(required, 2L * capacity));
  }
}
