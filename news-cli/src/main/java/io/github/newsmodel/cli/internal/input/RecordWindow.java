package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * The bytes of one record of an uncompressed file, from its start to where it truly ends, with the file's own
 * offsets: a reader of it meets the end of its data there, whatever the record's length says.
 */
final class RecordWindow extends FileWindow {
  private final long end;

  /**
   * Creates the window.
   *
   * @param file the file's channel
   * @param start the offset of the record's first byte, where reading starts
   * @param end the offset after its last byte
   */
  RecordWindow(SeekableByteChannel file, long start, long end) {
    super(file, start);
    this.end = end;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (position >= end) {
      return -1;
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    int limit = dst.limit();
    dst.limit(dst.position() + (int) Math.min(dst.remaining(), end - position));
    try {
      file.position(position);
      int read = file.read(dst);
      if (read > 0) {
        position += read;
      }
      return read;
    } finally {
      dst.limit(limit);
    }
  }

  @Override
  public long size() {
    return end;
  }
}
