package io.github.newsmodel.cli.internal.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.WarcRecord;

/**
 * A record split into segments (WARC 1.1, sections 5.10 to 5.13: a first record with {@code WARC-Segment-Number: 1},
 * then {@code continuation} records that name it in {@code WARC-Segment-Origin-ID}, numbered on, the last with
 * {@code WARC-Segment-Total-Length}), its blocks gathered in order into one record as its writer had it whole.
 *
 * <p>The bytes gathered are bounded: past the page size limit and a header's, the page is too large to parse
 * anyway, and the rest of the segments is passed over, so a record of gigabytes in segments costs no more.
 */
final class Segments {
  /** Headers of the first segment that say what only it is, left out of the whole record. */
  private static final Set<String> SEGMENT_ONLY = Set.of("content-length", "warc-segment-number",
      "warc-block-digest", "warc-payload-digest");

  private final String originId;
  private final long offset;
  private final String header;
  private final ByteArrayOutputStream block = new ByteArrayOutputStream();
  private final long cap;
  private int next = 2;

  private Segments(String originId, long offset, String header, long cap) {
    this.originId = originId;
    this.offset = offset;
    this.header = header;
    this.cap = cap;
  }

  /**
   * Starts gathering at a first segment, whose block is read here.
   *
   * @param first the record of segment 1
   * @param originId its record id, as its continuations name it
   * @param offset where the first segment starts, for the page's origin; -1 if it has no place
   * @param cap the most bytes of the blocks kept
   * @return the segments gathered so far
   * @throws IOException if the block cannot be read
   */
  static Segments start(WarcRecord first, String originId, long offset, long cap) throws IOException {
    StringBuilder header = new StringBuilder("WARC/1.1\r\n");
    for (Map.Entry<String, List<String>> field : first.headers().map().entrySet()) {
      if (!SEGMENT_ONLY.contains(field.getKey().toLowerCase(java.util.Locale.ROOT))) {
        for (String value : field.getValue()) {
          header.append(field.getKey()).append(": ").append(value).append("\r\n");
        }
      }
    }
    Segments segments = new Segments(originId, offset, header.toString(), cap);
    segments.gather(first);
    return segments;
  }

  /** Whether a continuation record is of this record: it names the first segment as its origin. */
  boolean isOf(String segmentOriginId) {
    return originId.equals(segmentOriginId);
  }

  /** The number of the segment that comes next. */
  int next() {
    return next;
  }

  /** Where the first segment starts; -1 if it has no place. */
  long offset() {
    return offset;
  }

  /**
   * Adds the next segment's block.
   *
   * @param continuation the continuation record of number {@link #next()}
   * @throws IOException if its block cannot be read
   */
  void add(WarcRecord continuation) throws IOException {
    gather(continuation);
    next++;
  }

  /** Appends a segment's block, as far as the bytes kept go; the rest is read past with the record. */
  private void gather(WarcRecord segment) throws IOException {
    try (InputStream in = segment.body().stream()) {
      long room = cap - block.size();
      if (room > 0) {
        block.writeBytes(in.readNBytes((int) Math.min(room, Integer.MAX_VALUE - 8)));
      }
    }
  }

  /** The record as it was before its writer split it, as far as its segments have been gathered. */
  ReadableByteChannel whole() {
    byte[] head = (header + "Content-Length: " + block.size() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    // Streamed from its parts, not copied into one array: a page may be as large as --max-page-size allows (1 GiB)
    InputStream record = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
        new ByteArrayInputStream(block.toByteArray()),
        new ByteArrayInputStream("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))));
    return Channels.newChannel(record);
  }
}
