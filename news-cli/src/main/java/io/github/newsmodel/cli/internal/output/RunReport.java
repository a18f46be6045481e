package io.github.newsmodel.cli.internal.output;

import io.github.newsmodel.cli.internal.page.RunCounters.Counts;
import java.util.Locale;

/** The words of the progress line and of the summary line, from the counts of a run. */
public final class RunReport {
  private static final double NANOS_PER_SECOND = 1e9;

  private RunReport() {}

  /**
   * The progress line: {@code news: 1201 articles, 3 errors, 42 skipped | 312.4 MB of 1.0 GB (31%) | 86 pages/s}.
   *
   * @param counts the counts now
   * @return the line
   */
  public static String progress(Counts counts) {
    StringBuilder line = new StringBuilder("news: ")
        .append(count(counts.articles(), "article")).append(", ")
        .append(count(counts.errors(), "error")).append(", ")
        .append(counts.skipped()).append(" skipped | ");
    if (counts.totalBytes() > 0) {
      long percent = Math.min(100, Math.round(100.0 * counts.bytesRead() / counts.totalBytes()));
      line.append(bytes(counts.bytesRead())).append(" of ").append(bytes(counts.totalBytes()))
          .append(" (").append(percent).append("%)");
    } else {
      line.append(bytes(counts.bytesRead())).append(" read");
    }
    double seconds = counts.elapsedNanos() / NANOS_PER_SECOND;
    long rate = seconds > 0 ? Math.round(counts.pages() / seconds) : 0;
    return line.append(" | ").append(rate).append(" pages/s").toString();
  }

  /**
   * The summary line: {@code news: 3 files, 1201 articles, 3 errors, 42 skipped records in 12.3 s}, with the files
   * of folders that were not read when there are any:
   * {@code news: 3 files, 4 files skipped (neither pages nor web archives by name or first bytes), 1201 articles, ...},
   * and so with folders that links led back to: {@code 1 folder skipped (read already, reached again through a
   * link)}, and the comment frames joined to their articles when there are any:
   * {@code news: 1 file, 1201 articles, 12 comment frames joined to their articles, 3 errors, ...}.
   *
   * @param counts the final counts
   * @param stoppedEarly whether {@code --fail-fast} stopped the run at its first error
   * @return the line
   */
  public static String summary(Counts counts, boolean stoppedEarly) {
    return summary(counts, stoppedEarly, false, false);
  }

  /**
   * The summary line of a run whose output or error file failed: the articles, or the errors, are counted as they
   * were handed to it, and the line says that not all of them reached it ({@code 1201 articles parsed, not all of
   * them written}), since a failure such as a full disk shows only when the buffered bytes are written.
   *
   * @param counts the final counts
   * @param stoppedEarly whether {@code --fail-fast} stopped the run at its first error
   * @param articlesLost whether the output of the articles failed
   * @param recordsLost whether the error file ({@code --errors}) failed
   * @return the line
   */
  public static String summary(Counts counts, boolean stoppedEarly, boolean articlesLost, boolean recordsLost) {
    return summary(counts, stoppedEarly ? Stop.FAIL_FAST : Stop.NONE, articlesLost, recordsLost);
  }

  /** Why a run ended before its inputs did, as the summary line says first. */
  public enum Stop {
    /** The run read every input. */
    NONE(""),
    /** {@code --fail-fast} stopped the run at its first error. */
    FAIL_FAST("stopped at the first error (--fail-fast) after "),
    /** Ctrl-C, or another signal that ends the process, stopped the run. */
    INTERRUPTED("interrupted after "),
    /** The reader of the output closed it, as {@code news parse pages/ | head -1} does. */
    OUTPUT_CLOSED("output closed by its reader after ");

    private final String prefix;

    Stop(String prefix) {
      this.prefix = prefix;
    }
  }

  /**
   * The summary line of a run that may have stopped early, such as {@code news: interrupted after 3 files, ...}.
   *
   * @param counts the final counts
   * @param stop why the run stopped before the end of its inputs, if it did
   * @param articlesLost whether the output of the articles failed
   * @param recordsLost whether the error file ({@code --errors}) failed
   * @return the line
   */
  public static String summary(Counts counts, Stop stop, boolean articlesLost, boolean recordsLost) {
    return "news: " + stop.prefix
        + count(counts.inputs(), "file") + ", "
        + (counts.skippedFiles() > 0 ? count(counts.skippedFiles(), "file") + " skipped (neither pages nor web"
            + " archives by name or first bytes), " : "")
        + (counts.savedFolders() > 0 ? count(counts.savedFolders(), "folder") + " of a saved page's files left out, "
            : "")
        + (counts.skippedFolders() > 0 ? count(counts.skippedFolders(), "folder") + " skipped (read already,"
            + " reached again through a link), " : "")
        + count(counts.articles(), "article") + (articlesLost ? " parsed, not all of them written" : "") + ", "
        + (counts.framesJoined() > 0 ? count(counts.framesJoined(), "comment frame") + " joined to "
            + (counts.framesJoined() == 1 ? "its article" : "their articles") + ", " : "")
        + count(counts.errors(), "error") + (recordsLost ? ", not all of them recorded" : "") + ", "
        + count(counts.skipped(), "skipped record")
        + String.format(Locale.ROOT, " in %.1f s", counts.elapsedNanos() / NANOS_PER_SECOND);
  }

  /** A size in the unit that suits it: {@code 812 KB}, {@code 312.4 MB}, {@code 1.2 GB} (units of 1024). */
  static String bytes(long n) {
    if (n < 1L << 20) {
      return (n + 512) / 1024 + " KB";
    }
    if (n < 1L << 30) {
      return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
    }
    return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
