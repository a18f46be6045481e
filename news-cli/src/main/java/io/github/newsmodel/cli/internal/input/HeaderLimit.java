package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * The bytes of a WARC or ARC file as jwarc reads them, with a limit on how many it may read for one header. jwarc
 * gathers a record's header, and a record's HTTP response header, in a buffer that grows as long as the header goes
 * on: one line of hundreds of megabytes, in a broken or hostile file, ran the reader out of memory and lost the whole
 * run, the pages read before it too. Headers are a few kilobytes; a header that goes on past the limit is an
 * {@link IOException} of its record instead, and reading goes on as after any other break.
 *
 * <p>The limit counts the bytes read from the file while a header is read: the header, less what jwarc had read of
 * it ahead into its buffer before (a few kilobytes at most), so a header a little longer than the limit may still
 * be read, and one that fails it is longer. An uncompressed file stays seekable through this channel, so that jwarc
 * still seeks past the records that are not pages rather than reading them.
 */
class HeaderLimit implements ReadableByteChannel {
  /** The most a header may take: far beyond any real one, far below what would run a small heap out. */
  static final int MAX_HEADER = 1 << 20;

  /** A header read within the limit, as jwarc reads it. */
  interface HeaderRead<T> {
    /**
     * Reads the header.
     *
     * @return what was read
     * @throws IOException if it cannot be read, or goes on past the limit
     */
    T read() throws IOException;
  }

  private final ReadableByteChannel channel;
  /** How many bytes the header being read may still take; -1 while no header is read. */
  private long left = -1;
  /** What the header being read is, for the message: "record header" or "HTTP response header". */
  private String header = "";

  private HeaderLimit(ReadableByteChannel channel) {
    this.channel = channel;
  }

  /**
   * A channel over another, seekable if the other is.
   *
   * @param channel the file's bytes, decompressed if the file is compressed
   * @return the channel, for a {@link org.netpreserve.jwarc.WarcReader}
   */
  static HeaderLimit of(ReadableByteChannel channel) {
    return channel instanceof SeekableByteChannel seekable ? new Seekable(seekable) : new HeaderLimit(channel);
  }

  /**
   * Reads a header, with no more than {@link #MAX_HEADER} bytes read from the file meanwhile.
   *
   * @param header what the header is, as the message names it
   * @param read the reading
   * @param <T> what the reading gives
   * @return what it gave
   * @throws IOException if it failed, or ran past the limit ({@link TooLong})
   */
  <T> T within(String header, HeaderRead<T> read) throws IOException {
    this.header = header;
    left = MAX_HEADER;
    try {
      return read.read();
    } finally {
      left = -1;
    }
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (left < 0 || !dst.hasRemaining()) {
      return channel.read(dst);
    }
    if (left == 0) {
      throw new TooLong("the " + header + " goes on for more than " + ByteSizes.format(MAX_HEADER));
    }
    int limit = dst.limit();
    dst.limit(dst.position() + (int) Math.min(dst.remaining(), left));
    try {
      int read = channel.read(dst);
      if (read > 0) {
        left -= read;
      }
      return read;
    } finally {
      dst.limit(limit);
    }
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** A header that goes on past the limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong(String message) {
      super(message);
    }
  }

  /** Over an uncompressed file, which jwarc seeks in. */
  private static final class Seekable extends HeaderLimit implements SeekableByteChannel {
    private final SeekableByteChannel file;

    Seekable(SeekableByteChannel file) {
      super(file);
      this.file = file;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return file.write(src);
    }

    @Override
    public long position() throws IOException {
      return file.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      file.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return file.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      file.truncate(size);
      return this;
    }
  }
}
