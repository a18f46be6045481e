package io.github.newsmodel.cli.internal.input;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * The decompressed bytes of a {@code .warc.gz} or {@code .arc.gz}, gzip member by gzip member, for jwarc to read as
 * an uncompressed file. It decompresses them itself rather than leave it to jwarc, which loses the bytes it
 * decompressed last when the file is cut off, and cannot go on after a broken member; this channel knows where each
 * member starts, in the compressed file and in the decompressed bytes, and so tells a record's offset.
 *
 * <p>All bytes that decompress are handed on before a failure is thrown: a file cut off gives every record before
 * the cut. A failure stays until {@link #resyncAfter(long)}, which looks for the next member that starts a WARC record. Blank
 * bytes (NUL bytes, line ends) after the last member end the data, as they end an uncompressed file. Each member's
 * CRC32 and length are checked; a member whose bytes fail the check is remembered, for its record to be reported,
 * and the data go on.
 *
 * <p>Where a member ends and the next one starts a record (a WARC record, or an ARC record's header line), the data
 * stop at a {@linkplain #atFence() fence} until the reader passes it: a record whose length says more than its
 * member holds would otherwise take the next record's bytes for its own, and lose that record.
 */
final class GunzipMembers extends MemberChannel {
  /** The most blank bytes after the last record that end a file quietly: a tape block's padding is 10 KiB. */
  static final int MAX_TRAILING_BLANK = 64 * 1024;
  /** The compressed bytes a candidate member start may take to show its first decompressed bytes. */
  private static final int PROBE = 1 << 12;
  /** The gzip magic number and the deflate method, with which every member starts. */
  private static final byte[] MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final Inflater inflater = new Inflater(true);
  private final Inflater probe = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private @Nullable Member member;

  GunzipMembers(ReadableByteChannel in) {
    super(in, BEHIND + READ);
  }

  /**
   * After a failure, goes on at the next gzip member that decompresses to the start of a WARC record. The search
   * starts after where the broken member started, as far back as the bytes kept go, and tries each {@code 1f 8b 08}
   * with a bounded read, so it takes time linear in the file's size.
   *
   * @param offset where the broken member starts in the file
   * @return the offset in the file where reading goes on, or -1 if no member ahead starts a record
   * @throws IOException if the file cannot be read
   */
  @Override
  public long resyncAfter(long offset) throws IOException {
    member = null;
    inflater.reset();
    return resync(offset, PROBE, MAGIC.length);
  }

  @Override
  boolean magicAt(int i) {
    return input[i] == 0x1f && input[i + 1] == (byte) 0x8b && input[i + 2] == 0x08;
  }

  /** The first bytes that the gzip member at an index of the input decompresses to, as many as the input holds. */
  @Override
  int firstBytes(int at, byte[] first) {
    int header = header(at);
    if (header <= 0) {
      return 0;
    }
    probe.reset();
    probe.setInput(input, at + header, end - at - header);
    int got = 0;
    try {
      while (got < first.length) {
        int n = probe.inflate(first, got, first.length - got);
        if (n == 0) {
          break; // needs input the probe does not have, or the member ended
        }
        got += n;
      }
    } catch (DataFormatException e) {
      return 0;
    }
    return got;
  }

  @Override
  public String unit() {
    return "gzip member";
  }

  /** Decompresses at least one byte, across the ends of members; -1 at the end of the data. */
  @Override
  int produce(byte[] b, int off, int len) throws IOException {
    while (true) {
      if (member != null && inflater.finished()) {
        endMember();
        fill(PROBE);
        if (resumesAt(pos)) {
          atFence = true;
          return -1;
        }
      }
      if (member == null) {
        if (!startMember()) {
          ended = true;
          return -1;
        }
      }
      Member m = member;
      inflater.setInput(input, pos, end - pos);
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        brokenFrom = m.offset;
        throw new ZipException((e.getMessage() == null ? "invalid deflate data" : e.getMessage())
            + ", in the gzip member from offset " + m.offset);
      }
      pos = end - inflater.getRemaining();
      if (n > 0) {
        crc.update(b, off, n);
        inflated += n;
        return n;
      }
      if (inflater.finished()) {
        continue;
      }
      if (inflater.needsDictionary()) {
        brokenFrom = m.offset;
        throw new ZipException("a preset dictionary, in the gzip member from offset " + m.offset);
      }
      if (!fill(1)) {
        brokenFrom = m.offset;
        throw new EOFException("the gzip member from offset " + m.offset + " is cut off at offset " + (base + end));
      }
    }
  }

  /** Starts the member at the position; false at the end of the data, or blank bytes to it. */
  private boolean startMember() throws IOException {
    if (!fill(1)) {
      return false;
    }
    long start = base + pos;
    if (isBlank(input[pos])) {
      long blank = 0;
      while (blank <= MAX_TRAILING_BLANK && fill(1)) {
        if (!isBlank(input[pos])) {
          break;
        }
        pos++;
        blank++;
      }
      if (pos == end && eof) {
        return false;
      }
      brokenFrom = start;
      brokenStart = start;
      throw new ZipException("no gzip member starts at offset " + start);
    }
    fill(PROBE);
    int header = header(pos);
    if (header <= 0) {
      brokenFrom = start;
      brokenStart = start;
      if (header < 0) {
        throw new EOFException("the gzip member from offset " + start + " is cut off at offset " + (base + end));
      }
      throw new ZipException("no gzip member starts at offset " + start);
    }
    pos += header;
    inflater.reset();
    crc.reset();
    member = new Member(start, inflated);
    members.add(member);
    if (members.size() > KEPT_MEMBERS) {
      members.removeFirst();
    }
    return true;
  }

  /** Checks the trailer of the member that just ended: the CRC32 and the length of its bytes. */
  private void endMember() throws IOException {
    Member m = member;
    if (m == null) {
      return;
    }
    if (!fill(8)) {
      brokenFrom = m.offset;
      throw new EOFException("the gzip member from offset " + m.offset + " is cut off at offset " + (base + end)
          + ", in its trailer");
    }
    long expectedCrc = le32(pos);
    long expectedSize = le32(pos + 4);
    pos += 8;
    member = null;
    m.ended = true;
    if (expectedCrc != crc.getValue()) {
      m.failure = "its CRC32 is " + hex(crc.getValue()) + ", not the " + hex(expectedCrc) + " its trailer gives";
    } else if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      m.failure = "it holds " + inflater.getBytesWritten() + " bytes, not the " + expectedSize
          + " its trailer gives (modulo 2^32)";
    }
    if (m.failure != null) {
      failed.add(m);
    }
  }

  private static String hex(long value) {
    return String.format("%08x", value);
  }

  private long le32(int at) {
    return (input[at] & 0xffL) | (input[at + 1] & 0xffL) << 8 | (input[at + 2] & 0xffL) << 16
        | (input[at + 3] & 0xffL) << 24;
  }

  /** The length of the gzip header at an index of the input; 0 if none starts there, -1 if it is cut off. */
  private int header(int at) {
    int limit = end;
    for (int k = 0; k < MAGIC.length && at + k < limit; k++) {
      if (input[at + k] != MAGIC[k]) {
        return 0;
      }
    }
    if (limit - at < 10) {
      return -1;
    }
    int flags = input[at + 3] & 0xff;
    if ((flags & 0xe0) != 0) {
      return 0; // reserved flags
    }
    int i = at + 10;
    if ((flags & 4) != 0) { // FEXTRA
      if (limit - i < 2) {
        return -1;
      }
      i += 2 + ((input[i] & 0xff) | (input[i + 1] & 0xff) << 8);
    }
    for (int flag : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
      if ((flags & flag) != 0) {
        while (i < limit && input[i] != 0) {
          i++;
        }
        i++;
      }
    }
    if ((flags & 2) != 0) { // FHCRC
      i += 2;
    }
    return i > limit ? -1 : i - at;
  }

  static boolean isBlank(byte b) {
    return b == 0 || b == '\r' || b == '\n' || b == ' ' || b == '\t';
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    probe.end();
    in.close();
  }
}
