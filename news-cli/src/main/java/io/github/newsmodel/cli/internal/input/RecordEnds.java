package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the records of an uncompressed WARC file start and end, found in the file's bytes rather than taken from
 * the records' Content-Length.
 *
 * <p>A record's length that says more than the record holds (a writer's wrong Content-Length) runs over the start of
 * the next record: read by its length, the record would take the next record's header for its page, and the next
 * record would be lost to a break after it. Such a record is told by two things at once: the bytes where its length
 * says it ends are not where a record starts (an empty line, then {@code WARC/}, or the file's end), and a line
 * {@code WARC/1.0} or {@code WARC/1.1} after an empty line starts inside it. Either alone is no proof: jwarc reads a
 * record whose length takes a few of the line ends after it, and a record may hold a WARC file of its own.
 */
final class RecordEnds {
  /** The line that starts a WARC record, after the empty line that ends the one before it. */
  private static final byte[] RECORD_START = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  /** The bytes of a record's header read at a time, looking for its end: a header is a few hundred bytes. */
  private static final int HEADER_CHUNK = 4096;
  /** The bytes looked at where a record's length says it ends: its line ends, then the next record's start. */
  private static final int BOUNDARY = 64;

  private final FileChannel file;
  /** The first bytes of the record being looked at, kept from record to record: one read each, most often. */
  private final ByteBuffer head = ByteBuffer.allocate(HEADER_CHUNK);
  private final ByteBuffer boundary = ByteBuffer.allocate(BOUNDARY);

  /**
   * Looks at the records of a file.
   *
   * @param file the uncompressed file, whose own position is left alone
   */
  RecordEnds(FileChannel file) {
    this.file = file;
  }

  /**
   * Where the next record starts inside a record whose Content-Length runs over it.
   *
   * @param record where the record starts, at its {@code WARC/} line
   * @param length the record's Content-Length, 0 or more
   * @return the offset of the next record's {@code WARC/} line, inside what the length says is the record's; -1 if
   *     the record ends where its length says, or no record starts inside it, or its header's end cannot be found
   * @throws IOException if the file cannot be read
   */
  long nextInside(long record, long length) throws IOException {
    head.clear();
    readFully(file, head, record);
    long block = headerEnd(head, record);
    if (block < 0 && !head.hasRemaining()) {
      block = blockStart(file, record); // a header longer than the first bytes read
    }
    if (block < 0) {
      return -1;
    }
    long size = file.size();
    long end = length > Long.MAX_VALUE - block ? Long.MAX_VALUE : block + length;
    if (end <= size && endsRecord(record, end, size)) {
      return -1;
    }
    // The empty line that ends the record must start inside the length; the next record's line may run past it.
    long to = end > size - RECORD_START.length ? size : end + RECORD_START.length + 3;
    return nextRecordStart(file, block, to);
  }

  /**
   * Where a record's block truly starts and ends, in the file's offsets, and where the next record starts.
   *
   * @param start where the block starts, after the record's header
   * @param end where it ends, before the empty line that ends the record
   * @param next where the next record's {@code WARC/} line starts; -1 if the block runs to the file's end
   */
  record Block(long start, long end, long next) {}

  /**
   * The block of a record whose Content-Length says less than it holds: the bytes where its length says it ends are
   * not where a record starts, nor the empty line that ends a record (before a record header that is broken), and
   * they go on to the next record's line after an empty line, or to the file's end
   * (less the empty line that ends the record, and the line ends, spaces and zero bytes after it). A writer that
   * counted a page's characters rather than its bytes writes such a length, and the rest of its page then follows
   * it. To be asked only of a record that no record starts inside ({@link #nextInside}).
   *
   * @param record where the record starts, at its {@code WARC/} line
   * @param length the record's Content-Length, 0 or more
   * @return the block; empty if the record ends where its length says, or its length runs past the file's end, or
   *     its header's end cannot be found
   * @throws IOException if the file cannot be read
   */
  Optional<Block> shortBlock(long record, long length) throws IOException {
    head.clear();
    readFully(file, head, record);
    long block = headerEnd(head, record);
    if (block < 0 && !head.hasRemaining()) {
      block = blockStart(file, record);
    }
    long size = file.size();
    if (block < 0 || length > size - block) {
      return Optional.empty();
    }
    long end = block + length;
    if (endsRecord(record, end, size) || emptyLineAt(end)) {
      return Optional.empty();
    }
    long next = nextRecordStart(file, end, Long.MAX_VALUE);
    long blockEnd = next >= 0 ? next - 4 : lastBlockEnd(file, end, size);
    return blockEnd > end ? Optional.of(new Block(block, blockEnd, next)) : Optional.empty();
  }

  /**
   * Whether an empty line starts at an offset, as at the end of a record whose length is right: what follows it is
   * then the next record's header, broken, and no part of this record's block.
   */
  private boolean emptyLineAt(long at) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(4);
    readFully(file, bytes, at);
    int newlines = 0;
    for (int i = 0; i < bytes.position() && (bytes.get(i) == '\r' || bytes.get(i) == '\n'); i++) {
      newlines += bytes.get(i) == '\n' ? 1 : 0;
    }
    return newlines >= 2;
  }

  /**
   * Where the last record's block ends, before the empty line that ends it, among the line ends, spaces and zero
   * bytes at the file's end (as far back as {@code from}); without that line, where those bytes start.
   */
  private static long lastBlockEnd(FileChannel file, long from, long size) throws IOException {
    long tail = Math.max(from, size - GunzipMembers.MAX_TRAILING_BLANK);
    ByteBuffer bytes = ByteBuffer.allocate((int) (size - tail));
    readFully(file, bytes, tail);
    int blank = bytes.position();
    while (blank > 0 && GunzipMembers.isBlank(bytes.get(blank - 1))) {
      blank--;
    }
    for (int i = blank; i + 4 <= bytes.position(); i++) {
      if (bytes.get(i) == '\r' && bytes.get(i + 1) == '\n' && bytes.get(i + 2) == '\r' && bytes.get(i + 3) == '\n') {
        return tail + i;
      }
    }
    return tail + blank;
  }

  /**
   * Where the next WARC record header starts after a position of an uncompressed file: one pass.
   *
   * @param file the file
   * @param position where to start looking
   * @param to where to stop: the line that starts the record must end before it
   * @return the offset of the record's {@code WARC/} line, or -1 if none starts before {@code to}
   * @throws IOException if the file cannot be read
   */
  static long nextRecordStart(FileChannel file, long position, long to) throws IOException {
    int keep = RECORD_START.length + 3;
    ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
    long at = position; // the file offset of chunk's first byte
    long stop = Math.min(to, file.size());
    while (at < stop) {
      chunk.clear();
      chunk.limit((int) Math.min(chunk.capacity(), stop - at));
      readFully(file, chunk, at);
      byte[] bytes = chunk.array();
      int length = chunk.position();
      for (int i = 0; i + keep <= length; i++) {
        if (startsRecordAt(bytes, i)) {
          return at + i + 4;
        }
      }
      if (at + length >= stop) {
        return -1;
      }
      at += Math.max(1, length - keep + 1);
    }
    return -1;
  }

  /** Whether the bytes at an index are an empty line's end and a line {@code WARC/1.0} or {@code WARC/1.1}. */
  private static boolean startsRecordAt(byte[] bytes, int i) {
    for (int k = 0; k < RECORD_START.length; k++) {
      if (bytes[i + k] != RECORD_START[k]) {
        return false;
      }
    }
    int j = i + RECORD_START.length;
    return (bytes[j] == '0' || bytes[j] == '1') && bytes[j + 1] == '\r' && bytes[j + 2] == '\n';
  }

  /**
   * Where a record's block starts: after the first empty line of its header, which jwarc has read already. A
   * lenient header may end its lines with LF alone.
   *
   * @return the offset, or -1 if the header goes on past {@link HeaderLimit#MAX_HEADER}
   */
  private static long blockStart(FileChannel file, long record) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
    for (long at = record; at - record < HeaderLimit.MAX_HEADER; at += chunk.capacity() - 3) {
      chunk.clear();
      readFully(file, chunk, at);
      long end = headerEnd(chunk, at);
      if (end >= 0 || chunk.hasRemaining()) {
        return end; // found, or the file ends
      }
    }
    return -1;
  }

  /** Where the first empty line in bytes read from an offset ends, or -1 if they hold none. */
  private static long headerEnd(ByteBuffer chunk, long at) {
    byte[] bytes = chunk.array();
    for (int i = 0; i + 1 < chunk.position(); i++) {
      if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
        return at + i + 2;
      }
      if (i + 3 < chunk.position() && bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r'
          && bytes[i + 3] == '\n') {
        return at + i + 4;
      }
    }
    return -1;
  }

  /**
   * Whether a record may end at an offset: line ends, then the next record's {@code WARC/} line, or nothing but line
   * ends, spaces and zero bytes to the file's end.
   */
  private boolean endsRecord(long record, long end, long size) throws IOException {
    ByteBuffer bytes;
    int i;
    if (end - record >= 0 && end - record + BOUNDARY <= head.position()) {
      bytes = head; // a small record: its end is among its first bytes, read already
      i = (int) (end - record);
    } else {
      bytes = boundary;
      bytes.clear();
      bytes.limit((int) Math.min(BOUNDARY, size - end));
      readFully(file, bytes, end);
      i = 0;
    }
    while (i < bytes.position() && (bytes.get(i) == '\r' || bytes.get(i) == '\n')) {
      i++;
    }
    if (startsWith(bytes, i, WARC)) {
      return true;
    }
    return size - end <= GunzipMembers.MAX_TRAILING_BLANK && blankTo(file, end, size);
  }

  private static boolean startsWith(ByteBuffer bytes, int i, byte[] prefix) {
    if (bytes.position() - i < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (bytes.get(i + k) != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the file holds nothing but line ends, spaces and zero bytes from an offset to its end. */
  static boolean blankTo(FileChannel file, long from, long size) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate((int) (size - from));
    readFully(file, bytes, from);
    for (int i = 0; i < bytes.position(); i++) {
      if (!GunzipMembers.isBlank(bytes.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Fills the buffer from a position, up to its limit or the file's end; the channel's own position is left. */
  static void readFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining() && file.read(buffer, position + buffer.position()) > 0) {
      // a read at a position leaves the channel's own position alone
    }
  }
}
