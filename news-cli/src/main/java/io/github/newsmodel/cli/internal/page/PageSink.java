package io.github.newsmodel.cli.internal.page;

/**
 * Where the input readers hand what they find, in input order. Any method may throw
 * {@link RunStoppedException} to end reading, as {@code --fail-fast} does after a failure.
 */
public interface PageSink {
  /**
   * Takes the next page or read failure.
   *
   * @param work the page or failure
   */
  void accept(Work work);

  /** Counts a WARC or ARC record that is not an HTML response, such as a request, a revisit or an image. */
  void skipped();

  /** Counts a file in a folder that is neither a page nor a web archive, and is not read. */
  void fileSkipped();

  /**
   * Counts a folder that a folder's walk reaches again through a link, a link back to a folder above it or a
   * second link to one, and does not read again.
   */
  void folderSkipped();

  /**
   * Counts a folder of files that a browser saved beside a page, which is not read. Only a folder walk's sink
   * hears of one; the default ignores it.
   */
  default void savedFilesSkipped() {}

  /** Counts an input file that reading has started: an HTML file, a web archive or standard input. */
  void inputStarted();

  /**
   * Reports input bytes read so far in the current input, for progress.
   *
   * @param bytes how many more raw bytes have been read
   */
  void bytesRead(long bytes);
}
