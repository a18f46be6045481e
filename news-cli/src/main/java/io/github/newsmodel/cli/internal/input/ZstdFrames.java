package io.github.newsmodel.cli.internal.input;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The decompressed bytes of a {@code .warc.zst}, zstd frame by zstd frame, for jwarc to read as an uncompressed
 * file: what {@link GunzipMembers} is for a {@code .warc.gz}. The WARC zstd format (IIPC, "Zstandard Compression
 * for WARC Files") compresses each record into a frame of its own, and may put a zstd dictionary first, in a
 * skippable frame of magic {@code 0x184D2A5D}, raw or itself zstd-compressed; Archive Team's crawls all have one.
 * The dictionary is loaded for every frame after it; other skippable frames are passed over.
 *
 * <p>zstd-jni decompresses; this channel walks the frames' structure itself (the frame header, each block's
 * header, the checksum), so that it knows where each frame ends without decompressing past it: a record's offset is
 * where its frame starts, a frame whose checksum fails makes its record an error while the data go on, and a cut
 * or broken frame is said with its offset. All bytes that decompress are handed on before a failure is thrown.
 * After a failure, {@link #resyncAfter(long)} looks for the next frame that starts a WARC record. Blank bytes (NUL
 * bytes, line ends) after the last frame end the data.
 *
 * <p>Memory is bounded: a frame is decompressed as a stream, through zstd's window (at most 128 MiB, zstd's own
 * default limit; zstd's levels use 8 MiB at most, 128 MiB only with {@code --long}), and the dictionary is held
 * whole, up to {@link #MAX_DICTIONARY}.
 */
final class ZstdFrames extends MemberChannel {
  /** The largest dictionary read, compressed or not: zstd's trainer makes them of 112 KiB by default. */
  static final int MAX_DICTIONARY = 16 << 20;
  /** A zstd frame's magic number, little-endian in the file: {@code 28 B5 2F FD}. */
  private static final int FRAME_MAGIC = 0xFD2FB528;
  /** The magic number of the skippable frame that holds a {@code .warc.zst}'s dictionary. */
  private static final int DICTIONARY_MAGIC = 0x184D2A5D;
  /** The 16 skippable frames' magic numbers are this and the 15 after it. */
  private static final int SKIPPABLE_MAGIC = 0x184D2A50;
  /** zstd's largest block, and so the compressed bytes that the first bytes of a frame may need. */
  private static final int MAX_BLOCK = 1 << 17;
  /** The longest frame header: magic, descriptor, window, a 4-byte dictionary id and an 8-byte content size. */
  private static final int MAX_FRAME_HEADER = 18;
  /** The compressed bytes a candidate frame start may take to show its first decompressed bytes. */
  private static final int PROBE = MAX_FRAME_HEADER + 3 + MAX_BLOCK;

  private final ZstdDecompressCtx context;
  private final ZstdDecompressCtx probe;
  /**
   * The file's dictionary, if it has one, digested once, for each frame to refer to; and its id (0 for a dictionary
   * of raw content, which has none).
   */
  private @Nullable ZstdDictDecompress dictionary;
  private long dictionaryId;

  private @Nullable Member member;
  /** Where the frame being decompressed ends in the file, once its structure has been walked to its last block. */
  private long frameEnd = -1;
  /** Where the walk of the frame's structure is: the next block header, or -1 once it reached the frame's end. */
  private long walk;
  /** Whether the frame ends in a checksum, which is fed to zstd only after the frame's content has been handed on. */
  private boolean checksum;

  /**
   * Reads the dictionary frame, if the data start with one, and gets ready for the first frame after it.
   *
   * @param in the compressed bytes, from their start
   * @throws IOException if zstd's native library cannot be loaded (see {@link ZstdLibrary}), or the dictionary
   *     frame is cut off, too large or broken
   */
  ZstdFrames(ReadableByteChannel in) throws IOException {
    super(in, BEHIND + PROBE + READ);
    ZstdLibrary.load();
    this.context = new ZstdDecompressCtx();
    this.probe = new ZstdDecompressCtx();
    try {
      readDictionary();
    } catch (IOException | RuntimeException e) {
      closeNative();
      throw e;
    }
  }

  /**
   * Whether bytes start as zstd data: a frame, or a skippable frame, in which a {@code .warc.zst} keeps its
   * dictionary.
   *
   * @param head the first bytes, at least four
   * @return true if they start a zstd frame or a skippable frame
   */
  static boolean isZstd(byte[] head) {
    if (head.length < 4) {
      return false;
    }
    int magic = (head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16 | (head[3] & 0xff) << 24;
    return magic == FRAME_MAGIC || (magic & 0xFFFFFFF0) == SKIPPABLE_MAGIC;
  }

  /**
   * The first decompressed bytes of zstd data, for telling what they hold: at most {@code length}, fewer if the
   * data end, break or cannot be decompressed here (its native library cannot be loaded, say), which reading them
   * then says.
   *
   * @param in the compressed bytes, from their start
   * @param length how many bytes to read at most
   * @return the bytes
   */
  static byte[] head(ReadableByteChannel in, int length) {
    byte[] head = new byte[length];
    int n = 0;
    try (ZstdFrames frames = new ZstdFrames(in)) {
      ByteBuffer buffer = ByteBuffer.wrap(head);
      while (buffer.hasRemaining() && frames.read(buffer) > 0) {
        // until the length, or the end of the first record's frame
      }
      n = buffer.position();
    } catch (IOException | RuntimeException | LinkageError e) {
      // the head is what decompressed before the failure
    }
    return Arrays.copyOf(head, n);
  }

  @Override
  public String unit() {
    return "zstd frame";
  }

  /**
   * After a failure, goes on at the next zstd frame that decompresses to the start of a WARC record. The search
   * starts after where the broken frame started, as far back as the bytes kept go, and tries each frame magic
   * number with a bounded read, so it takes time linear in the file's size.
   */
  @Override
  public long resyncAfter(long offset) throws IOException {
    member = null;
    resetContext(context);
    return resync(offset, PROBE, Integer.BYTES); // FRAME_MAGIC
  }

  @Override
  boolean magicAt(int i) {
    return le32(i) == FRAME_MAGIC;
  }

  /** The first bytes that the zstd frame at an index of the input decompresses to, as many as the input holds. */
  @Override
  int firstBytes(int at, byte[] first) {
    if (end - at < 4 || le32(at) != FRAME_MAGIC) {
      return 0;
    }
    try {
      resetContext(probe);
      ByteBuffer src = ByteBuffer.wrap(input, at, end - at);
      ByteBuffer dst = ByteBuffer.wrap(first);
      while (dst.hasRemaining() && src.hasRemaining()) {
        int before = src.position();
        int written = dst.position();
        boolean done = probe.decompressByteBufferStream(dst, src);
        if (done || src.position() == before && dst.position() == written) {
          break;
        }
      }
      return dst.position();
    } catch (ZstdException e) {
      return 0;
    }
  }

  /** Decompresses at least one byte, across the ends of frames; -1 at the end of the data. */
  @Override
  int produce(byte[] b, int off, int len) throws IOException {
    while (true) {
      Member m = member;
      if (m != null && m.ended) {
        member = null;
        skipSkippable();
        fill(PROBE);
        if (resumesAt(pos)) {
          atFence = true;
          return -1;
        }
        continue;
      }
      if (m == null) {
        if (!startFrame()) {
          ended = true;
          return -1;
        }
        continue;
      }
      walkBlocks(m);
      // The frame's bytes only, and its checksum only once its content has all been handed on: zstd checks it as
      // it reads it, and a failed check would lose the content of the call that read it.
      long limit = frameEnd < 0 ? base + end : Math.min(base + end, frameEnd - (checksum ? 4 : 0));
      ByteBuffer src = ByteBuffer.wrap(input, pos, (int) (limit - base) - pos);
      ByteBuffer out = ByteBuffer.wrap(b, off, len);
      int before = pos;
      boolean done;
      try {
        done = context.decompressByteBufferStream(out, src);
      } catch (ZstdException e) {
        brokenFrom = m.offset;
        throw new IOException("broken zstd data: " + zstdMessage(e) + ", in the zstd frame from offset "
            + m.offset);
      }
      pos = src.position();
      int n = out.position() - off;
      inflated += n;
      if (done) {
        endFrame(m);
      }
      if (n > 0) {
        return n;
      }
      if (done) {
        continue;
      }
      if (frameEnd >= 0 && base + pos == frameEnd - (checksum ? 4 : 0)) {
        if (checksum) {
          checkFrame(m);
        } else {
          // the blocks are all read, yet zstd wants more: the frame is broken
          brokenFrom = m.offset;
          throw new IOException("broken zstd data: the zstd frame from offset " + m.offset
              + " ends before its content does");
        }
        continue;
      }
      if (base + pos < limit) {
        if (pos > before) {
          continue; // zstd stopped short of the input it was given
        }
        // zstd took none of the input it was given and gave nothing: going round again would never end
        brokenFrom = m.offset;
        throw new IOException("broken zstd data: zstd reads no further, in the zstd frame from offset " + m.offset);
      }
      if (!fill(1)) {
        brokenFrom = m.offset;
        throw new EOFException("the zstd frame from offset " + m.offset + " is cut off at offset " + (base + end));
      }
    }
  }

  /** Feeds the frame's checksum to zstd, which checks it: a failure is the frame's, and the data go on after it. */
  private void checkFrame(Member m) throws IOException {
    if (!fill(4)) {
      brokenFrom = m.offset;
      throw new EOFException("the zstd frame from offset " + m.offset + " is cut off at offset " + (base + end)
          + ", in its checksum");
    }
    ByteBuffer src = ByteBuffer.wrap(input, pos, 4);
    ByteBuffer out = ByteBuffer.allocate(1);
    try {
      boolean done = context.decompressByteBufferStream(out, src);
      pos = src.position();
      if (!done || out.position() > 0) {
        brokenFrom = m.offset;
        throw new IOException("broken zstd data: the zstd frame from offset " + m.offset
            + " holds more than its blocks say");
      }
    } catch (ZstdException e) {
      if (Math.abs(e.getErrorCode()) != Zstd.errChecksumWrong()) {
        brokenFrom = m.offset;
        throw new IOException("broken zstd data: " + zstdMessage(e) + ", in the zstd frame from offset "
            + m.offset);
      }
      pos += 4;
      resetContext(context);
      m.failure = "its checksum does not match its content";
      failed.add(m);
    }
    endFrame(m);
  }

  private void endFrame(Member m) {
    m.ended = true;
    frameEnd = -1;
  }

  /**
   * Walks the frame's block headers as far as the bytes read go, to find where the frame ends. A block of the
   * reserved type, or one larger than zstd allows, stops the walk: zstd says what is wrong with it.
   */
  private void walkBlocks(Member m) {
    while (walk >= 0 && frameEnd < 0) {
      long at = walk;
      if (at + 3 > base + end) {
        return;
      }
      int i = (int) (at - base);
      int header = (input[i] & 0xff) | (input[i + 1] & 0xff) << 8 | (input[i + 2] & 0xff) << 16;
      boolean last = (header & 1) != 0;
      int type = (header >> 1) & 3;
      int size = header >>> 3;
      if (type == 3 || size > MAX_BLOCK) {
        walk = -1;
        return;
      }
      walk = at + 3 + (type == 1 ? 1 : size);
      if (last) {
        frameEnd = walk + (checksum ? 4 : 0);
        walk = -1;
      }
    }
  }

  /** Starts the frame at the position, passing over skippable frames; false at the end of the data. */
  private boolean startFrame() throws IOException {
    while (true) {
      if (!fill(1)) {
        return false;
      }
      long start = base + pos;
      if (GunzipMembers.isBlank(input[pos])) {
        long blank = 0;
        while (blank <= GunzipMembers.MAX_TRAILING_BLANK && fill(1)) {
          if (!GunzipMembers.isBlank(input[pos])) {
            break;
          }
          pos++;
          blank++;
        }
        if (pos == end && eof) {
          return false;
        }
        throw brokenAtStart(start, new IOException("broken zstd data: no zstd frame starts at offset " + start));
      }
      if (!fill(8)) {
        if (fill(4) && le32(pos) == FRAME_MAGIC || end - pos >= 4 && (le32(pos) & 0xFFFFFFF0) == SKIPPABLE_MAGIC) {
          throw brokenAtStart(start, cutOff(start));
        }
        throw brokenAtStart(start, new IOException("broken zstd data: no zstd frame starts at offset " + start));
      }
      int magic = le32(pos);
      if ((magic & 0xFFFFFFF0) == SKIPPABLE_MAGIC) {
        skip(start, le32(pos + 4) & 0xFFFFFFFFL);
        continue;
      }
      if (magic != FRAME_MAGIC) {
        throw brokenAtStart(start, new IOException("broken zstd data: no zstd frame starts at offset " + start));
      }
      int headerLength = frameHeaderLength(pos);
      if (!fill(headerLength)) {
        throw brokenAtStart(start, cutOff(start));
      }
      long id = dictionaryIdOf(pos);
      if (id != 0 && id != dictionaryId) {
        throw brokenAtStart(start, new IOException("the zstd frame from offset " + start + " needs the zstd"
            + " dictionary of id " + id + ", " + (dictionary == null ? "and the file holds none"
            : "not the one the file holds (" + (dictionaryId == 0 ? "of no id" : "of id " + dictionaryId) + ")")
            + ": it cannot be decompressed"));
      }
      checksum = (input[pos + 4] & 4) != 0;
      walk = start + headerLength;
      frameEnd = -1;
      Member m = new Member(start, inflated);
      member = m;
      members.add(m);
      if (members.size() > KEPT_MEMBERS) {
        members.removeFirst();
      }
      return true;
    }
  }

  private IOException brokenAtStart(long start, IOException e) {
    brokenFrom = start;
    brokenStart = start;
    return e;
  }

  private EOFException cutOff(long start) {
    return new EOFException("the zstd frame from offset " + start + " is cut off at offset " + (base + end));
  }

  /** Passes over the skippable frames at the position, such as those pzstd puts before each frame. */
  private void skipSkippable() throws IOException {
    while (fill(8) && (le32(pos) & 0xFFFFFFF0) == SKIPPABLE_MAGIC) {
      skip(base + pos, le32(pos + 4) & 0xFFFFFFFFL);
    }
  }

  /** Passes over a skippable frame of a length, from its magic number on. */
  private void skip(long start, long length) throws IOException {
    pos += 8;
    long left = length;
    while (left > 0) {
      if (!fill(1)) {
        throw brokenAtStart(start, new EOFException("the skippable zstd frame from offset " + start
            + " is cut off at offset " + (base + end)));
      }
      int n = (int) Math.min(left, end - pos);
      pos += n;
      left -= n;
    }
  }

  /** The length of the frame header at an index of the input, whose first five bytes are there. */
  private int frameHeaderLength(int at) {
    int descriptor = input[at + 4] & 0xff;
    boolean singleSegment = (descriptor & 0x20) != 0;
    int contentSizeFlag = descriptor >>> 6;
    int[] idLengths = {0, 1, 2, 4};
    int[] sizeLengths = {singleSegment ? 1 : 0, 2, 4, 8};
    return 5 + (singleSegment ? 0 : 1) + idLengths[descriptor & 3] + sizeLengths[contentSizeFlag];
  }

  /** The dictionary id that the frame header at an index of the input names; 0 for none. */
  private long dictionaryIdOf(int at) {
    int descriptor = input[at + 4] & 0xff;
    int length = new int[] {0, 1, 2, 4}[descriptor & 3];
    int from = at + 5 + ((descriptor & 0x20) != 0 ? 0 : 1);
    long id = 0;
    for (int k = length - 1; k >= 0; k--) {
      id = id << 8 | (input[from + k] & 0xff);
    }
    return id;
  }

  /**
   * Reads the dictionary frame, if the data start with one: the dictionary, raw or zstd-compressed, is loaded for
   * the frames after it.
   */
  private void readDictionary() throws IOException {
    if (!fill(8) || le32(pos) != DICTIONARY_MAGIC) {
      return;
    }
    long length = le32(pos + 4) & 0xFFFFFFFFL;
    if (length > MAX_DICTIONARY) {
      throw new IOException("its zstd dictionary frame holds " + length + " bytes, more than the "
          + ByteSizes.format(MAX_DICTIONARY) + " news reads");
    }
    pos += 8;
    byte[] frame = new byte[(int) length];
    int got = 0;
    while (got < frame.length) {
      if (!fill(1)) {
        throw new EOFException("its zstd dictionary frame is cut off at offset " + (base + end));
      }
      int n = Math.min(frame.length - got, end - pos);
      System.arraycopy(input, pos, frame, got, n);
      got += n;
      pos += n;
    }
    byte[] dict = isZstd(frame) ? decompressedDictionary(frame) : frame;
    try {
      ZstdDictDecompress digested = new ZstdDictDecompress(dict);
      dictionary = digested;
      context.loadDict(digested);
      probe.loadDict(digested);
    } catch (ZstdException e) {
      throw new IOException("its zstd dictionary cannot be loaded: " + zstdMessage(e), e);
    }
    dictionaryId = Zstd.getDictIdFromDict(dict);
  }

  /** A dictionary stored zstd-compressed, as the WARC zstd format allows, decompressed within the limit. */
  private static byte[] decompressedDictionary(byte[] frame) throws IOException {
    try (ZstdDecompressCtx unpack = new ZstdDecompressCtx()) {
      ByteBuffer src = ByteBuffer.wrap(frame);
      byte[] out = new byte[1 << 16];
      int n = 0;
      while (true) {
        if (n == out.length) {
          if (out.length >= MAX_DICTIONARY) {
            throw new IOException("its zstd dictionary is larger than " + ByteSizes.format(MAX_DICTIONARY)
                + " once decompressed, more than news reads");
          }
          out = Arrays.copyOf(out, Math.min(out.length * 2, MAX_DICTIONARY));
        }
        ByteBuffer dst = ByteBuffer.wrap(out, n, out.length - n);
        int before = src.position();
        boolean done = unpack.decompressByteBufferStream(dst, src);
        n = dst.position();
        if (done) {
          return Arrays.copyOf(out, n);
        }
        if (src.position() == before && n < out.length) {
          throw new EOFException("its compressed zstd dictionary is cut off");
        }
      }
    } catch (ZstdException e) {
      throw new IOException("its compressed zstd dictionary is broken: " + zstdMessage(e), e);
    }
  }

  /** Resets a context for a new frame, keeping the file's dictionary. */
  private void resetContext(ZstdDecompressCtx ctx) {
    ctx.reset();
    ZstdDictDecompress dict = dictionary;
    if (dict != null) {
      ctx.loadDict(dict);
    }
  }

  /** zstd's message, which starts with a capital, as a clause: "data corruption detected". */
  private static String zstdMessage(ZstdException e) {
    String message = e.getMessage() == null ? "error " + e.getErrorCode() : e.getMessage();
    return message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }

  private int le32(int at) {
    return (input[at] & 0xff) | (input[at + 1] & 0xff) << 8 | (input[at + 2] & 0xff) << 16
        | (input[at + 3] & 0xff) << 24;
  }

  @Override
  public void close() throws IOException {
    closeNative();
    in.close();
  }

  private void closeNative() {
    context.close();
    probe.close();
    ZstdDictDecompress dict = dictionary;
    if (dict != null) {
      dict.close();
    }
  }
}
