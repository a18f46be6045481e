package io.github.newsmodel.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * The version of the newsmodel JSON format that this code writes and reads.
 *
 * <p>Adding an optional field keeps the version: older readers ignore fields they do not know. Any other
 * change (a new required field, a new block type or edit kind, a changed type or meaning) takes the next
 * version, which older readers refuse rather than misread.
 */
public final class FormatVersion {
  /** The version written into every article's {@code formatVersion}. */
  public static final int CURRENT = 1;

  private FormatVersion() {}

  /**
   * Says what is wrong with a version read from a document, if anything.
   *
   * @param version the {@code formatVersion} a document declares
   * @return the problem, or {@code null} if this code reads that version
   */
  public static @Nullable String problem(int version) {
    if (version < 1) {
      return "must be at least 1, got " + version;
    }
    if (version > CURRENT) {
      return "format version " + version + " is newer than this reader, which reads versions 1 to " + CURRENT
          + "; upgrade newsmodel to read it";
    }
    return null;
  }
}
