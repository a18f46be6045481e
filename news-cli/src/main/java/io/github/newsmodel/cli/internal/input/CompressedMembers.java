package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decompressed bytes of a web archive compressed record by record, in parts that can each be decompressed on
 * their own: the gzip members of a {@code .warc.gz} ({@link GunzipMembers}) or the zstd frames of a
 * {@code .warc.zst} ({@link ZstdFrames}). {@link WarcPages} reads both alike: a record's offset is where its part
 * starts in the file, a record cannot run past its part into the next record's, a part that fails its check makes
 * its record an error, and after a break reading goes on at the next part that starts a record.
 */
interface CompressedMembers extends ReadableByteChannel {
  /** A part: where it starts in the compressed file and in the decompressed bytes. */
  final class Member {
    final long offset;
    final long out;
    @Nullable String failure;
    boolean ended;

    Member(long offset, long out) {
      this.offset = offset;
      this.out = out;
    }
  }

  /**
   * What the parts are called in messages.
   *
   * @return {@code gzip member} or {@code zstd frame}
   */
  String unit();

  /**
   * Where the part that starts at a point of the decompressed bytes starts in the file.
   *
   * @param out the position in the decompressed bytes
   * @return the offset in the file, or -1 if no part starts there (or it is no longer known)
   */
  long memberAt(long out);

  /**
   * Where the part that holds a point of the decompressed bytes starts in the file: the last one that starts at or
   * before it.
   *
   * @param out the position in the decompressed bytes
   * @return the offset in the file, or -1 if the part is no longer known
   */
  long memberHolding(long out);

  /**
   * Whether the part that starts at a point of the decompressed bytes failed its check, decompressing the rest of
   * it ahead, within a bound, when it has not ended yet. The failure is the caller's to report.
   *
   * @param out where the part starts in the decompressed bytes
   * @return what the check found wrong; empty if it passed, or cannot be told yet
   */
  Optional<String> check(long out);

  /**
   * Takes the failed checks of parts that start before a point, which no record will claim.
   *
   * @param out the position in the decompressed bytes; {@link Long#MAX_VALUE} for all
   * @return the parts, each with its failure
   */
  List<Member> unclaimed(long out);

  /**
   * Makes fences and {@link #resyncAfter} look for a part that starts an ARC record, by its header line, rather than
   * a WARC record: for an ARC file, whose records have no line of their own to find them by.
   */
  void expectArcRecords();

  /**
   * Whether the data stop at a fence: a part ended and the next one starts a record. Reading goes on after
   * {@link #passFence()}.
   *
   * @return true if the last read ended at a fence
   */
  boolean atFence();

  /** Goes on after a fence: the next read decompresses the part that starts the next record. */
  void passFence();

  /**
   * The decompressed bytes handed on so far.
   *
   * @return the count
   */
  long delivered();

  /**
   * The compressed bytes decompressed so far, for progress.
   *
   * @return the count
   */
  long compressedPosition();

  /**
   * Counts the compressed bytes, and so the offsets of members, from an offset of the file, where the channel was
   * positioned before the first read: for a reader that starts at a record inside the file. Before any read only.
   *
   * @param offset where in the file the channel starts
   */
  void countFrom(long offset);

  /**
   * The failure that stopped the data, if one did.
   *
   * @return the failure, or null
   */
  @Nullable IOException failure();

  /**
   * Where the part starts in the file that the failure broke, or the bytes of no part that broke it.
   *
   * @return the offset
   */
  long brokenFrom();

  /**
   * Where the last part started in the file.
   *
   * @return the offset; -1 before the first
   */
  long lastStart();

  /**
   * Where the failure broke the data when it broke at a part's start.
   *
   * @return the offset; -1 when it broke inside a part
   */
  long brokenStart();

  /**
   * After a failure, goes on at the next part that decompresses to the start of a WARC record.
   *
   * @param offset where the broken part starts in the file
   * @return the offset in the file where reading goes on, or -1 if no part ahead starts a record
   * @throws IOException if the file cannot be read
   */
  long resyncAfter(long offset) throws IOException;
}
