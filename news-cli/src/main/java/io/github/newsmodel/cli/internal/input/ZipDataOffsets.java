package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the data of each entry stored without compression start in a ZIP file, read from its central directory and
 * local headers (ZIP64 too): a WACZ stores its WARC files so, that a replay may seek into them, and so may a revisit
 * record that refers to a page in one. {@link java.util.zip.ZipFile} reads the same tables but tells no offset.
 */
final class ZipDataOffsets {
  private static final int END = 0x06054b50;
  private static final int END64_LOCATOR = 0x07064b50;
  private static final int END64 = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  private static final int END_SIZE = 22;
  private static final int MAX_COMMENT = 0xffff;
  private static final long MASK32 = 0xffffffffL;
  /** The most entries read: a WACZ holds a few dozen files, and a central directory may claim anything. */
  private static final int MAX_ENTRIES = 100_000;
  /** The largest central directory read, in bytes: room for as many entries with long names. */
  private static final long MAX_DIRECTORY = 64L << 20;

  private ZipDataOffsets() {}

  /**
   * The offsets in the file where the data of its stored entries start, by entry name; none for a file whose
   * tables cannot be read, which is then read as it was before, entry by entry, without offsets.
   *
   * @param zip the ZIP file
   * @return the data offsets of its stored entries
   */
  static Map<String, Long> of(Path zip) {
    try (FileChannel channel = FileChannel.open(zip)) {
      return read(channel);
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private static Map<String, Long> read(FileChannel channel) throws IOException {
    long size = channel.size();
    int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
    ByteBuffer end = bytes(channel, size - tail, tail);
    int at = -1;
    for (int i = tail - END_SIZE; i >= 0; i--) {
      if (end.getInt(i) == END) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return Map.of();
    }
    long entries = end.getShort(at + 10) & 0xffff;
    long directorySize = end.getInt(at + 12) & MASK32;
    long directory = end.getInt(at + 16) & MASK32;
    if ((entries == 0xffff || directory == MASK32 || directorySize == MASK32) && at >= 20
        && end.getInt(at - 20) == END64_LOCATOR) {
      ByteBuffer end64 = bytes(channel, end.getLong(at - 20 + 8), 56);
      if (end64.getInt(0) != END64) {
        return Map.of();
      }
      entries = end64.getLong(32);
      directorySize = end64.getLong(40);
      directory = end64.getLong(48);
    }
    if (directorySize > MAX_DIRECTORY || directory < 0 || directory + directorySize > size) {
      return Map.of();
    }
    // The whole directory in one read: a WACZ's is a few kilobytes.
    ByteBuffer table = bytes(channel, directory, (int) directorySize);
    Map<String, Long> offsets = new HashMap<>();
    int position = 0;
    for (long n = 0; n < Math.min(entries, MAX_ENTRIES) && position + 46 <= table.limit(); n++) {
      ByteBuffer header = table.slice(position, 46).order(ByteOrder.LITTLE_ENDIAN);
      if (header.getInt(0) != CENTRAL) {
        break;
      }
      int method = header.getShort(10) & 0xffff;
      long compressed = header.getInt(20) & MASK32;
      long uncompressed = header.getInt(24) & MASK32;
      int nameLength = header.getShort(28) & 0xffff;
      int extraLength = header.getShort(30) & 0xffff;
      int commentLength = header.getShort(32) & 0xffff;
      long local = header.getInt(42) & MASK32;
      if (position + 46 + nameLength + extraLength > table.limit()) {
        break;
      }
      ByteBuffer tailBytes = table.slice(position + 46, nameLength + extraLength).order(ByteOrder.LITTLE_ENDIAN);
      byte[] name = new byte[nameLength];
      tailBytes.get(0, name);
      if (local == MASK32) {
        local = zip64Offset(tailBytes, nameLength, extraLength, uncompressed == MASK32, compressed == MASK32);
      }
      if (method == 0 && local >= 0) {
        ByteBuffer localHeader = bytes(channel, local, 30);
        if (localHeader.getInt(0) == LOCAL) {
          long data = local + 30 + (localHeader.getShort(26) & 0xffff) + (localHeader.getShort(28) & 0xffff);
          offsets.put(new String(name, StandardCharsets.UTF_8), data);
        }
      }
      position += 46 + nameLength + extraLength + commentLength;
    }
    return offsets;
  }

  /** The local header's offset in a ZIP64 extra field, after the sizes that it holds first; -1 if none. */
  private static long zip64Offset(ByteBuffer fields, int from, int length, boolean hasSize, boolean hasCompressed) {
    int i = from;
    while (i + 4 <= from + length) {
      int id = fields.getShort(i) & 0xffff;
      int size = fields.getShort(i + 2) & 0xffff;
      if (id == 1) {
        int at = i + 4 + (hasSize ? 8 : 0) + (hasCompressed ? 8 : 0);
        return at + 8 <= i + 4 + size ? fields.getLong(at) : -1;
      }
      i += 4 + size;
    }
    return -1;
  }

  private static ByteBuffer bytes(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the ZIP file ends in its tables");
      }
    }
    return buffer.flip();
  }
}
