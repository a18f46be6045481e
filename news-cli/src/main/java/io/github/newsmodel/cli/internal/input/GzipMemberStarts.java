package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * The compressed bytes of a {@code .warc.gz} on their way to jwarc, which tells where a record starts in a
 * compressed file only as far as it has read: a true offset, to seek to, where the record starts a gzip member of
 * its own, as WARC writers compress them, but a point within the stream where one gzip member holds several
 * records (a whole file compressed with {@code gzip crawl.warc}, say), from which no reader can start.
 *
 * <p>The channel keeps the last bytes read, more than jwarc reads ahead, to tell the two apart: a member starts
 * with the gzip magic number and the deflate method ({@code 1f 8b 08}). That three bytes inside deflate data
 * look so is a chance of one in sixteen million for each record; the offset reported then is a wrong one, as every
 * offset in such a file used to be.
 */
final class GzipMemberStarts implements ReadableByteChannel {
  /** jwarc reads the compressed data in 8 KiB at a time: four times as much is kept. */
  private static final int KEPT = 1 << 15;
  private static final byte[] MEMBER_START = {0x1f, (byte) 0x8b, 0x08};

  private final ReadableByteChannel in;
  private final byte[] kept = new byte[KEPT];
  private long read;

  GzipMemberStarts(ReadableByteChannel in) {
    this.in = in;
  }

  /**
   * Whether a gzip member starts at a position, as far as the bytes kept tell.
   *
   * @param position the position in the compressed data
   * @return true if the bytes there start a gzip member; false if they do not, or are no longer or not yet kept
   */
  boolean startsMember(long position) {
    if (position < 0 || position < read - KEPT || position + MEMBER_START.length > read) {
      return false;
    }
    for (int i = 0; i < MEMBER_START.length; i++) {
      if (kept[(int) ((position + i) % KEPT)] != MEMBER_START[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int start = dst.position();
    int n = in.read(dst);
    for (int i = 0; i < n; ) {
      // Copied in at most two runs, as the ring of kept bytes wraps.
      int at = (int) ((read + i) % KEPT);
      int run = Math.min(n - i, KEPT - at);
      dst.get(start + i, kept, at, run);
      i += run;
    }
    if (n > 0) {
      read += n;
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
