package io.github.newsmodel.cli.internal.input;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only view of part of an uncompressed file, for a reader of one record: it reads the file's channel at its
 * own position, so that the file's reader, which is set anew afterwards, and this one do not share one, and it leaves
 * the file open when it is closed, as the file is the file's reader's.
 */
abstract class FileWindow implements SeekableByteChannel {
  /** The file's channel. */
  final SeekableByteChannel file;
  /** Where the next read starts, in the window's own offsets. */
  long position;

  /**
   * Creates the window.
   *
   * @param file the file's channel
   * @param position where reading starts
   */
  FileWindow(SeekableByteChannel file, long position) {
    this.file = file;
    this.position = position;
  }

  @Override
  public final long position() {
    return position;
  }

  @Override
  public final SeekableByteChannel position(long newPosition) {
    position = newPosition;
    return this;
  }

  @Override
  public final int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public final SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public final boolean isOpen() {
    return file.isOpen();
  }

  /** Leaves the file open: it is the file's reader's. */
  @Override
  public final void close() {
    // the file's channel is closed with the file
  }
}
