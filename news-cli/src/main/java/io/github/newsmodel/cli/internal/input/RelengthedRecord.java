package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One record of an uncompressed file whose Content-Length says less than the record holds, with its header's
 * Content-Length (an ARC record's, the last field of its header line) set to the length of the bytes it truly holds,
 * up to where the next record starts: jwarc reads a record's block by its length only, and would leave the rest of
 * the page behind as bytes of no record.
 *
 * <p>The header is held in memory (it is within {@link HeaderLimit#MAX_HEADER}, as {@link RecordEnds} found its
 * end); the block is read from the file. Positions count from the record's offset in the file, so that a reader of
 * the record names it where it starts; past the header they are a few bytes off the file's own, which nothing reads.
 */
final class RelengthedRecord extends FileWindow {
  private static final String CONTENT_LENGTH = "content-length:";

  private final long start;
  private final byte[] header;
  /** The block, read from the file where it stands, from {@code blockStart}. */
  private final RecordWindow block;
  private final long blockStart;
  private final long blockLength;

  private RelengthedRecord(SeekableByteChannel file, long start, byte[] header, long block, long blockLength) {
    super(file, start);
    this.start = start;
    this.header = header;
    this.block = new RecordWindow(file, block, block + blockLength);
    this.blockStart = block;
    this.blockLength = blockLength;
  }

  /**
   * The record with its length set to what it holds.
   *
   * @param file the file's channel, whose position this leaves where it finds it only while reading at its own
   * @param start the offset of the record's {@code WARC/} line
   * @param block the offset where its block starts, after the empty line that ends its header
   * @param end the offset after the block's last byte, before the line ends that end the record
   * @return the record, or null if its header has no Content-Length line to set
   * @throws IOException if the header cannot be read
   */
  static @Nullable RelengthedRecord of(SeekableByteChannel file, long start, long block, long end)
      throws IOException {
    String text = header(file, start, block);
    int line = lineStarting(text);
    if (line < 0) {
      return null;
    }
    int value = line + CONTENT_LENGTH.length();
    int lineEnd = value;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\r' && text.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    String header = text.substring(0, value) + " " + (end - block) + text.substring(lineEnd);
    return new RelengthedRecord(file, start, header.getBytes(StandardCharsets.ISO_8859_1), block, end - block);
  }

  /**
   * An ARC record with its length set to what it holds: the last field of its header line.
   *
   * @param file the file's channel, whose position this leaves where it finds it only while reading at its own
   * @param start the offset of the record's header line
   * @param block the offset where its block starts, after the newline that ends its header line
   * @param end the offset after the block's last byte, before the newline that ends the record
   * @return the record, or null if its header line has no field to set
   * @throws IOException if the header line cannot be read
   */
  static @Nullable RelengthedRecord ofArc(SeekableByteChannel file, long start, long block, long end)
      throws IOException {
    String line = header(file, start, block);
    int lineEnd = line.endsWith("\r\n") ? line.length() - 2 : line.length() - 1;
    int field = line.lastIndexOf(' ', lineEnd - 1);
    if (field < 0) {
      return null;
    }
    String header = line.substring(0, field + 1) + (end - block) + line.substring(lineEnd);
    return new RelengthedRecord(file, start, header.getBytes(StandardCharsets.ISO_8859_1), block, end - block);
  }

  /** The bytes of a record's header, from its start to where its block starts. */
  private static String header(SeekableByteChannel file, long start, long block) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate((int) (block - start));
    file.position(start);
    while (bytes.hasRemaining() && file.read(bytes) > 0) {
      // the header, to the line end that ends it
    }
    return new String(bytes.array(), 0, bytes.position(), StandardCharsets.ISO_8859_1);
  }

  /** Where the header's Content-Length line starts, in any case of letters; -1 if it has none. */
  private static int lineStarting(String header) {
    String lower = header.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf(CONTENT_LENGTH); at >= 0; at = lower.indexOf(CONTENT_LENGTH, at + 1)) {
      if (at > 0 && lower.charAt(at - 1) == '\n') {
        return at;
      }
    }
    return -1;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    long offset = position - start;
    if (offset >= header.length + blockLength) {
      return -1;
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    if (offset < header.length) {
      int n = (int) Math.min(dst.remaining(), header.length - offset);
      dst.put(header, (int) offset, n);
      position += n;
      return n;
    }
    int read = block.position(blockStart + offset - header.length).read(dst);
    if (read > 0) {
      position += read;
    }
    return read;
  }

  @Override
  public long size() {
    return start + header.length + blockLength;
  }
}
