package io.github.newsmodel.cli.internal.input;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The compressions that web archives and pages come in that news cannot decompress: bzip2 and xz, and zstd for
 * anything but a WARC or ARC file. news reads gzip, and zstd-compressed WARC and ARC files ({@code .warc.zst}, as
 * newer crawlers write, see {@link ZstdFrames}); a file compressed otherwise is told by its first bytes or its name
 * and reported as such, rather than parsed as a page of binary.
 */
enum UnsupportedCompression {
  /**
   * zstd: a frame ({@code 28 B5 2F FD}), or a skippable frame ({@code 5? 2A 4D 18}), in which a {@code .warc.zst}
   * keeps its dictionary. news reads zstd-compressed WARC and ARC files; a page so compressed, or anything else, is
   * refused.
   */
  ZSTD("zstd", "zstd -d", "zstd -dc", List.of(".zst", ".zstd")),
  /** bzip2: {@code BZh}. */
  BZIP2("bzip2", "bzip2 -dk", "bzip2 -dc", List.of(".bz2")),
  /** xz: {@code FD 37 7A 58 5A 00}. */
  XZ("xz", "xz -dk", "xz -dc", List.of(".xz"));

  private static final byte[] XZ_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};

  private final String label;
  /** The command that decompresses a file beside it, keeping the file. */
  private final String command;
  /** The command that decompresses to standard output. */
  private final String streamCommand;
  private final List<String> extensions;

  UnsupportedCompression(String label, String command, String streamCommand, List<String> extensions) {
    this.label = label;
    this.command = command;
    this.streamCommand = streamCommand;
    this.extensions = extensions;
  }

  /**
   * The compression that a file's first bytes show.
   *
   * @param head the first bytes, as they are in the file
   * @return the compression, if the bytes start as one of these
   */
  static Optional<UnsupportedCompression> byHead(byte[] head) {
    if (head.length >= 4 && head[1] == (byte) 0xB5 && head[2] == 0x2F && head[3] == (byte) 0xFD
        && head[0] == 0x28) {
      return Optional.of(ZSTD);
    }
    if (head.length >= 4 && (head[0] & 0xF0) == 0x50 && head[1] == 0x2A && head[2] == 0x4D && head[3] == 0x18) {
      return Optional.of(ZSTD);
    }
    if (head.length >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9') {
      return Optional.of(BZIP2);
    }
    if (head.length >= XZ_MAGIC.length && Arrays.equals(head, 0, XZ_MAGIC.length, XZ_MAGIC, 0,
        XZ_MAGIC.length)) {
      return Optional.of(XZ);
    }
    return Optional.empty();
  }

  /**
   * The compression that a file's name ends in, but zstd for a WARC or ARC file's name ({@code crawl.warc.zst}),
   * which news reads.
   *
   * @param path the file
   * @return the compression, if its extension is one of these
   */
  static Optional<UnsupportedCompression> byName(Path path) {
    String lower = lower(path);
    for (UnsupportedCompression compression : values()) {
      if (compression.extension(lower).isPresent()
          && !(compression == ZSTD && ArchiveFormat.byName(lower).isPresent())) {
        return Optional.of(compression);
      }
    }
    return Optional.empty();
  }

  /**
   * What the file's name says it holds under the compression: {@code WARC file} for {@code crawl.warc.zst}, and
   * so for ARC and WACZ files and pages; the compression's extension may be missing, when the first bytes told it.
   *
   * @param path the file
   * @return the words, or empty if the name says nothing of a page or web archive
   */
  Optional<String> contents(Path path) {
    String lower = lower(path);
    String inner = extension(lower).map(e -> lower.substring(0, lower.length() - e.length())).orElse(lower);
    Optional<String> archive = ArchiveFormat.byName(inner).map(f -> f + " file");
    if (archive.isPresent()) {
      return archive;
    }
    return FileKinds.isPageName(inner) ? Optional.of("page")
        : inner.endsWith(".wacz") ? Optional.of("WACZ file") : Optional.empty();
  }

  /**
   * Why the file cannot be read, and what to do: {@code it is a bzip2-compressed WARC file, which news cannot read:
   * decompress it first, with bzip2 -dk}.
   *
   * @param path the file
   * @return the words
   */
  String message(Path path) {
    String compressed = label + "-compressed";
    Optional<String> contents = contents(path);
    if (this == ZSTD && contents.filter(c -> c.endsWith("ARC file")).isPresent()) {
      // A zstd-compressed WARC or ARC file is read: one refused holds something else, whatever its name says.
      return "it is " + compressed + ", but no " + contents.get() + " once decompressed (news reads zstd-compressed"
          + " WARC and ARC files only): decompress it first, with " + command;
    }
    String what = contents.map(c -> (this == XZ ? "an " : "a ") + compressed + " " + c).orElse(compressed);
    return "it is " + what + ", which news cannot read" + (this == ZSTD ? " (it reads zstd-compressed WARC and ARC"
        + " files only)" : "") + ": decompress it first, with " + command;
  }

  /**
   * Why a stream cannot be read, and what to do.
   *
   * @param what the stream: "standard input", or a named pipe's name
   * @return the words: {@code standard input is zstd-compressed, which news cannot read: ...}
   */
  String streamMessage(String what) {
    return what + " is " + label + "-compressed" + (this == ZSTD ? " and holds no WARC or ARC file" : "")
        + ", which news cannot read: decompress it on its way in, with " + streamCommand;
  }

  private Optional<String> extension(String lowerName) {
    return extensions.stream().filter(lowerName::endsWith).findFirst();
  }

  private static String lower(Path path) {
    Path fileName = path.getFileName();
    return fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
  }
}
