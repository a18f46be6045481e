package io.github.newsmodel.cli.internal.page;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts of a run, updated by the thread that reads and writes and read by the progress thread.
 *
 * <p>Everything but bytes is counted in output order, when the outcome is written, so that the counts always
 * match the output, even of a run that {@code --fail-fast} stopped.
 */
public final class RunCounters {
  private final long startNanos = System.nanoTime();
  private final AtomicLong inputs = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong framesJoined = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong skippedFiles = new AtomicLong();
  private final AtomicLong skippedFolders = new AtomicLong();
  private final AtomicLong savedFolders = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong totalBytes = new AtomicLong(-1);

  /**
   * Counts input files whose reading has started.
   *
   * @param n how many more
   */
  public void inputs(long n) {
    inputs.addAndGet(n);
  }

  /** Counts an article handed to the output, whether or not the output could take it. */
  public void article() {
    articles.incrementAndGet();
  }

  /** Counts a comment frame's thread joined to its article, and so not written as an article of its own. */
  public void frameJoined() {
    framesJoined.incrementAndGet();
  }

  /** Counts an error record written. */
  public void error() {
    errors.incrementAndGet();
  }

  /**
   * Counts WARC and ARC records that are not pages.
   *
   * @param n how many more
   */
  public void skipped(long n) {
    skipped.addAndGet(n);
  }

  /**
   * Counts files in folders that are neither pages nor web archives.
   *
   * @param n how many more
   */
  public void skippedFiles(long n) {
    skippedFiles.addAndGet(n);
  }

  /**
   * Counts folders that folders' walks reached again through a link, and did not read again.
   *
   * @param n how many more
   */
  public void skippedFolders(long n) {
    skippedFolders.addAndGet(n);
  }

  /**
   * Counts folders of files that browsers saved beside pages, which are not read.
   *
   * @param n how many more
   */
  public void savedFolders(long n) {
    savedFolders.addAndGet(n);
  }

  /**
   * Counts raw input bytes read.
   *
   * @param bytes how many more
   */
  public void bytesRead(long bytes) {
    bytesRead.addAndGet(bytes);
  }

  /**
   * Sets the size of all inputs, once known.
   *
   * @param bytes the total size in bytes
   */
  public void totalBytes(long bytes) {
    totalBytes.set(bytes);
  }

  /**
   * The counts now.
   *
   * @return a snapshot
   */
  public Counts snapshot() {
    return new Counts(inputs.get(), skippedFiles.get(), skippedFolders.get(), articles.get(), errors.get(),
        skipped.get(), bytesRead.get(), totalBytes.get(), System.nanoTime() - startNanos, framesJoined.get(),
        savedFolders.get());
  }

  /**
   * The counts of a run at one moment.
   *
   * @param inputs input files started: HTML files, web archives and standard input
   * @param skippedFiles files in folders that are neither pages nor web archives
   * @param skippedFolders folders reached again through a link, and not read again
   * @param articles articles written
   * @param errors error records written
   * @param skipped WARC and ARC records that are not pages
   * @param bytesRead raw input bytes read
   * @param totalBytes the size of all inputs, or -1 while unknown
   * @param elapsedNanos the time since the run started
   * @param framesJoined comment frames' threads joined to their articles, not written as articles of their own
   * @param savedFolders folders of files that browsers saved beside pages, not read
   */
  public record Counts(long inputs, long skippedFiles, long skippedFolders, long articles, long errors, long skipped,
      long bytesRead, long totalBytes, long elapsedNanos, long framesJoined, long savedFolders) {
    /**
     * The counts of a run that joined no comment frame.
     *
     * @param inputs input files started
     * @param skippedFiles files in folders that are neither pages nor web archives
     * @param skippedFolders folders reached again through a link
     * @param articles articles written
     * @param errors error records written
     * @param skipped WARC and ARC records that are not pages
     * @param bytesRead raw input bytes read
     * @param totalBytes the size of all inputs, or -1 while unknown
     * @param elapsedNanos the time since the run started
     */
    public Counts(long inputs, long skippedFiles, long skippedFolders, long articles, long errors, long skipped,
        long bytesRead, long totalBytes, long elapsedNanos) {
      this(inputs, skippedFiles, skippedFolders, articles, errors, skipped, bytesRead, totalBytes, elapsedNanos, 0,
          0);
    }

    /**
     * The pages done: articles, errors, and comment frames joined to their articles.
     *
     * @return the number of pages done
     */
    public long pages() {
      return articles + errors + framesJoined;
    }
  }
}
