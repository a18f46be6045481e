package io.github.newsmodel.json.internal;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The versions of the newsmodel JSON format that this code writes and reads.
 *
 * <p>Adding an optional field keeps the version: older readers ignore fields they do not know. Any other
 * change (a new required field, a new block type or edit kind, a changed type or meaning) takes the next
 * version, which older readers refuse rather than misread.
 */
public final class FormatVersion {
  /** The newest version, which this code reads with every older one. */
  public static final int CURRENT = 3;

  private FormatVersion() {}

  /**
   * The version written into an article's {@code formatVersion}: the oldest that holds it, so that readers of
   * version 1 keep reading every article that needs nothing newer. Version 2 lets an edit go without its time,
   * and version 3 lets a comment be removed, without a body.
   *
   * @param article the article to write
   * @return 3 if a comment was removed, else 2 if an edit of the article or of a comment has no time, else 1
   */
  public static int of(Article article) {
    if (article.comments().stream().anyMatch(Comment::removed)) {
      return 3;
    }
    return timeless(article.edits()) || article.comments().stream().anyMatch(c -> timeless(c.edits())) ? 2 : 1;
  }

  private static boolean timeless(List<EditRecord> edits) {
    for (EditRecord edit : edits) {
      if (edit.editedAt().isEmpty()) {
        return true;
      }
    }
    return false;
  }

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
