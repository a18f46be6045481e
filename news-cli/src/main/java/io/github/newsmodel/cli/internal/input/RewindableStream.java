package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a WARC file that cannot be sought in, a file compressed whole into one gzip member or an uncompressed
 * file on standard input, with the last of them kept so that the reader can go back among them. When a record header
 * breaks, the next record often starts in the bytes jwarc has already read ahead, or in the header it gave up on; a
 * resync there finds it in what was kept, reads on as far as it must, and hands on the bytes from that record's
 * start again. Before, such a file was not read past a break, and every record after it was lost.
 *
 * <p>Offsets are those of the bytes as this channel hands them on (the decompressed bytes of a compressed file).
 */
final class RewindableStream implements ReadableByteChannel {
  /** How much is kept: all that a header may take ({@link HeaderLimit}) and what jwarc reads ahead of it. */
  static final int KEPT = HeaderLimit.MAX_HEADER + (1 << 16);
  /** The line that starts a WARC record, after the empty line that ends the record before it. */
  private static final byte[] RECORD_START = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  /** The bytes of a record start after its version's dot: "0" or "1" and the line's end. */
  private static final int VERSION_END = 3;
  private static final int READ = 1 << 16;

  private final ReadableByteChannel channel;
  /** The last bytes read from the channel, up to {@link #KEPT} and at times twice as many, oldest first. */
  private byte[] kept = new byte[READ];
  private int keptLength;
  /** The offset of {@code kept[0]}. */
  private long keptStart;
  /** The offset of the next byte handed on: before the kept bytes' end after a rewind, at their end otherwise. */
  private long position;
  private boolean eof;

  RewindableStream(ReadableByteChannel channel) {
    this.channel = channel;
  }

  /**
   * The offset of the next byte that a read hands on.
   *
   * @return the offset
   */
  long position() {
    return position;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    long keptEnd = keptStart + keptLength;
    if (position < keptEnd) { // bytes handed on again after a rewind
      int n = (int) Math.min(dst.remaining(), keptEnd - position);
      dst.put(kept, (int) (position - keptStart), n);
      position += n;
      return n;
    }
    int from = dst.position();
    int n = channel.read(dst);
    if (n > 0) {
      keep(dst, from, n);
      position += n;
    }
    eof = n < 0;
    return n;
  }

  /** Appends the bytes just read into a buffer to those kept, dropping the oldest past {@link #KEPT}. */
  private void keep(ByteBuffer dst, int from, int n) {
    if (n >= KEPT) { // a read as large as all that is kept: only its end is
      keptStart += keptLength + (n - KEPT);
      keptLength = 0;
      from += n - KEPT;
      n = KEPT;
    }
    if (keptLength + n > kept.length && kept.length < 2 * KEPT) {
      kept = Arrays.copyOf(kept, Math.min(2 * KEPT, Math.max(kept.length * 2, keptLength + n)));
    }
    if (keptLength + n > kept.length) { // full: the last KEPT bytes stay, and the new ones go after them
      int drop = keptLength - KEPT;
      System.arraycopy(kept, drop, kept, 0, KEPT);
      keptStart += drop;
      keptLength = KEPT;
    }
    ByteBuffer read = dst.duplicate();
    read.position(from).limit(from + n);
    read.get(kept, keptLength, n);
    keptLength += n;
  }

  /**
   * Goes back, or on, to the first record that starts after an offset: a line {@code WARC/1.0} or {@code WARC/1.1}
   * after an empty line. The search starts among the bytes kept and reads on as far as it must; the next read hands
   * on the record's first byte.
   *
   * @param after the offset after which the record must start, such as where a broken record starts
   * @return the record's offset, or -1 if the stream ends, or its data stop, before one starts
   * @throws IOException if the stream cannot be read
   */
  long resyncAfter(long after) throws IOException {
    long at = Math.max(after + 1, keptStart + 4);
    while (true) {
      // at is where the line "WARC/1.x" would start, after the empty line's end
      for (long keptEnd = keptStart + keptLength; at - 4 + RECORD_START.length + VERSION_END <= keptEnd; at++) {
        if (startsRecordAt(at)) {
          position = at;
          return at;
        }
      }
      if (eof || !readMore()) {
        position = keptStart + keptLength;
        return -1;
      }
      at = Math.max(at, keptStart + 4);
    }
  }

  /**
   * Goes back to the first record that starts between two offsets, among the bytes kept alone: inside a record whose
   * length ran over it. Nothing is read on, and where no record starts there, nothing changes.
   *
   * @param after the offset after which the record must start, such as where the record that ran over it starts
   * @param before the offset before which it must start, such as where the header after that record broke
   * @return the record's offset, where the next read starts; -1 if none starts there, or those bytes are no longer
   *     kept
   */
  long rewindToRecordBetween(long after, long before) {
    if (after + 1 < keptStart + 4) {
      return -1; // the record's first bytes are no longer kept: what ran over it cannot be told
    }
    for (long at = after + 1; at < before; at++) {
      if (startsRecordAt(at)) {
        position = at;
        return at;
      }
    }
    return -1;
  }

  /**
   * The bytes kept between two offsets.
   *
   * @param from the first byte's offset
   * @param to the offset after the last byte, not before {@code from}
   * @return a copy of the bytes, or null if they are not all kept
   */
  byte @Nullable [] kept(long from, long to) {
    if (from < keptStart || to > keptStart + keptLength || to < from) {
      return null;
    }
    return Arrays.copyOfRange(kept, (int) (from - keptStart), (int) (to - keptStart));
  }

  /**
   * Whether the bytes kept before an offset are those given.
   *
   * @param end the offset after the last byte
   * @param bytes the bytes
   * @return true if they are, all of them still kept
   */
  boolean keptBefore(long end, byte[] bytes) {
    long from = end - bytes.length;
    if (from < keptStart || end > keptStart + keptLength) {
      return false;
    }
    int start = (int) (from - keptStart);
    return Arrays.equals(kept, start, start + bytes.length, bytes, 0, bytes.length);
  }

  /**
   * Whether the bytes kept before an offset end with an empty line, as a record that ends where its length says
   * does: {@code \r\n\r\n}, or leniently {@code \n\n}.
   *
   * @param at the offset in the stream
   * @return true if they do; false if they do not, or are no longer kept
   */
  boolean emptyLineBefore(long at) {
    int end = (int) (at - keptStart);
    if (end < 2 || end > keptLength) {
      return false;
    }
    if (kept[end - 1] == '\n' && kept[end - 2] == '\n') {
      return true;
    }
    return end >= 4 && kept[end - 4] == '\r' && kept[end - 3] == '\n' && kept[end - 2] == '\r'
        && kept[end - 1] == '\n';
  }

  /** Whether a record starts at an offset, its start line preceded by an empty line's end. */
  private boolean startsRecordAt(long at) {
    int i = (int) (at - 4 - keptStart); // where "\r\n\r\n" starts
    if (i < 0 || i + RECORD_START.length + VERSION_END > keptLength) {
      return false;
    }
    for (int k = 0; k < RECORD_START.length; k++) {
      if (kept[i + k] != RECORD_START[k]) {
        return false;
      }
    }
    int j = i + RECORD_START.length;
    return (kept[j] == '0' || kept[j] == '1') && kept[j + 1] == '\r' && kept[j + 2] == '\n';
  }

  /** Reads more of the stream into the bytes kept; false at its end, or where its data stop. */
  private boolean readMore() throws IOException {
    position = keptStart + keptLength;
    return read(ByteBuffer.allocate(READ)) > 0;
  }

  /**
   * Forgets the bytes kept, after the stream below went on somewhere else (a resync at the next gzip member): the
   * next read reads on from there.
   *
   * @param offset the offset of the stream's next byte
   */
  void forget(long offset) {
    keptStart = offset;
    keptLength = 0;
    position = offset;
    eof = false;
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
