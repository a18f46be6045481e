package io.github.newsmodel.cli.internal.output;

import io.github.newsmodel.cli.internal.page.RunCounters.Counts;
import java.util.Locale;

/** The words of the progress line and of the summary line, from the counts of a run. */
public final class RunReport {
  private static final double NANOS_PER_SECOND = 1e9;

  private RunReport() {}

  /**
   * The progress line: {@code news: 1201 articles, 3 errors, 42 skipped | 312.4 of 1024.0 MB (31%) | 86 pages/s}.
   *
   * @param counts the counts now
   * @return the line
   */
  public static String progress(Counts counts) {
    StringBuilder line = new StringBuilder("news: ")
        .append(count(counts.articles(), "article")).append(", ")
        .append(count(counts.errors(), "error")).append(", ")
        .append(counts.skipped()).append(" skipped | ");
    double readMb = counts.bytesRead() / (1024.0 * 1024.0);
    if (counts.totalBytes() > 0) {
      double totalMb = counts.totalBytes() / (1024.0 * 1024.0);
      long percent = Math.min(100, Math.round(100.0 * counts.bytesRead() / counts.totalBytes()));
      line.append(String.format(Locale.ROOT, "%.1f of %.1f MB (%d%%)", readMb, totalMb, percent));
    } else {
      line.append(String.format(Locale.ROOT, "%.1f MB read", readMb));
    }
    double seconds = counts.elapsedNanos() / NANOS_PER_SECOND;
    long rate = seconds > 0 ? Math.round(counts.pages() / seconds) : 0;
    return line.append(" | ").append(rate).append(" pages/s").toString();
  }

  /**
   * The summary line: {@code news: 3 inputs, 1201 articles, 3 errors, 42 skipped records in 12.3 s}.
   *
   * @param counts the final counts
   * @param stoppedEarly whether {@code --fail-fast} stopped the run at its first error
   * @return the line
   */
  public static String summary(Counts counts, boolean stoppedEarly) {
    return "news: " + (stoppedEarly ? "stopped at the first error (--fail-fast) after " : "")
        + count(counts.inputs(), "input") + ", "
        + count(counts.articles(), "article") + ", "
        + count(counts.errors(), "error") + ", "
        + count(counts.skipped(), "skipped record")
        + String.format(Locale.ROOT, " in %.1f s", counts.elapsedNanos() / NANOS_PER_SECOND);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
