package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * Where the records of an uncompressed ARC file start and end, found in the file's bytes rather than taken from the
 * length that ends each record's header line: what {@link RecordEnds} is to a WARC file.
 *
 * <p>An ARC record is its header line, a block of as many bytes as the line's last field says, and a newline; the
 * next record's header line follows. A length that says more than the block holds runs over the next record's header
 * line: read by its length, the page would take that line for its own text, and the next record would be lost to a
 * break after it. A length that says less leaves the rest of the page to be read as a header, a break. Either is
 * told by two things at once: the bytes where the length says the block ends are not the newline and the header
 * line of a record (nor the file's end), and a header line does start after a newline inside the block, or after the
 * length's end. A header line is strict enough (see {@link ArcHeaders}) for a page's text not to hold one.
 */
final class ArcRecordEnds {
  private final FileChannel file;

  /**
   * Looks at the records of a file.
   *
   * @param file the uncompressed file, whose own position is left alone
   */
  ArcRecordEnds(FileChannel file) {
    this.file = file;
  }

  /**
   * Where the next record starts inside a record whose length runs over it.
   *
   * @param record where the record starts, at its header line
   * @param length the length its header line gives, 0 or more
   * @return the offset of the next record's header line, inside what the length says is the record's; -1 if the
   *     record ends where its length says, or no record starts inside it, or its header line's end cannot be found
   * @throws IOException if the file cannot be read
   */
  long nextInside(long record, long length) throws IOException {
    long block = blockStart(record);
    if (block < 0) {
      return -1;
    }
    long size = file.size();
    long end = length > Long.MAX_VALUE - block ? Long.MAX_VALUE : block + length;
    if (end <= size && endsRecord(end, size)) {
      return -1;
    }
    // The newline that ends the block must come before where the length says the block ends.
    return ArcHeaders.nextRecordStart(file, block, end);
  }

  /**
   * The block of a record whose length says less than it holds: the bytes where its length says it ends are neither
   * where a record starts nor the newline that ends a record (before a header line that is broken), and they go on
   * to the next record's header line, or to the file's end (less the line ends, spaces and zero bytes there). To be
   * asked only of a record that no record starts inside ({@link #nextInside}).
   *
   * @param record where the record starts, at its header line
   * @param length the length its header line gives, 0 or more
   * @return the block, its end before the newline that ends the record; empty if the record ends where its length
   *     says, or its length runs past the file's end, or its header line's end cannot be found
   * @throws IOException if the file cannot be read
   */
  Optional<RecordEnds.Block> shortBlock(long record, long length) throws IOException {
    long block = blockStart(record);
    long size = file.size();
    if (block < 0 || length > size - block) {
      return Optional.empty();
    }
    long end = block + length;
    if (endsRecord(end, size) || byteAt(end) == '\n') {
      return Optional.empty();
    }
    long next = ArcHeaders.nextRecordStart(file, end);
    long blockEnd = next >= 0 ? next - 1 : lastBlockEnd(end, size);
    return blockEnd > end ? Optional.of(new RecordEnds.Block(block, blockEnd, next)) : Optional.empty();
  }

  /**
   * Where a record's block starts: after the newline that ends its header line; -1 if none comes soon enough. A
   * record that jwarc found after line ends more than the one that ends the record before starts at them.
   */
  private long blockStart(long record) throws IOException {
    ByteBuffer line = ByteBuffer.allocate(ArcHeaders.MAX_LINE + 8);
    RecordEnds.readFully(file, line, record);
    int i = 0;
    while (i < line.position() && (line.get(i) == '\r' || line.get(i) == '\n')) {
      i++;
    }
    for (; i < line.position(); i++) {
      if (line.get(i) == '\n') {
        return record + i + 1;
      }
    }
    return -1;
  }

  /**
   * Whether a record's block may end at an offset: line ends, then the next record's header line, or nothing but
   * line ends, spaces and zero bytes to the file's end.
   */
  private boolean endsRecord(long end, long size) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(ArcHeaders.MAX_LINE + 8L, size - end));
    RecordEnds.readFully(file, bytes, end);
    int i = 0;
    while (i < bytes.position() && (bytes.get(i) == '\r' || bytes.get(i) == '\n')) {
      i++;
    }
    if (i < bytes.position() && ArcHeaders.isHeaderLine(bytes.array(), i, bytes.position())) {
      return true;
    }
    return size - end <= GunzipMembers.MAX_TRAILING_BLANK && RecordEnds.blankTo(file, end, size);
  }

  /**
   * Where the last record's block ends: before the newline that ends the record, once the zero bytes that pad some
   * files are passed over. A page's own line ends and spaces are its own: which of them a writer added after the
   * record cannot be told.
   */
  private long lastBlockEnd(long from, long size) throws IOException {
    long tail = Math.max(from, size - GunzipMembers.MAX_TRAILING_BLANK);
    ByteBuffer bytes = ByteBuffer.allocate((int) (size - tail));
    RecordEnds.readFully(file, bytes, tail);
    int end = bytes.position();
    while (end > 0 && bytes.get(end - 1) == 0) {
      end--;
    }
    if (end > 0 && bytes.get(end - 1) == '\n') {
      end--;
    }
    return tail + end;
  }

  private int byteAt(long at) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    RecordEnds.readFully(file, one, at);
    return one.position() == 0 ? -1 : one.get(0);
  }
}
