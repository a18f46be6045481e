package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link GunzipMembers} and {@link ZstdFrames} share: the compressed bytes read ahead and kept behind, the
 * parts ("members") found so far and those that failed their check, the decompressed bytes read ahead to check a
 * part, the fence between records, and the failure that stopped the data. Each decompresses its own format in
 * {@link #produce}; everything that hands the bytes on, and tells where a record's part starts, is here, once.
 */
abstract class MemberChannel implements CompressedMembers {
  /** The compressed bytes read at a time. */
  static final int READ = 1 << 16;
  /** The compressed bytes kept behind the ones being decompressed, where a resync starts its search. */
  static final int BEHIND = 1 << 16;
  /** The decompressed bytes read ahead, at most, to reach the end of a part and check it. */
  static final int LOOKAHEAD = 1 << 16;
  /** The part starts kept, more than jwarc reads ahead of the record it hands on. */
  static final int KEPT_MEMBERS = 1024;
  static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  /** The decompressed bytes in which a fence or a resync in an ARC file looks for a record's header line. */
  private static final int ARC_LINE = 2048;

  final ReadableByteChannel in;
  final byte[] input;
  /** The compressed offset of {@code input[0]}. */
  long base;
  int pos;
  int end;
  boolean eof;

  final ArrayDeque<Member> members = new ArrayDeque<>();
  /** Parts that failed their check, not yet claimed by a record. */
  final List<Member> failed = new ArrayList<>();
  /** Decompressed bytes produced; those beyond {@link #delivered} wait in {@link #pending}. */
  long inflated;
  long delivered;
  final byte[] pending = new byte[LOOKAHEAD];
  int pendingPos;
  int pendingEnd;

  /**
   * Whether the data stopped at a fence: the end of a part after which the next part starts a record (a WARC record,
   * or in an ARC file an ARC record's header line). A record's length cannot run past its part there into the next
   * record's, and each record from there on is read by a reader of its own.
   */
  boolean atFence;
  /** Whether fences and resyncs look for ARC records' header lines rather than WARC records. */
  private boolean arcRecords;

  @Nullable IOException failure;
  /** Where the failure broke the data, when it is at a part's start (a broken header or bytes of no part). */
  long brokenStart = -1;
  long brokenFrom;
  boolean ended;

  /**
   * @param in the compressed bytes
   * @param inputSize how many compressed bytes are kept at a time: {@link #BEHIND} and {@link #READ} at least
   */
  MemberChannel(ReadableByteChannel in, int inputSize) {
    this.in = in;
    this.input = new byte[inputSize];
  }

  /**
   * Decompresses at least one byte, across the ends of parts; -1 at the end of the data or at a fence.
   *
   * @throws IOException if the data are cut off or broken
   */
  abstract int produce(byte[] b, int off, int len) throws IOException;

  /** Whether a part's magic number starts at an index of the input (as many bytes as {@link #resync} is told). */
  abstract boolean magicAt(int i);

  /**
   * The first bytes that the part at an index of the input decompresses to: as many as fit and as the input holds
   * of the part; 0 if no part starts there.
   */
  abstract int firstBytes(int at, byte[] first);

  /** Whether a part starts at an index of the input and decompresses to the start of a WARC record. */
  final boolean startsRecord(int at) {
    byte[] first = new byte[WARC.length];
    return firstBytes(at, first) == first.length && Arrays.equals(first, WARC);
  }

  /**
   * Whether a part starts at an index of the input and decompresses to what a fence or a resync looks for: the start
   * of a WARC record, or in an ARC file, an ARC record's header line (see {@link ArcHeaders}).
   */
  final boolean resumesAt(int at) {
    if (!arcRecords) {
      return startsRecord(at);
    }
    byte[] first = new byte[ARC_LINE];
    int got = firstBytes(at, first);
    return ArcHeaders.isHeaderLine(first, 0, got);
  }

  @Override
  public void expectArcRecords() {
    arcRecords = true;
  }

  /**
   * After a failure, goes on at the next part that decompresses to the start of a WARC record: the failure and the
   * bytes read ahead are dropped, and the search starts after where the broken part started, as far back as the
   * bytes kept go, and tries each {@link #magicAt} with a bounded read ({@link #startsRecord}), so it takes time
   * linear in the file's size. The subclass resets its decompressor first.
   *
   * @param offset where the broken part starts in the file
   * @param probe the compressed bytes a candidate part may take to show its first decompressed bytes
   * @param magicLength the bytes of a part's magic number
   * @return the offset in the file where reading goes on, or -1 if no part ahead starts a record
   * @throws IOException if the file cannot be read
   */
  final long resync(long offset, int probe, int magicLength) throws IOException {
    failure = null;
    atFence = false;
    brokenStart = -1;
    pendingPos = 0;
    pendingEnd = 0;
    long from = Math.max(offset + 1, base);
    while (from > base + end && !eof) {
      pos = end;
      fill(1);
    }
    pos = (int) Math.min(from - base, end);
    while (true) {
      fill(probe);
      int at = -1;
      for (int i = pos; i + magicLength - 1 < end; i++) {
        if (magicAt(i)) {
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
        pos = Math.max(pos, end - (magicLength - 1));
        fill(end - pos + 1);
        continue;
      }
      pos = at;
      fill(probe);
      if (resumesAt(pos)) {
        ended = false;
        inflated = delivered;
        return base + pos;
      }
      pos++;
    }
  }

  /**
   * Where the part that starts at a point of the decompressed bytes starts in the file.
   *
   * @param out the position in the decompressed bytes
   * @return the offset in the file, or -1 if no part starts there (or it is no longer known)
   */
  @Override
  public long memberAt(long out) {
    Member m = holding(out);
    return m == null || m.out != out ? -1 : m.offset;
  }

  /**
   * Where the part that holds a point of the decompressed bytes starts in the file: the last one that starts
   * at or before it.
   *
   * @param out the position in the decompressed bytes
   * @return the offset in the file, or -1 if the part is no longer known
   */
  @Override
  public long memberHolding(long out) {
    Member m = holding(out);
    return m == null ? -1 : m.offset;
  }

  /** The last known member that starts at or before a point of the decompressed bytes. */
  @Nullable Member holding(long out) {
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
   * Whether the data stop at a fence: a member ended and the next one starts a record. In a file compressed
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

  @Override
  public void countFrom(long offset) {
    if (base != 0 || pos != 0 || end != 0) {
      throw new IllegalStateException("the data were read already");
    }
    base = offset;
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

  IOException fail(IOException e) {
    failure = e;
    return e;
  }

  /**
   * Makes at least {@code count} bytes available from the position, keeping up to {@link #BEHIND} bytes before it.
   *
   * @return false if the file ends first
   */
  boolean fill(int count) throws IOException {
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
}
