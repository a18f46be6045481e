package io.github.newsmodel.html.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page Safari saved as a web archive ({@code .webarchive}): a binary property list whose {@code WebMainResource}
 * holds the page's bytes ({@code WebResourceData}) as they were served, the address they were served from
 * ({@code WebResourceURL}), their type and their charset ({@code WebResourceTextEncodingName}), beside the
 * page's images and styles ({@code WebSubresources}), which are not read, and the archives of its frames
 * ({@code WebSubframeArchives}), each with a main resource of its own: a frame's page as it was served, such as the
 * comment frame a news site's script loaded.
 *
 * <p>The property list is read as Apple's {@code bplist00} format lays it out: a trailer at the end gives the width
 * of the offsets and of the object references, the number of objects, the top object and where the table of
 * offsets starts. Only what leads to the main resource is read, and every offset, length and reference is checked
 * against the bytes, so that a damaged or hostile file is no web archive rather than an exception.
 *
 * @param html the page's bytes
 * @param encoding the charset the archive names for them, if any
 * @param url the address the page was served from, as the archive writes it
 * @param frames the HTML pages of the page's frames, in the archive's order; their frames are not read
 */
public record WebArchive(byte[] html, Optional<String> encoding, Optional<String> url, List<Frame> frames) {
  /** The most frames read: a page's frames are a handful; a hostile file's references are not followed further. */
  static final int MAX_FRAMES = 64;

  /**
   * A frame's page, its bytes left in the file's until asked for: a hostile file's frames may all name one large
   * data object, which copied for each would hold the file many times over.
   *
   * @param url the address the frame's page was served from, as the archive writes it
   * @param encoding the charset the archive names for its bytes, if any
   * @param file the bytes of the whole archive
   * @param from where the page's bytes start in them
   * @param length how many bytes the page holds
   */
  public record Frame(Optional<String> url, Optional<String> encoding, byte[] file, int from, int length) {
    /**
     * The frame page's bytes, copied out of the archive's.
     *
     * @return the bytes
     */
    public byte[] html() {
      return Arrays.copyOfRange(file, from, from + length);
    }
  }
  private static final byte[] MAGIC = "bplist00".getBytes(StandardCharsets.US_ASCII);
  private static final int TRAILER = 32;
  private static final int DICT = 0xD;
  private static final int ARRAY = 0xA;
  private static final int DATA = 0x4;
  private static final int ASCII = 0x5;
  private static final int UTF16 = 0x6;
  private static final int INT = 0x1;

  /**
   * Whether bytes start as a binary property list does, as a web archive's do.
   *
   * @param bytes the file's first bytes, or all of them
   * @return whether they start with {@code bplist00}
   */
  public static boolean mayBeArchive(byte[] bytes) {
    if (bytes.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the page out of a web archive.
   *
   * @param bytes the file's bytes
   * @return the page, if the bytes are a binary property list whose main resource is an HTML page
   */
  public static Optional<WebArchive> read(byte[] bytes) {
    if (!mayBeArchive(bytes) || bytes.length < MAGIC.length + TRAILER) {
      return Optional.empty();
    }
    return Optional.ofNullable(new Plist(bytes).webArchive());
  }

  /** A binary property list, read on demand; -1, or null, for anything out of bounds or of another type. */
  private static final class Plist {
    private final byte[] b;
    private final int offsetSize;
    private final int refSize;
    private final long objects;
    private final long top;
    private final long table;

    Plist(byte[] bytes) {
      b = bytes;
      int t = bytes.length - TRAILER;
      offsetSize = bytes[t + 6] & 0xFF;
      refSize = bytes[t + 7] & 0xFF;
      objects = unsigned(t + 8, 8);
      top = unsigned(t + 16, 8);
      table = unsigned(t + 24, 8);
    }

    @Nullable WebArchive webArchive() {
      if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8 || objects <= 0 || objects > b.length
          || top < 0
          || top >= objects || table < MAGIC.length || table + objects * offsetSize > b.length - TRAILER) {
        return null;
      }
      Frame page = page(offset(top));
      if (page == null) {
        return null;
      }
      List<Frame> frames = new ArrayList<>();
      for (int archive : array(lookup(offset(top), "WebSubframeArchives"))) {
        Frame frame = page(archive);
        // A frame of the page's own bytes is the page again, not a frame.
        if (frame != null && frame.from() != page.from()) {
          frames.add(frame);
        }
      }
      return new WebArchive(page.html(), page.encoding(), page.url(), List.copyOf(frames));
    }

    /** The HTML page of the archive dictionary at an offset, its bytes where they are; null if it holds none. */
    private @Nullable Frame page(int archive) {
      int main = lookup(archive, "WebMainResource");
      if (main < 0) {
        return null;
      }
      String type = string(lookup(main, "WebResourceMIMEType"));
      long[] data = dataAt(lookup(main, "WebResourceData"));
      if (data == null || type != null && !type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
        return null;
      }
      return new Frame(Optional.ofNullable(string(lookup(main, "WebResourceURL"))),
          Optional.ofNullable(string(lookup(main, "WebResourceTextEncodingName"))).filter(e -> !e.isBlank()), b,
          (int) data[1], (int) data[0]);
    }

    /** The offsets of the objects of the array at an offset, {@link #MAX_FRAMES} at most; none if it is none. */
    private int[] array(int at) {
      if (at < 0 || (b[at] & 0xFF) >> 4 != ARRAY) {
        return new int[0];
      }
      long[] count = count(at);
      if (count == null || count[1] + count[0] * refSize > table) {
        return new int[0];
      }
      int n = (int) Math.min(count[0], MAX_FRAMES);
      int[] items = new int[n];
      for (int i = 0; i < n; i++) {
        items[i] = offset(unsigned((int) (count[1] + (long) i * refSize), refSize));
      }
      return items;
    }

    /** The offset of an object by its number; -1 if out of bounds. */
    private int offset(long object) {
      if (object < 0 || object >= objects) {
        return -1;
      }
      long at = unsigned((int) (table + object * offsetSize), offsetSize);
      return at >= MAGIC.length && at < table ? (int) at : -1;
    }

    /** The offset of the value under a key of the dictionary at an offset; -1 if none. */
    private int lookup(int dict, String key) {
      if (dict < 0 || (b[dict] & 0xFF) >> 4 != DICT) {
        return -1;
      }
      long[] count = count(dict);
      if (count == null) {
        return -1;
      }
      long n = count[0];
      int refs = (int) count[1];
      if (refs + 2 * n * refSize > table) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        int k = offset(unsigned(refs + i * refSize, refSize));
        if (key.equals(string(k))) {
          return offset(unsigned((int) (refs + (n + i) * refSize), refSize));
        }
      }
      return -1;
    }

    /** The length and the start of the bytes of the data object at an offset; null if it is none. */
    private long @Nullable [] dataAt(int at) {
      if (at < 0 || (b[at] & 0xFF) >> 4 != DATA) {
        return null;
      }
      long[] count = count(at);
      return count == null || count[1] + count[0] > table ? null : count;
    }

    /** The string object at an offset, ASCII or UTF-16; null if it is none. */
    private @Nullable String string(int at) {
      if (at < 0) {
        return null;
      }
      int kind = (b[at] & 0xFF) >> 4;
      if (kind != ASCII && kind != UTF16) {
        return null;
      }
      long[] count = count(at);
      long length = count == null ? -1 : kind == UTF16 ? count[0] * 2 : count[0];
      if (count == null || count[1] + length > table) {
        return null;
      }
      return new String(b, (int) count[1], (int) length,
          kind == ASCII ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
    }

    /**
     * The count an object's marker gives (its low nibble, or for 15 the integer object after it) and where its
     * contents start; null if out of bounds.
     */
    private long @Nullable [] count(int at) {
      int low = b[at] & 0x0F;
      if (low != 0x0F) {
        return new long[] {low, at + 1};
      }
      int marker = at + 1;
      if (marker >= table || (b[marker] & 0xFF) >> 4 != INT) {
        return null;
      }
      int width = 1 << (b[marker] & 0x0F);
      if (width > 8 || marker + 1 + width > table) {
        return null;
      }
      long n = unsigned(marker + 1, width);
      return n < 0 || n > b.length ? null : new long[] {n, marker + 1 + width};
    }

    /** A big-endian unsigned number of up to 8 bytes; -1 if out of bounds or above what a long holds. */
    private long unsigned(int at, int width) {
      if (at < 0 || at + width > b.length) {
        return -1;
      }
      long v = 0;
      for (int i = 0; i < width; i++) {
        v = v << 8 | (b[at + i] & 0xFF);
      }
      return v;
    }

    private long unsigned(long at, int width) {
      return at < 0 || at > Integer.MAX_VALUE ? -1 : unsigned((int) at, width);
    }
  }
}
