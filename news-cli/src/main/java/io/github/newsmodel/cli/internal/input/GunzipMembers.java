package io.github.newsmodel.cli.internal.input;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
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
 * <p>Where a member ends and the next one starts a WARC record, the data stop at a {@linkplain #atFence() fence}
 * until the reader passes it: a record whose Content-Length says more than its member holds would otherwise take
 * the next record's bytes for its own, and lose that record.
 */
final class GunzipMembers implements CompressedMembers {
  /** The most blank bytes after the last record that end a file quietly: a tape block's padding is 10 KiB. */
  static final int MAX_TRAILING_BLANK = 64 * 1024;
  /** The compressed bytes read at a time. */
  private static final int READ = 1 << 16;
  /** The compressed bytes kept behind the ones being decompressed, where a resync starts its search. */
  private static final int BEHIND = 1 << 16;
  /** The compressed bytes a candidate member start may take to show its first decompressed bytes. */
  private static final int PROBE = 1 << 12;
  /** The decompressed bytes read ahead, at most, to reach the end of a member and check it. */
  private static final int LOOKAHEAD = 1 << 16;
  /** The member starts kept, more than jwarc reads ahead of the record it hands on. */
  private static final int KEPT_MEMBERS = 1024;
  /** The gzip magic number and the deflate method, with which every member starts. */
  private static final byte[] MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private final ReadableByteChannel in;
  private final byte[] input = new byte[BEHIND + READ];
  /** The compressed offset of {@code input[0]}. */
  private long base;
  private int pos;
  private int end;
  private boolean eof;

  private final Inflater inflater = new Inflater(true);
  private final Inflater probe = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private @Nullable Member member;
  private final ArrayDeque<Member> members = new ArrayDeque<>();
  /** Members that failed their check, not yet claimed by a record. */
  private final List<Member> failed = new ArrayList<>();
  /** Decompressed bytes produced; those beyond {@link #delivered} wait in {@link #pending}. */
  private long inflated;
  private long delivered;
  private final byte[] pending = new byte[LOOKAHEAD];
  private int pendingPos;
  private int pendingEnd;

  /**
   * Whether the data stopped at a fence: the end of a member after which the next member starts a WARC record. A
   * record's length cannot run past its member there into the next record's, and each record from there on is read
   * by a reader of its own.
   */
  private boolean atFence;

  private @Nullable IOException failure;
  /** Where the failure broke the data, when it is at a member's start (a broken header or bytes of no member). */
  private long brokenStart = -1;
  private long brokenFrom;
  private boolean ended;

  GunzipMembers(ReadableByteChannel in) {
    this.in = in;
  }

  /**
   * Where the gzip member that starts at a point of the decompressed bytes starts in the file.
   *
   * @param out the position in the decompressed bytes
   * @return the offset in the file, or -1 if no member starts there (or it is no longer known)
   */
  @Override
  public long memberAt(long out) {
    Member m = holding(out);
    return m == null || m.out != out ? -1 : m.offset;
  }

  /**
   * Where the gzip member that holds a point of the decompressed bytes starts in the file: the last one that starts
   * at or before it.
   *
   * @param out the position in the decompressed bytes
   * @return the offset in the file, or -1 if the member is no longer known
   */
  @Override
  public long memberHolding(long out) {
    Member m = holding(out);
    return m == null ? -1 : m.offset;
  }

  /** The last known member that starts at or before a point of the decompressed bytes. */
  private @Nullable Member holding(long out) {
    for (Iterator<Member> it = members.descendingIterator(); it.hasNext(); ) {
      Member m = it.next();
      if (m.out <= out) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether the member that starts at a point of the decompressed bytes failed its check: decompresses the rest of
   * it ahead, as far as {@link #LOOKAHEAD}, when it has not ended yet. The failure is the caller's to report.
   *
   * @param out where the member starts in the decompressed bytes
   * @return what the check found wrong; empty if it passed, or cannot be told yet
   */
  @Override
  public Optional<String> check(long out) {
    Member m = holding(out);
    if (m == null || m.out != out) {
      return Optional.empty();
    }
    try {
      while (!m.ended && failure == null && pendingEnd < pending.length) {
        if (pendingPos == pendingEnd) {
          pendingPos = 0;
          pendingEnd = 0;
        }
        int n = produce(pending, pendingEnd, pending.length - pendingEnd);
        if (n < 0) {
          break;
        }
        pendingEnd += n;
      }
    } catch (IOException e) {
      fail(e); // thrown at the next read, after the bytes before it
    }
    if (m.failure == null) {
      return Optional.empty();
    }
    failed.remove(m);
    return Optional.of(m.failure);
  }

  /**
   * Takes the failed checks of members that start before a point, which no record will claim.
   *
   * @param out the position in the decompressed bytes; {@link Long#MAX_VALUE} for all
   * @return the members, each with its failure
   */
  @Override
  public List<Member> unclaimed(long out) {
    List<Member> taken = new ArrayList<>();
    for (Iterator<Member> it = failed.iterator(); it.hasNext(); ) {
      Member m = it.next();
      if (m.out < out) {
        taken.add(m);
        it.remove();
      }
    }
    return taken;
  }

  /**
   * Whether the data stop at a fence: a member ended and the next one starts a WARC record. In a file compressed
   * record by record, as the WARC standard asks (annex D), every record ends at one; in a file compressed whole,
   * none does. Reading goes on after {@link #passFence()}.
   *
   * @return true if the last read ended at a fence
   */
  @Override
  public boolean atFence() {
    return atFence && pendingPos == pendingEnd;
  }

  /** Goes on after a fence: the next read decompresses the member that starts the next record. */
  @Override
  public void passFence() {
    atFence = false;
  }

  /** The decompressed bytes handed on so far. */
  @Override
  public long delivered() {
    return delivered;
  }

  /** The compressed bytes decompressed so far, for progress. */
  @Override
  public long compressedPosition() {
    return base + pos;
  }

  /** The failure that stopped the data, if one did. */
  @Override
  public @Nullable IOException failure() {
    return failure;
  }

  /** Where the member starts in the file that the failure broke, or the bytes of no member that broke it. */
  @Override
  public long brokenFrom() {
    return brokenFrom;
  }

  /** Where the last member started in the file; -1 before the first. */
  @Override
  public long lastStart() {
    return members.isEmpty() ? -1 : members.getLast().offset;
  }

  /** Where the failure broke the data when it broke at a member's start; -1 when it broke inside a member. */
  @Override
  public long brokenStart() {
    return brokenStart;
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
    failure = null;
    atFence = false;
    brokenStart = -1;
    member = null;
    pendingPos = 0;
    pendingEnd = 0;
    inflater.reset();
    long from = offset + 1;
    if (from < base) {
      from = base;
    }
    while (from > base + end && !eof) {
      pos = end;
      fill(1);
    }
    pos = (int) Math.min(from - base, end);
    while (true) {
      fill(PROBE);
      int at = -1;
      for (int i = pos; i + 2 < end; i++) {
        if (input[i] == 0x1f && input[i + 1] == (byte) 0x8b && input[i + 2] == 0x08) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        if (eof) {
          pos = end;
          ended = true;
          return -1;
        }
        pos = Math.max(pos, end - 2);
        fill(end - pos + 1);
        continue;
      }
      pos = at;
      fill(PROBE);
      if (startsRecord(pos)) {
        ended = false;
        inflated = delivered;
        return base + pos;
      }
      pos++;
    }
  }

  /** Whether a gzip member starts at an index of the input and decompresses to the start of a WARC record. */
  private boolean startsRecord(int at) {
    int header = header(at);
    if (header <= 0) {
      return false;
    }
    probe.reset();
    probe.setInput(input, at + header, end - at - header);
    byte[] first = new byte[WARC.length];
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
      return false;
    }
    return got == first.length && Arrays.equals(first, WARC);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    if (pendingPos < pendingEnd) { // decompressed before any failure, so handed on first
      int n = Math.min(dst.remaining(), pendingEnd - pendingPos);
      dst.put(pending, pendingPos, n);
      pendingPos += n;
      delivered += n;
      return n;
    }
    if (failure != null) {
      throw failure;
    }
    if (ended || atFence) {
      return -1;
    }
    byte[] b = dst.hasArray() ? dst.array() : new byte[Math.min(dst.remaining(), READ)];
    int off = dst.hasArray() ? dst.arrayOffset() + dst.position() : 0;
    int len = dst.hasArray() ? dst.remaining() : b.length;
    int n;
    try {
      n = produce(b, off, len);
    } catch (IOException e) {
      throw fail(e);
    }
    if (n < 0) {
      return -1;
    }
    if (dst.hasArray()) {
      dst.position(dst.position() + n);
    } else {
      dst.put(b, 0, n);
    }
    delivered += n;
    return n;
  }

  private IOException fail(IOException e) {
    failure = e;
    return e;
  }

  @Override
  public String unit() {
    return "gzip member";
  }

  /** Decompresses at least one byte, across the ends of members; -1 at the end of the data. */
  private int produce(byte[] b, int off, int len) throws IOException {
    while (true) {
      if (member != null && inflater.finished()) {
        endMember();
        fill(PROBE);
        if (startsRecord(pos)) {
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

  /**
   * Makes at least {@code count} bytes available from the position, keeping up to {@link #BEHIND} bytes before it.
   *
   * @return false if the file ends first
   */
  private boolean fill(int count) throws IOException {
    while (end - pos < count && !eof) {
      if (input.length - end < READ / 2 || input.length - pos < count) {
        int keep = Math.max(0, pos - BEHIND);
        System.arraycopy(input, keep, input, 0, end - keep);
        base += keep;
        pos -= keep;
        end -= keep;
      }
      int n = in.read(ByteBuffer.wrap(input, end, input.length - end));
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
    }
    return end - pos >= count;
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    probe.end();
    in.close();
  }
}
