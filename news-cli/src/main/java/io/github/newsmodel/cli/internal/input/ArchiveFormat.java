package io.github.newsmodel.cli.internal.input;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The web archive formats that jwarc reads record by record: WARC, and the Internet Archive's older ARC, in which
 * much of the web of 1996 to 2008 is kept. Both are read alike; the format names the file in messages, and its
 * first bytes tell it when its name does not.
 */
public enum ArchiveFormat {
  /** WARC (ISO 28500), whose every record starts with {@code WARC/}. */
  WARC("WARC/"),
  /** ARC, whose first record, the file's description, starts with {@code filedesc://}. */
  ARC("filedesc://");

  private final byte[] magic;

  ArchiveFormat(String magic) {
    this.magic = magic.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The bytes that a file of this format starts with, once decompressed.
   *
   * @return the magic bytes
   */
  byte[] magic() {
    return magic.clone();
  }

  /**
   * The magic bytes as text, for messages.
   *
   * @return {@code WARC/} or {@code filedesc://}
   */
  String magicText() {
    return new String(magic, StandardCharsets.US_ASCII);
  }

  /**
   * The format a file's name gives: {@code .warc}, {@code .arc} and their {@code .gz} and {@code .zst} forms.
   *
   * @param path the file
   * @return the format, if the name gives one
   */
  static Optional<ArchiveFormat> byName(Path path) {
    Path fileName = path.getFileName();
    return byName(fileName == null ? "" : fileName.toString());
  }

  /**
   * The format a file's name gives, as {@link #byName(Path)}, for a name that is no path of this system, such as a
   * ZIP entry's.
   *
   * @param name the name
   * @return the format, if the name gives one
   */
  static Optional<ArchiveFormat> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String compressed : new String[] {".gz", ".zst", ".zstd"}) {
      if (lower.endsWith(compressed)) {
        lower = lower.substring(0, lower.length() - compressed.length());
        break;
      }
    }
    return lower.endsWith(".warc") ? Optional.of(WARC) : lower.endsWith(".arc") ? Optional.of(ARC) : Optional.empty();
  }
}
