package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.html.internal.io.PageBytes;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The first bytes of an input, decompressed when it is gzip or zstd: enough to tell a WARC or ARC file from a page, a
 * page from other files, and a compression that news cannot read, whatever their names say.
 */
final class Head {
  /** As much as the HTML sniffer looks at; it also holds {@code WARC/} and {@code filedesc://}. */
  static final int LENGTH = HtmlSniffer.SNIFF_LENGTH;

  /**
   * Enough for the gzip header and the deflate blocks that yield the head, and for a {@code .warc.zst}'s
   * dictionary and first block; a larger dictionary leaves the head empty, and the file is read as a WARC file.
   */
  private static final int MARK_LIMIT = 1 << 20;

  private final boolean gzip;
  private final boolean zstd;
  private final byte[] bytes;

  private Head(boolean gzip, boolean zstd, byte[] bytes) {
    this.gzip = gzip;
    this.zstd = zstd;
    this.bytes = bytes;
  }

  /**
   * Reads the head of a stream and puts the stream back where it was.
   *
   * @param in the stream
   * @return the head
   * @throws IOException if the stream cannot be read
   */
  static Head of(BufferedInputStream in) throws IOException {
    in.mark(MARK_LIMIT);
    try {
      return read(in);
    } finally {
      in.reset();
    }
  }

  /**
   * Reads the head of a file.
   *
   * @param file the file
   * @return the head
   * @throws IOException if the file cannot be read
   */
  static Head of(Path file) throws IOException {
    try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 8192)) {
      return of(in);
    }
  }

  /** Reads from the stream's mark, at its start. */
  private static Head read(BufferedInputStream in) throws IOException {
    byte[] magic = in.readNBytes(4);
    in.reset();
    if (ZstdFrames.isZstd(magic)) {
      // Bytes of no page or archive once decompressed, or none (broken data, a library that cannot be loaded).
      return new Head(false, true, ZstdFrames.head(Channels.newChannel(new Limited(in, MARK_LIMIT)), LENGTH));
    }
    boolean gzip = PageBytes.isGzip(magic);
    if (!gzip) {
      return new Head(false, false, in.readNBytes(LENGTH));
    }
    GZIPInputStream inflated;
    try {
      inflated = new GZIPInputStream(new Unclosable(in));
    } catch (IOException e) {
      return new Head(true, false, new byte[0]); // a broken gzip header: reading the input will say so
    }
    byte[] head = new byte[LENGTH];
    int n = 0;
    try {
      for (int read; n < LENGTH && (read = inflated.read(head, n, LENGTH - n)) >= 0; n += read) {
        // keep reading: a small first block may yield fewer bytes than asked
      }
    } catch (IOException e) {
      // broken or cut-off data: the bytes before the break are the head
    }
    return new Head(true, false, Arrays.copyOf(head, n));
  }

  /**
   * Whether the input is gzip-compressed.
   *
   * @return true if it starts with the gzip magic number
   */
  boolean gzip() {
    return gzip;
  }

  /**
   * Whether the input is zstd-compressed.
   *
   * @return true if it starts with a zstd frame or a skippable frame, as a {@code .warc.zst}'s dictionary does
   */
  boolean zstd() {
    return zstd;
  }

  /**
   * Whether the input is compressed in a way news reads: gzip, or zstd.
   *
   * @return true if it is
   */
  boolean compressed() {
    return gzip || zstd;
  }

  /**
   * The web archive format that the input, once decompressed, starts as.
   *
   * @return WARC if it starts with {@code WARC/}, ARC if it starts with {@code filedesc://}; empty otherwise
   */
  Optional<ArchiveFormat> archive() {
    for (ArchiveFormat format : ArchiveFormat.values()) {
      byte[] magic = format.magic();
      if (bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The compression that news cannot read that the input is in, as its first bytes tell.
   *
   * @return bzip2 or xz, or zstd when it holds no WARC or ARC file (a zstd-compressed page, say); empty for gzip,
   *     for a zstd-compressed WARC or ARC file or zstd data that do not decompress here (reading them says why), and
   *     for input that is not compressed
   */
  Optional<UnsupportedCompression> unsupportedCompression() {
    if (zstd) {
      return archive().isPresent() || bytes.length == 0 ? Optional.empty()
          : Optional.of(UnsupportedCompression.ZSTD);
    }
    return gzip ? Optional.empty() : UnsupportedCompression.byHead(bytes);
  }

  /**
   * Whether the input, once decompressed if it is gzip, starts as something news reads: a WARC, ARC or ZIP file,
   * or a page.
   *
   * @return true if it does
   */
  boolean isReadable() {
    return isZip() || archive().isPresent() || looksLikeHtml();
  }

  /**
   * Whether the input is a ZIP file, such as a WACZ file, as its first bytes tell.
   *
   * @return true if it starts with a ZIP entry's header, {@code PK\3\4}
   */
  boolean isZip() {
    return !gzip && !zstd && bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4;
  }

  /**
   * Whether the input, once decompressed, starts like an HTML document.
   *
   * @return true if the HTML sniffer says so
   */
  boolean looksLikeHtml() {
    return HtmlSniffer.looksLikeHtml(bytes);
  }

  /**
   * Keeps the probing zstd channel within the stream's mark, and from closing the stream under it.
   */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() {}
  }

  /** Keeps the probing gzip stream from closing the stream under it. */
  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
